import Foundation

/// A stored session with its entries: what the transcript view, `show` and `export` read.
public struct Transcript: Equatable, Sendable {
  /// The session's heading fields.
  public var summary: SessionSummary
  /// Its entries in sequence order.
  public var entries: [Entry]
  /// The job description the candidate gave for the session, if any. Kept here rather than on
  /// the summary so that listing thousands of sessions does not read pages of postings.
  public var jobDescription: String?
  /// The follow-up letter as the candidate last edited and saved it; nil until then (the
  /// letter shown is then a draft, `FollowUpLetter.text(for:)`).
  public var letter: String?

  /// A transcript from its parts.
  public init(
    summary: SessionSummary, entries: [Entry], jobDescription: String? = nil,
    letter: String? = nil
  ) {
    self.letter = letter
    self.summary = summary
    self.entries = entries
    self.jobDescription = jobDescription
  }
}

/// Where one entry lives: a session and a sequence within it.
public struct EntryReference: Hashable, Codable, Sendable {
  /// The session's id.
  public var sessionID: Int64
  /// The entry's sequence within the session.
  public var sequence: Int

  /// A reference to entry `sequence` of session `sessionID`.
  public init(sessionID: Int64, sequence: Int) {
    self.sessionID = sessionID
    self.sequence = sequence
  }
}

/// Which question a history is about: the deck's id for a deck question's first answer, else
/// the words asked. A follow-up carries its question's deck id but asks something else, so
/// follow-ups (and questions without an id) gather their attempts by text.
public enum QuestionKey: Hashable, Sendable {
  /// Answers (kind `answer`) to the deck question with this id, whatever its placeholders
  /// became.
  case deckQuestion(String)
  /// Answers and follow-up answers to a question asked in exactly these words.
  case text(String)

  /// The key for `entry`'s question.
  public init(_ entry: Entry) {
    if entry.kind == .answer, let id = entry.questionID, !id.isEmpty {
      self = .deckQuestion(id)
    } else {
      self = .text(entry.question)
    }
  }
}

/// One attempt at a question, from any session: the rows of the history view.
public struct QuestionAttempt: Equatable, Sendable {
  /// The session the attempt belongs to.
  public var sessionID: Int64
  /// When that session started.
  public var started: Date
  /// The company of that session.
  public var company: String
  /// The position of that session.
  public var position: String
  /// The attempt itself, with its times and annotation.
  public var entry: Entry
  /// Whether the attempt was made in a mock interview or a drill.
  public var sessionKind: SessionKind
  /// The title of the deck the session drew from.
  public var deckTitle: String

  /// An attempt from its parts.
  public init(
    sessionID: Int64, started: Date, company: String, position: String, entry: Entry,
    sessionKind: SessionKind = .interview, deckTitle: String = ""
  ) {
    self.sessionKind = sessionKind
    self.deckTitle = deckTitle
    self.sessionID = sessionID
    self.started = started
    self.company = company
    self.position = position
    self.entry = entry
  }

  /// "Acme — Analyst" for an interview, "Drill · Second interview" for a drill.
  public var sessionTitle: String {
    TranscriptFormat.title(
      kind: sessionKind, company: company, position: position, deckTitle: deckTitle)
  }

  /// Where the attempt is stored.
  public var reference: EntryReference {
    EntryReference(sessionID: sessionID, sequence: entry.sequence)
  }
}

/// A stretch of a search snippet: plain text, or a stretch the query matched.
public struct SnippetPart: Equatable, Sendable {
  /// The text.
  public var text: String
  /// Whether the query matched this text.
  public var isMatch: Bool

  /// A part of a snippet.
  public init(_ text: String, isMatch: Bool) {
    self.text = text
    self.isMatch = isMatch
  }
}

/// One entry found by search: in its answer or note, or in its question, company or position.
public struct SearchHit: Equatable, Sendable {
  /// Which text matched.
  public enum Field: String, Sendable, Codable {
    /// The answer (or the candidate's question, or the reflection).
    case answer
    /// The review note.
    case note
    /// The question asked (all the query's words are in it, or in the session's company and
    /// position).
    case question
    /// The session's company: the snippet is the company, the hit the session's first entry.
    case company
    /// The session's position: the snippet is the position, the hit the session's first entry.
    case position
  }

  /// The session the entry belongs to.
  public var sessionID: Int64
  /// When that session started.
  public var started: Date
  /// The company of that session.
  public var company: String
  /// The position of that session.
  public var position: String
  /// The entry's sequence in the session.
  public var sequence: Int
  /// The entry's kind.
  public var kind: EntryKind
  /// The question the entry answers (or the reflection prompt).
  public var question: String
  /// Which text the snippet comes from.
  public var field: Field
  /// A short passage around the match, matches marked, on one line.
  public var snippet: [SnippetPart]
  /// Whether the entry was given in a mock interview or a drill.
  public var sessionKind: SessionKind
  /// The title of the deck the session drew from.
  public var deckTitle: String

  /// A search hit from its parts.
  public init(
    sessionID: Int64, started: Date, company: String, position: String, sequence: Int,
    kind: EntryKind, question: String, field: Field, snippet: [SnippetPart],
    sessionKind: SessionKind = .interview, deckTitle: String = ""
  ) {
    self.sessionKind = sessionKind
    self.deckTitle = deckTitle
    self.sessionID = sessionID
    self.started = started
    self.company = company
    self.position = position
    self.sequence = sequence
    self.kind = kind
    self.question = question
    self.field = field
    self.snippet = snippet
  }

