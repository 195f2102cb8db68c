import InterviewCore

/// What the interview screen shows that is not part of the interview itself.
public struct InterviewScreenContext: Equatable, Sendable {
  /// Where the transcript is saved, shown on the summary.
  public var transcriptPath: String
  /// The last save error, as one line; nil when saving works.
  public var saveProblem: String?
  /// A spoken interview's recording and transcriptions; nil for a typed one.
  public var spoken: SpokenStatus?

  /// A context naming the transcript's path and any save problem, and a spoken interview's
  /// status.
  public init(transcriptPath: String = "", saveProblem: String? = nil, spoken: SpokenStatus? = nil)
  {
    self.transcriptPath = transcriptPath
    self.saveProblem = saveProblem
    self.spoken = spoken
  }
}

/// Draws an interview in any state into a screen: the stage, the Esc menu and the help.
public enum InterviewScreen {
  /// Draws the whole frame for `interview` into `screen`, cleared first.
  public static func render(
    _ interview: Interview, context: InterviewScreenContext, into screen: inout some Screen
  ) {
    draw(interview, context: context, into: &screen)
  }

  /// Draws the whole frame for `interview` into the terminal, cleared first.
  ///
  /// The same drawing as for any screen, made for the terminal's own type here, where the
  /// compiler can specialize it: drawn through the generic entry from another module, every
  /// write, block and key of a frame went through generic metadata at run time, which cost
  /// more than the drawing itself.
  public static func render(
    _ interview: Interview, context: InterviewScreenContext, into screen: inout CursesScreen
  ) {
    draw(interview, context: context, into: &screen)
  }

  /// Shows `interview` on the terminal: a character typed at the end of an answer's line, with
  /// nothing else on the screen changed since the frame `echo` remembers, goes straight to its
  /// cell (the caller's `present()` then has nothing to do); anything else draws the whole
  /// frame, as `render` does.
  public static func render(
    _ interview: Interview, context: InterviewScreenContext, into screen: inout CursesScreen,
    echoing echo: inout TypingEcho
  ) {
    show(interview, context: context, into: &screen, echoing: &echo)
  }

  /// Shows `interview` on `screen`, which keeps the frame shown: one echoed cell, the editor's
  /// rows drawn again, or the whole frame, as `echo` finds what changed (see `TypingEcho`).
  static func show<Target: Screen>(
    _ interview: Interview, context: InterviewScreenContext, into screen: inout Target,
    echoing echo: inout TypingEcho
  ) {
    let (rows, columns) = screen.size
    switch echo.step(for: interview, context: context, rows: rows, columns: columns) {
    case .cell(let cell):
      if screen.echo(cell) { return }
    case .counts(let placement, let counts):
      let row = AnswerView.countsRow(of: placement.request)
      if screen.beginPatch(rows: row..<(row + 1)) {
        AnswerView.drawEditorCounts(counts, placement.request, into: &screen)
        return
      }
    case .editor(let placement):
      if case .answering(let turn) = interview.stage,
        screen.beginPatch(rows: placement.request.rows)
      {
        AnswerView.drawEditor(turn.buffer, placement.request, into: &screen)
        return
      }
    case nil:
      break
    }
    let placement = draw(interview, context: context, into: &screen)
    echo.remember(interview, context: context, rows: rows, columns: columns, placement: placement)
  }

