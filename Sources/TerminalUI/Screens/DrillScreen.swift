import Foundation
import InterviewCore

/// Draws a drill in any phase: the answer with the rehearsal's own screen under a drill header,
/// the grading of it against what the interviewer listens for, and the summary.
public enum DrillScreen {
  /// Draws the whole frame for `drill` into `screen`, cleared first. `context` names a save
  /// problem, if there is one.
  public static func render(
    _ drill: Drill, context: InterviewScreenContext, into screen: inout some Screen
  ) {
    render(drill, phase: drill.phase, results: drill.results, context: context, into: &screen)
  }

  /// Draws `drill` as if it were in `phase` with `results`: the drill's own are what the app
  /// shows; tests draw answers that carry feedback of their own making through here.
  static func render(
    _ drill: Drill, phase: DrillPhase, results: [DrillResult], context: InterviewScreenContext,
    into screen: inout some Screen
  ) {
    if case .answering(let interview) = phase {
      InterviewScreen.render(interview, context: context, into: &screen)
      drawUndoHint(drill, interview: interview, context: context, into: &screen)
      return
    }
    guard let layout = screen.beginFrame() else { return }
    screen.hideCursor()
    let (rows, columns) = screen.size
    let compact = layout == .compact
    let body =
      compact
      ? Region(top: 1, bottom: rows - 2, left: 1, width: columns - 2, isCompact: true)
      : Region(top: 3, bottom: rows - 2, left: 2, width: columns - 4, isCompact: false)
    switch phase {
    case .grading(let entry):
      drawGradingHeader(drill, compact: compact, into: &screen)
      drawGrading(drill, entry: entry, in: body, into: &screen)
    case .finished, .answering:
      drawSummaryHeader(drill, results: results, compact: compact, into: &screen)
      drawSummary(drill, results: results, in: body, into: &screen)
    }
    let status = rows - 2
    if let problem = context.saveProblem {
      screen.text(problem, row: status, column: 1, width: columns - 2, style: Style(.error))
    } else {
      screen.labelRight("saved as you go", row: status, end: columns - 1, style: Style(.muted))
    }
    var footer = DrillKeys.footer(for: drill)
    if compact, case .grading = phase {
      // The grade rows show their own keys; the footer keeps room for the way out and help.
      let grades = Set(DrillGrade.allCases.map { String($0.rawValue) })
      footer.removeAll { grades.contains($0.keys) }
    }
    screen.footer(footer, row: rows - 1)
    if drill.isShowingHelp { HelpOverlay.render(DrillKeys.help(for: drill), into: &screen) }
  }

  /// On the question after a grade, while nothing is typed: "Ctrl-Z undo grade" at the start
  /// of the status line, the way in to taking the grade back. A save problem or the question's
  /// notice, which use the whole line, come first.
  private static func drawUndoHint(
    _ drill: Drill, interview: Interview, context: InterviewScreenContext,
    into screen: inout some Screen
  ) {
    let (rows, columns) = screen.size
    guard drill.canUndoGrade, context.saveProblem == nil, interview.notice == nil,
      LayoutClass(rows: rows, columns: columns) != .tooSmall
    else { return }
    let binding = DrillKeys.undoGradeBinding
    // Room is kept for "saved as you go" at the right end.
    let width = max(0, columns - 2 - "saved as you go".terminalColumns - 2)
    let used = screen.label(
      binding.keys, row: rows - 2, column: 1, width: width, style: Style(.keyHint))
    screen.label(
      " " + binding.summary, row: rows - 2, column: 1 + used, width: width - used,
      style: Style(.muted))
  }

  // MARK: - Grading

  /// "Drill 2/5 · Culture & team fit" for the card in hand; the count includes the questions
  /// asked again.
  static func place(_ drill: Drill) -> String {
    let segment = drill.current.map { " · " + oneLine($0.segmentTitle) } ?? ""
    let count = drill.queue.count
    return "Drill \(min(drill.index + 1, count))/\(count)" + segment
  }

