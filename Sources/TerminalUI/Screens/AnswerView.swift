import InterviewCore

/// The stages where the candidate types: a question being answered, their own questions for
/// the panel, and the reflection. Each is a prompt, a timer and the editor.
enum AnswerView {
  // MARK: - Answering

  /// Draws the question being answered, its timer and the editor; returns where the editor's
  /// text went, for `TypingEcho`.
  @discardableResult
  static func drawAnswering(
    _ turn: Turn, of interview: Interview, in region: Region, editorWidth: Int,
    spoken status: SpokenStatus? = nil, into screen: inout some Screen
  ) -> EditorPlacement? {
    let plan = interview.plan
    let spoken = plan.settings.mode == .spoken
    let compact = region.isCompact
    let coach = interview.coachNote
    let lead = coachLead(interview, turn: turn)
    // Everything above the timer stays while the answer is typed: drawn once, then replayed.
    let question = QuestionFace(
      plan: plan, region: region, segment: turn.segment, question: turn.question,
      isFollowUp: turn.isFollowUp, followUpText: turn.followUpText, coach: coach, lead: lead)
    var row = screen.memo(question, slot: 0) { screen in
      drawQuestion(turn, of: interview, coach: coach, lead: lead, in: region, into: &screen)
    }

    let salary =
      plan.segments[turn.segment].kind == .salary
      ? BriefingView.salaryReminder(plan.settings, short: compact) : nil
    let target = interview.targetMilliseconds(for: turn)
    if spoken && !turn.started {
      let used = screen.label(
        compact ? "Space: answer aloud" : "Answer aloud — press Space to start", row: row,
        column: region.left, width: region.width, style: Style(.accent, .bold))
      screen.label(
        "  Thinking \(clock(milliseconds: turn.thinkingMilliseconds))", row: row,
        column: region.left + used, width: region.width - used, style: Style(.muted))
    } else if !turn.started {
      let used = screen.label(
        "Thinking \(clock(milliseconds: turn.thinkingMilliseconds))", row: row,
        column: region.left, width: region.width)
      screen.label(
        "  aim for " + TargetDuration.clock(seconds: target / 1000), row: row,
        column: region.left + used, width: region.width - used, style: Style(.muted))
    } else {
      drawTimer(
        label: spoken ? "Speaking" : "Answer", elapsed: turn.answerMilliseconds, target: target,
        row: row, region: region, into: &screen)
    }
    row += 1
    if spoken, let status {
      row = SpokenStatusView.draw(
        status, started: turn.started, row: row, region: region, into: &screen)
    }

    if let salary, region.bottom - row > (compact ? 2 : 6) {
      screen.text(
        "Remember: " + salary, row: row, column: region.left, width: region.width,
        style: Style(.accent))
      row += 1
    }
    if !compact { row += 1 }

    let placeholder: String
    if spoken {
      placeholder =
        turn.started
        ? "Optional notes: key points as you speak. Enter ends the answer."
        : "Take a moment. Space starts the answer clock; then speak your answer."
    } else {
      placeholder = "Start typing: the answer clock starts with your first key."
    }
    return drawEditor(
      turn.buffer, title: spoken ? "Notes" : "Your answer", placeholder: placeholder,
      top: row, region: region, editorWidth: editorWidth, showsCursor: interview.isTyping,
      into: &screen)
  }

  /// What the question block above the timer reads: the plan, which question, and the coach's
  /// note on the answer before.
  struct QuestionFace: Equatable {
    var plan: InterviewPlan
    var region: Region
    var segment: Int
    var question: Int
    var isFollowUp: Bool
    var followUpText: String?
    var coach: FeedbackNote?
    var lead: String
  }

