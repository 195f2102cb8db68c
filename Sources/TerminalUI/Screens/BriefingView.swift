import InterviewCore

/// The briefing: who is on the panel, the agenda with its time budget, the salary numbers the
/// candidate gave, and how to begin.
enum BriefingView {
  static func draw(_ plan: InterviewPlan, in region: Region, into screen: inout some Screen) {
    let lines = self.lines(
      plan, width: region.width, height: region.height, compact: region.isCompact)
    var row = region.top
    for line in lines.prefix(region.height) {
      screen.draw(line, row: row, column: region.left, width: region.width)
      row += 1
    }
  }

  static func lines(_ plan: InterviewPlan, width: Int, height: Int, compact: Bool) -> [SpanLine] {
    var lines: [SpanLine] = []
    let gap: [SpanLine] = compact ? [] : [[]]
    lines.append([
      Span("Panel", Style(.title)),
      Span(plan.panel.joined(separator: ", "), at: compact ? 6 : 12),
    ])
    lines += gap

    // The agenda as a table: number, title, questions, time; the numbers right-aligned, and
    // not so far from the titles on a wide terminal that the eye loses the row.
    let width = min(width, tableWidth)
    let questionsEnd = width - (compact ? 7 : 9)
    let questionsHeader = compact ? "asks" : "questions"
    let titleWidth = max(1, questionsEnd - questionsHeader.count - 4)
    lines.append([
      Span("Agenda", Style(.title)),
      rightAligned(questionsHeader, end: questionsEnd, Style(.muted)),
      rightAligned("time", end: width, Style(.muted)),
    ])
    var questions = 0
    for (index, segment) in plan.segments.enumerated() {
      let asks: String
      if segment.isCandidateQuestions {
        asks = "you"
      } else {
        asks = String(segment.questions.count)
        questions += segment.questions.count
      }
      lines.append([
        rightAligned(String(index + 1), end: 2, Style(.muted)),
        Span(fitted(segment.title, width: titleWidth, ellipsis: "…"), at: 4),
        rightAligned(asks, end: questionsEnd),
        rightAligned(TargetDuration.clock(seconds: segment.budgetSeconds), end: width),
      ])
    }
    lines.append([
      Span("Total", at: 4, Style(.title)),
      rightAligned(String(questions), end: questionsEnd, Style(.title)),
      rightAligned(TargetDuration.clock(seconds: plan.budgetSeconds), end: width, Style(.title)),
    ])
    lines += gap

    let settings = plan.settings
    if !compact, let sources = plan.sourcesLine {
      lines.append([Span("Sources", Style(.title)), Span(sources, at: 12)])
    }
    if let money = salaryReminder(settings, short: compact) {
      lines.append([Span("Salary", Style(.title)), Span(money, at: compact ? 7 : 12)])
    }
    if compact, let sources = plan.sourcesLine {
      // Wrapped under its label, and only where the agenda leaves room: it comes first here.
      let wrappedSources = wrapped(sources, width: max(1, width - 8))
      if lines.count + wrappedSources.count < height {
        for (index, text) in wrappedSources.enumerated() {
          lines.append(
            (index == 0 ? [Span("Sources", Style(.title))] : []) + [Span(text, at: 8)])
        }
      }
    }
    if !compact {
      let followUps = settings.followUps ? "interviewers may follow up" : "no follow-ups"
      let mode =
        settings.mode == .typed
        ? "type your answers" : "answer aloud, type notes if you like"
      lines.append([Span("Answers", Style(.title)), Span("\(mode); \(followUps)", at: 12)])
      lines.append([
        Span("Clocks", Style(.title)),
        Span("every answer is timed; Esc pauses them", at: 12),
      ])
    }
    lines += gap
    // The compact layout gives the agenda priority: the footer says Enter begins anyway.
    if !compact || lines.count < height {
      lines.append([Span("Press Enter to begin.", Style(.accent, .bold))])
    }
    return lines
  }

  /// The widest a table gets: about what an 80-column terminal shows.
  static let tableWidth = 76

  /// "your range 60–70k · walk-away 58k" (short: "60–70k · walk-away 58k"), or nil when the
  /// candidate gave neither.
  static func salaryReminder(_ settings: RehearsalSettings, short: Bool = false) -> String? {
    var parts: [String] = []
    if let range = settings.salaryRange { parts.append((short ? "" : "your range ") + range) }
    if let walkAway = settings.walkAway { parts.append("walk-away " + walkAway) }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// A span that ends at column `end`.
  static func rightAligned(_ text: String, end: Int, _ style: Style = .plain) -> Span {
    Span(text, at: max(0, end - oneLine(text).terminalColumns), style)
  }
}

/// A segment's opening: the interviewer's own words.
enum IntroView {
  static func draw(_ segment: PlannedSegment, in region: Region, into screen: inout some Screen) {
    var row = region.top
    let gap = region.isCompact ? 0 : 1
    screen.text(
      segment.interviewer, row: row, column: region.left, width: region.width,
      style: Style(.title))
    row += 1 + gap
    // The prompt to go on stays on screen, so the intro gets what is left above it.
    let room = max(1, region.bottom - row - 1 - gap)
    let ellipsis = screen.glyphs.ellipsis
    for line in limited(
      wrapped(segment.intro, width: region.width - 2), to: room, width: region.width - 2,
      ellipsis: ellipsis)
    {
      screen.write(line, row: row, column: region.left + 2, style: .plain)
      row += 1
    }
    row += gap
    let next =
      segment.isCandidateQuestions
      ? "Press Enter to ask your questions." : "Press Enter for the first question."
    screen.label(
      next, row: row, column: region.left, width: region.width, style: Style(.accent, .bold))
  }
}
