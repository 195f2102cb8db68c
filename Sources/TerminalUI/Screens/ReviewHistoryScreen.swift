import InterviewCore

/// Draws the history of one question: every attempt with its date, times and rating, and two
/// marked attempts compared side by side (or one above the other on a narrow terminal).
public enum ReviewHistoryScreen {
  /// Draws the whole frame for `history` into `screen`, cleared first.
  public static func render(_ history: QuestionHistory, into screen: inout some Screen) {
    guard let layout = screen.beginFrame() else { return }
    let (rows, columns) = screen.size
    screen.hideCursor()
    let compact = layout == .compact
    let viewport = self.viewport(rows: rows, columns: columns)
    let headingRow = compact ? 1 : 3
    let body = Region(
      top: headingRow + 1, bottom: rows - 2, left: 1, width: viewport.width, isCompact: compact)

    if compact {
      let used = screen.label(
        "History: ", row: 0, column: 1, width: columns - 2,
        style: Style(.title, .bold))
      screen.text(
        history.question, row: 0, column: 1 + used, width: columns - 2 - used,
        style: Style(.accent))
    } else {
      let used = screen.label(
        "History", row: 0, column: 1, width: columns - 2, style: Style(.title, .bold))
      screen.label(
        " · " + counted(history.attempts.count, "attempt"), row: 0, column: 1 + used,
        width: columns - 2 - used, style: Style(.muted))
      screen.text(
        history.question, row: 1, column: 1, width: columns - 2, style: Style(.accent))
      screen.rule(row: 2, column: 0, width: columns)
    }

    if history.isComparing {
      drawComparison(
        history, viewport: viewport, headingRow: headingRow, body: body,
        into: &screen)
    } else {
      drawList(history, headingRow: headingRow, body: body, into: &screen)
    }
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

  // MARK: - The list

  private static func drawList(
    _ history: QuestionHistory, headingRow: Int, body: Region, into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    let width = body.width
    let compact = body.isCompact
    screen.draw(headings(width: width, compact: compact), row: headingRow, column: 1, width: width)
    if history.attempts.isEmpty {
      screen.label(
        "No attempts stored.", row: body.top, column: 1, width: width, style: Style(.muted))
    }
    var start = min(history.scroll, max(0, history.attempts.count - body.height))
    if history.selection < start { start = history.selection }
    if history.selection >= start + body.height { start = history.selection - body.height + 1 }
    for offset in 0..<max(0, min(body.height, history.attempts.count - start)) {
      let index = start + offset
      let row = body.top + offset
      let selected = index == history.selection
      if selected { screen.fill(row: row, column: 0, width: columns, style: Style(.selection)) }
      var line = self.line(
        history.attempts[index],
        date: history.dateText(history.attempts[index].started, compact: compact),
        marked: history.marked.firstIndex(of: index), width: width, compact: compact)
      if selected { line = line.map { Span($0.text, at: $0.column, Style(.selection)) } }
      screen.draw(line, row: row, column: 1, width: width)
    }
    let status = body.bottom
    if history.marked.count == 1 {
      screen.label(
        "A marked: mark another attempt to compare", row: status, column: 1, width: width,
        style: Style(.accent))
    } else if history.attempts.count > 1 {
      screen.label(
        compact ? "Space marks two to compare" : "Mark two attempts with Space to compare them",
        row: status, column: 1, width: width, style: Style(.muted))
    }
  }

  /// Where the full layout's columns end, for a list `width` cells wide.
  private struct Columns {
    var companyWidth: Int
    var thinkingEnd: Int
    var answerEnd: Int
    var over: Int
    var ratingEnd: Int
    var mark: Int

    init(width: Int) {
      mark = width - 5
      ratingEnd = mark - 2
      over = ratingEnd - 3 - 2 - 4
      answerEnd = over - 2
      thinkingEnd = answerEnd - 12
      companyWidth = max(1, thinkingEnd - 5 - 2 - 20)
    }
  }

  private static func headings(width: Int, compact: Bool) -> SpanLine {
    let right = BriefingView.rightAligned
    let muted = Style(.muted)
    if compact {
      return [
        Span("Date", at: 2, muted), right("time", 20, muted), Span("rate", at: 21, muted),
        Span("Company", at: 26, muted),
      ]
    }
    let at = Columns(width: width)
    return [
      Span("Date", at: 2, muted), Span("Company — position", at: 20, muted),
      right("think", at.thinkingEnd, muted), right("answer", at.answerEnd, muted),
      right("rating", at.ratingEnd + 1, muted), Span("mark", at: at.mark, muted),
    ]
  }

  private static func line(
    _ attempt: QuestionAttempt, date: String, marked: Int?, width: Int, compact: Bool
  ) -> SpanLine {
    let right = BriefingView.rightAligned
    let entry = attempt.entry
    let markSpan = Span(marked.map { $0 == 0 ? "A" : "B" } ?? "", at: 0, Style(.accent, .bold))
    let answer = entry.answerMilliseconds.map { clock(milliseconds: $0) } ?? "–"
    let answerStyle = Style(entry.isOverTarget ? .over : .normal)
    let rating = entry.annotation.rating.map { "\($0)/5" } ?? "–"
    if compact {
      return [
        // The date takes at most 12 columns: "21 Nov 14:05".
        markSpan, Span(date, at: 2, Style(.muted)),
        right(answer, 20, answerStyle), Span(rating, at: 22),
        Span(
          fitted(
            attempt.sessionKind == .drill ? "Drill" : attempt.company, width: max(1, width - 26),
            ellipsis: "…"), at: 26),
      ]
    }
    let at = Columns(width: width)
    var line: SpanLine = [
      markSpan, Span(date, at: 2, Style(.muted)),
      Span(
        fitted(attempt.sessionTitle, width: at.companyWidth, ellipsis: "…"),
        at: 20),
      right(
        entry.thinkingMilliseconds.map { clock(milliseconds: $0) } ?? "–", at.thinkingEnd, .plain),
      right(
        answer + (entry.targetMilliseconds.map { " / " + clock(milliseconds: $0) } ?? ""),
        at.answerEnd, answerStyle),
      right(rating, at.ratingEnd, .plain),
    ]
    if entry.isOverTarget { line.append(Span("over", at: at.over, Style(.over, .bold))) }
    if entry.skipped { line.append(Span("skip", at: at.over, Style(.warning))) }
    if entry.annotation.practiseAgain {
      line.append(Span("again", at: at.mark, Style(.warning, .bold)))
    }
    return line
  }

  // MARK: - The comparison

  private static func drawComparison(
    _ history: QuestionHistory, viewport: HistoryViewport, headingRow: Int, body: Region,
    into screen: inout some Screen
  ) {
    // Laid out here for this frame's size, which the history may not have heard of yet.
    var sized = history
    _ = sized.send(.resize(viewport))
    let columnsOfLines = sized.compareColumns
    // compareColumns lays both answers out; counting them here saves a second layout per frame.
    let total = columnsOfLines.map(\.count).max() ?? 0
    let scroll = sized.compareScroll
    let columnWidth = viewport.columnWidth
    let lefts = viewport.sideBySide ? [1, 1 + columnWidth + 3] : [1]
    if viewport.sideBySide {
      for (index, left) in lefts.enumerated() {
        screen.label(
          index == 0 ? "Attempt A" : "Attempt B", row: headingRow, column: left,
          width: columnWidth, style: Style(.title, .bold))
      }
    } else {
      screen.label(
        "Attempt A, then attempt B", row: headingRow, column: 1, width: viewport.width,
        style: Style(.title, .bold))
    }
    for offset in 0..<max(0, min(body.height, total - scroll)) {
      let row = body.top + offset
      if viewport.sideBySide {
        screen.write(
          screen.glyphs.vertical, row: row, column: 1 + columnWidth + 1, style: Style(.muted))
      }
      for (index, lines) in columnsOfLines.enumerated() where scroll + offset < lines.count {
        let line = lines[scroll + offset]
        let entry = line.item.map { history.attempts[$0].entry }
        ReviewTranscriptScreen.drawLine(
          line, entry: entry, focused: false, row: row,
          region: Region(
            top: row, bottom: row + 1, left: lefts[index], width: columnWidth,
            isCompact: body.isCompact),
          into: &screen)
      }
    }
    let columns = screen.size.columns
    let position =
      total <= body.height
      ? "all \(total) lines" : "lines \(scroll + 1)–\(min(total, scroll + body.height)) of \(total)"
    screen.labelRight(position, row: body.bottom, end: columns - 1, style: Style(.muted))
  }
}