  /// The heading, the coach's note and the question, from the top of `region`; returns the row
  /// where the timer goes.
  private static func drawQuestion(
    _ turn: Turn, of interview: Interview, coach: FeedbackNote?, lead: String,
    in region: Region, into screen: inout some Screen
  ) -> Int {
    let plan = interview.plan
    let segment = plan.segments[turn.segment]
    let compact = region.isCompact
    var row = region.top

    if !compact {
      let heading: String
      if turn.isFollowUp {
        heading = "Follow-up to question \(turn.question + 1)"
      } else if let drill = plan.drill {
        // One question per drilled plan: its number is the drill's.
        heading = "Question \(drill.number) of \(drill.count)"
      } else {
        heading = "Question \(turn.question + 1) of \(segment.questions.count)"
      }
      let used = screen.label(
        heading, row: row, column: region.left, width: region.width, style: Style(.title, .bold))
      screen.text(
        " · " + segment.interviewer + (turn.isFollowUp ? "" : " asks"), row: row,
        column: region.left + used, width: region.width - used, style: Style(.muted))
      row += 2
    }

    let salary =
      segment.kind == .salary
      ? BriefingView.salaryReminder(plan.settings, short: compact) : nil
    // Below the question: a gap, the timer, the salary reminder, a gap and the smallest editor.
    let below = compact ? 1 + 2 : 1 + 1 + (salary == nil ? 0 : 1) + 1 + 5
    // Wrapped once a frame: the coach's line and the prompt both need the lines.
    let questionLines = wrapped(interview.questionText(for: turn), width: region.width)
    let questionCap = compact ? 6 : 9
    drawCoach(
      coach, lead: lead, row: &row,
      room: region.bottom - row - below, questionLines: min(questionCap, questionLines.count),
      region: region, into: &screen)
    let questionRoom = max(1, min(questionCap, region.bottom - row - below))
    row = drawPrompt(
      lines: questionLines, maxLines: questionRoom, row: row, region: region, into: &screen)
    if !compact { row += 1 }
    return row
  }

  // MARK: - The candidate's questions

  static func drawCandidateQuestions(
    _ turn: Turn, showingInspiration: Bool, of interview: Interview, in region: Region,
    editorWidth: Int, into screen: inout some Screen
  ) {
    let plan = interview.plan
    let segment = plan.segments[turn.segment]
    let compact = region.isCompact
    var row = region.top

    if !compact {
      let used = screen.text(
        segment.interviewer, row: row, column: region.left, width: region.width,
        style: Style(.title, .bold))
      screen.label(
        " · you have asked \(counted(turn.question, "question"))", row: row,
        column: region.left + used, width: region.width - used, style: Style(.muted))
      row += 2
    }
    let ideas = plan.inspiration
    let below = compact ? 1 + 2 : 1 + 1 + 1 + 5
    let prompt = interview.questionText(for: turn)
    let promptCap = compact ? 2 : 4
    drawCoach(
      interview.coachNote, lead: coachLead(interview, turn: turn), row: &row,
      room: region.bottom - row - below,
      questionLines: min(promptCap, wrapped(prompt, width: region.width).count),
      region: region, into: &screen)
    row = drawPrompt(
      prompt, maxLines: max(1, min(promptCap, region.bottom - row - below)), row: row,
      region: region, into: &screen)
    if !compact { row += 1 }

    if turn.started {
      drawTimer(
        label: "Asking", elapsed: turn.answerMilliseconds,
        target: interview.targetMilliseconds(for: turn), row: row, region: region, into: &screen)
    } else {
      screen.label(
        compact
          ? "asked \(turn.question) so far" : "Enter with nothing typed when you have no more.",
        row: row, column: region.left, width: region.width, style: Style(.muted))
    }
    row += 1
    if !compact { row += 1 }

    if !ideas.isEmpty {
      // The ideas take what the editor can spare: it keeps its border and a few rows.
      let editorRows = compact ? 2 : 5
      if showingInspiration {
        let room = region.bottom - row - editorRows - (compact ? 0 : 1)
        if room >= 2 {
          screen.label(
            compact
              ? "Ideas: ↑/↓, Enter uses, F2 hides"
              : "Ideas from the deck: ↑/↓ choose, Enter puts one in your question, F2 hides",
            row: row, column: region.left, width: region.width, style: Style(.title))
          row += 1
          row = drawIdeas(
            ideas, highlighted: interview.highlightedIdea, rows: room - 1, row: row,
            region: region, into: &screen)
          if !compact { row += 1 }
        }
      } else if !compact {
        screen.label(
          "Stuck? F2 shows \(counted(ideas.count, "idea")) from the deck.", row: row,
          column: region.left, width: region.width, style: Style(.muted))
        row += 2
      }
    }
    drawEditor(
      turn.buffer, title: "Your question",
      placeholder: "Type a question for the panel, or press Enter with nothing to finish.",
      top: row, region: region, editorWidth: editorWidth, showsCursor: interview.isTyping,
      into: &screen)
  }

