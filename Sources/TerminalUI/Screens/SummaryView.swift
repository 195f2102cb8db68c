import InterviewCore

/// The summary: each segment's time against its budget, the counts of answers over target and
/// skipped, the coach's totals, each answer's time against its target with its marks and note,
/// and the reflection. What does not fit is cut with a pointer to the transcript, which holds
/// everything.
enum SummaryView {
  static func draw(
    _ report: InterviewReport, feedback: InterviewFeedbackSummary? = nil, scroll: Int = 0,
    in region: Region, into screen: inout some Screen
  ) {
    let lines = self.lines(
      report, feedback: feedback, width: region.width, compact: region.isCompact)
    let fits = lines.count <= region.height
    // A cut summary keeps its last row for where the rest is: "↓ 18 more lines".
    let shown = fits ? lines.count : max(0, region.height - 1)
    let top = fits ? 0 : min(max(0, scroll), lines.count - shown)
    var row = region.top
    for line in lines.dropFirst(top).prefix(shown) {
      screen.draw(line, row: row, column: region.left, width: region.width)
      row += 1
    }
    if !fits, region.height > 0 {
      let below = lines.count - top - shown
      let text =
        below > 0
        ? "↓ \(below) more lines · j/k scrolls" : "↑ \(top) lines above · k scrolls up"
      screen.label(
        text, row: row, column: region.left, width: region.width, style: Style(.muted))
    }
  }

  /// The furthest `interview`'s summary scrolls on a terminal `rows` by `columns`: scrolled
  /// this far, its last line shows. The one place the summary's scroll is clamped.
  static func scrollLimit(_ interview: Interview, rows: Int, columns: Int) -> Int {
    let region = InterviewScreen.body(rows: rows, columns: columns)
    let lines = self.lines(
      InterviewReport(interview), feedback: interview.feedbackSummary, width: region.width,
      compact: region.isCompact)
    guard lines.count > region.height else { return 0 }
    return lines.count - max(0, region.height - 1)
  }

  /// How many lines a page of the summary moves on a terminal `rows` by `columns`.
  static func pageLines(rows: Int, columns: Int) -> Int {
    max(1, InterviewScreen.body(rows: rows, columns: columns).height - 2)
  }

  static func lines(
    _ report: InterviewReport, feedback: InterviewFeedbackSummary? = nil, width: Int,
    compact: Bool
  ) -> [SpanLine] {
    var lines: [SpanLine] = []
    let gap: [SpanLine] = compact ? [] : [[]]
    // The segment table stops at the width where the eye can still follow a row across; the
    // answers take the whole width, since their questions are what a wide terminal is for.
    let fullWidth = width
    let width = min(width, BriefingView.tableWidth)
    let right = BriefingView.rightAligned
    let glance = self.glance(report, feedback: feedback, width: width)
    // The compact layout has room for little more than the segments: the totals come first
    // there, so they are what shows.
    if compact { lines += glance }

    // Segments: title, spent, budget, entries.
    let budgetEnd = width - (compact ? 0 : 10)
    let spentEnd = budgetEnd - (compact ? 7 : 9)
    let titleWidth = max(1, spentEnd - 7)
    var header: SpanLine = [
      Span("Segment", Style(.title)), right("spent", spentEnd, Style(.muted)),
      right("budget", budgetEnd, Style(.muted)),
    ]
    if !compact { header.append(right("answers", width, Style(.muted))) }
    lines.append(header)
    for segment in report.segments {
      let over = segment.spentMilliseconds > segment.budgetMilliseconds
      var line: SpanLine = [
        Span(fitted(segment.title, width: titleWidth, ellipsis: "…"), at: 0),
        right(
          clock(milliseconds: segment.spentMilliseconds), spentEnd, Style(over ? .over : .normal)),
        right(clock(milliseconds: segment.budgetMilliseconds), budgetEnd, Style(.muted)),
      ]
      if !compact { line.append(right(String(segment.answered), width, .plain)) }
      lines.append(line)
    }
    let over = report.interviewMilliseconds > report.budgetMilliseconds
    lines.append([
      Span("Total", Style(.title)),
      right(
        clock(milliseconds: report.interviewMilliseconds), spentEnd, Style(over ? .over : .title)),
      right(clock(milliseconds: report.budgetMilliseconds), budgetEnd, Style(.title)),
    ])
    lines += gap

    // The counts, before the list they summarise, so a cut list never hides them.
    if !compact {
      lines += glance
      lines += gap
    }

    // Each answer: number, question, time, target, and a mark when over or skipped.
    if !report.answers.isEmpty {
      let width = fullWidth
      let markWidth = compact ? 5 : 9
      let targetEnd = width - markWidth
      let timeEnd = targetEnd - (compact ? 0 : 8)
      let questionWidth = max(1, timeEnd - (compact ? 6 : 7) - 4)
      var heading: SpanLine = [
        Span("Answers", Style(.title)), right("time", timeEnd, Style(.muted)),
      ]
      if !compact { heading.append(right("target", targetEnd, Style(.muted))) }
      let legend = " · C context, A action, R result, N number"
      if feedback != nil, !compact, 7 + legend.terminalColumns < timeEnd - 5 {
        heading.append(Span(legend, at: 7, Style(.muted)))
      }
      lines.append(heading)
      for entry in report.answers {
        let shown: String
        switch entry.kind {
        case .followUp: shown = "↳ " + entry.question
        case .candidateQuestion: shown = "you: " + entry.answer
        case .answer, .reflection: shown = entry.question
        }
        // A question skipped before a word was typed has no answer time to speak of.
        let time =
          entry.skipped && entry.answerMilliseconds == 0
          ? "–" : entry.answerMilliseconds.map { clock(milliseconds: $0) } ?? "–"
        let mark: Span
        if entry.skipped {
          mark = Span(compact ? "skip" : "skipped", at: targetEnd + 1, Style(.warning))
        } else if entry.isOverTarget {
          mark = Span("over", at: targetEnd + 1, Style(.over, .bold))
        } else {
          mark = Span("", at: targetEnd + 1)
        }
        var line: SpanLine = [
          right(String(entry.sequence), 2, Style(.muted)),
          Span(fitted(shown, width: questionWidth, ellipsis: "…"), at: 4),
          right(time, timeEnd, Style(entry.isOverTarget && !entry.skipped ? .over : .normal)),
        ]
        if !compact, let target = entry.targetMilliseconds {
          line.append(right(clock(milliseconds: target), targetEnd, Style(.muted)))
        }
        line.append(mark)
        lines.append(line)
        if let coached = feedback?.answer(entry.sequence) {
          // Under the answer, where its number leaves the eye: the marks and the one note.
          let note = FeedbackView.lines(
            marks: coached.marks, note: coached.headline?.text, width: width - 4, maxLines: 1)
          lines += note.map { $0.map { Span($0.text, at: $0.column + 4, $0.style) } }
        }
      }
      lines += gap
    }

    if !report.reflection.isEmpty {
      lines.append([Span("Reflection", Style(.title))])
      for entry in report.reflection {
        lines.append([Span(entry.question, at: 2, Style(.muted))])
        for line in wrapped(entry.answer, width: width - 4).prefix(compact ? 2 : 3) {
          lines.append([Span(line, at: 4)])
        }
      }
    }
    while lines.last == [] { lines.removeLast() }
    return lines
  }

