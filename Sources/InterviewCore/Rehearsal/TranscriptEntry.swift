/// One recorded moment of an interview: an answer, a follow-up, a question the candidate asked,
/// or a line of reflection.
public struct TranscriptEntry: Codable, Equatable, Sendable, TimedAgainstTarget, RecordedEntry {
  /// What kind of entry this is.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case answer
    case followUp = "follow-up"
    case candidateQuestion = "candidate-question"
    case reflection
  }

  /// 1-based position in the session.
  public var sequence: Int
  /// What kind of entry this is.
  public var kind: Kind
  /// The segment it belongs to; nil for reflection.
  public var segment: SegmentKind?
  /// The deck's question id, for answers (a follow-up carries its question's id).
  public var questionID: String?
  /// The question as it was put, or the reflection prompt.
  public var question: String
  /// What the candidate typed: the answer, their question, or brief notes when speaking.
  public var answer: String
  /// From the question appearing to the first keystroke (or to starting to speak).
  public var thinkingMilliseconds: Int?
  /// From then to submitting.
  public var answerMilliseconds: Int?
  /// The answer time aimed for.
  public var targetMilliseconds: Int?
  /// For a follow-up, the sequence of the answer it follows.
  public var parentSequence: Int?
  /// Whether the candidate skipped it (any text typed so far is kept).
  public var skipped: Bool
  /// Whether `answer` holds notes typed while answering aloud.
  public var spokenNotes: Bool
  /// What a coach says about the answer, computed when it was submitted; nil for reflections,
  /// skipped entries and snapshots from before feedback.
  public var feedback: AnswerFeedback?
  /// For a follow-up, why it was asked: what the answer lacked, or `deck`.
  public var probe: ProbeKind?
  /// For an answer spoken and recorded: the audio, its transcription status and timed words.
  public var spoken: SpokenAnswer?

  /// An entry from its parts.
  public init(
    sequence: Int, kind: Kind, segment: SegmentKind?, questionID: String?, question: String,
    answer: String, thinkingMilliseconds: Int? = nil, answerMilliseconds: Int? = nil,
    targetMilliseconds: Int? = nil, parentSequence: Int? = nil, skipped: Bool = false,
    spokenNotes: Bool = false, feedback: AnswerFeedback? = nil, probe: ProbeKind? = nil,
    spoken: SpokenAnswer? = nil
  ) {
    self.spoken = spoken
    self.feedback = feedback
    self.probe = probe
    self.sequence = sequence
    self.kind = kind
    self.segment = segment
    self.questionID = questionID
    self.question = question
    self.answer = answer
    self.thinkingMilliseconds = thinkingMilliseconds
    self.answerMilliseconds = answerMilliseconds
    self.targetMilliseconds = targetMilliseconds
    self.parentSequence = parentSequence
    self.skipped = skipped
    self.spokenNotes = spokenNotes
  }

}

/// An entry as the interview recorded it or the store keeps it: both count answers by one rule.
public protocol RecordedEntry {
  /// What the entry records.
  var kind: TranscriptEntry.Kind { get }
  /// Whether the question was skipped.
  var skipped: Bool { get }
}

extension RecordedEntry {
  /// Whether the entry is a timed answer to an interviewer's question (not the candidate's own
  /// question, not a reflection): the entries that ratings, history and stats are about.
  public var isAnswer: Bool { kind == .answer || kind == .followUp }

  /// Whether the entry counts as an answer wherever answers are counted: the list, the summary,
  /// the exports and stats. An interviewer's question that was not skipped; an answer ended
  /// early with text in it is an answer. The store's queries count by the same rule.
  public var countsAsAnswer: Bool { isAnswer && !skipped }
}

/// Anything with an answer time and a target: the interview's entries and the stored ones
/// share one rule for "over target".
public protocol TimedAgainstTarget {
  /// Time spent answering, if the answer was timed.
  var answerMilliseconds: Int? { get }
  /// The answer time aimed for, if there was one.
  var targetMilliseconds: Int? { get }
}

extension TimedAgainstTarget {
  /// Whether the answer ran past its target (without both times it never does).
  public var isOverTarget: Bool {
    guard let answerMilliseconds, let targetMilliseconds else { return false }
    return answerMilliseconds > targetMilliseconds
  }
}
