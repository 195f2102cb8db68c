/// Where a drill is.
public enum DrillPhase: Equatable, Sendable {
  /// The current card's question is being answered, with the rehearsal's editor and clocks.
  case answering(Interview)
  /// The answer is saved; the user grades it (1–4).
  case grading(TranscriptEntry)
  /// Every card is done (or the drill was ended): the summary.
  case finished
}

/// What a drill is asked to do.
public enum DrillAction: Equatable, Sendable {
  /// An action for the question being answered: typing, clocks, submit, the Esc menu.
  case interview(InterviewAction)
  /// Grades the answer just given; a grade not offered for it (see `Drill.grades(for:)`) does
  /// nothing.
  case grade(DrillGrade)
  /// Takes back the last grade and the schedule it gave: on the summary, or on the question
  /// that follows it while nothing is typed there. Back to that card's grading screen.
  case undoGrade
  /// Shows or hides the help while grading or on the summary.
  case toggleHelp
  /// Leaves the drill: while grading, the answer stays saved but ungraded.
  case quit
}

/// What the app must do after a drill action.
public enum DrillEffect: Equatable, Sendable {
  /// Save this entry in the drill's session (its sequence is already the session's next).
  case record(TranscriptEntry)
  /// Save the answer in progress now (the interview's `saveProgress`).
  case saveProgress
  /// The draft changed; save it within the autosave interval.
  case draftChanged
  /// Save the grade of the entry `sequence` and the card's new schedule.
  case grade(CardKey, DrillGrade, CardSchedule, entrySequence: Int)
  /// Clear the grade of the entry `sequence` and put the card's schedule back to `restoring`
  /// (nil: the card had none).
  case ungrade(CardKey, restoring: CardSchedule?, entrySequence: Int)
  /// Every card is done: mark the session finished.
  case finished
  /// Leave the drill.
  case leave
}

/// One graded (or ungraded) card of a drill, for the summary.
public struct DrillResult: Equatable, Sendable {
  /// The card.
  public var key: CardKey
  /// The question as asked.
  public var question: String
  /// The entry recorded for it.
  public var entry: TranscriptEntry
  /// The grade given, if any.
  public var grade: DrillGrade?
  /// The schedule the grade gave, if graded.
  public var schedule: CardSchedule?

  /// A result from its parts.
  public init(
    key: CardKey, question: String, entry: TranscriptEntry, grade: DrillGrade? = nil,
    schedule: CardSchedule? = nil
  ) {
    self.key = key
    self.question = question
    self.entry = entry
    self.grade = grade
    self.schedule = schedule
  }
}

/// Drilling single questions: each card is answered as in a rehearsal (same editor, same
/// clocks, typed or spoken), then graded again / hard / good / easy, and SM-2 schedules it.
/// Pure: time comes in on the actions, the app stores the effects.
///
/// As in Anki, "again" is a learning step: the card is asked again later in the same drill, and
/// the last grade can be taken back, with the schedule it gave.
public struct Drill: Equatable, Sendable {
  /// How many other cards come between an "again" and the card's next asking, when there are
  /// that many left.
  public static let againGap = 3

  /// The cards to drill, in order, each once.
  public let cards: [DeckCard]
  /// The questions to ask, in order: `cards`, with a card graded "again" asked once more later.
  public private(set) var queue: [DeckCard]
  /// What the store knew of each card when the drill began; schedules are updated as graded.
  public private(set) var progress: [CardKey: CardProgress]
  /// Typed or spoken answers.
  public let mode: AnswerMode
  /// The day grades are scheduled from.
  public let today: StudyDay
  /// Index into `queue` of the question in hand.
  public private(set) var index = 0
  /// Where the drill is.
  public private(set) var phase: DrillPhase
  /// The questions answered so far, in order (a card asked again has one per answer).
  public private(set) var results: [DrillResult] = []
  /// Whether the help overlay shows (grading and summary; the answer has the interview's).
  public private(set) var isShowingHelp = false
  /// Whether the drill was stopped before its end (q or Esc while grading, End in the menu, an
  /// interrupt), rather than finished by the last grade.
  public private(set) var wasStopped = false
  /// What undoing the last grade puts back, while it is the last thing that happened.
  private var lastGrade: GradeUndo?

