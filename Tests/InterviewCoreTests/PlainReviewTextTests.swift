import Foundation
import Testing

@testable import InterviewCore

/// The words and the parsing of `review --plain`: actions and their refusals, the list's lines
/// and the delete question that names what goes.
@Suite struct PlainReviewTextTests {
  private let answers = [1, 2, 3]
  private let utc = TimeZone(identifier: "UTC") ?? .current

  private func parse(_ line: String) -> Result<PlainReviewAction, PlainRefusal> {
    PlainReviewAction.parse(line, answers: answers)
  }

  private func summary(kind: SessionKind = .interview) -> SessionSummary {
    // 2026-12-07 14:05 UTC, a Monday.
    SessionSummary(
      id: 12, started: Date(timeIntervalSince1970: 1_796_652_300),
      updated: Date(timeIntervalSince1970: 1_796_653_000), status: .finished, company: "Acme",
      position: "Analyst", deckID: "second-interview", deckTitle: "Second interview",
      role: nil, mode: "typed", segments: ["behavioural"], seed: 1, salaryRange: nil,
      walkAway: nil, answers: 5, overTarget: 0, interviewMilliseconds: 720_000, kind: kind)
  }

  @Test func actionsParse() {
    #expect(parse("r 2 4") == .success(.rate(answer: 2, rating: 4)))
    #expect(parse("r 2 0") == .success(.rate(answer: 2, rating: nil)))
    #expect(
      parse("n 1 Lead with the result, then numbers")
        == .success(.note(answer: 1, text: "Lead with the result, then numbers")))
    #expect(parse("n 3") == .success(.note(answer: 3, text: "")))
    #expect(parse("a 2") == .success(.practiseAgain(answer: 2)))
    #expect(parse("h 2") == .success(.history(answer: 2)))
    #expect(parse("?") == .success(.help))
    #expect(parse("h") == .success(.help))
    #expect(parse("D") == .success(.delete))
    #expect(parse(" l ") == .success(.list))
    #expect(parse("q") == .success(.quit))
    #expect(parse(":quit") == .success(.quit))
  }

  @Test func badLinesAreRefusedWithTheirReason() {
    #expect(parse("r 7 3") == .failure(PlainRefusal("There is no answer 7; choose 1 to 3.")))
    #expect(
      parse("r 1 6") == .failure(PlainRefusal("A rating is 1 to 5, or 0 to clear it: r 1 4.")))
    #expect(
      parse("r") == .failure(PlainRefusal("Say which answer: r and its number, such as r 1.")))
    #expect(
      parse("d") == .failure(PlainRefusal("Delete is a capital D, so it is not typed by mistake.")))
    guard case .failure(let refusal) = parse("open it") else {
      Issue.record("accepted")
      return
    }
    #expect(refusal.reason.hasPrefix("'open it' is no action."))
    #expect(
      PlainReviewAction.parse("r 1 3", answers: [])
        == .failure(PlainRefusal("There is no answer 1; this transcript has none.")))
  }

  @Test func everyActionHasItsCommand() {
    let help = PlainReviewAction.help(id: 12)
    for command in [
      "rate 12 N R", "note 12 N TEXT", "again 12 N", "history 12 N", "show 12", "delete 12",
    ] {
      #expect(help.contains("    secondround transcripts \(command)"), "\(command): \(help)")
    }
  }

  @Test func theListSaysEachSessionInWords() {
    #expect(
      PlainReviewText.line(summary(), timeZone: utc)
        == "Transcript 12: Acme, Analyst. Monday 7 December 2026 at 14:05, finished, 5 answers, "
        + "12 minutes.")
    #expect(
      PlainReviewText.line(summary(kind: .drill), timeZone: utc)
        .hasPrefix("Drill 12: Second interview. Monday"))
  }

  @Test func aChoiceIsAListedNumberOrQ() {
    #expect(PlainReviewText.choice("12", ids: [12, 3]) == .success(12))
    #expect(PlainReviewText.choice("q", ids: [12]) == .success(nil))
    #expect(
      PlainReviewText.choice("4", ids: [12])
        == .failure(PlainRefusal("There is no transcript 4: type one of the numbers listed, or q."))
    )
    #expect(
      PlainReviewText.choice("first", ids: [12])
        == .failure(
          PlainRefusal("'first' is not a transcript number: type one of the numbers listed, or q."))
    )
  }

  @Test func theDeleteQuestionNamesWhatGoes() {
    #expect(
      PlainReviewText.deleteQuestion(summary(), timeZone: utc)
        == "Delete transcript 12 (Acme, Analyst, Monday 7 December 2026 at 14:05, 5 answers with "
        + "their ratings and notes)? This cannot be undone. [y/N] ")
  }
}