  private static func drawGradingHeader(
    _ drill: Drill, compact: Bool, into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    let end = screen.labelRight(
      compact ? "grade it" : "how did it go?", row: 0, end: columns - 1, style: Style(.muted))
    if compact {
      screen.text(
        place(drill), row: 0, column: 1, width: max(0, end - 2), style: Style(.accent, .bold))
      return
    }
    let used = screen.label(
      "SecondRound · ", row: 0, column: 1, width: max(0, end - 2), style: Style(.title, .bold))
    screen.text(
      place(drill), row: 0, column: 1 + used, width: max(0, end - 2 - used),
      style: Style(.title))
    if let card = drill.current {
      screen.text(
        "\(card.interviewer) asked · Deck: \(card.deckTitle)", row: 1, column: 1,
        width: columns - 2, style: Style(.muted))
    }
    screen.rule(row: 2, column: 0, width: columns)
  }

  private static func drawGrading(
    _ drill: Drill, entry: TranscriptEntry, in region: Region, into screen: inout some Screen
  ) {
    let compact = region.isCompact
    let width = region.width
    let ellipsis = screen.glyphs.ellipsis
    var row = region.top
    // The grades keep their rows at the bottom; the rest shares what is left.
    let gradeRows = compact ? 2 : 5
    let gradesTop = max(row, region.bottom - gradeRows)

    let question = limited(
      wrapped(drill.current?.text ?? entry.question, width: width), to: compact ? 2 : 3,
      width: width, ellipsis: ellipsis)
    for line in question where row < gradesTop {
      screen.write(line, row: row, column: region.left, style: Style(.accent, .bold))
      row += 1
    }
    if !compact { row += 1 }

    // What the interviewer listens for, then the answer: each gets what it needs when it
    // fits, else the tips up to half and the answer the rest.
    let tips = drill.current?.tips ?? []
    var tipLines: [DeckStepScreen.CardLine] = []
    if !tips.isEmpty {
      if compact {
        tipLines = wrapped("Listen for: " + tips.joined(separator: " · "), width: width).map {
          .spans([Span($0, Style(.muted))])
        }
      } else {
        tipLines = [.spans([Span("What they listen for", Style(.title))])]
        for tip in tips {
          for (index, line) in wrapped(tip, width: max(1, width - 2)).enumerated() {
            tipLines.append(.spans([Span(index == 0 ? "• " : "  "), Span(line, at: 2)]))
          }
        }
      }
    }
    var answerLines: [DeckStepScreen.CardLine] = []
    if !compact {
      var heading = "Your answer"
      if entry.skipped { heading += " · skipped" }
      if entry.spokenNotes { heading += " · answered aloud, your notes:" }
      answerLines.append(.spans([Span(heading, Style(.title))]))
    }
    answerLines.append(
      .timing(
        thinking: entry.thinkingMilliseconds, answer: entry.answerMilliseconds,
        target: entry.targetMilliseconds))
    // The coach's view comes before the answer's text, so a long answer is cut before it is.
    let coach = coachLines(entry, segment: drill.current?.segment, width: width, compact: compact)
    answerLines += coach.lines.map { .spans($0) }
    let text = entry.answer.trimmingCharacters(in: .whitespacesAndNewlines)
    answerLines +=
      text.isEmpty
      ? [.spans([Span("(nothing typed)", Style(.muted))])]
      : wrapped(text, width: width).map { .spans([Span($0)]) }

    let room = max(0, gradesTop - row - (compact ? 0 : 1))
    let gap = tipLines.isEmpty || compact ? 0 : 1
    if let second = coach.second, tipLines.count + gap + answerLines.count + 1 <= room {
      // A second note only when everything else shows whole beside it.
      answerLines.insert(.spans(second), at: 2 + coach.lines.count - (compact ? 1 : 0))
    }
    var tipRoom = tipLines.count
    if tipLines.count + gap + answerLines.count > room {
      tipRoom = min(tipLines.count, max(compact ? 1 : 2, (room - gap) / 2))
    }
    tipRoom = min(tipRoom, room)
    let answerRoom = max(0, room - tipRoom - (tipRoom > 0 ? gap : 0))
    for line in cut(tipLines, to: tipRoom, width: width, ellipsis: ellipsis, compact: compact) {
      DeckStepScreen.draw(line, row: row, region: region, into: &screen)
      row += 1
    }
    if tipRoom > 0 { row += gap }
    for line in cut(answerLines, to: answerRoom, width: width, ellipsis: ellipsis, compact: compact)
    {
      DeckStepScreen.draw(line, row: row, region: region, into: &screen)
      row += 1
    }
    drawGrades(drill, entry: entry, top: gradesTop, region: region, into: &screen)
  }

