import Foundation
import Testing

@testable import InterviewCore

@Suite struct ReviewHistoryTests {
  static func attempts() -> [QuestionAttempt] {
    let transcript = reviewTranscript()
    return (1...5).map { day in
      var entry = transcript.entries[0]
      entry.answerMilliseconds = day * 30_000
      entry.annotation = Annotation(rating: day, note: day == 2 ? "Too long." : "")
      entry.answer = String(repeating: "Attempt \(day) says more. ", count: day * 3)
      return QuestionAttempt(
        sessionID: Int64(day), started: reviewStart.addingTimeInterval(Double(day) * 86_400),
        company: "Company \(day)", position: "Engineer", entry: entry)
    }
  }

  func history(focus: EntryReference? = nil, sideBySide: Bool = true, height: Int = 8)
    -> QuestionHistory
  {
    QuestionHistory(
      question: "Tell me about a disagreement.", attempts: Self.attempts(), focus: focus,
      timeZone: reviewUTC,
      viewport: HistoryViewport(width: 78, height: height, sideBySide: sideBySide))
  }

  @Test func theFocusedAttemptIsSelectedFirst() {
    #expect(history().selection == 0)
    #expect(history(focus: EntryReference(sessionID: 4, sequence: 1)).selection == 3)
    #expect(history(focus: EntryReference(sessionID: 9, sequence: 1)).selection == 0)
  }

  @Test func movingStaysWithinTheAttempts() {
    var history = history(height: 2)
    _ = history.send(.move(-1))
    #expect(history.selection == 0)
    _ = history.send(.move(3))
    #expect(history.selection == 3)
    #expect(history.scroll == 2)
    _ = history.send(.last)
    _ = history.send(.move(1))
    #expect(history.selection == 4)
  }

  @Test func markingTwoAttemptsComparesThem() {
    var history = history()
    _ = history.send(.move(1))
    _ = history.send(.toggleMark)
    #expect(history.marked == [1])
    #expect(!history.isComparing)
    _ = history.send(.move(2))
    _ = history.send(.toggleMark)
    #expect(history.isComparing)
    #expect(history.compared?.0.sessionID == 2)
    #expect(history.compared?.1.sessionID == 4)
    // Back from the comparison returns to the list with no marks, not out of the history.
    #expect(history.send(.back) == [])
    #expect(!history.isComparing)
    #expect(history.marked.isEmpty)
    #expect(history.send(.back) == [.back])
  }

  @Test func markingTheSameAttemptAgainUnmarksIt() {
    var history = history()
    _ = history.send(.toggleMark)
    _ = history.send(.toggleMark)
    #expect(history.marked.isEmpty)
    #expect(!history.isComparing)
  }

  @Test func sideBySideColumnsAndStackedLinesAreLaidOut() {
    var wide = history(sideBySide: true)
    _ = wide.send(.toggleMark)
    _ = wide.send(.last)
    _ = wide.send(.toggleMark)
    let columns = wide.compareColumns
    #expect(columns.count == 2)
    #expect(columns[0].first?.kind == .attemptHeading)
    #expect(columns[0].allSatisfy { $0.item == 0 })
    #expect(columns[1].allSatisfy { $0.item == 4 })
    let width = HistoryViewport(width: 78, height: 8, sideBySide: true).columnWidth
    #expect(width == 37)
    #expect(columns.joined().allSatisfy { $0.indent + $0.text.terminalColumns <= width })
    #expect(wide.compareLineCount == max(columns[0].count, columns[1].count))

    var narrow = wide
    _ = narrow.send(.resize(HistoryViewport(width: 38, height: 8, sideBySide: false)))
    let stacked = narrow.compareColumns
    #expect(stacked.count == 1)
    #expect(stacked[0].contains { $0.item == 0 } && stacked[0].contains { $0.item == 4 })
    #expect(stacked[0].first?.item == 0 && stacked[0].last?.item == 4)
  }

  @Test func theComparisonScrollsBothTogetherWithinBounds() {
    var history = history(height: 5)
    _ = history.send(.toggleMark)
    _ = history.send(.last)
    _ = history.send(.toggleMark)
    #expect(history.compareLineCount > 5)
    _ = history.send(.move(-1))
    #expect(history.compareScroll == 0)
    _ = history.send(.move(2))
    #expect(history.compareScroll == 2)
    _ = history.send(.last)
    #expect(history.compareScroll == history.compareLineCount - 5)
    _ = history.send(.page(1))
    #expect(history.compareScroll == history.compareLineCount - 5)
    _ = history.send(.first)
    #expect(history.compareScroll == 0)
  }

  @Test func enterOpensTheSelectedAttemptsTranscript() {
    var history = history()
    _ = history.send(.move(2))
    #expect(history.send(.open) == [.openTranscript(EntryReference(sessionID: 3, sequence: 1))])
  }

  @Test func anEmptyHistoryOnlyGoesBack() {
    var history = QuestionHistory(question: "Q", attempts: [], timeZone: reviewUTC)
    #expect(history.send(.move(1)) == [])
    #expect(history.send(.toggleMark) == [])
    #expect(history.marked.isEmpty)
    #expect(history.send(.open) == [])
    #expect(history.send(.back) == [.back])
  }
}