  /// A drill of `cards`, answered in `mode`, graded on `today`; with no cards it is finished
  /// at once. The first question's clock starts at `now` when it is given, else at the first
  /// action.
  public init(
    cards: [DeckCard], progress: [CardKey: CardProgress], mode: AnswerMode, today: StudyDay,
    startingAt now: Int64? = nil, jobDescription: String? = nil, untimed: Bool = false
  ) {
    self.cards = cards
    self.untimed = untimed
    queue = cards
    self.progress = progress
    self.mode = mode
    self.today = today
    self.jobDescription = jobDescription
    // The terms are extracted once for the whole drill, not per card.
    let terms = jobDescription.map { JobTerms.extract(from: $0) }
    jobTerms = terms
    phase =
      cards.isEmpty
      ? .finished
      : .answering(
        Self.interview(
          of: cards, at: 0, mode: mode, jobTerms: terms, untimed: untimed, startingAt: now))
  }

  /// Whether answers are recorded without times: typed in plain mode from a pipe, where the
  /// instants lines arrive at say nothing of thinking or typing.
  public let untimed: Bool

  /// The job description the drill was given (`--job`), saved with its session.
  public let jobDescription: String?
  /// Its key terms, which each answer's feedback counts.
  public let jobTerms: [String]?

  /// The card in hand, if any is left.
  public var current: DeckCard? { queue.indices.contains(index) ? queue[index] : nil }

  /// The schedule each grade would give the card in hand: what the grading screen shows.
  public func preview(of grade: DrillGrade) -> CardSchedule? {
    guard let current else { return nil }
    return Scheduler.schedule(after: progress[current.key]?.schedule, grade: grade, on: today)
  }

  /// The grades `entry` may be given: all four for an answer, only again and hard for a question
  /// left unanswered (skipped or submitted with nothing typed, and not answered aloud), since
  /// nothing recalled cannot be good or easy.
  public static func grades(for entry: TranscriptEntry) -> [DrillGrade] {
    let typed = entry.answer.contains { !$0.isWhitespace }
    let spoken = entry.spokenNotes && !entry.skipped
    return typed || spoken ? DrillGrade.allCases : [.again, .hard]
  }

  /// The grades offered right now: those of the answer being graded, none in other phases.
  public var offeredGrades: [DrillGrade] {
    guard case .grading(let entry) = phase else { return [] }
    return Self.grades(for: entry)
  }

  /// Whether `.undoGrade` would take back a grade now: on the summary the last grade led to,
  /// or on the question after it while nothing is typed, said or open there (no edit to undo).
  public var canUndoGrade: Bool {
    guard lastGrade != nil, !isShowingHelp else { return false }
    switch phase {
    case .finished: return true
    case .grading: return false
    case .answering(let interview):
      guard case .answering(let turn) = interview.stage, !turn.started,
        turn.buffer.editCount == 0, interview.menuSelection == nil, !interview.isShowingHelp
      else { return false }
      return true
    }
  }

  /// The question being answered, while answering.
  public var interview: Interview? {
    if case .answering(let interview) = phase { return interview }
    return nil
  }

  /// How many answers got each grade, for the summary; grades never given are left out.
  public var gradeCounts: [DrillGrade: Int] {
    results.reduce(into: [:]) { counts, result in
      if let grade = result.grade { counts[grade, default: 0] += 1 }
    }
  }

  /// The answers saved but not graded: the drill was ended or left before grading them.
  public var ungraded: [DrillResult] { results.filter { $0.grade == nil } }

  /// How many questions were never reached because the drill ended before them (a card due to
  /// be asked again counts once more).
  public var notReached: Int { max(0, queue.count - results.count) }

  /// The earliest day a card graded in this drill comes due, if any was graded: each card by
  /// its last grade, so a card asked again counts by the schedule of its last answer.
  public var nextDue: StudyDay? {
    Set(results.filter { $0.grade != nil }.map(\.key)).compactMap { progress[$0]?.schedule?.due }
      .min()
  }