  /// Draws the whole frame for `interview` into `screen`, cleared first; returns where the
  /// answer editor's text went, when the stage is an answer.
  @discardableResult
  static func draw<Target: Screen>(
    _ interview: Interview, context: InterviewScreenContext, into screen: inout Target
  ) -> AnswerView.EditorPlacement? {
    guard let layout = screen.beginFrame() else { return nil }
    let (rows, columns) = screen.size
    let isCompact = layout == .compact
    // The header changes with its clocks' seconds, not with every key typed.
    screen.memo(HeaderFace(interview, isCompact: isCompact), slot: 0) { screen in
      if isCompact {
        drawCompactHeader(interview, into: &screen)
      } else {
        drawHeader(interview, into: &screen)
      }
    }
    let body = body(rows: rows, columns: columns)
    let width = editorWidth(rows: rows, columns: columns)
    var placement: AnswerView.EditorPlacement?
    switch interview.stage {
    case .briefing:
      BriefingView.draw(interview.plan, in: body, into: &screen)
    case .intro(let segment):
      IntroView.draw(interview.plan.segments[segment], in: body, into: &screen)
    case .answering(let turn):
      placement = AnswerView.drawAnswering(
        turn, of: interview, in: body, editorWidth: width, spoken: context.spoken, into: &screen)
    case .candidateQuestions(let turn, let showing):
      AnswerView.drawCandidateQuestions(
        turn, showingInspiration: showing, of: interview, in: body, editorWidth: width,
        into: &screen)
    case .reflection(let prompt, let buffer):
      AnswerView.drawReflection(prompt, buffer, in: body, editorWidth: width, into: &screen)
    case .summary:
      SummaryView.draw(
        InterviewReport(interview), feedback: interview.feedbackSummary,
        scroll: interview.summaryOffset, in: body, into: &screen)
    }
    if !interview.isTyping { screen.hideCursor() }
    var status = StatusFace(
      saveProblem: context.saveProblem, notice: interview.notice, isBriefing: false,
      isSummary: false, transcriptPath: context.transcriptPath)
    switch interview.stage {
    case .briefing: status.isBriefing = true
    case .summary: status.isSummary = true
    default: break
    }
    screen.memo(status, slot: 0) { screen in
      drawStatus(interview, context: context, row: rows - 2, into: &screen)
    }
    let footer = InterviewKeys.footer(for: interview)
    screen.memo(footer, slot: 0) { screen in screen.footer(footer, row: rows - 1) }
    if interview.menuSelection != nil, !interview.isShowingHelp {
      MenuOverlay.draw(interview, into: &screen)
    }
    if interview.isShowingHelp {
      HelpOverlay.render(InterviewKeys.help(for: interview), into: &screen)
    }
    return placement
  }

  /// Where the stage is drawn on a terminal `rows` by `columns`: below the header, above the
  /// status line.
  static func body(rows: Int, columns: Int) -> Region {
    if LayoutClass(rows: rows, columns: columns) == .full {
      return Region(top: 3, bottom: rows - 2, left: 2, width: columns - 4, isCompact: false)
    }
    return Region(top: 1, bottom: rows - 2, left: 1, width: columns - 2, isCompact: true)
  }

  /// The width the answer editor wraps at for a terminal `rows` by `columns`: what
  /// `EditCommand.up` and `.down` need to move by the lines the user sees.
  public static func editorWidth(rows: Int, columns: Int) -> Int {
    switch LayoutClass(rows: rows, columns: columns) {
    // A border and a space of padding on each side.
    case .full: return columns - 4
    // One column of margin each side, no border.
    case .compact, .tooSmall: return max(1, columns - 2)
    }
  }

  // MARK: - Header and status

  /// Where an interview is, without its draft: what the header and status rows read of the
  /// stage.
  enum StagePlace: Equatable {
    case briefing
    case intro(segment: Int)
    /// A question being answered, or the candidate's own questions; the turn's two clocks to
    /// the second, as the drill's header shows them.
    case turn(
      segment: Int, question: Int, isFollowUp: Bool, candidate: Bool, thinkingSecond: Int,
      answerSecond: Int)
    case reflection(ReflectionPrompt)
    case summary

    init(_ interview: borrowing Interview) {
      switch interview.stage {
      case .briefing: self = .briefing
      case .intro(let segment): self = .intro(segment: segment)
      case .answering(let turn), .candidateQuestions(let turn, _):
        var candidate = false
        if case .candidateQuestions = interview.stage { candidate = true }
        self = .turn(
          segment: turn.segment, question: turn.question, isFollowUp: turn.isFollowUp,
          candidate: candidate, thinkingSecond: max(0, turn.thinkingMilliseconds) / 1000,
          answerSecond: max(0, turn.answerMilliseconds) / 1000)
      case .reflection(let prompt, _): self = .reflection(prompt)
      case .summary: self = .summary
      }
    }

    /// The segment whose clock the header shows, if any.
    var segment: Int? {
      switch self {
      case .intro(let segment), .turn(let segment, _, _, _, _, _): return segment
      case .briefing, .reflection, .summary: return nil
      }
    }
  }

  /// Everything the header rows read: a frame whose face equals the last one's replays the
  /// header instead of laying out its text again. Clocks count as the seconds they show, and
  /// whether they are over their budgets.
  struct HeaderFace: Equatable {
    var plan: InterviewPlan
    var isCompact: Bool
    var isPaused: Bool
    var place: StagePlace
    var clocks: HeaderClocks

    init(_ interview: borrowing Interview, isCompact: Bool) {
      plan = interview.plan
      self.isCompact = isCompact
      isPaused = interview.isPaused
      place = StagePlace(interview)
      clocks = HeaderClocks(interview, segment: place.segment)
    }
  }