  /// The window of `ideas` that keeps the highlighted one in view, `rows` high from `row`:
  /// a row above or below that is cut says how many more there are. Returns the next row.
  private static func drawIdeas(
    _ ideas: [String], highlighted: Int, rows: Int, row top: Int, region: Region,
    into screen: inout some Screen
  ) -> Int {
    let count = ideas.count
    guard count > rows else {
      for (index, idea) in ideas.enumerated() {
        drawIdea(
          idea, highlighted: index == highlighted, row: top + index, region: region,
          into: &screen)
      }
      return top + count
    }
    // The window: the highlighted idea in view, with a row for "more" at a cut end. One row
    // shows just the highlighted idea.
    var first = 0
    if rows >= 3 {
      let inner = rows - 2
      first = min(max(0, highlighted - inner / 2), count - inner - 1)
      first = max(0, first)
    } else {
      first = highlighted
    }
    for offset in 0..<rows {
      let row = top + offset
      let index = first + offset
      if rows >= 3, offset == 0, first > 0 {
        screen.label(
          "  ↑ \(first) more", row: row, column: region.left,
          width: region.width, style: Style(.muted))
      } else if rows >= 3, offset == rows - 1, index < count - 1 {
        screen.label(
          "  ↓ \(count - index) more", row: row, column: region.left,
          width: region.width, style: Style(.muted))
      } else if index < count {
        drawIdea(
          ideas[index], highlighted: index == highlighted, row: row, region: region,
          into: &screen)
      }
    }
    return top + rows
  }

  /// One idea on its row: a bullet, or a pointer and the selection's colour when highlighted.
  private static func drawIdea(
    _ idea: String, highlighted: Bool, row: Int, region: Region, into screen: inout some Screen
  ) {
    if highlighted {
      screen.fill(row: row, column: region.left, width: region.width, style: Style(.selection))
    }
    let bullet = screen.label(
      highlighted ? "▸ " : "• ", row: row, column: region.left,
      width: region.width, style: Style(highlighted ? .selection : .muted))
    screen.text(
      idea, row: row, column: region.left + bullet, width: region.width - bullet,
      style: highlighted ? Style(.selection) : .plain)
  }

  // MARK: - Reflection

  static func drawReflection(
    _ prompt: ReflectionPrompt, _ buffer: AnswerBuffer, in region: Region, editorWidth: Int,
    into screen: inout some Screen
  ) {
    let compact = region.isCompact
    var row = region.top
    row = drawPrompt(
      prompt.text, maxLines: compact ? 2 : 3, row: row, region: region, into: &screen)
    if !compact {
      screen.label(
        "Optional: a few words for next time. Enter with nothing typed skips it.", row: row,
        column: region.left, width: region.width, style: Style(.muted))
      row += 2
    }
    drawEditor(
      buffer, title: "Your reflection", placeholder: "Optional. Enter moves on.",
      top: row, region: region, editorWidth: editorWidth, showsCursor: true, into: &screen)
  }

  // MARK: - Pieces

  /// The coach's line about the answer just given, above the next question: at most two
  /// lines, fewer when the question and the editor need the rows. In the full layout it takes
  /// the gap under the heading and keeps a gap after it. `room` is what the question could have
  /// from `row` on; `row` moves past what was drawn.
  /// "Coach:", or, when the note is on the last answer of the segment before, a lead that
  /// says so: it must not read as if it were about the new segment's question.
  static func coachLead(_ interview: Interview, turn: Turn) -> String {
    let current = interview.plan.segments[turn.segment].kind
    guard let last = interview.entries.last?.segment, last != current else { return "Coach:" }
    return "Coach, on your last answer:"
  }