  /// Applies `action`, which happened at `now` (milliseconds on a monotonic clock).
  public mutating func send(_ action: DrillAction, at now: Int64) -> [DrillEffect] {
    if action == .undoGrade { return canUndoGrade ? undoGrade() : [] }
    if case .answering(let interview) = phase { return answer(action, interview, at: now) }
    // Ticks keep coming while grading or on the summary, and the terminal may shrink; neither
    // is a key, so neither closes the help.
    if case .interview(.tick) = action { return [] }
    if case .interview(.screenTooSmall) = action { return [] }
    if isShowingHelp {
      // Any key leaves the help, as in the interview.
      isShowingHelp = false
      return []
    }
    switch (phase, action) {
    case (_, .toggleHelp):
      isShowingHelp = true
      return []
    case (.grading(let entry), .grade(let grade)):
      guard Self.grades(for: entry).contains(grade) else { return [] }
      return self.grade(entry, grade, at: now)
    case (.grading, .quit):
      // The answer is saved already and stays ungraded; the summary follows, as after the
      // last grade, so stopping early still shows what was drilled.
      phase = .finished
      wasStopped = true
      return [.finished]
    case (.finished, .quit):
      return [.leave]
    case (.grading, _), (.finished, _), (.answering, _):
      return []
    }
  }

  /// Stops the drill by choice (plain mode's `:quit`, or its end of input): while answering, a
  /// question left with nothing typed records nothing, where the Esc menu's End would save it
  /// as an empty answer; a draft with text is kept as End keeps it. While grading, as `.quit`.
  public mutating func stop(at now: Int64) -> [DrillEffect] {
    guard case .answering(let interview) = phase else {
      return phase == .finished ? [] : send(.quit, at: now)
    }
    if case .answering(let turn) = interview.stage,
      turn.buffer.text.contains(where: { !$0.isWhitespace }) || turn.started
    {
      return send(.interview(.choose(.end)), at: now)
    }
    phase = .finished
    wasStopped = true
    return [.finished]
  }

  /// Ctrl-C or a signal: while answering, the clocks are brought up to `now` and a draft that is
  /// not empty is recorded as an answer ended early, left ungraded (so nothing typed is lost),
  /// which ends the drill (the session is not finished: the app marks it interrupted). Without
  /// a draft, or in any other phase, nothing is recorded.
  public mutating func interrupted(at now: Int64) -> [DrillEffect] {
    guard case .answering(var interview) = phase else { return [] }
    let effects = interview.interrupted(at: now)
    phase = .answering(interview)
    guard !effects.isEmpty else { return [] }
    var drillEffects: [DrillEffect] = []
    for case .record(let entry) in effects { drillEffects.append(.record(keep(entry))) }
    phase = .finished
    wasStopped = true
    return drillEffects
  }

  // MARK: - Answering

  private mutating func answer(_ action: DrillAction, _ interview: Interview, at now: Int64)
    -> [DrillEffect]
  {
    // Grades, help and quitting belong to grading and the summary; the question has the
    // interview's own help and Esc menu.
    guard case .interview(let interviewAction) = action else { return [] }
    var interview = interview
    var effects: [DrillEffect] = []
    var recorded: TranscriptEntry?
    var finished = false
    for effect in interview.send(interviewAction, at: now) {
      switch effect {
      case .record(let entry):
        let numbered = keep(entry)
        effects.append(.record(numbered))
        recorded = numbered
      case .saveProgress: effects.append(.saveProgress)
      case .draftChanged: effects.append(.draftChanged)
      case .finished: finished = true
      }
    }
    guard finished else {
      phase = .answering(interview)
      return effects
    }
    if interview.endedEarly || recorded == nil {
      // End in the Esc menu ends the whole drill; its answer stays saved, ungraded.
      phase = .finished
      wasStopped = true
      return effects + [.finished]
    }
    if let recorded { phase = .grading(recorded) }
    return effects
  }

