import InterviewCore
import Testing

@testable import secondround

/// `decks show` wraps at word boundaries under its label when it knows the terminal's width.
@Suite struct DeckTextTests {
  @Test func wrapsAtSpacesWithAHangingIndent() {
    let lines = DeckText.wrap(
      "What would have caught it earlier — a test, a log line, a code review?",
      label: "     follow-up: ", indent: 7, width: 40)
    #expect(
      lines == [
        "     follow-up: What would have caught",
        "       it earlier — a test, a log line,",
        "       a code review?",
      ])
  }

  @Test func aWordLongerThanALineIsCutAndNothingIsLost() {
    let lines = DeckText.wrap(
      "ab " + String(repeating: "x", count: 30) + " cd", indent: 2, width: 14)
    #expect(lines.allSatisfy { $0.count <= 14 })
    #expect(lines.joined().filter { $0 != " " } == "ab" + String(repeating: "x", count: 30) + "cd")
  }

  @Test func withoutAWidthLinesStayWholeAndBlockScalarLinesAreKept() {
    #expect(
      DeckText.wrap("first line\nsecond line", label: "  1. ", indent: 5, width: nil) == [
        "  1. first line", "     second line",
      ])
  }

  @Test func everyLineOfABundledDeckFitsA40ColumnTerminal() throws {
    let deck = try #require(DeckLibrary.bundled().deck(withID: "second-interview"))
    let wrapped = DeckText.lines(for: deck, width: 40)
    #expect(wrapped.allSatisfy { $0.count <= 40 }, "\(wrapped.filter { $0.count > 40 })")
    let words = { (lines: [String]) in lines.joined(separator: " ").split(separator: " ") }
    #expect(words(wrapped) == words(DeckText.lines(for: deck)))
  }
}