  /// Where the entry is stored.
  public var reference: EntryReference { EntryReference(sessionID: sessionID, sequence: sequence) }
}

/// Figures over every stored session: what `transcripts stats` prints.
public struct TranscriptStats: Equatable, Sendable {
  /// Figures for one segment kind.
  public struct Segment: Equatable, Sendable {
    /// The segment (`SegmentKind` raw value).
    public var segment: String
    /// Answers given (not skipped).
    public var answers: Int
    /// Mean thinking time over those answers, in milliseconds.
    public var meanThinkingMilliseconds: Int
    /// Mean answer time over those answers, in milliseconds.
    public var meanAnswerMilliseconds: Int
    /// Answers whose answer time ran past the target.
    public var overTarget: Int

    /// Figures for one segment.
    public init(
      segment: String, answers: Int, meanThinkingMilliseconds: Int, meanAnswerMilliseconds: Int,
      overTarget: Int
    ) {
      self.segment = segment
      self.answers = answers
      self.meanThinkingMilliseconds = meanThinkingMilliseconds
      self.meanAnswerMilliseconds = meanAnswerMilliseconds
      self.overTarget = overTarget
    }
  }

  /// Sessions and answers in one calendar week (weeks start on Monday, UTC).
  public struct Week: Equatable, Sendable {
    /// Monday 00:00 UTC of the week.
    public var start: Date
    /// Sessions started that week.
    public var sessions: Int
    /// Answers given in those sessions.
    public var answers: Int

    /// Figures for one week.
    public init(start: Date, sessions: Int, answers: Int) {
      self.start = start
      self.sessions = sessions
      self.answers = answers
    }
  }

  /// What the coaching feedback of one session's answers adds up to, for the feedback trend.
  public struct Feedback: Equatable, Sendable {
    /// Answers and follow-ups (not skipped) that have feedback.
    public var answers: Int
    /// Words in those answers.
    public var words: Int
    /// Fillers in those answers.
    public var fillers: Int
    /// Behavioural answers (first answers, not follow-ups) that have feedback: what the shares
    /// below are out of.
    public var behavioural: Int
    /// Of those, the ones that set out the context.
    public var context: Int
    /// Of those, the ones that told the candidate's actions.
    public var action: Int
    /// Of those, the ones that stated the result.
    public var result: Int
    /// Of those, the ones that put a number on something.
    public var quantified: Int

    /// Feedback figures; all zero by default (a session with no analysed answers).
    public init(
      answers: Int = 0, words: Int = 0, fillers: Int = 0, behavioural: Int = 0,
      context: Int = 0, action: Int = 0, result: Int = 0, quantified: Int = 0
    ) {
      self.answers = answers
      self.words = words
      self.fillers = fillers
      self.behavioural = behavioural
      self.context = context
      self.action = action
      self.result = result
      self.quantified = quantified
    }
  }

  /// One of the latest sessions, for the trend.
  public struct Recent: Equatable, Sendable {
    /// The session's id.
    public var sessionID: Int64
    /// When it started.
    public var started: Date
    /// Answers given (not skipped).
    public var answers: Int
    /// Of those, the answers that were timed (not read from a pipe); the times below are over
    /// these only.
    public var timedAnswers: Int
    /// Mean thinking time over the timed answers, in milliseconds.
    public var meanThinkingMilliseconds: Int
    /// Mean answer time over the timed answers, in milliseconds.
    public var meanAnswerMilliseconds: Int
    /// Answers over target.
    public var overTarget: Int
    /// What the feedback on its answers adds up to; zero when none was analysed.
    public var feedback: Feedback

    /// Figures for one session; `timedAnswers` defaults to every answer.
    public init(
      sessionID: Int64, started: Date, answers: Int, timedAnswers: Int? = nil,
      meanThinkingMilliseconds: Int, meanAnswerMilliseconds: Int, overTarget: Int,
      feedback: Feedback = Feedback()
    ) {
      self.timedAnswers = timedAnswers ?? answers
      self.feedback = feedback
      self.sessionID = sessionID
      self.started = started
      self.answers = answers
      self.meanThinkingMilliseconds = meanThinkingMilliseconds
      self.meanAnswerMilliseconds = meanAnswerMilliseconds
      self.overTarget = overTarget
    }
  }

  /// Sessions stored.
  public var sessions: Int
  /// Of those, the finished ones.
  public var finished: Int
  /// Answers given (not skipped) across all sessions.
  public var answers: Int
  /// Of those, answers over target.
  public var overTarget: Int
  /// Per segment, in interview order.
  public var segments: [Segment]
  /// Per week with at least one session, oldest first.
  public var weeks: [Week]
  /// The latest sessions with answers, oldest first, for the trend.
  public var recent: [Recent]

  /// Stats from their parts.
  public init(
    sessions: Int, finished: Int, answers: Int, overTarget: Int, segments: [Segment],
    weeks: [Week], recent: [Recent]
  ) {
    self.sessions = sessions
    self.finished = finished
    self.answers = answers
    self.overTarget = overTarget
    self.segments = segments
    self.weeks = weeks
    self.recent = recent
  }
}