  /// Numbers `entry` as the drill session's next, keeps it among the results and returns it
  /// numbered.
  private mutating func keep(_ entry: TranscriptEntry) -> TranscriptEntry {
    var entry = entry
    // Every card's interview numbers from 1; the session numbers across the whole drill.
    entry.sequence = results.count + 1
    if let card = current {
      results.append(DrillResult(key: card.key, question: entry.question, entry: entry))
    }
    // A new answer is now the last thing that happened: the grade before it stays.
    lastGrade = nil
    return entry
  }

  // MARK: - Grading

  /// What taking back a grade restores.
  private struct GradeUndo: Equatable, Sendable {
    /// The queue index of the card graded.
    var index: Int
    /// The entry graded, to grade again.
    var entry: TranscriptEntry
    /// What the drill knew of the card before the grade.
    var progress: CardProgress?
    /// Where "again" put the card back in the queue, if it did.
    var requeuedAt: Int?
  }

  private mutating func grade(_ entry: TranscriptEntry, _ grade: DrillGrade, at now: Int64)
    -> [DrillEffect]
  {
    guard let card = current else { return [] }
    let before = progress[card.key]
    let schedule = Scheduler.schedule(after: before?.schedule, grade: grade, on: today)
    var cardProgress = before ?? CardProgress()
    cardProgress.schedule = schedule
    // The mark from review is answered by this drill: it no longer makes the card due.
    cardProgress.markedToPractiseAgain = false
    progress[card.key] = cardProgress
    if let last = results.indices.last, results[last].entry.sequence == entry.sequence {
      results[last].grade = grade
      results[last].schedule = schedule
    }
    var requeuedAt: Int?
    if grade == .again {
      // A learning step: the card comes back after a few others, or last when fewer are left.
      let position = min(index + 1 + Self.againGap, queue.count)
      queue.insert(card, at: position)
      requeuedAt = position
    }
    var effects: [DrillEffect] = [
      .grade(card.key, grade, schedule, entrySequence: entry.sequence)
    ]
    effects += advance(at: now)
    lastGrade = GradeUndo(index: index - 1, entry: entry, progress: before, requeuedAt: requeuedAt)
    return effects
  }

  /// Moves on from the card in hand: the next question shows now, or the summary.
  private mutating func advance(at now: Int64) -> [DrillEffect] {
    index += 1
    guard index < queue.count else {
      phase = .finished
      return [.finished]
    }
    // The next question's thinking time counts from the grade.
    phase = .answering(
      Self.interview(
        of: queue, at: index, mode: mode, jobTerms: jobTerms, untimed: untimed, startingAt: now))
    return [.saveProgress]
  }

  /// Takes back the last grade: the card's schedule, its place in the queue, its result's
  /// grade; the question shown since (untouched) is dropped and the grading screen is back.
  private mutating func undoGrade() -> [DrillEffect] {
    guard let undo = lastGrade, queue.indices.contains(undo.index) else { return [] }
    let key = queue[undo.index].key
    if let requeuedAt = undo.requeuedAt, queue.indices.contains(requeuedAt) {
      queue.remove(at: requeuedAt)
    }
    progress[key] = undo.progress
    if let last = results.indices.last, results[last].entry.sequence == undo.entry.sequence {
      results[last].grade = nil
      results[last].schedule = nil
    }
    index = undo.index
    phase = .grading(undo.entry)
    wasStopped = false
    lastGrade = nil
    return [.ungrade(key, restoring: undo.progress?.schedule, entrySequence: undo.entry.sequence)]
  }

  /// The interview of question `index` of `queue`, its clock started at `now` if given.
  private static func interview(
    of queue: [DeckCard], at index: Int, mode: AnswerMode, jobTerms: [String]?, untimed: Bool,
    startingAt now: Int64?
  ) -> Interview {
    var plan = InterviewPlan.drill(queue[index], mode: mode, number: index + 1, of: queue.count)
    plan.jobTerms = jobTerms
    if untimed { plan.settings.untimed = true }
    var interview = Interview(plan: plan)
    // A tick on a fresh interview only notes the instant: the clocks run from it.
    if let now { _ = interview.send(.tick, at: now) }
    return interview
  }
}