  static func drawCoach(
    _ note: FeedbackNote?, lead: String = "Coach:", row: inout Int, room: Int,
    questionLines: Int, region: Region, into screen: inout some Screen
  ) {
    guard let note else { return }
    let compact = region.isCompact
    let gap = compact ? 0 : 1
    // The compact layout keeps an editor line more than its smallest, so typing stays easy.
    let reserve = compact ? 1 : 0
    var count = min(2, max(0, room - questionLines - reserve))
    // With no row to spare the question gives one up: the note is worth a line.
    if count == 0, room >= 2 { count = 1 }
    guard count > 0 else { return }
    let lines = FeedbackView.lines(
      lead: lead, leadStyle: FeedbackView.leadStyle(note), note: note.text,
      width: region.width, maxLines: count)
    let top = row - gap
    for (index, line) in lines.enumerated() {
      screen.draw(line, row: top + index, column: region.left, width: region.width)
    }
    row = top + lines.count + gap
  }

  /// The question or prompt, word-wrapped in at most `maxLines`; returns the row after it.
  static func drawPrompt(
    _ text: String, maxLines: Int, row: Int, region: Region, into screen: inout some Screen
  ) -> Int {
    drawPrompt(
      lines: wrapped(text, width: region.width), maxLines: maxLines, row: row, region: region,
      into: &screen)
  }

  /// A prompt already wrapped to the region's width, in at most `maxLines`; returns the row
  /// after it.
  static func drawPrompt(
    lines wrappedLines: [String], maxLines: Int, row: Int, region: Region,
    into screen: inout some Screen
  ) -> Int {
    var row = row
    let lines = limited(
      wrappedLines, to: maxLines, width: region.width, ellipsis: screen.glyphs.ellipsis)
    for line in lines {
      screen.write(line, row: row, column: region.left, style: Style(.accent, .bold))
      row += 1
    }
    return row
  }

  /// "Answer 1:05 / 2:00", a bar of the time against the target, and how far over: the bar
  /// shrinks, and goes when there is no room, before the numbers are ever cut.
  static func drawTimer(
    label: String, elapsed: Int, target: Int, row: Int, region: Region,
    into screen: inout some Screen
  ) {
    let face = timerFace(label: label, elapsed: elapsed, target: target, row: row, region: region)
    // The row changes once a second at most, and the frames between replay it.
    screen.memo(face, slot: 0) { screen in
      drawTimer(face, into: &screen)
    }
  }

  /// What the timer row shows for `elapsed` of `target` milliseconds.
  static func timerFace(label: String, elapsed: Int, target: Int, row: Int, region: Region)
    -> TimerFace
  {
    let compact = region.isCompact
    let role = timeRole(elapsed: elapsed, target: target)
    let separator = compact ? "/" : " / "
    let time = "\(label) \(clock(milliseconds: elapsed))\(separator)\(clock(milliseconds: target))"
    let over = elapsed > target ? "+\(clock(milliseconds: elapsed - target)) over" : ""
    let fixed = time.terminalColumns + (over.isEmpty ? 0 : 2 + over.terminalColumns)
    let barWidth = min(compact ? 12 : 30, region.width - fixed - 2)
    let filled = elapsed >= target || target <= 0 ? barWidth : elapsed * barWidth / max(1, target)
    return TimerFace(
      row: row, region: region, time: time, over: over, role: role, barWidth: barWidth,
      filled: filled)
  }

  /// What the timer row shows: its texts, colour and bar.
  struct TimerFace: Equatable {
    var row: Int
    var region: Region
    var time: String
    var over: String
    var role: ColorRole
    var barWidth: Int
    var filled: Int
  }

  private static func drawTimer(_ face: TimerFace, into screen: inout some Screen) {
    let (row, region, time, over, role, barWidth, filled) = (
      face.row, face.region, face.time, face.over, face.role, face.barWidth, face.filled
    )
    var column = region.left
    column += screen.label(time, row: row, column: column, width: region.width, style: Style(role))
    if barWidth >= 4 {
      screen.bar(
        row: row, column: column + 2, width: barWidth, filled: filled, style: Style(role))
      column += 2 + barWidth
    }
    if !over.isEmpty {
      screen.label(
        over, row: row, column: column + 2, width: region.left + region.width - column - 2,
        style: Style(.over, .bold))
    }
  }

