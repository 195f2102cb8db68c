import InterviewCore

/// The summary: each segment's time against its budget, the counts of answers over target and
/// skipped, each answer's time against its target, and the reflection. What does not fit is
/// cut with a pointer to the transcript, which holds everything.
enum SummaryView {
  static func draw(_ report: InterviewReport, in region: Region, into screen: inout some Screen) {
    let lines = self.lines(report, width: region.width, compact: region.isCompact)
    let fits = lines.count <= region.height
    let shown = fits ? lines.count : max(0, region.height - 1)
    var row = region.top
    for line in lines.prefix(shown) {
      screen.draw(line, row: row, column: region.left, width: region.width)
      row += 1
    }
    if !fits, region.height > 0 {
      screen.label(
        "… \(lines.count - shown) more lines in the transcript", row: row, column: region.left,
        width: region.width, style: Style(.muted))
    }
  }

  static func lines(_ report: InterviewReport, width: Int, compact: Bool) -> [SpanLine] {
    var lines: [SpanLine] = []
    let gap: [SpanLine] = compact ? [] : [[]]
    // Tables stop at the width where the eye can still follow a row across.
    let width = min(width, BriefingView.tableWidth)
    let right = BriefingView.rightAligned

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
      if !compact { line.append(right(String(segment.entries), width, .plain)) }
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
    let answered = report.answers.filter { $0.kind != .candidateQuestion }
    let asked = report.answers.filter { $0.kind == .candidateQuestion && !$0.skipped }
    var counts: SpanLine = []
    var column = 0
    for (text, role) in [
      (counted(answered.count, "answer"), ColorRole.normal),
      ("\(report.overTarget.count) over target", report.overTarget.isEmpty ? .good : .over),
      ("\(report.skipped.count) skipped", report.skipped.isEmpty ? .good : .warning),
      ("you asked \(asked.count)", .normal),
    ] {
      if column > 0 {
        counts.append(Span(" · ", at: column, Style(.muted)))
        column += 3
      }
      counts.append(Span(text, at: column, Style(role)))
      column += text.terminalColumns
    }
    lines.append(counts)
    lines += gap

    // Each answer: number, question, time, target, and a mark when over or skipped.
    if !report.answers.isEmpty {
      let markWidth = compact ? 5 : 9
      let targetEnd = width - markWidth
      let timeEnd = targetEnd - (compact ? 0 : 8)
      let questionWidth = max(1, timeEnd - (compact ? 6 : 7) - 4)
      var heading: SpanLine = [
        Span("Answers", Style(.title)), right("time", timeEnd, Style(.muted)),
      ]
      if !compact { heading.append(right("target", targetEnd, Style(.muted))) }
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
}
