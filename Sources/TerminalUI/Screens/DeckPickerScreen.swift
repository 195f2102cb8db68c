import InterviewCore

/// Draws the deck picker: one row per deck with its question and due counts, the highlighted
/// one in the selection colour, and the help.
public enum DeckPickerScreen {
  /// Draws the whole frame for `picker` into `screen`, cleared first.
  public static func render(_ picker: DeckPicker, into screen: inout some Screen) {
    guard let layout = screen.beginFrame() else { return }
    screen.hideCursor()
    let (rows, columns) = screen.size
    let compact = layout == .compact
    let width = columns - 2
    let due = picker.rows.reduce(0) { $0 + $1.dueCount }
    let summary =
      compact
      ? "\(due) due" : "\(counted(picker.rows.count, "deck")) · \(due) due today"
    let end = screen.labelRight(summary, row: 0, end: columns - 1, style: Style(.muted))
    screen.label(
      compact ? "Decks" : "Step through a deck", row: 0, column: 1, width: max(0, end - 2),
      style: Style(.title, .bold))
    let top = compact ? 1 : 3
    // Columns from the right: questions, then due.
    let dueEnd = width
    let countEnd = dueEnd - (compact ? 6 : 10)
    let titleWidth = max(1, countEnd - (compact ? 5 : 13) - 2)
    let right = BriefingView.rightAligned
    if !compact {
      screen.rule(row: 1, column: 0, width: columns)
      screen.draw(
        [
          Span("Deck", Style(.muted)), right("Questions", countEnd, Style(.muted)),
          right("Due", dueEnd, Style(.muted)),
        ], row: 2, column: 1, width: width)
    }
    let visible = max(1, rows - 2 - top)
    if picker.rows.isEmpty {
      screen.label(
        "No decks found.", row: top, column: 1, width: width, style: Style(.muted))
    }
    let first = min(
      max(0, picker.selection - visible + 1), max(0, picker.rows.count - visible))
    for (offset, deck) in picker.rows.dropFirst(first).prefix(visible).enumerated() {
      let row = top + offset
      let selected = first + offset == picker.selection
      let style = Style(selected ? .selection : .normal)
      if selected { screen.fill(row: row, column: 0, width: columns, style: style) }
      let dueStyle = selected ? style : Style(deck.dueCount > 0 ? .warning : .muted)
      var line: SpanLine = [
        Span(selected ? "▸ " : "  ", style),
        Span(fitted(deck.title, width: titleWidth, ellipsis: "…"), at: 2, style),
        right(String(deck.questionCount), countEnd, style),
        right(deck.dueCount > 0 ? "\(deck.dueCount) due" : "—", dueEnd, dueStyle),
      ]
      if compact {
        line[3] = right(deck.dueCount > 0 ? String(deck.dueCount) : "—", dueEnd, dueStyle)
      }
      screen.draw(line, row: row, column: 1, width: width)
    }
    if picker.rows.count > visible {
      screen.labelRight(
        "\(picker.selection + 1) of \(picker.rows.count)", row: rows - 2, end: columns - 1,
        style: Style(.muted))
    }
    screen.footer(DeckPickerKeys.footer(for: picker), row: rows - 1)
    if picker.isShowingHelp { HelpOverlay.render(DeckPickerKeys.help(for: picker), into: &screen) }
  }
}