  /// The coach's lines on a drilled answer: its marks and most useful note (the note wrapped
  /// to two lines in the full layout), and another note to add when there is room.
  static func coachLines(
    _ entry: TranscriptEntry, segment: SegmentKind?, width: Int, compact: Bool
  ) -> (lines: [SpanLine], second: SpanLine?) {
    guard let feedback = entry.feedback, !entry.skipped else { return ([], nil) }
    let headline = feedback.headline
    let lines = FeedbackView.lines(
      lead: compact ? "" : "Coach:",
      leadStyle: headline.map(FeedbackView.leadStyle) ?? Style(.title, .bold),
      marks: FeedbackView.marks(feedback, segment: segment ?? entry.segment),
      note: headline?.text, width: width, maxLines: compact ? 1 : 2)
    guard let next = feedback.notes.first(where: { $0 != headline }),
      let indent = lines.first?.last?.column, indent < width - 8
    else { return (lines, nil) }
    let second = FeedbackView.lines(note: next.text, width: width - indent, maxLines: 1)
    return (lines, second.first.map { $0.map { Span($0.text, at: $0.column + indent, $0.style) } })
  }

  /// At most `count` lines; when some are left out, the last one kept says so: in the full
  /// layout a line of its own counts them, in the compact one an ellipsis ends the text.
  private static func cut(
    _ lines: [DeckStepScreen.CardLine], to count: Int, width: Int, ellipsis: String,
    compact: Bool
  ) -> [DeckStepScreen.CardLine] {
    guard lines.count > count else { return lines }
    guard count > 0 else { return [] }
    if compact, case .spans(let spans) = lines[count - 1], let last = spans.last {
      var kept = Array(lines.prefix(count))
      let room = max(0, width - last.column - ellipsis.terminalColumns)
      kept[count - 1] = .spans(
        spans.dropLast() + [
          Span(String(last.text.prefix(columns: room)) + ellipsis, at: last.column, last.style)
        ])
      return kept
    }
    return Array(lines.prefix(count - 1)) + [
      .spans([
        Span(
          fitted(
            "\(ellipsis) \(lines.count - count + 1) more lines", width: width,
            ellipsis: ellipsis), Style(.muted))
      ])
    ]
  }

  /// The grades `entry` may be given and what each schedules: "1 Again · today", "3 Good · in 6
  /// days"; an unanswered question has only Again and Hard.
  private static func drawGrades(
    _ drill: Drill, entry: TranscriptEntry, top: Int, region: Region,
    into screen: inout some Screen
  ) {
    let compact = region.isCompact
    let grades = Drill.grades(for: entry)
    var row = top
    if !compact {
      let prompt =
        grades.count < DrillGrade.allCases.count
        ? "Nothing was answered: only Again or Hard, so it comes back for practice."
        : "How did it go? Grade it: the answer comes back when it needs practice."
      screen.label(
        prompt, row: row, column: region.left, width: region.width, style: Style(.title))
      row += 1
    }
    let columnWidth = compact ? region.width / 2 : region.width
    for (index, grade) in grades.enumerated() {
      let line = compact ? row + index / 2 : row + index
      let column = region.left + (compact ? (index % 2) * columnWidth : 0)
      guard line < region.bottom else { break }
      let room = compact ? columnWidth - 1 : columnWidth
      var used = screen.label(
        String(grade.rawValue), row: line, column: column, width: room, style: Style(.keyHint))
      used += screen.label(
        " " + grade.title, row: line, column: column + used, width: room - used,
        style: Style(.normal, .bold))
      guard let schedule = drill.preview(of: grade) else { continue }
      let days = schedule.due.days(since: drill.today)
      let when =
        compact
        ? " · \(max(0, days))d" : " · " + dueIn(days) + " (\(schedule.due.short))"
      screen.label(
        when, row: line, column: column + used, width: room - used, style: Style(.muted))
    }
  }

  /// "today", "tomorrow", "in 6 days".
  static func dueIn(_ days: Int) -> String {
    switch days {
    case ...0: return "today"
    case 1: return "tomorrow"
    default: return "in \(days) days"
    }
  }

  // MARK: - Summary

