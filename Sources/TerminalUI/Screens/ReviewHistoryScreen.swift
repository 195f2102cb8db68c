import InterviewCore

/// Draws the history of one question: every attempt with its date, times and rating, and two
/// marked attempts compared side by side (or one above the other on a narrow terminal).
public enum ReviewHistoryScreen {
  /// Draws the whole frame for `history` into `screen`, cleared first.
  public static func render(_ history: QuestionHistory, into screen: inout some Screen) {
    screen.clear()
    let (rows, columns) = screen.size
    guard LayoutClass(rows: rows, columns: columns) != .tooSmall else {
      TooSmallScreen.render(into: &screen)
      return
    }
    screen.hideCursor()
    screen.footer(ReviewHistoryKeys.footer(for: history), row: rows - 1)
    if history.isShowingHelp {
      HelpOverlay.render(ReviewHistoryKeys.help(for: history), into: &screen)
    }
  }

  /// The history's viewport on a terminal `rows` by `columns`: rows of attempts or lines of the
  /// comparison shown at once, and whether the comparison fits side by side.
  public static func viewport(rows: Int, columns: Int) -> HistoryViewport {
    switch LayoutClass(rows: rows, columns: columns) {
    // Title, question, rule and a heading row above; status line and footer below.
    case .full:
      return HistoryViewport(width: columns - 2, height: rows - 6, sideBySide: true)
    // Title and a heading row above; status line and footer below.
    case .compact, .tooSmall:
      return HistoryViewport(
        width: max(1, columns - 2), height: max(1, rows - 4), sideBySide: false)
    }
  }
}
