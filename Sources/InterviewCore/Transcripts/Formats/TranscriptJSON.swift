import Foundation

/// One session as JSON: an element of `transcripts list --json`, and the head of a transcript.
///
/// The keys are a public contract (scripts and tests decode them): add keys, never rename.
public struct SessionJSON: Encodable, Equatable, Sendable {
  /// The session's id.
  public var id: Int64
  /// When it started, ISO 8601 in UTC.
  public var started: String
  /// When it was last written, ISO 8601 in UTC.
  public var updated: String
  /// `finished` or `interrupted`.
  public var status: String
  /// The company interviewed for.
  public var company: String
  /// The position interviewed for.
  public var position: String
  /// The deck's id.
  public var deck: String
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
  /// The salary range aimed for, if given.
  public var salaryRange: String?
  /// The walk-away figure, if given.
  public var walkAway: String?
  /// Answers given (not skipped).
  public var answers: Int
  /// Of those, the ones over their target time.
  public var overTarget: Int
  /// Interview time, in milliseconds.
  public var interviewMs: Int
  /// `interview` or `drill`; a drill's company and position are empty.
  public var kind: String
  /// The interviewers named in the setup form, one string each; absent when none were.
  public var interviewers: [String]?

  enum CodingKeys: String, CodingKey {
    case id, started, updated, status, company, position, deck, role, mode, segments, seed
    case answers, kind, interviewers
    case deckTitle = "deck_title"
    case salaryRange = "salary_range"
    case walkAway = "walk_away"
    case overTarget = "over_target"
    case interviewMs = "interview_ms"
  }

  /// The JSON form of `summary`.
  public init(_ summary: SessionSummary) {
    id = summary.id
    started = TranscriptFormat.iso8601(summary.started)
    updated = TranscriptFormat.iso8601(summary.updated)
    status = TranscriptFormat.status(summary.status)
    company = summary.company
    position = summary.position
    deck = summary.deckID
    deckTitle = summary.deckTitle
    role = summary.role
    mode = summary.mode
    segments = summary.segments
    seed = summary.seed
    salaryRange = summary.salaryRange
    walkAway = summary.walkAway
    answers = summary.answers
    overTarget = summary.overTarget
    interviewMs = summary.interviewMilliseconds
    kind = summary.kind.rawValue
    interviewers = summary.interviewers.map(Interviewers.names(in:))
  }
}

/// A whole session with its entries: `transcripts show --format json` and `export`.
public struct TranscriptJSON: Encodable, Equatable, Sendable {
  /// One entry with every recorded field, its annotation flattened beside them.
  ///
  /// Written straight from the entry, so it declares no fields of its own to fall out of step:
  /// a field of `TranscriptEntry` or `Entry` is a key here (`EntryFieldTests` checks).
  public struct EntryJSON: Encodable, Equatable, Sendable {
    /// The entry written.
    public var entry: Entry

    enum CodingKeys: String, CodingKey {
      case sequence, kind, segment, question, answer, parent, skipped, recorded, rating, note
      case feedback, probe, spoken
      case questionID = "question_id"
      case thinkingMs = "thinking_ms"
      case answerMs = "answer_ms"
      case targetMs = "target_ms"
      case overTarget = "over_target"
      case spokenNotes = "spoken_notes"
      case practiseAgain = "practise_again"
    }

    /// The JSON form of `entry`.
    public init(_ entry: Entry) {
      self.entry = entry
    }

    /// Every field, an optional one as `null` when it has no value (`rating` when the answer
    /// was not rated, `feedback` when it was not analysed), so every entry has the same keys
    /// and a script need not tell a missing key from an empty one. Times are in milliseconds,
    /// `recorded` is ISO 8601 in UTC, `over_target` is worked out from the times.
    public func encode(to encoder: any Encoder) throws {
      let recording = entry.recording
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(recording.sequence, forKey: .sequence)
      try container.encode(recording.kind.rawValue, forKey: .kind)
      try container.encode(recording.segment?.rawValue, forKey: .segment)
      try container.encode(recording.questionID, forKey: .questionID)
      try container.encode(recording.question, forKey: .question)
      try container.encode(recording.answer, forKey: .answer)
      try container.encode(recording.thinkingMilliseconds, forKey: .thinkingMs)
      try container.encode(recording.answerMilliseconds, forKey: .answerMs)
      try container.encode(recording.targetMilliseconds, forKey: .targetMs)
      try container.encode(entry.isOverTarget, forKey: .overTarget)
      try container.encode(recording.parentSequence, forKey: .parent)
      try container.encode(recording.skipped, forKey: .skipped)
      try container.encode(recording.spokenNotes, forKey: .spokenNotes)
      try container.encode(recording.feedback, forKey: .feedback)
      try container.encode(recording.probe?.rawValue, forKey: .probe)
      try container.encode(recording.spoken, forKey: .spoken)
      try container.encode(TranscriptFormat.iso8601(entry.recorded), forKey: .recorded)
      try container.encode(entry.annotation.rating, forKey: .rating)
      try container.encode(entry.annotation.note, forKey: .note)
      try container.encode(entry.annotation.practiseAgain, forKey: .practiseAgain)
    }
  }

  /// The session's fields, encoded at the top level.
  public var session: SessionJSON
  /// Its entries in order.
  public var entries: [EntryJSON]
  /// The job description given for the session, if any.
  public var jobDescription: String?
  /// The follow-up letter as the candidate edited and saved it, if they did.
  public var letter: String?

