import InterviewCore

/// Draws one transcript under review: a header, the laid-out transcript scrolled by lines with
/// the focused answer marked, the note editor, the delete confirmation and the help.
public enum ReviewTranscriptScreen {
  /// Draws the whole frame for `review` into `screen`, cleared first.
  public static func render(_ review: TranscriptReview, into screen: inout some Screen) {
    guard let layout = screen.beginFrame() else { return }
    let (rows, columns) = screen.size
    screen.hideCursor()
    let compact = layout == .compact
    let viewport = self.viewport(rows: rows, columns: columns)
    let body = Region(
      top: compact ? 1 : 3, bottom: rows - 2, left: compact ? 1 : 2, width: viewport.width,
      isCompact: compact)
    drawHeader(review, compact: compact, into: &screen)

    // The review lays out for the size it last heard of; a frame at another size lays out again.
    let lines =
      review.layout.width == max(8, viewport.width)
      ? review.layout : TranscriptLayout(review.transcript, width: viewport.width)
    var textBottom = body.bottom
    if review.noteEditor != nil {
      textBottom = max(body.top, body.bottom - (compact ? 5 : 8))
    }
    let height = textBottom - body.top
    var scroll = min(review.scroll, max(0, lines.lines.count - height))
    if review.noteEditor != nil, let focus = review.focus, let range = lines.ranges[focus] {
      // While writing a note, the answer it is about shows above the editor.
      scroll = max(0, min(range.lowerBound, lines.lines.count - height))
    }
    // The word being spoken, on the lines as this frame lays them out.
    let spoken = review.spokenWordSpans(in: lines)
    for offset in 0..<max(0, min(height, lines.lines.count - scroll)) {
      var line = lines.lines[scroll + offset]
      for span in spoken where span.line == scroll + offset {
        line.highlights = highlights(line.highlights, speaking: span.range)
      }
      drawLine(
        line, of: review, row: body.top + offset, region: body, focused: line.item == review.focus,
        into: &screen)
    }

    if let buffer = review.noteEditor, let entry = review.focusedEntry {
      let region = Region(
        top: textBottom, bottom: body.bottom, left: body.left, width: body.width,
        isCompact: compact)
      AnswerView.drawEditor(
        buffer, title: compact ? "Note" : "Note on answer \(entry.sequence)",
        placeholder: "What to keep, what to change next time.", top: textBottom, region: region,
        editorWidth: noteEditorWidth(rows: rows, columns: columns), showsCursor: true,
        into: &screen)
    }

    drawStatus(review, lines: lines, scroll: scroll, height: height, row: rows - 2, into: &screen)
    screen.footer(ReviewTranscriptKeys.footer(for: review), row: rows - 1)
    if review.isConfirmingDelete {
      let summary = review.transcript.summary
      ConfirmBox.draw(
        title: "Delete this transcript?",
        lines: [
          "\(summary.company) — \(summary.position)",
          "\(DateStyle.header(summary.started, timeZone: review.timeZone))"
            + " · \(counted(summary.answers, "answer"))",
          "This cannot be undone.",
        ], into: &screen)
    }
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

  // MARK: - Header and status

  private static func drawHeader(
    _ review: TranscriptReview, compact: Bool, into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    let summary = review.transcript.summary
    // A narrow header has room for the list's short form only.
    let shownDate =
      compact
      ? DateStyle.list(summary.started, timeZone: review.timeZone, compact: true)
      : DateStyle.header(summary.started, timeZone: review.timeZone)
    let dateStart = columns - 1 - shownDate.terminalColumns
    screen.text(
      "\(summary.company) — \(summary.position)", row: 0, column: 1, width: dateStart - 2,
      style: Style(.title, .bold))
    screen.label(
      shownDate, row: 0, column: dateStart, width: columns - 1 - dateStart,
      style: Style(.muted))
    guard !compact else { return }
    var parts = [
      summary.deckTitle, TranscriptFormat.status(summary.status),
      clock(milliseconds: summary.interviewMilliseconds),
      counted(summary.answers, "answer"),
    ]
    if summary.overTarget > 0 { parts.append("\(summary.overTarget) over target") }
    screen.text(
      parts.joined(separator: " · "), row: 1, column: 1, width: columns - 2, style: Style(.muted))
    screen.rule(row: 2, column: 0, width: columns)
  }

  private static func drawStatus(
    _ review: TranscriptReview, lines: TranscriptLayout, scroll: Int, height: Int, row: Int,
    into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    let width = columns - 2
    if let playback = review.playback {
      drawPlaying(playback, row: row, width: width, into: &screen)
      return
    }
    if let notice = review.notice {
      screen.label(notice, row: row, column: 1, width: width, style: Style(.warning))
      return
    }
    if let problem = review.saveProblem {
      screen.text(problem, row: row, column: 1, width: width, style: Style(.error))
      return
    }
    let total = lines.lines.count
    let position =
      total <= height
      ? "all \(total) lines" : "lines \(scroll + 1)–\(min(total, scroll + height)) of \(total)"
    let start = screen.labelRight(position, row: row, end: columns - 1, style: Style(.muted))
    let answers = review.transcript.entries.indices.filter {
      review.transcript.entries[$0].isAnswer
    }
    if let focus = review.focus, let index = answers.firstIndex(of: focus) {
      screen.label(
        "answer \(index + 1) of \(answers.count)", row: row, column: 1, width: start - 3,
        style: Style(.muted))
    }
  }

  /// "Playing answer 2 · 0:03 · any key stops", shortened to what fits.
  private static func drawPlaying(
    _ playback: TranscriptPlayback, row: Int, width: Int, into screen: inout some Screen
  ) {
    let time = clock(milliseconds: playback.elapsedMilliseconds)
    let forms = [
      "Playing answer \(playback.answerNumber) · \(time) · any key stops",
      "Playing \(playback.answerNumber) · \(time) · any key stops",
      "Playing \(playback.answerNumber) · \(time)",
    ]
    let shown = forms.first { $0.terminalColumns <= width } ?? forms[forms.count - 1]
    screen.label(shown, row: row, column: 1, width: width, style: Style(.accent, .bold))
  }

  // MARK: - Lines

  /// `highlights` with the word being spoken over `range`: it takes the place of any filler or
  /// hedge it overlaps, so the stretches stay in order and apart.
  static func highlights(_ highlights: [TranscriptHighlight], speaking range: Range<Int>)
    -> [TranscriptHighlight]
  {
    let apart = highlights.filter {
      $0.range.upperBound <= range.lowerBound || $0.range.lowerBound >= range.upperBound
    }
    return (apart + [TranscriptHighlight(.spoken, range)]).sorted {
      $0.range.lowerBound < $1.range.lowerBound
    }
  }

  static func drawLine(
    _ line: TranscriptLine, of review: TranscriptReview, row: Int, region: Region,
    focused: Bool, into screen: inout some Screen
  ) {
    let entries = review.transcript.entries
    let entry = line.item.flatMap { entries.indices.contains($0) ? entries[$0] : nil }
    if focused, entry?.isAnswer == true {
      // A bar in the margin marks every line of the focused answer.
      screen.write(
        screen.glyphs.vertical, row: row, column: region.left - 1, style: Style(.accent, .bold))
    }
    drawLine(
      line, entry: entry, focused: focused, highlights: review.showsHighlights, row: row,
      region: region, into: &screen)
  }

  /// Draws one laid-out line of a transcript or an attempt: `entry` is the item it belongs to.
  /// Without `highlights`, fillers and hedges are drawn as the rest of the answer.
  static func drawLine(
    _ line: TranscriptLine, entry: Entry?, focused: Bool, highlights: Bool = true, row: Int,
    region: Region, into screen: inout some Screen
  ) {
    let column = region.left + line.indent
    let width = region.width - line.indent
    guard width > 0 else { return }
    switch line.kind {
    case .timing:
      if let entry { drawTiming(entry, row: row, column: column, width: width, into: &screen) }
    case .annotation:
      if let entry {
        drawAnnotation(
          entry.annotation, focused: focused, row: row, column: column, width: width,
          into: &screen)
      }
    default:
      let base = style(of: line.kind, focused: focused)
      guard !line.highlights.isEmpty else {
        screen.write(
          chrome(String(oneLine(line.text).prefix(columns: width)), line.kind, screen.glyphs),
          row: row, column: column, style: base)
        return
      }
      drawHighlighted(
        line, base: base, showing: highlights, row: row, column: column, width: width,
        into: &screen)
    }
  }

  /// Draws a line run by run: each highlight in its own style, the rest in `base`; fillers and
  /// hedges only when `showing`, so hiding them leaves every character where it was.
  private static func drawHighlighted(
    _ line: TranscriptLine, base: Style, showing: Bool, row: Int, column: Int, width: Int,
    into screen: inout some Screen
  ) {
    let characters = Array(oneLine(line.text).prefix(columns: width))
    var runs: [(range: Range<Int>, style: Style)] = []
    var position = 0
    for highlight in line.highlights {
      let lower = max(position, min(highlight.range.lowerBound, characters.count))
      let upper = min(highlight.range.upperBound, characters.count)
      guard lower < upper else { continue }
      if position < lower { runs.append((position..<lower, base)) }
      let style =
        highlight.marksAnswerText && !showing ? base : self.style(of: highlight.kind, on: base)
      runs.append((lower..<upper, style))
      position = upper
    }
    if position < characters.count { runs.append((position..<characters.count, base)) }
    var used = 0
    for run in runs where used < width {
      let text = chrome(String(characters[run.range]), line.kind, screen.glyphs)
      used += screen.write(
        String(text.prefix(columns: width - used)), row: row, column: column + used,
        style: run.style)
    }
  }

  /// How a highlight draws. Fillers and hedges differ by attribute as well as colour, so they
  /// stay apart under `NO_COLOR`: fillers bold and underlined, hedges dim and underlined.
  static func style(of highlight: TranscriptHighlight.Kind, on base: Style) -> Style {
    switch highlight {
    case .filler: return Style(.warning, base.attributes.union([.bold, .underline]))
    case .hedge: return Style(.muted, base.attributes.union(.underline))
    case .met: return Style(.good, base.attributes)
    case .missed: return Style(.warning, base.attributes)
    case .label: return Style(.muted, base.attributes)
    // Reverse video shows without colour and in any locale.
    case .spoken: return Style(.selection, base.attributes.union([.reverse, .bold]))
    }
  }

  /// The feedback's own marks (✓ ✗ ·) as an ASCII terminal can show them; answers, questions
  /// and notes are the candidate's text and are left alone.
  private static func chrome(_ text: String, _ kind: TranscriptLine.Kind, _ glyphs: Glyphs)
    -> String
  {
    switch kind {
    case .feedback, .feedbackGap, .feedbackStrength, .feedbackDetail: return glyphs.chrome(text)
    default: return text
    }
  }

  private static func style(of kind: TranscriptLine.Kind, focused: Bool) -> Style {
    switch kind {
    case .segment, .reflectionHeading: return Style(.title, [.bold, .underline])
    case .question: return focused ? Style(.accent, .bold) : Style(.title)
    case .attemptHeading: return Style(.title)
    case .salary, .note: return Style(.accent)
    case .skipped: return Style(.warning)
    case .reflectionPrompt, .feedbackHint, .recording: return Style(.muted)
    case .recordingNotTranscribed: return Style(.warning)
    case .answer, .candidateQuestion, .reflection, .blank, .timing, .annotation, .feedback,
      .feedbackGap, .feedbackStrength, .feedbackDetail:
      return .plain
    }
  }

  /// "Thinking 0:12 · Answer 1:45 / 2:00 ▰▰▰▱ +0:10 over", the bar as the rehearsal's timer.
  static func drawTiming(
    _ entry: Entry, row: Int, column: Int, width: Int, into screen: inout some Screen
  ) {
    DeckStepScreen.drawTiming(
      thinking: entry.thinkingMilliseconds, answer: entry.answerMilliseconds,
      target: entry.targetMilliseconds, row: row, column: column, width: width, into: &screen)
  }

  /// "Rating ■■■■□ 4/5 · practise again", or how to rate when there is no rating yet.
  static func drawAnnotation(
    _ annotation: Annotation, focused: Bool, row: Int, column: Int, width: Int,
    into screen: inout some Screen
  ) {
    var used = screen.label("Rating ", row: row, column: column, width: width, style: Style(.muted))
    if let rating = annotation.rating {
      if width - used >= 5 {
        screen.bar(row: row, column: column + used, width: 5, filled: rating, style: Style(.accent))
        used += 5
      }
      used += screen.label(
        " \(rating)/5", row: row, column: column + used, width: width - used)
    } else {
      used += screen.label(
        focused ? "none: press 1–5" : "none", row: row, column: column + used,
        width: width - used, style: Style(.muted))
    }
    if annotation.practiseAgain {
      screen.label(
        " · practise again", row: row, column: column + used, width: width - used,
        style: Style(.warning, .bold))
    }
  }
}
