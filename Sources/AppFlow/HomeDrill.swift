import InterviewCore

/// The decks and what the store knows of their cards on one day: what the home screen counts
/// as due, and what its drill draws from. The runner reads it; the flow decides with it.
public struct DeckProgress: Sendable {
  /// The decks loaded.
  public var decks: [Deck]
  /// Stars, schedules and latest answers of their cards; a card missing was never touched.
  public var progress: [CardKey: CardProgress]
  /// The day "due" is counted on, in the user's time zone.
  public var today: StudyDay

  /// The progress of `decks` on `today`.
  public init(decks: [Deck], progress: [CardKey: CardProgress], today: StudyDay) {
    self.decks = decks
    self.progress = progress
    self.today = today
  }

  /// How many questions are due today.
  public var dueCount: Int {
    DrillQueue.dueCount(in: decks, progress: progress, today: today)
  }
}

/// A drill the flow chose to open: its cards in order, what it knows of them and the title the
/// session is filed under.
public struct DrillChoice: Equatable, Sendable {
  /// The title of a home drill of the questions due today.
  public static let dueTitle = "Questions due today"
  /// The title of a home drill of every question, when none is due.
  public static let everyQuestionTitle = "Questions from every deck"

  /// The cards, in drilling order.
  public var cards: [DeckCard]
  /// Their stars, schedules and latest answers.
  public var progress: [CardKey: CardProgress]
  /// Typed or spoken.
  public var mode: AnswerMode
  /// The day grades are scheduled from.
  public var today: StudyDay
  /// The title the session is filed under.
  public var deckTitle: String

  /// A choice from its parts.
  public init(
    cards: [DeckCard], progress: [CardKey: CardProgress], mode: AnswerMode, today: StudyDay,
    deckTitle: String
  ) {
    self.cards = cards
    self.progress = progress
    self.mode = mode
    self.today = today
    self.deckTitle = deckTitle
  }

  /// The drill the home screen opens: the questions due today or, with none due, every
  /// question, never-drilled ones first; nil when the decks hold no question to drill.
  public static func fromHome(_ known: DeckProgress, mode: AnswerMode) -> DrillChoice? {
    let anyDue = known.dueCount > 0
    let cards = DrillQueue.cards(
      from: known.decks, progress: known.progress, today: known.today, dueOnly: anyDue,
      segment: nil)
    guard !cards.isEmpty else { return nil }
    return DrillChoice(
      cards: cards, progress: known.progress, mode: mode, today: known.today,
      deckTitle: anyDue ? dueTitle : everyQuestionTitle)
  }
}
