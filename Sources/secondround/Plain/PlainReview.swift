import ArgumentParser
import Foundation
import InterviewCore
import TerminalUI
import TranscriptStore

/// `review --plain`: a line-based browser over `transcripts list` and `transcripts show`, with
/// review's actions as lettered commands, each the same as one `transcripts` command.
///
/// On a terminal a bad line is answered and asked again; from a pipe it ends the run with exit
/// 64, since the lines after it were written for another prompt.
struct PlainReview {
  let store: TranscriptDatabase
  /// Why ratings and notes can't be saved, when the store opened read-only.
  let readOnlyReason: String?
  let interactive: Bool
  let output = PlainOutput()

  /// Runs the browser until `q` or end of input; returns the exit code.
  func run() throws -> Int32 {
    ExitSignal.install()
    var reader = LineReader()
    if let readOnlyReason { output.line(readOnlyReason) }
    while true {
      let sessions = try query { () throws(StoreError) in try store.sessions() }
      guard !sessions.isEmpty else {
        output.line("No transcripts yet: run 'secondround rehearse' to record one.")
        return 0
      }
      output.line("Transcripts, newest first:")
      for session in sessions {
        output.line("  " + PlainReviewText.line(session, timeZone: .current))
      }
      var chosen: Int64?
      while chosen == nil {
        let read = read(&reader, prompt: "Open which? (number, q to quit): ")
        guard case .line(let line) = read else { return read.code }
        switch PlainReviewText.choice(line, ids: sessions.map(\.id)) {
        case .success(nil): return 0
        case .success(let id?): chosen = id
        case .failure(let refusal): try refuse(refusal)
        }
      }
      guard let id = chosen, let code = try browse(id, reader: &reader) else { continue }
      return code
    }
  }

  /// Shows transcript `id` and takes actions on it; nil to go back to the list, else the exit
  /// code.
  private func browse(_ id: Int64, reader: inout LineReader) throws -> Int32? {
    var showsTranscript = true
    while true {
      let found = try query { () throws(StoreError) in try store.session(id: id) }
      guard let transcript = found else {
        output.line("Transcript \(id) is gone.")
        return nil
      }
      if showsTranscript {
        output.line()
        TranscriptText.lines(transcript, timeZone: .current).forEach { output.line($0) }
        output.line()
        showsTranscript = false
      }
      let read = read(
        &reader, prompt: "Action? (? for the list of actions, l for the list, q to quit): ")
      guard case .line(let line) = read else { return read.code }
      let answers = transcript.entries.map(\.sequence)
      switch PlainReviewAction.parse(line, answers: answers) {
      case .failure(let refusal):
        try refuse(refusal)
      case .success(.help):
        PlainReviewAction.help(id: id).forEach { output.line($0) }
      case .success(.quit):
        return 0
      case .success(.list):
        output.line()
        return nil
      case .success(.show):
        showsTranscript = true
      case .success(.rate(let answer, let rating)):
        annotate(transcript, answer: answer) { $0.rating = rating }
        output.line(
          rating.map { "Rated answer \(answer) \($0) of 5." }
            ?? "Cleared the rating of answer \(answer).")
      case .success(.note(let answer, let text)):
        let cleaned = AnswerBuffer.cleaned(text).trimmingCharacters(in: .whitespacesAndNewlines)
        annotate(transcript, answer: answer) { $0.note = cleaned }
        output.line(
          cleaned.isEmpty
            ? "Removed the note on answer \(answer)." : "Saved the note on answer \(answer).")
      case .success(.practiseAgain(let answer)):
        let marked =
          !(transcript.entries.first { $0.sequence == answer }?.annotation.practiseAgain ?? false)
        annotate(transcript, answer: answer) { $0.practiseAgain = marked }
        output.line(
          marked
            ? "Marked answer \(answer) to practise again: 'secondround drill --due' asks it."
            : "Answer \(answer) is no longer marked to practise again.")
      case .success(.history(let answer)):
        try PractiseHistory.lines(id: id, answer: answer, in: store).forEach { output.line($0) }
      case .success(.delete):
        guard try delete(transcript.summary, reader: &reader) else { continue }
        output.line()
        return nil
      }
    }
  }

  /// Saves a change to one answer's annotation; a store that refuses says why in one line.
  private func annotate(
    _ transcript: Transcript, answer: Int, _ change: (inout Annotation) -> Void
  ) {
    guard var entry = transcript.entries.first(where: { $0.sequence == answer }) else { return }
    change(&entry.annotation)
    do {
      try store.annotate(
        EntryReference(sessionID: transcript.summary.id, sequence: answer), with: entry.annotation)
    } catch {
      Terminal.error("secondround: \(error.description)")
    }
  }

  /// Asks before deleting, naming what goes; true when it was deleted.
  private func delete(_ summary: SessionSummary, reader: inout LineReader) throws -> Bool {
    let question = PlainReviewText.deleteQuestion(summary, timeZone: .current)
    guard case .line(let line) = read(&reader, prompt: question) else { return false }
    let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
    guard answer == "y" || answer == "yes" else {
      output.line("Kept transcript \(summary.id).")
      return false
    }
    do {
      try store.deleteSession(id: summary.id)
      output.line("Deleted transcript \(summary.id).")
      return true
    } catch {
      Terminal.error("secondround: \(error.description)")
      return false
    }
  }

  /// A line that is no answer: said and asked again on a terminal, exit 64 from a pipe.
  private func refuse(_ refusal: PlainRefusal) throws {
    guard interactive else { throw Terminal.failure(refusal.reason) }
    output.line(refusal.reason)
  }

  /// A line read, or why there is none.
  private enum Read {
    case line(String)
    /// End of input (0) or a signal (128 + it): the browser stops; nothing is left unsaved.
    case stop(Int32)

    /// The exit code a stop ends with.
    var code: Int32 {
      if case .stop(let code) = self { return code }
      return 0
    }
  }

  /// The next line after `prompt`, which the line editor on a terminal draws itself.
  private func read(_ reader: inout LineReader, prompt: String) -> Read {
    switch reader.next(prompt: prompt) {
    case .line(let line): return .line(line.text)
    case .endOfInput:
      output.line()
      return .stop(0)
    case .signal(let signal):
      output.line()
      return .stop(128 + signal)
    }
  }

  private func query<T>(_ body: () throws(StoreError) -> T) throws -> T {
    try TranscriptAccess.query(body)
  }
}
