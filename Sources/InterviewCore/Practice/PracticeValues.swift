import Foundation

/// Which question of which deck: what stars and schedules are kept against. Deck files are never
/// rewritten, so an edited deck keeps the progress of every question whose id did not change.
public struct CardKey: Hashable, Comparable, Codable, Sendable {
  /// The deck's id.
  public var deckID: String
  /// The question's id within the deck.
  public var questionID: String

  /// The key of question `questionID` in deck `deckID`.
  public init(deckID: String, questionID: String) {
    self.deckID = deckID
    self.questionID = questionID
  }

  /// By deck id, then question id.
  public static func < (lhs: CardKey, rhs: CardKey) -> Bool {
    (lhs.deckID, lhs.questionID) < (rhs.deckID, rhs.questionID)
  }
}

/// One question of a deck as a flashcard: the front (the question, where it sits) and the back
/// (tips and follow-ups).
public struct DeckCard: Equatable, Sendable {
  /// Deck and question id.
  public var key: CardKey
  /// The deck's title.
  public var deckTitle: String
  /// The segment the question belongs to.
  public var segment: SegmentKind
  /// The segment's heading in the deck.
  public var segmentTitle: String
  /// Who asks it.
  public var interviewer: String
  /// The question as the deck has it (placeholders unfilled, tips and follow-ups too).
  public var question: Question

  /// A card from its parts.
  public init(
    key: CardKey, deckTitle: String, segment: SegmentKind, segmentTitle: String,
    interviewer: String, question: Question
  ) {
    self.key = key
    self.deckTitle = deckTitle
    self.segment = segment
    self.segmentTitle = segmentTitle
    self.interviewer = interviewer
    self.question = question
  }

  /// Every question of `deck` as a card, in file order.
  public static func cards(of deck: Deck) -> [DeckCard] {
    deck.segments.flatMap { segment in
      segment.questions.map { question in
        DeckCard(
          key: CardKey(deckID: deck.id, questionID: question.id), deckTitle: deck.title,
          segment: segment.kind, segmentTitle: segment.title, interviewer: segment.interviewer,
          question: question)
      }
    }
  }

  /// What stands in for `{company}` and `{position}` when practising outside an interview.
  public static let practiceCompany = "the company"
  /// See `practiceCompany`.
  public static let practicePosition = "this role"

  /// The question as practised: placeholders read "the company" and "this role".
  public var text: String { Self.fill(question.text) }
  /// The follow-ups as practised.
  public var followUps: [String] { question.followUps.map(Self.fill) }
  /// The tips as practised.
  public var tips: [String] { question.tips.map(Self.fill) }

  private static func fill(_ text: String) -> String {
    // Decks say "as {a_position}" (or "as {position}") of a job title; "as a this role" would
    // not read, "in this role" does, and "this role" takes no article elsewhere either.
    Placeholder.fill(
      text
        .replacing(" as {a_position}", with: " in {position}")
        .replacing(" as {position}", with: " in {position}")
        .replacing("{a_position}", with: "{position}"),
      company: practiceCompany, position: practicePosition)
  }
}

/// The user's newest answer to a question, for the back of its card.
public struct LatestAnswer: Equatable, Sendable, TimedAgainstTarget {
  /// The session it was given in.
  public var sessionID: Int64
  /// Whether that session was a drill rather than a mock interview.
  public var fromDrill: Bool
  /// When it was recorded.
  public var recorded: Date
  /// The answer as typed (or notes typed while speaking).
  public var answer: String
  /// Thinking time, if timed.
  public var thinkingMilliseconds: Int?
  /// Answer time, if timed.
  public var answerMilliseconds: Int?
  /// The target it was held to.
  public var targetMilliseconds: Int?
  /// Whether it was skipped.
  public var skipped: Bool
  /// Whether `answer` holds notes typed while answering aloud.
  public var spokenNotes: Bool
  /// The 1–5 rating given in review, if any.
  public var rating: Int?
  /// The grade given right after drilling it, if it was a drill.
  public var grade: DrillGrade?
  /// What a coach said about it, if it was analysed.
  public var feedback: AnswerFeedback?

  /// A latest answer from its parts.
  public init(
    sessionID: Int64, fromDrill: Bool, recorded: Date, answer: String,
    thinkingMilliseconds: Int?, answerMilliseconds: Int?, targetMilliseconds: Int?,
    skipped: Bool = false, spokenNotes: Bool = false, rating: Int? = nil,
    grade: DrillGrade? = nil, feedback: AnswerFeedback? = nil
  ) {
    self.feedback = feedback
    self.sessionID = sessionID
    self.fromDrill = fromDrill
    self.recorded = recorded
    self.answer = answer
    self.thinkingMilliseconds = thinkingMilliseconds
    self.answerMilliseconds = answerMilliseconds
    self.targetMilliseconds = targetMilliseconds
    self.skipped = skipped
    self.spokenNotes = spokenNotes
    self.rating = rating
    self.grade = grade
  }
}

/// What the store knows of one card: its star, its schedule and the newest answer to it.
public struct CardProgress: Equatable, Sendable {
  /// Starred by the user (a filter of its own when stepping).
  public var starred: Bool
  /// Its SM-2 schedule; nil until it is first drilled and graded.
  public var schedule: CardSchedule?
  /// The newest answer to the question, from an interview or a drill.
  public var latest: LatestAnswer?
  /// An answer to it was marked "practise again" in review after it was last drilled.
  public var markedToPractiseAgain: Bool

  /// Progress from its parts; the default is a card never touched.
  public init(
    starred: Bool = false, schedule: CardSchedule? = nil, latest: LatestAnswer? = nil,
    markedToPractiseAgain: Bool = false
  ) {
    self.starred = starred
    self.schedule = schedule
    self.latest = latest
    self.markedToPractiseAgain = markedToPractiseAgain
  }

  /// Whether the card should be drilled on `day`: its schedule says so, or review marked it.
  public func isDue(on day: StudyDay) -> Bool {
    markedToPractiseAgain || (schedule?.isDue(on: day) ?? false)
  }
}