  /// The JSON form of `transcript`.
  public init(_ transcript: Transcript) {
    session = SessionJSON(transcript.summary)
    entries = transcript.entries.map(EntryJSON.init)
    jobDescription = transcript.jobDescription
    letter = transcript.letter
  }

  /// Encodes the session's fields beside `entries` and `job_description`, in one object.
  public func encode(to encoder: any Encoder) throws {
    try session.encode(to: encoder)
    var container = encoder.container(keyedBy: TranscriptKey.self)
    try container.encode(entries, forKey: .entries)
    try container.encodeIfPresent(jobDescription, forKey: .jobDescription)
    try container.encodeIfPresent(letter, forKey: .letter)
  }

  private enum TranscriptKey: String, CodingKey {
    case entries, letter
    case jobDescription = "job_description"
  }
}

/// One hit of `transcripts search --json`.
public struct SearchHitJSON: Encodable, Equatable, Sendable {
  /// A stretch of the snippet.
  public struct Part: Encodable, Equatable, Sendable {
    /// The text.
    public var text: String
    /// Whether the query matched it.
    public var match: Bool
  }

  /// The session's id.
  public var sessionID: Int64
  /// The entry's sequence in it.
  public var sequence: Int
  /// When the session started, ISO 8601 in UTC.
  public var started: String
  /// The session's company.
  public var company: String
  /// The session's position.
  public var position: String
  /// The entry's kind.
  public var kind: String
  /// The question the entry answers.
  public var question: String
  /// `answer`, `note`, `question`, `company` or `position`: where the match is.
  public var field: String
  /// The snippet as plain text.
  public var snippet: String
  /// The snippet in parts, matches marked.
  public var parts: [Part]

  enum CodingKeys: String, CodingKey {
    case sequence, started, company, position, kind, question, field, snippet, parts
    case sessionID = "session_id"
  }

  /// The JSON form of `hit`.
  public init(_ hit: SearchHit) {
    sessionID = hit.sessionID
    sequence = hit.sequence
    started = TranscriptFormat.iso8601(hit.started)
    company = hit.company
    position = hit.position
    kind = hit.kind.rawValue
    question = hit.question
    field = hit.field.rawValue
    snippet = hit.snippet.map(\.text).joined()
    parts = hit.snippet.map { Part(text: $0.text, match: $0.isMatch) }
  }
}

/// `transcripts stats --json`: the store's figures and the trend, times in milliseconds.
public struct StatsJSON: Encodable, Equatable, Sendable {
  /// One segment's figures.
  public struct Segment: Encodable, Equatable, Sendable {
    /// The segment's raw value.
    public var segment: String
    /// Its title.
    public var title: String
    /// Answers given.
    public var answers: Int
    /// Mean thinking time.
    public var meanThinkingMs: Int
    /// Mean answer time.
    public var meanAnswerMs: Int
    /// Answers over target.
    public var overTarget: Int

    enum CodingKeys: String, CodingKey {
      case segment, title, answers
      case meanThinkingMs = "mean_thinking_ms"
      case meanAnswerMs = "mean_answer_ms"
      case overTarget = "over_target"
    }
  }

  /// One week's figures.
  public struct Week: Encodable, Equatable, Sendable {
    /// Monday 00:00 UTC, ISO 8601.
    public var start: String
    /// Sessions started that week.
    public var sessions: Int
    /// Answers given in them.
    public var answers: Int
  }

  /// Sessions stored.
  public var sessions: Int
  /// Of those, finished.
  public var finished: Int
  /// Answers given across all sessions.
  public var answers: Int
  /// Of those, over target.
  public var overTarget: Int
  /// `overTarget / answers`, 0 when there are no answers.
  public var overTargetShare: Double
  /// Per segment, in interview order.
  public var segments: [Segment]
  /// Per week with sessions, oldest first.
  public var weeks: [Week]
  /// The trend across the latest sessions, absent with fewer than two.
  public var trend: TranscriptTrend?
  /// The feedback across the latest sessions with analysed answers, absent when none has.
  public var feedbackTrend: FeedbackTrend?

  enum CodingKeys: String, CodingKey {
    case sessions, finished, answers, segments, weeks, trend
    case feedbackTrend = "feedback_trend"
    case overTarget = "over_target"
    case overTargetShare = "over_target_share"
  }

  /// The JSON form of `stats`, with the trend of its recent sessions.
  public init(_ stats: TranscriptStats) {
    sessions = stats.sessions
    finished = stats.finished
    answers = stats.answers
    overTarget = stats.overTarget
    overTargetShare = stats.answers == 0 ? 0 : Double(stats.overTarget) / Double(stats.answers)
    segments = stats.segments.map {
      Segment(
        segment: $0.segment, title: TranscriptFormat.segmentTitle($0.segment),
        answers: $0.answers, meanThinkingMs: $0.meanThinkingMilliseconds,
        meanAnswerMs: $0.meanAnswerMilliseconds, overTarget: $0.overTarget)
    }
    weeks = stats.weeks.map {
      Week(
        start: TranscriptFormat.iso8601($0.start), sessions: $0.sessions, answers: $0.answers)
    }
    trend = TranscriptTrend(recent: stats.recent)
    feedbackTrend = FeedbackTrend(recent: stats.recent)
  }
}

/// The one way transcripts are written as JSON: pretty, keys sorted, slashes left alone.
public enum JSONText {
  /// `value` as JSON text, without a final newline.
  public static func string(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let text = String(decoding: try encoder.encode(value), as: UTF8.self)
    // Foundation pretty-prints an empty array as "[\n\n]".
    return text.allSatisfy { "[] \n".contains($0) } && text.hasPrefix("[") ? "[]" : text
  }
}