  /// The header's two clocks as they show: the seconds, and whether each is over its budget.
  struct HeaderClocks: Equatable {
    var interviewSecond: Int
    var interviewOver: Bool
    var segmentSecond: Int
    var segmentOver: Bool

    /// The clocks of `interview`, the segment's for `segment` (none: zero).
    init(_ interview: borrowing Interview, segment: Int?) {
      // The plan read in place, not copied: every key asks.
      let total = interview.interviewMilliseconds
      interviewSecond = max(0, total) / 1000
      interviewOver = total > interview.plan.budgetSeconds * 1000
      if let segment {
        let spent = interview.segmentMilliseconds[segment]
        segmentSecond = max(0, spent) / 1000
        segmentOver = spent > interview.plan.segments[segment].budgetSeconds * 1000
      } else {
        segmentSecond = 0
        segmentOver = false
      }
    }
  }

  /// Everything the status row reads.
  struct StatusFace: Equatable {
    var saveProblem: String?
    var notice: String?
    var isBriefing: Bool
    var isSummary: Bool
    var transcriptPath: String
  }

  /// The full layout's two header rows and rule: the interview and its clock, then the segment
  /// and its clock.
  private static func drawHeader(_ interview: Interview, into screen: inout some Screen) {
    let columns = screen.size.columns
    let plan = interview.plan
    let settings = plan.settings

    let clockEnd = columns - 1
    let clockStart = screen.labelRight(
      "\(clock(milliseconds: interview.interviewMilliseconds)) / "
        + TargetDuration.clock(seconds: plan.budgetSeconds),
      row: 0, end: clockEnd,
      style: Style(interview.interviewMilliseconds > plan.budgetSeconds * 1000 ? .over : .title))
    var rightEdge = clockStart - 1
    if interview.isPaused {
      rightEdge = screen.labelRight("paused ·", row: 0, end: rightEdge, style: Style(.warning)) - 1
    }
    var column = 1
    column += screen.label(
      "SecondRound", row: 0, column: column, width: rightEdge - column - 1,
      style: Style(.title, .bold))
    column += screen.label(
      " · ", row: 0, column: column, width: rightEdge - column - 1, style: Style(.muted))
    if let drill = plan.drill {
      // A drill has no company or position: where it is in the drill says more.
      screen.text(
        drillPlace(drill, of: plan), row: 0, column: column, width: rightEdge - column - 1,
        style: Style(.title))
      drillRow(interview, row: 1, into: &screen)
      screen.rule(row: 2, column: 0, width: columns)
      return
    }
    screen.text(
      settings.company + screen.glyphs.chrome(" — ") + settings.position, row: 0,
      column: column, width: rightEdge - column - 1, style: Style(.title))

    let (left, right, rightStyle) = segmentRow(interview)
    let rightStart = screen.labelRight(right, row: 1, end: columns - 1, style: rightStyle)
    screen.draw(left, row: 1, column: 1, width: max(0, rightStart - 3))
    screen.rule(row: 2, column: 0, width: columns)
  }

  /// "Drill 2/5 · Culture & team fit".
  static func drillPlace(_ drill: DrillCardPosition, of plan: InterviewPlan) -> String {
    let segment = plan.segments.first.map { " · " + oneLine($0.title) } ?? ""
    return "Drill \(drill.number)/\(drill.count)" + segment
  }

  /// A drill's second header row: the deck, and the question's two clocks.
  private static func drillRow(_ interview: Interview, row: Int, into screen: inout some Screen) {
    let columns = screen.size.columns
    var clocks = ""
    if case .answering(let turn) = interview.stage {
      clocks =
        "thinking \(clock(milliseconds: turn.thinkingMilliseconds))"
        + " · answer \(clock(milliseconds: turn.answerMilliseconds))"
    }
    let start = screen.labelRight(clocks, row: row, end: columns - 1, style: Style(.muted))
    screen.text(
      "Deck: " + interview.plan.deckTitle, row: row, column: 1, width: max(0, start - 3),
      style: Style(.muted))
  }

