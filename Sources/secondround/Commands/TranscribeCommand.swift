import ArgumentParser
import Foundation
import InterviewCore
import Speech

/// `secondround transcribe FILE.wav [--json]`: one audio file through the offline transcriber.
struct TranscribeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transcribe",
    abstract: "Transcribe a WAV file offline, with each word's time.",
    discussion: """
      Prints the transcript. With --json, prints {"text", "words": [{"word", "start", "end"}], \
      "words_per_minute", "pauses", "longest_pause", "fillers", "duration"}, times in seconds. \
      Needs 'secondround speech setup' once. Exits 66 for a missing file, 65 for one that is not \
      audio, 69 when the transcriber is not set up or its model does not load.
      """)

  @Argument(help: ArgumentHelp("The audio file, a WAV.", valueName: "FILE.wav"))
  var file: String

  @Flag(help: "Print the words, their times and the delivery as JSON.")
  var json = false

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let directory = try dataDirectory(
      flag: storeOptions.dataDirectory, environment: ProcessEnvironment.current)
    let transcriber = ProcessTranscriber(installation: SpeechInstallation(dataDirectory: directory))
    let transcription: Transcription
    do {
      transcription = try transcriber.transcribe(audioFileAt: file)
    } catch {
      throw Terminal.failure(error.message, exitCode: Self.exitCode(for: error.kind))
    }
    if json {
      try Terminal.printJSON(TranscriptionReport(transcription))
    } else {
      print(transcription.text.inert)
    }
  }

  /// The sysexits status for a failure.
  static func exitCode(for kind: TranscriptionFailure.Kind) -> Int32 {
    switch kind {
    case .missingAudio: 66
    case .notAudio: 65
    case .unavailable: 69
    case .failed: 70
    }
  }
}
