import InterviewCore

/// Draws the list of stored sessions: newest first, one row each, the filter line, the delete
/// confirmation and the help.
public enum ReviewListScreen {
  /// Draws the whole frame for `list` into `screen`, cleared first.
  public static func render(_ list: ReviewList, into screen: inout some Screen) {
    guard let layout = screen.beginFrame() else { return }
    let (rows, columns) = screen.size
    let compact = layout == .compact
    let width = columns - 2
    let visible = visibleRows(rows: rows, columns: columns)
    let top = compact ? 1 : 3

    screen.label("Transcripts", row: 0, column: 1, width: width, style: Style(.title, .bold))
    let count =
      list.filter.isEmpty
      ? counted(list.sessions.count, "session")
      : "\(list.matches.count) of \(counted(list.sessions.count, "session"))"
    screen.labelRight(count, row: 0, end: columns - 1, style: Style(.muted))
    if !compact {
      screen.rule(row: 1, column: 0, width: columns)
      screen.draw(headings(width: width), row: 2, column: 1, width: width)
    }

    if list.matches.isEmpty {
      drawEmpty(list, top: top, bottom: top + visible, width: width, into: &screen)
    } else {
      // Only the rows in view are built: the list may hold thousands of sessions.
      let first = min(list.scroll, max(0, list.matches.count - visible))
      var start = first
      // Rendered at another size than the list last heard of: keep the selection in view.
      if list.selection < start { start = list.selection }
      if list.selection >= start + visible { start = list.selection - visible + 1 }
      for offset in 0..<min(visible, list.matches.count - start) {
        let index = start + offset
        let session = list.sessions[list.matches[index]]
        let selected = index == list.selection
        let row = top + offset
        if selected { screen.fill(row: row, column: 0, width: columns, style: Style(.selection)) }
        var line = self.line(
          session, date: list.dateText(session.started, compact: compact), width: width,
          compact: compact)
        if selected { line = line.map { Span($0.text, at: $0.column, Style(.selection)) } }
        screen.draw(line, row: row, column: 1, width: width)
      }
    }

    drawStatus(list, row: rows - 2, into: &screen)
    screen.footer(ReviewListKeys.footer(for: list), row: rows - 1)
    if let session = list.pendingDelete {
      ConfirmBox.draw(
        title: "Delete this transcript?",
        lines: [
          TranscriptFormat.title(session),
          "\(list.dateText(session.started)) · \(counted(session.answers, "answer"))",
          "This cannot be undone.",
        ], into: &screen)
    }
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

  // MARK: - Rows

  /// Where the columns of the full layout go for a list `width` cells wide.
  private struct Columns {
    var nameWidth: Int
    var deck: Int
    var deckWidth: Int
    var timeEnd: Int
    var answersEnd: Int
    var overEnd: Int
    var status: Int

    init(width: Int) {
      status = width - 11
      overEnd = status - 2
      answersEnd = overEnd - 5
      timeEnd = answersEnd - 4
      // The deck grows with the terminal, up to what most deck titles need.
      deckWidth = min(24, max(10, (width - 78) / 2 + 10))
      deck = timeEnd - 5 - 2 - deckWidth
      nameWidth = max(1, deck - 2 - 18)
    }
  }

  private static func headings(width: Int) -> SpanLine {
    let at = Columns(width: width)
    let right = BriefingView.rightAligned
    let muted = Style(.muted)
    return [
      Span("Date", at: 0, muted), Span("Company — position", at: 18, muted),
      Span("Deck", at: at.deck, muted), right("Time", at.timeEnd, muted),
      right("Ans", at.answersEnd, muted), right("Over", at.overEnd, muted),
      Span("Status", at: at.status, muted),
    ]
  }

  private static func line(_ session: SessionSummary, date: String, width: Int, compact: Bool)
    -> SpanLine
  {
    let right = BriefingView.rightAligned
    let name = TranscriptFormat.title(session)
    let time = clock(milliseconds: session.interviewMilliseconds)
    let statusStyle: Style
    switch session.status {
    case .finished: statusStyle = Style(.good)
    case .interrupted: statusStyle = Style(.warning)
    case .inProgress: statusStyle = Style(.accent)
    }
    if compact {
      // Day, month and time (at most 12 columns); the name; the time; a short status.
      let short: String
      switch session.status {
      case .finished: short = "done"
      case .interrupted: short = "int."
      case .inProgress: short = "live"
      }
      let timeEnd = width - 5
      let nameWidth = max(1, timeEnd - 6 - 13)
      return [
        Span(date, at: 0, Style(.muted)),
        Span(fitted(name, width: nameWidth, ellipsis: "…"), at: 13),
        right(time, timeEnd, .plain), Span(short, at: width - 4, statusStyle),
      ]
    }
    let at = Columns(width: width)
    let who: SpanLine
    switch session.kind {
    case .interview:
      who = [
        Span(fitted(name, width: at.nameWidth, ellipsis: "…"), at: 18),
        Span(
          fitted(TranscriptFormat.deck(session), width: at.deckWidth, ellipsis: "…"), at: at.deck),
      ]
    case .drill:
      // No company or position: the deck's title gets their room and its own.
      who = [
        Span("Drill", at: 18, Style(.accent)),
        Span(
          fitted(
            "· " + TranscriptFormat.deck(session), width: at.deck + at.deckWidth - 24,
            ellipsis: "…"),
          at: 24),
      ]
    }
    return [Span(date, at: 0, Style(.muted))] + who + [
      right(time, at.timeEnd, .plain),
      right(String(session.answers), at.answersEnd, .plain),
      right(String(session.overTarget), at.overEnd, Style(session.overTarget > 0 ? .over : .muted)),
      // The column has room for a word; the status line says the rest for the selected row.
      Span(
        session.status == .inProgress ? "running" : session.status.rawValue, at: at.status,
        statusStyle),
    ]
  }

  // MARK: - Empty list and status line

  private static func drawEmpty(
    _ list: ReviewList, top: Int, bottom: Int, width: Int, into screen: inout some Screen
  ) {
    let message: [(String, Style)]
    if list.sessions.isEmpty {
      message = [
        ("No transcripts yet.", Style(.title)),
        ("", .plain),
        (
          "Rehearse an interview first: choose “Rehearse a new interview” on the home screen,"
            + " or run `secondround rehearse`. Every rehearsal is saved as you go.", .plain
        ),
      ]
    } else {
      message = [
        ("No session matches “\(list.filter.text)”.", Style(.title)),
        ("", .plain),
        ("Esc clears the filter.", Style(.muted)),
      ]
    }
    let room = min(width - 2, 60)
    var lines: [(String, Style)] = []
    for (text, style) in message {
      lines += text.isEmpty ? [("", style)] : wrapped(text, width: room).map { ($0, style) }
    }
    lines = Array(lines.prefix(max(0, bottom - top)))
    var row = top + max(0, (bottom - top - lines.count) / 2)
    let left = 1 + max(0, (width - room) / 2)
    for (text, style) in lines {
      screen.text(text, row: row, column: left, width: room, style: style)
      row += 1
    }
  }

  private static func drawStatus(_ list: ReviewList, row: Int, into screen: inout some Screen) {
    let columns = screen.size.columns
    let width = columns - 2
    if let problem = list.problem {
      screen.text(problem, row: row, column: 1, width: width, style: Style(.error))
    } else if list.isEditingFilter {
      let used = screen.label("Filter: ", row: row, column: 1, width: width, style: Style(.accent))
      let room = max(1, width - used - 1)
      let layout = list.filter.layout(width: Int.max / 2)
      let text = layout.lines.first?.text ?? ""
      // A filter longer than the line shows its end, where the typing happens.
      let shown = fittedKeepingEnd(text, width: room, ellipsis: screen.glyphs.ellipsis)
      screen.write(shown, row: row, column: 1 + used, style: .plain)
      let cursor =
        text.terminalColumns > room ? shown.terminalColumns : layout.cursorColumn
      screen.setCursor(row: row, column: min(columns - 1, 1 + used + cursor))
    } else if !list.filter.isEmpty {
      let used = screen.label("Filter: ", row: row, column: 1, width: width, style: Style(.muted))
      let shown = screen.text(
        list.filter.text, row: row, column: 1 + used, width: width - used, style: Style(.accent))
      screen.label(
        "  / edits, Esc clears", row: row, column: 1 + used + shown, width: width - used - shown,
        style: Style(.muted))
    } else if let selected = list.matches.indices.contains(list.selection)
      ? list.sessions[list.matches[list.selection]] : nil, selected.status == .inProgress
    {
      screen.text(
        "Running in another terminal: what it saves shows here when you open it again.",
        row: row, column: 1, width: width, style: Style(.accent))
    } else if !list.sessions.isEmpty {
      screen.labelRight("newest first", row: row, end: columns - 1, style: Style(.muted))
    }
  }
}

/// A question that needs a yes or no before anything is lost: a box in the middle of the screen
/// over whatever is drawn, the answer keys in its bottom border.
enum ConfirmBox {
  static func draw(
    title: String, lines: [String], note: String = "y delete · n keep",
    into screen: inout some Screen
  ) {
    let (rows, columns) = screen.size
    let widest = max(
      lines.map { oneLine(screen.glyphs.chrome($0)).terminalColumns }.max() ?? 0,
      title.terminalColumns + 4, note.terminalColumns + 4)
    let width = min(columns - 2, widest + 4)
    let height = min(rows - 2, lines.count + 2)
    guard width >= 8, height >= 3 else { return }
    let top = max(1, (rows - height) / 2)
    let left = max(1, (columns - width) / 2)
    screen.box(
      top: top, left: left, height: height, width: width, title: title, note: note,
      clearing: true, style: Style(.warning), titleStyle: Style(.error, .bold))
    for (index, line) in lines.prefix(height - 2).enumerated() {
      screen.text(line, row: top + 1 + index, column: left + 2, width: width - 4)
    }
  }
}