  /// The answer editor from `top` to the bottom of `region`: a box in the full layout, a rule
  /// and bare lines in the compact one. The draft is wrapped exactly as `EditCommand.up` and
  /// `.down` wrap it, and scrolled so the cursor's line shows.
  @discardableResult
  static func drawEditor(
    _ buffer: AnswerBuffer, title: String, placeholder: String, top: Int, region: Region,
    editorWidth: Int, showsCursor: Bool, into screen: inout some Screen
  ) -> EditorPlacement? {
    drawEditor(
      buffer,
      EditorRequest(
        title: title, placeholder: placeholder, top: top, region: region,
        editorWidth: editorWidth, showsCursor: showsCursor),
      into: &screen)
  }

  /// The answer editor as `request` places it, for `buffer`: what `drawEditor` above draws, and
  /// what a frame patched while typing draws again on its rows alone.
  @discardableResult
  static func drawEditor(
    _ buffer: AnswerBuffer, _ request: EditorRequest, into screen: inout some Screen
  ) -> EditorPlacement? {
    let (title, placeholder, top, region, editorWidth, showsCursor) = (
      request.title, request.placeholder, request.top, request.region, request.editorWidth,
      request.showsCursor
    )
    let compact = region.isCompact
    let columns = screen.size.columns
    // The full box runs edge to edge; its text starts after the border and a space.
    let textLeft = compact ? 1 : 2
    let firstRow = top + 1
    let lastRow = compact ? region.bottom - 1 : region.bottom - 2
    let visible = lastRow - firstRow + 1
    guard visible >= 1 else { return nil }

    // Only the rows on screen are laid out into text; the buffer keeps the wrap between frames.
    let window = buffer.window(width: editorWidth, rows: visible)
    let above = window.firstRow
    let below = window.linesBelow
    let wordCount = buffer.wordCount
    // The border changes with the counts it shows, not with every key; the box's edges not
    // even with those.
    let frame = EditorFrame(
      top: top, lastRow: lastRow, compact: compact, title: title, above: above, below: below,
      words: wordCount)
    if compact {
      screen.memo(frame, slot: 0) { screen in
        drawCompactRule(
          title: title, note: compactNote(above: above, below: below, words: wordCount),
          row: top, into: &screen)
      }
    } else {
      let height = lastRow - top + 2
      var edges = frame
      (edges.above, edges.below, edges.words) = (0, 0, 0)
      let titleWidth = screen.memo(edges, slot: 1) { screen in
        screen.boxEdges(top: top, left: 0, height: height, width: columns, title: title)
      }
      screen.memo(frame, slot: 0) { screen in
        screen.boxNotes(
          top: top, left: 0, height: height, width: columns, titleWidth: titleWidth,
          topNote: above > 0 ? "↑ \(above) more" : "", note: counted(wordCount, "word"),
          leftNote: bottomLeftNote(below: below))
      }
    }

    if buffer.isEmpty {
      let key = EditorLine(text: placeholder, row: firstRow, rows: visible, width: editorWidth)
      screen.memo(key, slot: -1) { screen in
        for (index, line) in limited(
          wrapped(placeholder, width: editorWidth), to: visible, width: editorWidth,
          ellipsis: screen.glyphs.ellipsis
        ).enumerated() {
          screen.label(
            line, row: firstRow + index, column: textLeft, width: editorWidth,
            style: Style(.muted))
        }
      }
    } else {
      for (index, line) in window.lines.enumerated() {
        // A line typed past is the same String from frame to frame (the buffer keeps it), so
        // comparing it is cheap and its cells are replayed rather than laid out again.
        let row = firstRow + index
        let key = EditorLine(text: line.text, row: row, rows: 1, width: editorWidth)
        screen.memo(key, slot: index) { screen in
          // Spaces at a wrap hang past the width in the layout; the editor shows the width
          // only.
          screen.write(
            String(line.text.prefix(columns: editorWidth)), row: row, column: textLeft,
            style: .plain)
        }
      }
    }
    if showsCursor {
      screen.setCursor(
        row: firstRow + window.cursorRow - window.firstRow,
        column: textLeft + window.cursorColumn)
    } else {
      screen.hideCursor()
    }
    return EditorPlacement(
      firstRow: firstRow, textLeft: textLeft, rows: visible, width: editorWidth, request: request)
  }

