import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts again ID ANSWER [--off]`: review's practise-again mark, without a screen.
  struct Again: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "again",
      abstract: "Mark one answer's question to practise again, as review's 'a' does.",
      discussion: """
        A marked question is due today: 'secondround drill --due' asks it. --off takes the mark \
        away. ANSWER is the answer's number, as for 'transcripts rate'.
        """)

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Argument(help: "The answer's number in the interview.")
    var answer: Int

    @Flag(help: "Take the mark away instead.")
    var off = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let entry = try AnnotatedAnswer.update(id: id, answer: answer, store: storeOptions) {
        $0.practiseAgain = !off
      }
      let what = off ? "No longer practising again" : "Marked to practise again"
      print("\(what): answer \(answer) of transcript \(id), \(entry.question.inert)")
    }
  }

  /// `transcripts history ID ANSWER`: every attempt at one answer's question, as review's 'H'.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "history",
      abstract: "Every attempt at one answer's question, oldest first, as review's 'H' shows.")

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Argument(help: "The answer's number in the interview.")
    var answer: Int

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let store = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      let lines = try PractiseHistory.lines(id: id, answer: answer, in: store)
      lines.forEach { print($0.inert) }
    }
  }
}

/// Every attempt at the question of one answer, shared by `transcripts history` and review's
/// plain `h N`.
enum PractiseHistory {
  /// The question, then each attempt at it; an id or answer number that names nothing is a
  /// usage error (64), said in one line.
  static func lines(id: Int64, answer: Int, in store: TranscriptDatabase) throws -> [String] {
    let found = try TranscriptAccess.query { () throws(StoreError) in try store.session(id: id) }
    let entry = try AnnotatedAnswer.entry(answer, of: found, id: id)
    let attempts = try TranscriptAccess.query { () throws(StoreError) in
      try store.history(of: QuestionKey(entry))
    }
    var lines = ["\(entry.question) (\(counted(attempts.count, "attempt")), oldest first)"]
    for attempt in attempts {
      lines += PlainReviewText.attempt(attempt, timeZone: .current)
    }
    return lines
  }
}
