import InterviewCore

/// Draws the list of stored sessions: newest first, one row each, the filter line, the delete
/// confirmation and the help.
public enum ReviewListScreen {
  /// Draws the whole frame for `list` into `screen`, cleared first.
  public static func render(_ list: ReviewList, into screen: inout some Screen) {
    screen.clear()
    let (rows, columns) = screen.size
    guard LayoutClass(rows: rows, columns: columns) != .tooSmall else {
      TooSmallScreen.render(into: &screen)
      return
    }
    screen.hideCursor()
    screen.footer(ReviewListKeys.footer(for: list), row: rows - 1)
    if list.isShowingHelp { HelpOverlay.render(ReviewListKeys.help(for: list), into: &screen) }
  }

  /// How many sessions show at once on a terminal `rows` by `columns`: what the list needs to
  /// keep its selection in view.
  public static func visibleRows(rows: Int, columns: Int) -> Int {
    switch LayoutClass(rows: rows, columns: columns) {
    // Title, rule and column headings above; status line and footer below.
    case .full: return rows - 5
    // One title line above; status line and footer below.
    case .compact, .tooSmall: return max(1, rows - 3)
    }
  }
}