  /// The second header row: where in the interview, and that part's clock.
  private static func segmentRow(_ interview: Interview) -> (SpanLine, String, Style) {
    let plan = interview.plan
    let segmentIndex: Int?
    switch interview.stage {
    case .intro(let segment): segmentIndex = segment
    case .answering(let turn), .candidateQuestions(let turn, _): segmentIndex = turn.segment
    case .briefing:
      let followUps = plan.settings.followUps ? "follow-ups on" : "no follow-ups"
      return (
        [
          Span("Briefing", Style(.accent, .bold)),
          Span(" · \(plan.deckTitle)", at: 8, Style(.muted)),
        ],
        "\(plan.settings.mode.rawValue) answers · \(followUps)", Style(.muted)
      )
    case .reflection(let prompt, _):
      return (
        [Span("Reflection", Style(.accent, .bold))],
        "prompt \(prompt.rawValue + 1) of \(ReflectionPrompt.allCases.count)", Style(.muted)
      )
    case .summary:
      return ([Span("Summary", Style(.accent, .bold))], "interview over", Style(.muted))
    }
    guard let index = segmentIndex else { return ([], "", .plain) }
    let segment = plan.segments[index]
    let spent = interview.segmentMilliseconds[index]
    let title = oneLine(segment.title)
    let line: SpanLine = [
      Span(title, Style(.accent, .bold)),
      Span(" · " + segment.interviewer, at: title.terminalColumns, Style(.muted)),
    ]
    let right =
      "segment \(index + 1) of \(plan.segments.count) · \(clock(milliseconds: spent)) / "
      + TargetDuration.clock(seconds: segment.budgetSeconds)
    return (line, right, Style(spent > segment.budgetSeconds * 1000 ? .over : .normal))
  }

  /// The compact layout's single header row.
  private static func drawCompactHeader(_ interview: Interview, into screen: inout some Screen) {
    let columns = screen.size.columns
    let plan = interview.plan
    let clockText =
      (interview.isPaused ? "paused " : "")
      + "\(clock(milliseconds: interview.interviewMilliseconds))/"
      + TargetDuration.clock(seconds: plan.budgetSeconds)
    let over = interview.interviewMilliseconds > plan.budgetSeconds * 1000
    let start = screen.labelRight(
      clockText, row: 0, end: columns, style: Style(over ? .over : .title))
    let place: String
    if let drill = plan.drill {
      place = drillPlace(drill, of: plan)
    } else {
      place = rehearsalPlace(interview)
    }
    screen.text(
      screen.glyphs.chrome(place), row: 0, column: 0, width: start - 1,
      style: Style(.accent, .bold))
  }

  /// Where the compact header says a rehearsal is.
  private static func rehearsalPlace(_ interview: Interview) -> String {
    let plan = interview.plan
    let place: String
    switch interview.stage {
    case .briefing: place = "Briefing · " + plan.settings.company
    case .intro(let segment): place = plan.segments[segment].title
    case .answering(let turn):
      let segment = plan.segments[turn.segment]
      place =
        segment.title
        + (turn.isFollowUp
          ? " · follow-up" : " · \(turn.question + 1)/\(segment.questions.count)")
    case .candidateQuestions(let turn, _): place = plan.segments[turn.segment].title
    case .reflection(let prompt, _):
      place = "Reflection \(prompt.rawValue + 1)/\(ReflectionPrompt.allCases.count)"
    case .summary: place = "Summary · " + plan.settings.company
    }
    return place
  }

  /// The line above the footer: a save problem, else the core's notice, else where the
  /// transcript went (on the summary) or a quiet word that saving works.
  private static func drawStatus(
    _ interview: Interview, context: InterviewScreenContext, row: Int,
    into screen: inout some Screen
  ) {
    let width = screen.size.columns - 2
    if let problem = context.saveProblem {
      screen.text(problem, row: row, column: 1, width: width, style: Style(.error))
    } else if let notice = interview.notice {
      screen.text(notice, row: row, column: 1, width: width, style: Style(.warning))
    } else if interview.stage.isSummary {
      let lead = screen.label(
        "Transcript saved: ", row: row, column: 1, width: width, style: Style(.good))
      screen.write(
        fittedKeepingEnd(
          context.transcriptPath, width: width - lead, ellipsis: screen.glyphs.ellipsis),
        row: row, column: 1 + lead, style: .plain)
    } else if !interview.stage.isBriefing {
      screen.labelRight(
        "saved as you go", row: row, end: screen.size.columns - 1, style: Style(.muted))
    }
  }
}

/// `text` on one line, cut at the front to `width` cells so its end (a file name) stays.
func fittedKeepingEnd(_ text: String, width: Int, ellipsis: String) -> String {
  let line = oneLine(text)
  guard line.terminalColumns > width else { return line }
  guard width > ellipsis.terminalColumns else { return "" }
  let reversed = String(line.reversed()).prefix(columns: width - ellipsis.terminalColumns)
  return ellipsis + String(reversed.reversed())
}