  /// Where and how an editor is drawn, all but its text: the same request and text draw the
  /// same cells.
  struct EditorRequest: Equatable {
    var title: String
    var placeholder: String
    /// The row of its top border (or rule, in the compact layout).
    var top: Int
    /// The region it ends at the bottom of.
    var region: Region
    var editorWidth: Int
    var showsCursor: Bool

    /// The rows the editor takes, its border included: from its top border to the bottom of
    /// its region, on which nothing else is drawn.
    var rows: Range<Int> { top..<max(top, region.bottom) }
  }

  /// Where the editor's text went in a frame.
  struct EditorPlacement {
    /// The screen row of the first line shown.
    var firstRow: Int
    /// The screen column each line starts at.
    var textLeft: Int
    /// How many lines the editor shows.
    var rows: Int
    /// The width the answer wraps at.
    var width: Int
    /// What drew it, to draw it again.
    var request: EditorRequest
  }

  /// What the editor's border reads: where it is, its title and the counts in it.
  struct EditorFrame: Equatable {
    var top: Int
    var lastRow: Int
    var compact: Bool
    var title: String
    var above: Int
    var below: Int
    var words: Int
  }

  /// The row of the editor's border that shows the word count: the box's bottom edge, or the
  /// compact layout's rule.
  static func countsRow(of request: EditorRequest) -> Int {
    request.region.isCompact ? request.top : request.region.bottom - 1
  }

  /// Draws the row `countsRow` names again, alone, as `drawEditor` draws it with `counts`: the
  /// same writes in the same order, so a frame patched with it is the frame a whole draw
  /// makes. The lines above and below must be those the row showed, as a key typed at the end
  /// of the cursor's line leaves them.
  static func drawEditorCounts(
    _ counts: TypingEcho.EditorCounts, _ request: EditorRequest, into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    let row = countsRow(of: request)
    if request.region.isCompact {
      drawCompactRule(
        title: request.title,
        note: compactNote(above: counts.above, below: counts.below, words: counts.words),
        row: row, into: &screen)
      return
    }
    // `boxEdges` draws the bottom edge, then `boxNotes` the notes over it; the top note is
    // on the other border row.
    let glyphs = screen.glyphs
    screen.write(
      glyphs.bottomLeft + String(glyph: glyphs.horizontal, times: columns - 2)
        + glyphs.bottomRight, row: row, column: 0, style: Style(.muted))
    screen.boxNotes(
      top: request.top, left: 0, height: row - request.top + 1, width: columns, titleWidth: 0,
      note: counted(counts.words, "word"), leftNote: bottomLeftNote(below: counts.below))
  }

  /// The compact rule's note: the lines scrolled above and below, and the words.
  private static func compactNote(above: Int, below: Int, words: Int) -> String {
    ((above > 0 ? ["↑\(above)"] : []) + (below > 0 ? ["↓\(below)"] : [])
      + [counted(words, "word")]).joined(separator: " · ")
  }

  /// The box's bottom-left note: the lines scrolled below.
  private static func bottomLeftNote(below: Int) -> String {
    below > 0 ? "↓ \(below) more" : ""
  }

  /// What a line of the editor reads: its text, where it goes and the width it is cut to.
  struct EditorLine: Equatable {
    var text: String
    var row: Int
    var rows: Int
    var width: Int
  }

  /// The compact editor's top line: "── Notes ──────── 12 words ─".
  private static func drawCompactRule(
    title: String, note: String, row: Int, into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    screen.rule(row: row, column: 0, width: columns)
    let used = screen.label(
      " \(title) ", row: row, column: 1, width: columns - 2, style: Style(.title))
    let shown = screen.glyphs.chrome(" \(note) ")
    if 1 + used + shown.terminalColumns < columns - 1 {
      screen.labelRight(shown, row: row, end: columns - 1, style: Style(.muted))
    }
  }
}
