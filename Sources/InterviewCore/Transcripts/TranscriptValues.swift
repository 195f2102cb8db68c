import Foundation

/// Where a rehearsal stands.
public enum SessionStatus: String, Codable, Sendable {
  /// Being rehearsed now (or left so by a process that was killed).
  case inProgress = "in-progress"
  /// Stopped before the end; resumable while it has a snapshot and was not declined.
  case interrupted
  /// Ran to the end.
  case finished
}

/// What a session was: a mock interview, or a drill of single questions.
public enum SessionKind: String, Codable, Sendable {
  /// A mock interview, segment by segment (`rehearse`).
  case interview
  /// Single questions drilled and graded (`drill`, or `d` while stepping through a deck).
  case drill
}

/// What an entry of a transcript records: the interview's own kinds, stored by raw value.
public typealias EntryKind = TranscriptEntry.Kind

/// What is known when an interview starts.
public struct NewSession: Equatable, Sendable {
  /// When the interview started; kept to the millisecond.
  public var started: Date
  /// The company interviewed for.
  public var company: String
  /// The position interviewed for.
  public var position: String
  /// The id of the deck the questions came from.
  public var deckID: String
  /// The deck's title at the time, so the transcript reads well if the deck changes or goes.
  public var deckTitle: String
  /// The role the questions were drawn for (a deck role such as "data"), if one was chosen.
  public var role: String?
  /// `typed` or `spoken`.
  public var mode: String
  /// The segments rehearsed, in order (`SegmentKind` raw values).
  public var segments: [String]
  /// The seed that ordered the questions, so the same interview can be replayed.
  public var seed: UInt64
  /// The salary range the candidate aims for, if given.
  public var salaryRange: String?
  /// The candidate's walk-away figure, if given.
  public var walkAway: String?
  /// A mock interview or a drill.
  public var kind: SessionKind
  /// The job description the candidate gave, if any.
  public var jobDescription: String?
  /// The interviewers the candidate named, comma-separated (`Interviewers.normalized`), if any.
  public var interviewers: String?

  /// Creates the description of a new session.
  public init(
    started: Date, company: String, position: String, deckID: String, deckTitle: String,
    role: String?, mode: String, segments: [String], seed: UInt64, salaryRange: String?,
    walkAway: String?, kind: SessionKind = .interview, jobDescription: String? = nil,
    interviewers: String? = nil
  ) {
    self.interviewers = interviewers
    self.jobDescription = jobDescription
    self.kind = kind
    self.started = started
    self.company = company
    self.position = position
    self.deckID = deckID
    self.deckTitle = deckTitle
    self.role = role
    self.mode = mode
    self.segments = segments
    self.seed = seed
    self.salaryRange = salaryRange
    self.walkAway = walkAway
  }
}

/// A stored session as listed: everything but its entries and snapshot.
public struct SessionSummary: Equatable, Sendable {
  /// The store's id for the session, never reused.
  public var id: Int64
  /// When the interview started.
  public var started: Date
  /// When the session was last written (entry, progress or status).
  public var updated: Date
  /// Where the session stands.
  public var status: SessionStatus
  /// The company interviewed for.
  public var company: String
  /// The position interviewed for.
  public var position: String
  /// The id of the deck the questions came from.
  public var deckID: String
  /// The deck's title when the session started.
  public var deckTitle: String
  /// The role the questions were drawn for (a deck role such as "data"), if one was chosen.
  public var role: String?
  /// `typed` or `spoken`.
  public var mode: String
  /// The segments rehearsed, in order.
  public var segments: [String]
  /// The seed that ordered the questions.
  public var seed: UInt64
  /// The salary range the candidate aims for, if given.
  public var salaryRange: String?
  /// The candidate's walk-away figure, if given.
  public var walkAway: String?
  /// The entries that count as answers (`RecordedEntry.countsAsAnswer`), as the store counted.
  public var answers: Int
  /// Of those answers, the ones whose answer time ran past their target.
  public var overTarget: Int
  /// Interview time so far, as last saved with `saveProgress`.
  public var interviewMilliseconds: Int
  /// A mock interview or a drill.
  public var kind: SessionKind
  /// The interviewers the candidate named in the setup form, comma-separated, if any: the
  /// follow-up letter greets them, and the next form is prefilled with them.
  public var interviewers: String?

