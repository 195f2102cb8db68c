import Foundation
import Testing

/// Keys typed one at a time into the answer box of the real binary in tmux: most reach the
/// terminal as their one byte, past ncurses' update, and ncurses must go on drawing from where
/// the terminal really is. A repaint (Ctrl-L) clears the terminal and draws the frame wanted
/// afresh; the screen typed into before it and the screen after it must be the same, cell for
/// cell and style for style, with the cursor in the same place.
@Suite(
  "typing echoed straight to the terminal keeps the screen ncurses knows (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxTypingEchoTests {
  /// Sixteen words, long enough to wrap at 40 columns and to start a dozen words.
  private static let answer =
    "we moved billing to the new ledger in two quarters and kept every invoice on time"

  @Test("at 80x24 and 40x12 the screen echoed key by key is the screen a repaint draws")
  func echoedScreenIsTheRepaintedOne() throws {
    for (width, height) in [(80, 24), (40, 12)] {
      try typeKeyByKey(width: width, height: height)
    }
  }

  private func typeKeyByKey(width: Int, height: Int) throws {
    let sandbox = try Sandbox()
    let flags = TmuxRehearsalTests.smallInterview
    let question = try TmuxRehearsalTests.firstQuestion(flags)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(TmuxRehearsalTests.arguments(sandbox, flags), width: width, height: height)
    try #require(
      try tmux.press("Enter", until: question) != nil,
      "never reached the question at \(width)x\(height):\n\((try? tmux.screen()) ?? "")")

    // One send-keys per key, so each arrives on its own and is echoed on its own; halfway, a
    // pause long enough for the clocks to tick (a whole frame between echoes).
    let words = Self.answer.split(separator: " ")
    for (index, word) in words.enumerated() {
      for character in word { try tmux.type(String(character)) }
      if index < words.count - 1 { try tmux.press("Space") }
      if index == words.count / 2 { Thread.sleep(forTimeInterval: 1.2) }
    }
    // At 40x12 the editor is a rule, not a box: its rows read as the words, wrapped.
    let typed = tmux.waitForScreen {
      Tmux.boxText($0) == Self.answer || Tmux.flat($0).contains(Self.answer)
    }
    try #require(
      typed != nil, "the box never showed the answer:\n\((try? tmux.screen()) ?? "")")
    let counted = "\(words.count) words"
    try #require(
      tmux.waitFor(counted) != nil, "no '\(counted)':\n\((try? tmux.screen()) ?? "")")

    let echoed = try settledStyledScreen(tmux)
    let echoedCursor = try tmux.paneValue("#{cursor_x},#{cursor_y}")
    try tmux.press("C-l")
    // The repaint clears the terminal first: wait for it to be drawn again.
    Thread.sleep(forTimeInterval: 0.3)
    let repainted = try settledStyledScreen(tmux)
    let repaintedCursor = try tmux.paneValue("#{cursor_x},#{cursor_y}")

    #expect(
      Self.withoutDigits(echoed) == Self.withoutDigits(repainted),
      "at \(width)x\(height) the echoed screen differs from the repaint:\n\(Self.text(echoed))\n---\n\(Self.text(repainted))"
    )
    #expect(echoedCursor == repaintedCursor, "cursor \(echoedCursor) vs \(repaintedCursor)")
  }

  /// The styled screen once two captures in a row agree but for the clocks' digits.
  private func settledStyledScreen(_ tmux: Tmux) throws -> [[StyledCell]] {
    var last: [[StyledCell]]?
    let settled = Poll.value { () -> [[StyledCell]]? in
      guard let rows = try? tmux.styledScreen() else { return nil }
      defer { last = rows }
      return last.map(Self.withoutDigits) == Self.withoutDigits(rows) ? rows : nil
    }
    return try #require(settled, "the screen never settled")
  }

  /// Cells with every digit made `#`: the clocks tick between two captures.
  private static func withoutDigits(_ rows: [[StyledCell]]) -> [[StyledCell]] {
    rows.map { row in
      row.map { cell in
        var cell = cell
        if cell.character.isWholeNumber { cell.character = "#" }
        return cell
      }
    }
  }

  private static func text(_ rows: [[StyledCell]]) -> String {
    rows.map { String($0.map(\.character)) }.joined(separator: "\n")
  }
}
