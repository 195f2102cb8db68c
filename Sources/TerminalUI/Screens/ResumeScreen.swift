/// The offer to resume an interrupted interview, shown at start-up.
public enum ResumeScreen {
  /// Draws the offer of `offer` into `screen`, cleared first, with the help over it when
  /// `showingHelp`.
  public static func render(
    _ offer: ResumeOffer, showingHelp: Bool = false, into screen: inout some Screen
  ) {
    guard let layout = screen.beginFrame() else { return }
    let (rows, columns) = screen.size
    let compact = layout == .compact
    var row = 0
    let left = compact ? 1 : 2
    let width = columns - 2 * left
    if !compact {
      screen.label(
        "SecondRound", row: 0, column: 1, width: columns - 2, style: Style(.title, .bold))
      screen.rule(row: 1, column: 0, width: columns)
      row = 3
    }
    screen.label(
      "An interview was interrupted.", row: row, column: left, width: width,
      style: Style(.warning, .bold))
    row += compact ? 1 : 2

    let facts: [(String, String)] = [
      ("Company", offer.company), ("Position", offer.position), ("Started", offer.started),
      ("Stopped at", offer.whereabouts),
      ("Draft", offer.draftPreview.isEmpty ? "" : "“" + offer.draftPreview + "”"),
    ]
    let valueColumn = left + (compact ? 11 : 13)
    for (name, value) in facts {
      screen.label(name, row: row, column: left, width: width, style: Style(.muted))
      if value.isEmpty {
        screen.label(
          "none", row: row, column: valueColumn, width: left + width - valueColumn,
          style: Style(.muted))
      } else {
        screen.text(value, row: row, column: valueColumn, width: left + width - valueColumn)
      }
      row += 1
    }
    row += 1
    let advice =
      "Enter resumes it where it stopped, with the clocks as they were; Esc keeps it as an"
      + " interrupted transcript."
    let room = rows - 2 - row
    for line in limited(
      wrapped(advice, width: width), to: room, width: width, ellipsis: screen.glyphs.ellipsis)
    {
      screen.label(line, row: row, column: left, width: width)
      row += 1
    }
    screen.hideCursor()
    screen.footer(ResumeKeys.footer, row: rows - 1)
    if showingHelp { HelpOverlay.render(ResumeKeys.help, into: &screen) }
  }
}