  /// Creates a summary; the store makes these, tests and previews may too.
  public init(
    id: Int64, started: Date, updated: Date, status: SessionStatus, company: String,
    position: String, deckID: String, deckTitle: String, role: String?, mode: String,
    segments: [String], seed: UInt64, salaryRange: String?, walkAway: String?, answers: Int,
    overTarget: Int = 0, interviewMilliseconds: Int, kind: SessionKind = .interview,
    interviewers: String? = nil
  ) {
    self.interviewers = interviewers
    self.kind = kind
    self.id = id
    self.started = started
    self.updated = updated
    self.status = status
    self.company = company
    self.position = position
    self.deckID = deckID
    self.deckTitle = deckTitle
    self.role = role
    self.mode = mode
    self.segments = segments
    self.seed = seed
    self.salaryRange = salaryRange
    self.walkAway = walkAway
    self.answers = answers
    self.overTarget = overTarget
    self.interviewMilliseconds = interviewMilliseconds
  }
}

/// One question and its answer as stored: what the interview recorded, when, and what the
/// candidate said about it afterwards.
///
/// The recorded fields are declared once, on `TranscriptEntry`, and read through this type by
/// name (`entry.answer`, `entry.segment`); the store's columns and the JSON format are written
/// from them. A new field is a new property there plus its column and its JSON key.
@dynamicMemberLookup
public struct Entry: Equatable, Sendable, TimedAgainstTarget, RecordedEntry {
  /// What the interview recorded: every field but the two the store adds.
  public var recording: TranscriptEntry
  /// When the entry was recorded; kept to the millisecond.
  public var recorded: Date
  /// What the candidate said about the answer afterwards, in review.
  public var annotation: Annotation

  /// The stored form of `recording`, recorded at `recorded`.
  public init(
    _ recording: TranscriptEntry, recorded: Date, annotation: Annotation = Annotation()
  ) {
    self.recording = recording
    self.recorded = recorded
    self.annotation = annotation
  }

  /// A recorded field, by name.
  public subscript<Value>(dynamicMember field: WritableKeyPath<TranscriptEntry, Value>) -> Value {
    get { recording[keyPath: field] }
    set { recording[keyPath: field] = newValue }
  }

  // Protocol requirements are not met through dynamic members, so these four are spelled out.

  /// What the entry records.
  public var kind: EntryKind {
    get { recording.kind }
    set { recording.kind = newValue }
  }
  /// Whether the question was skipped.
  public var skipped: Bool {
    get { recording.skipped }
    set { recording.skipped = newValue }
  }
  /// Time spent answering.
  public var answerMilliseconds: Int? {
    get { recording.answerMilliseconds }
    set { recording.answerMilliseconds = newValue }
  }
  /// The target answer time the deck set.
  public var targetMilliseconds: Int? {
    get { recording.targetMilliseconds }
    set { recording.targetMilliseconds = newValue }
  }
}

/// The candidate's own verdict on one answer, made while reviewing it.
public struct Annotation: Codable, Equatable, Hashable, Sendable {
  /// The ratings allowed, worst to best.
  public static let ratings = 1...5

  /// A self-rating from 1 (poor) to 5 (strong), or nil when not rated.
  public var rating: Int?
  /// Free text; empty when there is no note.
  public var note: String
  /// Marked to be practised again (the drill decks pick these up).
  public var practiseAgain: Bool

  /// An annotation; the default says nothing.
  public init(rating: Int? = nil, note: String = "", practiseAgain: Bool = false) {
    self.rating = rating
    self.note = note
    self.practiseAgain = practiseAgain
  }

  /// Whether nothing has been said: no rating, no note, no mark.
  public var isEmpty: Bool { rating == nil && note.isEmpty && !practiseAgain }
}
