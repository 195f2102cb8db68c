import InterviewCore
import Testing

@testable import TerminalUI

/// Colours and attributes of the review screens, read from cells, not bytes.
@Suite struct ReviewStyleTests {
  /// The column where `text` starts on `row`, counted in cells.
  func column(of text: String, row: Int, in screen: GridScreen) -> Int? {
    let cells = screen.cells[row]
    let target = Array(text)
    guard !target.isEmpty, cells.count >= target.count else { return nil }
    for start in 0...(cells.count - target.count) {
      var matched = true
      var index = start
      for character in target {
        while index < cells.count, cells[index].isContinuation { index += 1 }
        guard index < cells.count, cells[index].character == character else {
          matched = false
          break
        }
        index += 1
      }
      if matched { return start }
    }
    return nil
  }

  /// The first row holding `text`.
  func row(of text: String, in screen: GridScreen) -> Int? {
    screen.cells.indices.first { column(of: text, row: $0, in: screen) != nil }
  }

  @Test func theSelectedSessionIsHighlightedAndOverCountsAreInTheOverColour() {
    var list = sizedList(reviewSessions(), rows: 24, columns: 80)
    _ = ReviewListKeys.handle(.down, list: &list, rows: 24, columns: 80)
    let screen = rendered(rows: 24, columns: 80) { ReviewListScreen.render(list, into: &$0) }
    // Row 3 is the first session; the second is selected, edge to edge.
    #expect(screen.style(row: 4, column: 0)?.color == .selection)
    #expect(screen.style(row: 4, column: 79)?.color == .selection)
    #expect(screen.style(row: 3, column: 0)?.color != .selection)
    // The over column's last cell: session 10 (row 5) has 1 over target, session 12 (row 3) none.
    guard let over = column(of: "Over", row: 2, in: screen) else {
      Issue.record("no over heading")
      return
    }
    #expect(screen.cells[5][over + 3].character == "1")
    #expect(screen.style(row: 5, column: over + 3)?.color == .over)
    #expect(screen.cells[3][over + 3].character == "0")
    #expect(screen.style(row: 3, column: over + 3)?.color == .muted)
  }

  @Test func timeBarsUseTheRehearsalsRoles() {
    let review = sizedReview(rows: 60, columns: 100)
    let screen = rendered(rows: 60, columns: 100) {
      ReviewTranscriptScreen.render(review, into: &$0)
    }
    // 1:36 of 2:00 is past three quarters; 1:20 of 1:00 is over; 0:00 of 1:30 is well within.
    for (text, role) in [
      ("Answer 1:36", ColorRole.warning), ("Answer 1:20", .over), ("Answer 0:00", .good),
    ] {
      guard let row = row(of: text, in: screen), let start = column(of: text, row: row, in: screen)
      else {
        Issue.record("no \(text)")
        continue
      }
      #expect(screen.style(row: row, column: start)?.color == role, "\(text)")
      // The bar's full cells share the role (an answer of 0:00 has none).
      guard text != "Answer 0:00" else { continue }
      let bar = (start..<100).first { screen.cells[row][$0].character == "█" }
      #expect(bar.flatMap { screen.style(row: row, column: $0)?.color } == role, "\(text) bar")
    }
    let overRow = row(of: "+0:20 over", in: screen)
    #expect(
      overRow.flatMap { row in
        column(of: "+0:20 over", row: row, in: screen).flatMap {
          screen.style(row: row, column: $0)
        }
      } == Style(.over, .bold))
  }

  @Test func theFocusedAnswerIsMarkedInTheMargin() {
    var review = sizedReview(rows: 24, columns: 80)
    let before = rendered(rows: 24, columns: 80) {
      ReviewTranscriptScreen.render(review, into: &$0)
    }
    guard let question = row(of: "Tell me about a time", in: before) else {
      Issue.record("no question")
      return
    }
    #expect(before.cells[question][1].character == "│")
    #expect(before.style(row: question, column: 1)?.color == .accent)
    #expect(before.style(row: question, column: 2)?.color == .accent)
    _ = ReviewTranscriptKeys.handle(.tab, review: &review, rows: 24, columns: 80)
    let after = rendered(rows: 24, columns: 80) {
      ReviewTranscriptScreen.render(review, into: &$0)
    }
    let moved = row(of: "Tell me about a time", in: after)
    #expect(moved.map { after.cells[$0][1].character } != "│")
    guard let followUp = row(of: "↳ What would you do", in: after) else {
      Issue.record("no follow-up")
      return
    }
    #expect(after.cells[followUp][1].character == "│")
  }

  @Test func aSaveProblemShowsOnTheStatusLine() {
    var review = sizedReview(rows: 24, columns: 80)
    review.saveProblem = "Could not save the rating: the disk is full"
    let screen = rendered(rows: 24, columns: 80) {
      ReviewTranscriptScreen.render(review, into: &$0)
    }
    #expect(screen.lines[22].hasPrefix(" Could not save the rating"))
    #expect(screen.style(row: 22, column: 1)?.color == .error)
  }

  @Test func anOverTargetAttemptIsInTheOverColourAndTheSelectionHighlighted() {
    let history = sizedHistory(rows: 24, columns: 80)
    let screen = rendered(rows: 24, columns: 80) {
      ReviewHistoryScreen.render(history, into: &$0)
    }
    guard let first = row(of: "2:30 / 2:00", in: screen),
      let start = column(of: "2:30 / 2:00", row: first, in: screen)
    else {
      Issue.record("no over attempt")
      return
    }
    #expect(screen.style(row: first, column: start)?.color == .over)
    // The focused attempt (the second) starts selected.
    #expect(screen.style(row: first + 1, column: 0)?.color == .selection)
    #expect(screen.style(row: first, column: 0)?.color != .selection)
  }

  @Test func theDeleteQuestionIsABoxInTheWarningColour() {
    var list = sizedList(reviewSessions(), rows: 24, columns: 80)
    _ = ReviewListKeys.handle(.character("D"), list: &list, rows: 24, columns: 80)
    let screen = rendered(rows: 24, columns: 80) { ReviewListScreen.render(list, into: &$0) }
    guard let top = row(of: "Delete this transcript?", in: screen),
      let title = column(of: "Delete this transcript?", row: top, in: screen)
    else {
      Issue.record("no box")
      return
    }
    #expect(screen.style(row: top, column: title)?.color == .error)
    #expect(screen.style(row: top, column: title - 3)?.color == .warning)
  }
}
