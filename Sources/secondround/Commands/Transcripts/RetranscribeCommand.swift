import ArgumentParser
import Foundation
import InterviewCore
import Speech
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts transcribe ID`: the retry for spoken answers not transcribed.
  struct Transcribe: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "transcribe",
      abstract: "Transcribe a session's recorded answers that were not transcribed.",
      discussion: """
        Each spoken answer whose recording is kept but not transcribed (the transcriber \
        failed, was not set up, or the app stopped first) is transcribed again; its text, \
        timed words, words per minute and feedback are saved. Exits 69 when any answer is \
        still not transcribed. Cannot run while a rehearsal is using the store (exit 75).
        """)

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let environment = ProcessEnvironment.current
      let reader = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      _ = try TranscriptAccess.transcript(id, in: reader)
      reader.close()
      let store = try openStore(flag: storeOptions.dataDirectory, environment: environment)
      defer { store.close() }
      let transcript = try TranscriptAccess.transcript(id, in: store)
      let waiting = transcript.entries.filter {
        guard let spoken = $0.recording.spoken else { return false }
        return spoken.status != .transcribed
      }
      guard !waiting.isEmpty else {
        print("Transcript \(id) has no recorded answer waiting to be transcribed.")
        return
      }
      let transcriber: any Transcriber
      let dataDirectory = (store.path as NSString).deletingLastPathComponent
      switch TranscriberChoice.transcriber(environment: environment, dataDirectory: dataDirectory)
      {
      case .success(let chosen): transcriber = chosen
      case .failure(let failure):
        throw Terminal.failure(failure.message, exitCode: SpokenParts.unavailable)
      }
      let library = loadDeckLibrary(environment: environment)
      let decks =
        library.deck(withID: transcript.summary.deckID).map { [$0] + library.decks }
        ?? library.decks
      let jobTerms = transcript.jobDescription.map { JobTerms.extract(from: $0) } ?? []
      var entries = transcript.entries.map(\.recording)
      var failed = 0
      for entry in waiting {
        guard let index = entries.firstIndex(where: { $0.sequence == entry.sequence }),
          let spoken = entry.recording.spoken
        else { continue }
        let file = SessionAudio.absolutePath(spoken.audioPath, dataDirectory: store.directory)
        let outcome: TranscriptionOutcome
        do throws(TranscriptionFailure) {
          guard FileManager.default.fileExists(atPath: file) else {
            throw TranscriptionFailure("its recording is missing (\(spoken.audioPath))")
          }
          let transcription = try transcriber.transcribe(audioFileAt: file)
          outcome = .transcribed(text: transcription.text, words: transcription.words)
        } catch {
          outcome = .failed(reason: error.message)
        }
        let changed = Interview.transcribed(
          entries[index], outcome, jobTerms: jobTerms, tips: Analyse.tips(for: entry, in: decks),
          earlier: Array(entries[..<index]))
        entries[index] = changed
        try TranscriptAccess.query { () throws(StoreError) in
          try store.updateTranscription(of: changed, sessionID: id)
        }
        switch outcome {
        case .transcribed:
          let pace = changed.spoken?.wordsPerMinute.map { ", \($0) words a minute" } ?? ""
          print("Transcribed answer \(entry.sequence)\(pace).")
        case .failed(let reason):
          failed += 1
          print("Answer \(entry.sequence) was not transcribed: \(reason.inert).")
        }
      }
      if failed > 0 { throw ExitCode(SpokenParts.unavailable) }
    }
  }
}
