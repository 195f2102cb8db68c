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
  /// Grades the answer just given.
  case grade(DrillGrade)
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
public struct Drill: Equatable, Sendable {
  /// The cards to drill, in order.
  public let cards: [DeckCard]
  /// What the store knew of each card when the drill began; schedules are updated as graded.
  public private(set) var progress: [CardKey: CardProgress]
  /// Typed or spoken answers.
  public let mode: AnswerMode
  /// The day grades are scheduled from.
  public let today: StudyDay
  /// Index into `cards` of the card in hand.
  public private(set) var index = 0
  /// Where the drill is.
  public private(set) var phase: DrillPhase
  /// The cards answered so far, in order.
  public private(set) var results: [DrillResult] = []
  /// Whether the help overlay shows (grading and summary; the answer has the interview's).
  public private(set) var isShowingHelp = false

  /// A drill of `cards` (at least one), answered in `mode`, graded on `today`.
  public init(
    cards: [DeckCard], progress: [CardKey: CardProgress], mode: AnswerMode, today: StudyDay
  ) {
    self.cards = cards
    self.progress = progress
    self.mode = mode
    self.today = today
    phase = .finished
  }

  /// The card in hand, if any is left.
  public var current: DeckCard? { cards.indices.contains(index) ? cards[index] : nil }

  /// The schedule each grade would give the card in hand: what the grading screen shows.
  public func preview(of grade: DrillGrade) -> CardSchedule? {
    guard let current else { return nil }
    return Scheduler.schedule(after: progress[current.key]?.schedule, grade: grade, on: today)
  }

  /// Applies `action`, which happened at `now` (milliseconds on a monotonic clock).
  public mutating func send(_ action: DrillAction, at now: Int64) -> [DrillEffect] {
    // The foundation only; the drilling rules are written with their tests.
    []
  }
}
