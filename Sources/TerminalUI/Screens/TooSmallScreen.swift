/// What shows when the terminal is smaller than the compact layout: the size it is, and the
/// size it needs, centred; it fits any screen of at least one cell.
public enum TooSmallScreen {
  /// Draws the message into `screen`, cleared first.
  public static func render(into screen: inout some Screen) {
    screen.clear()
    let (rows, columns) = screen.size
    guard rows > 0, columns > 0 else { return }
    let glyphs = screen.glyphs
    let minimum = LayoutClass.minimumSize
    let first = glyphs.chrome("Terminal too small: \(columns)×\(rows)")
    let second = glyphs.chrome("SecondRound needs at least \(minimum.columns)×\(minimum.rows)")
    let whole = first + glyphs.chrome(" — ") + second
    // One line when it fits, else in pieces, each wrapped only when it must be, so that a
    // size is not split from the words about it.
    var lines: [(String, Style)]
    if whole.terminalColumns <= columns {
      lines = [(whole, Style(.warning, .bold))]
    } else {
      let needs =
        second.terminalColumns <= columns
        ? [second]
        : ["SecondRound needs", glyphs.chrome("at least \(minimum.columns)×\(minimum.rows)")]
      lines =
        wrapped(first, width: columns).map { ($0, Style(.warning, .bold)) }
        + needs.flatMap { wrapped($0, width: columns) }.map { ($0, Style.plain) }
    }
    if lines.count > rows { lines = Array(lines.prefix(rows)) }
    let top = (rows - lines.count) / 2
    for (index, line) in lines.enumerated() {
      let left = max(0, (columns - line.0.terminalColumns) / 2)
      screen.write(line.0, row: top + index, column: left, style: line.1)
    }
    screen.hideCursor()
  }
}

extension Screen {
  /// Starts a frame: clears it and tells its layout class; below the minimum size it draws the
  /// too-small notice instead and returns nil, so every screen's render opens with one guard.
  public mutating func beginFrame() -> LayoutClass? {
    clear()
    let (rows, columns) = size
    let layout = LayoutClass(rows: rows, columns: columns)
    guard layout != .tooSmall else {
      TooSmallScreen.render(into: &self)
      return nil
    }
    return layout
  }
}