  private static func drawSummaryHeader(
    _ drill: Drill, results: [DrillResult], compact: Bool, into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    let graded = results.filter { $0.grade != nil }.count
    let count = "\(graded)/\(drill.queue.count) graded"
    let end = screen.labelRight(count, row: 0, end: columns - 1, style: Style(.muted))
    // Stopped before the end, the title says so: the summary is not of a whole drill.
    let title = drill.wasStopped ? "Drill stopped" : "Drill done"
    screen.label(
      compact ? title : "SecondRound · " + title, row: 0, column: 1,
      width: max(0, end - 2), style: Style(.title, .bold))
    guard !compact else { return }
    var tally = DrillGrade.allCases.map { grade in
      "\(results.filter { $0.grade == grade }.count) \(grade.name)"
    }
    if drill.wasStopped {
      // What the stop left: answers kept but not graded, questions never asked.
      tally = [
        "\(graded) graded", "\(results.count - graded) answered, not graded",
        "\(drill.notReached) not reached",
      ]
    }
    screen.label(
      tally.joined(separator: " · "), row: 1, column: 1, width: columns - 2, style: Style(.muted))
    screen.rule(row: 2, column: 0, width: columns)
  }

  private static func drawSummary(
    _ drill: Drill, results: [DrillResult], in region: Region, into screen: inout some Screen
  ) {
    let compact = region.isCompact
    let width = region.width
    var row = region.top
    guard !results.isEmpty else {
      screen.label(
        "Nothing was answered in this drill.", row: row, column: region.left, width: width,
        style: Style(.muted))
      return
    }
    // Columns from the right: the next due day, then the grade.
    let dueWidth = compact ? 6 : 10
    let gradeWidth = compact ? 6 : 9
    let dueColumn = width - dueWidth
    let gradeColumn = dueColumn - 1 - gradeWidth
    // Each answer's marks, in the full layout, when the drill's answers were analysed.
    let marksWidth = FeedbackView.marksWidth(FeedbackMark.marks(for: .behavioural).count)
    let showsMarks =
      !compact && results.contains { $0.entry.feedback != nil }
      && gradeColumn - marksWidth - 2 >= 20
    let marksColumn = gradeColumn - marksWidth - 2
    let questionWidth = max(1, (showsMarks ? marksColumn : gradeColumn) - 2)
    if !compact {
      var heading: SpanLine = [
        Span("Question", Style(.muted)), Span("Grade", at: gradeColumn, Style(.muted)),
        Span("Next due", at: dueColumn, Style(.muted)),
      ]
      if showsMarks { heading.append(Span("Coach", at: marksColumn, Style(.muted))) }
      screen.draw(heading, row: row, column: region.left, width: width)
      row += 1
    }
    let notReached = drill.notReached
    let footRows = notReached > 0 ? 1 : 0
    let room = max(0, region.bottom - row - footRows)
    let overflow = results.count > room
    let shown = overflow ? max(0, room - 1) : results.count
    for result in results.prefix(shown) {
      var spans: SpanLine = [
        Span(fitted(result.question, width: questionWidth, ellipsis: "…"))
      ]
      if showsMarks, let feedback = result.entry.feedback, !result.entry.skipped {
        let segment = drill.cards.first { $0.key == result.key }?.segment ?? result.entry.segment
        spans +=
          FeedbackView.markSpans(
            FeedbackView.marks(feedback, segment: segment), at: marksColumn
          ).spans
      }
      if let grade = result.grade {
        spans.append(
          Span(
            compact ? String(grade.name.prefix(gradeWidth)) : grade.name, at: gradeColumn,
            Style(role(of: grade))))
      } else {
        spans.append(
          Span(
            result.entry.skipped
              ? (compact ? "skip" : "skipped") : (compact ? "none" : "ungraded"), at: gradeColumn,
            Style(.warning)))
      }
      if let due = result.schedule?.due {
        spans.append(Span(compact ? due.short : "due " + due.short, at: dueColumn, Style(.muted)))
      } else {
        spans.append(Span("—", at: dueColumn, Style(.muted)))
      }
      screen.draw(spans, row: row, column: region.left, width: width)
      row += 1
    }
    if overflow {
      screen.label(
        "… \(results.count - shown) more", row: row, column: region.left, width: width,
        style: Style(.muted))
      row += 1
    }
    if notReached > 0, row < region.bottom {
      screen.label(
        "\(counted(notReached, "question")) not reached", row: row, column: region.left,
        width: width, style: Style(.muted))
    }
  }

  /// A grade's colour: a lapse stands out, an easy answer reads as good.
  static func role(of grade: DrillGrade) -> ColorRole {
    switch grade {
    case .again: return .over
    case .hard: return .warning
    case .good, .easy: return .good
    }
  }
}