  /// The numbers to take in at a glance: the counts of answers, over target, skipped and asked;
  /// with feedback, the coach's totals and the job's terms never used.
  private static func glance(
    _ report: InterviewReport, feedback: InterviewFeedbackSummary?, width: Int
  ) -> [SpanLine] {
    let answered = report.answered
    let asked = report.answers.filter { $0.kind == .candidateQuestion && !$0.skipped }
    // The counts stay on one line, cut at the edge as they always were.
    var lines = flow(
      [
        (counted(answered.count, "answer"), Style(.normal)),
        (
          "\(report.overTarget.count) over target", Style(report.overTarget.isEmpty ? .good : .over)
        ),
        ("\(report.skipped.count) skipped", Style(report.skipped.isEmpty ? .good : .warning)),
        ("you asked \(asked.count)", Style(.normal)),
      ], width: .max)
    guard let feedback else { return lines }
    var facts: [(String, Style)] = [("Coach:", Style(.title, .bold))]
    let perHundred = feedback.fillersPer100Words
    // Three fillers in a hundred words is where the analysis calls an answer filler-heavy.
    facts.append(
      (
        "\(FeedbackReport.rate(perHundred)) fillers per 100 words",
        Style(perHundred >= 3 ? .warning : .good)
      ))
    if feedback.storyAnswers > 0 {
      let total = feedback.storyAnswers
      facts.append(
        (
          "with a result \(feedback.withResult)/\(total)",
          Style(feedback.withResult == total ? .good : .warning)
        ))
      facts.append(
        (
          "with a number \(feedback.withNumber)/\(total)",
          Style(feedback.withNumber == total ? .good : .warning)
        ))
    }
    lines += flow(facts, width: width)
    if feedback.jobTermCount > 0 {
      if feedback.jobTermsNeverUsed.isEmpty {
        lines.append([Span("Every term of the job description came up.", Style(.good))])
      } else {
        let lead = "Job terms never used: "
        let terms = feedback.jobTermsNeverUsed.joined(separator: ", ")
        let shown = limited(
          wrapped(lead + terms, width: width), to: 2, width: width, ellipsis: "…")
        for (index, text) in shown.enumerated() {
          if index == 0, text.hasPrefix(lead) {
            lines.append([
              Span(lead, Style(.muted)),
              Span(String(text.dropFirst(lead.count)), at: lead.terminalColumns, Style(.warning)),
            ])
          } else {
            lines.append([Span(text, Style(.warning))])
          }
        }
      }
    }
    return lines
  }

  /// Pieces of text joined by " · " into lines `width` wide, never splitting a piece (one wider
  /// than a line is cut when drawn).
  private static func flow(_ pieces: [(String, Style)], width: Int) -> [SpanLine] {
    var lines: [SpanLine] = []
    var line: SpanLine = []
    var column = 0
    for (text, style) in pieces {
      let size = text.terminalColumns
      // The lead ("Coach:") is followed by a space, the facts by a dot.
      let separator = line.count == 1 && line[0].text.hasSuffix(":") ? " " : " · "
      if !line.isEmpty, column + separator.count + size > width {
        lines.append(line)
        line = []
        column = 0
      }
      if !line.isEmpty {
        if separator != " " { line.append(Span(separator, at: column, Style(.muted))) }
        column += separator.count
      }
      line.append(Span(text, at: column, style))
      column += size
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

}
