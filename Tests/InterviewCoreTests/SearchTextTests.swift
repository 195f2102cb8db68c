import Foundation
import InterviewCore
import Testing

@Suite struct SearchTextTests {
  static let hit = SearchHit(
    sessionID: 3, started: FormatFixture.started, company: "Acme", position: "Analyst",
    sequence: 2, kind: .followUp, question: "What would\nyou change?", field: .answer,
    snippet: [SnippetPart("…more ", isMatch: false), SnippetPart("tests", isMatch: true)])

  @Test("a hit is its date, session and question, then the snippet with matches bracketed")
  func brackets() {
    let lines = SearchText.lines(Self.hit, highlight: .brackets, timeZone: .gmt)
    #expect(
      lines == [
        "Mon 16 Nov 09:30  #3  Acme — Follow-up: What would you change?", "    …more [tests]",
      ])
  }

  @Test("on a colour terminal matches are bold, and no other escape gets through")
  func bold() {
    var hit = Self.hit
    hit.snippet.append(SnippetPart(" \u{1B}[31mred", isMatch: false))
    let lines = SearchText.lines(hit, highlight: .bold, timeZone: .gmt)
    #expect(lines[1] == "    …more \u{1B}[1mtests\u{1B}[22m ␛[31mred")
  }

  @Test("a hit in the note says so")
  func note() {
    var hit = Self.hit
    hit.field = .note
    #expect(
      SearchText.lines(hit, highlight: .brackets, timeZone: .gmt)[1] == "    note: …more [tests]")
    #expect(SearchHitJSON(hit).snippet == "…more tests")
    #expect(SearchHitJSON(hit).parts.map(\.match) == [false, true])
  }
}
