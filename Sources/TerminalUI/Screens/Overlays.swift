import InterviewCore

/// The Esc menu: a centred box over the interview, which is paused while it shows.
enum MenuOverlay {
  static func draw(_ interview: Interview, into screen: inout some Screen) {
    guard let selection = interview.menuSelection else { return }
    let (rows, columns) = screen.size
    let items = interview.menuItems
    let isDrill = interview.plan.drill != nil
    let note = "The clocks are stopped."
    // Each entry: a space, the marker, its letter, two spaces, its title.
    let entryWidth =
      items.map { 6 + screen.glyphs.chrome($0.title(inDrill: isDrill)).terminalColumns }.max() ?? 0
    let width = min(columns, max(entryWidth, note.count) + 6)
    let height = min(rows, items.count + 4)
    let top = max(0, (rows - height) / 2)
    let left = max(0, (columns - width) / 2)
    screen.box(
      top: top, left: left, height: height, width: width, title: "Paused", clearing: true,
      style: Style(.accent))
    let inner = width - 4
    for (index, item) in items.enumerated() where top + 1 + index < top + height - 1 {
      let row = top + 1 + index
      let selected = item == selection
      let style = Style(selected ? .selection : .normal)
      if selected { screen.fill(row: row, column: left + 1, width: width - 2, style: style) }
      var column = left + 2
      column += screen.label(
        selected ? "▸ " : "  ", row: row, column: column, width: inner, style: style)
      if let letter = item.shortcut {
        column += screen.label(
          String(letter), row: row, column: column, width: inner,
          style: selected ? style : Style(.keyHint))
      }
      screen.label(
        "  " + item.title(inDrill: isDrill), row: row, column: column,
        width: left + width - 2 - column, style: style)
    }
    if height == items.count + 4 {
      screen.label(
        note, row: top + height - 2, column: left + 2, width: inner, style: Style(.muted))
    }
  }
}

extension MenuItem {
  /// The entry's words, in a drill or a rehearsal: ending a drill ends every question left,
  /// not an interview.
  func title(inDrill: Bool) -> String {
    inDrill && self == .end ? "End the drill" : title
  }
}

/// The help: every key of the current state in a box over the screen, or, in the compact
/// layout, the whole screen; any key closes it.
public enum HelpOverlay {
  /// Draws `bindings` over whatever `screen` holds. A binding for "any key" is not listed: the
  /// overlay says so itself.
  public static func render(_ bindings: [KeyBinding], into screen: inout some Screen) {
    let (rows, columns) = screen.size
    let layout = LayoutClass(rows: rows, columns: columns)
    guard layout != .tooSmall else {
      TooSmallScreen.render(into: &screen)
      return
    }
    screen.hideCursor()
    let glyphs = screen.glyphs
    let entries = bindings.filter { $0.keys != "any key" }.map {
      (glyphs.chrome($0.keys), glyphs.chrome($0.summary))
    }
    let keysWidth = entries.map(\.0.terminalColumns).max() ?? 0
    let summaryWidth = entries.map(\.1.terminalColumns).max() ?? 0
    let closing = "press any key to close"

    let top: Int
    let left: Int
    let width: Int
    let listRows: Int
    if layout == .compact {
      // The whole screen, every row but the footer for keys: a title would cost one of them.
      screen.clear()
      top = -1
      left = 0
      width = columns
      listRows = rows - 1
    } else {
      width = min(columns - 2, max(keysWidth + summaryWidth + 7, closing.count + 6))
      let height = min(rows - 2, entries.count + 2)
      top = max(0, (rows - height) / 2)
      left = max(0, (columns - width) / 2)
      listRows = height - 2
      screen.box(
        top: top, left: left, height: height, width: width, title: "Help", note: closing,
        clearing: true, style: Style(.accent))
    }
    let keyColumn = left + (layout == .compact ? 1 : 2)
    let summaryColumn = keyColumn + min(keysWidth, width / 2) + 2
    // Without a box the summaries may run to the edge.
    let summaryEnd = layout == .compact ? columns : left + width - 2
    let shown = entries.count <= listRows ? entries.count : max(0, listRows - 1)
    for (index, entry) in entries.prefix(shown).enumerated() {
      let row = top + 1 + index
      screen.label(
        entry.0, row: row, column: keyColumn, width: summaryColumn - keyColumn - 1,
        style: Style(.keyHint))
      screen.label(
        entry.1, row: row, column: summaryColumn, width: summaryEnd - summaryColumn)
    }
    if shown < entries.count {
      screen.label(
        "… \(entries.count - shown) more: widen the terminal", row: top + 1 + shown,
        column: keyColumn, width: width - 4, style: Style(.muted))
    }
    if layout == .compact {
      screen.footer([KeyBinding(keys: "any key", summary: "close the help")], row: rows - 1)
    }
  }
}
