import InterviewCore

/// Draws one transcript under review: a header, the laid-out transcript scrolled by lines with
/// the focused answer marked, the note editor, the delete confirmation and the help.
public enum ReviewTranscriptScreen {
  /// Draws the whole frame for `review` into `screen`, cleared first.
  public static func render(_ review: TranscriptReview, into screen: inout some Screen) {
    screen.clear()
    let (rows, columns) = screen.size
    guard LayoutClass(rows: rows, columns: columns) != .tooSmall else {
      TooSmallScreen.render(into: &screen)
      return
    }
    screen.hideCursor()
    screen.footer(ReviewTranscriptKeys.footer(for: review), row: rows - 1)
    if review.isShowingHelp {
      HelpOverlay.render(ReviewTranscriptKeys.help(for: review), into: &screen)
    }
  }

  /// The transcript's viewport on a terminal `rows` by `columns`: the width lines wrap at and
  /// how many show at once.
  public static func viewport(rows: Int, columns: Int) -> TranscriptViewport {
    switch LayoutClass(rows: rows, columns: columns) {
    // Two header rows and a rule above; status line and footer below; two cells each side.
    case .full: return TranscriptViewport(width: columns - 4, height: rows - 5)
    // One header row above; status line and footer below; one cell each side.
    case .compact, .tooSmall:
      return TranscriptViewport(width: max(1, columns - 2), height: max(1, rows - 3))
    }
  }

  /// The width the note editor wraps at: what `EditCommand.up` and `.down` need.
  public static func noteEditorWidth(rows: Int, columns: Int) -> Int {
    InterviewScreen.editorWidth(rows: rows, columns: columns)
  }
}
