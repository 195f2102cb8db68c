/// The seven yes-or-no judgements a coach makes of an answer.
///
/// The JSON keys are a public contract: `context`, `action`, `result`, `quantified`,
/// `filler_heavy`, `team_only`, `names_figure`, always all seven, always booleans.
public struct FeedbackVerdicts: Codable, Equatable, Hashable, Sendable {
  /// The answer sets out the situation or the task.
  public var context: Bool
  /// Concrete steps that were taken, in the past tense, by the speaker or the team.
  public var action: Bool
  /// The outcome is stated.
  public var result: Bool
  /// At least one number measures something.
  public var quantified: Bool
  /// Three or more fillers per hundred words.
  public var fillerHeavy: Bool
  /// "We" did things; the speaker never did one of their own.
  public var teamOnly: Bool
  /// A salary answer states the amount or range the candidate wants.
  public var namesFigure: Bool

  enum CodingKeys: String, CodingKey {
    case context, action, result, quantified
    case fillerHeavy = "filler_heavy"
    case teamOnly = "team_only"
    case namesFigure = "names_figure"
  }

  /// The verdicts' JSON keys, in the order they are listed.
  public static let keys = [
    "context", "action", "result", "quantified", "filler_heavy", "team_only", "names_figure",
  ]

  /// Verdicts from their values; all false by default.
  public init(
    context: Bool = false, action: Bool = false, result: Bool = false, quantified: Bool = false,
    fillerHeavy: Bool = false, teamOnly: Bool = false, namesFigure: Bool = false
  ) {
    self.context = context
    self.action = action
    self.result = result
    self.quantified = quantified
    self.fillerHeavy = fillerHeavy
    self.teamOnly = teamOnly
    self.namesFigure = namesFigure
  }

  /// The verdict under its JSON key, or nil for a key that is not one.
  public subscript(key: String) -> Bool? {
    switch key {
    case "context": return context
    case "action": return action
    case "result": return result
    case "quantified": return quantified
    case "filler_heavy": return fillerHeavy
    case "team_only": return teamOnly
    case "names_figure": return namesFigure
    default: return nil
    }
  }
}

/// A stretch of the answer the feedback points at: a filler, a hedge.
public struct TextSpan: Codable, Equatable, Hashable, Sendable {
  /// The words as written.
  public var text: String
  /// First Unicode scalar (code point) of the stretch.
  public var start: Int
  /// One past its last scalar.
  public var end: Int

  /// A span of `text` from `start` to `end`.
  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }
}

/// One short piece of coaching: something the answer did well, or something it lacked.
public struct FeedbackNote: Codable, Equatable, Hashable, Sendable {
  /// Whether the note praises or asks for more.
  public enum Kind: String, Codable, Sendable {
    /// Something the answer did well.
    case strength
    /// Something the answer lacked.
    case gap
  }

  /// Praise or a gap.
  public var kind: Kind
  /// A stable name for what the note is about ("no-result", "fillers"), for scripts.
  public var code: String
  /// The note as the user reads it, one line.
  public var text: String

  /// A note.
  public init(kind: Kind, code: String, text: String) {
    self.kind = kind
    self.code = code
    self.text = text
  }
}

/// How long a typed answer would take to say, against its target.
public struct SpeakingEstimate: Codable, Equatable, Hashable, Sendable {
  /// Where the estimate falls against the target.
  public enum Verdict: String, Codable, Sendable {
    /// Under a third of the target.
    case tooShort = "too-short"
    /// Between a third of the target and the target.
    case onTarget = "on-target"
    /// Past the target.
    case tooLong = "too-long"
  }

  /// Seconds the answer takes at 150 words a minute.
  public var seconds: Int
  /// The target, in seconds.
  public var targetSeconds: Int
  /// Too short, on target or too long.
  public var verdict: Verdict

  enum CodingKeys: String, CodingKey {
    case seconds, verdict
    case targetSeconds = "target_seconds"
  }

  /// An estimate.
  public init(seconds: Int, targetSeconds: Int, verdict: Verdict) {
    self.seconds = seconds
    self.targetSeconds = targetSeconds
    self.verdict = verdict
  }
}

/// One word of a spoken answer with when it was said, from the transcriber.
public struct WordTiming: Codable, Equatable, Hashable, Sendable {
  /// The word as transcribed.
  public var word: String
  /// When the word starts, in milliseconds from the start of the answer.
  public var startMilliseconds: Int
  /// When it ends.
  public var endMilliseconds: Int

  enum CodingKeys: String, CodingKey {
    case word
    case startMilliseconds = "start_ms"
    case endMilliseconds = "end_ms"
  }

  /// A timed word.
  public init(word: String, startMilliseconds: Int, endMilliseconds: Int) {
    self.word = word
    self.startMilliseconds = startMilliseconds
    self.endMilliseconds = endMilliseconds
  }
}

/// How a spoken answer was delivered, from its word times.
public struct SpokenDelivery: Codable, Equatable, Hashable, Sendable {
  /// Words per minute over the time spent voicing them: first word to last, less the long
  /// pauses, so a pace is not made slow by one long silence.
  public var wordsPerMinute: Int
  /// Silences of more than two seconds between words, in milliseconds.
  public var longPauses: [Int]
  /// The longest silence between two words, in milliseconds.
  public var longestPauseMilliseconds: Int
  /// First word to last, in milliseconds.
  public var speakingMilliseconds: Int
  /// Words that were fillers ("um", "uh", "basically"), as the feedback lexicon names them.
  public var fillers: Int

  enum CodingKeys: String, CodingKey {
    case wordsPerMinute = "words_per_minute"
    case longPauses = "long_pauses_ms"
    case longestPauseMilliseconds = "longest_pause_ms"
    case speakingMilliseconds = "speaking_ms"
    case fillers
  }

  /// A delivery summary.
  public init(
    wordsPerMinute: Int, longPauses: [Int], longestPauseMilliseconds: Int,
    speakingMilliseconds: Int, fillers: Int = 0
  ) {
    self.wordsPerMinute = wordsPerMinute
    self.longPauses = longPauses
    self.longestPauseMilliseconds = longestPauseMilliseconds
    self.speakingMilliseconds = speakingMilliseconds
    self.fillers = fillers
  }

  /// Reads a stored summary; one saved before fillers were counted reads as none.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    wordsPerMinute = try container.decode(Int.self, forKey: .wordsPerMinute)
    longPauses = try container.decode([Int].self, forKey: .longPauses)
    longestPauseMilliseconds = try container.decode(Int.self, forKey: .longestPauseMilliseconds)
    speakingMilliseconds = try container.decode(Int.self, forKey: .speakingMilliseconds)
    fillers = try container.decodeIfPresent(Int.self, forKey: .fillers) ?? 0
  }
}

/// One question the candidate put to the panel, judged.
public struct CandidateQuestionFeedback: Codable, Equatable, Hashable, Sendable {
  /// The question as asked.
  public var text: String
  /// Whether it invites more than yes or no.
  public var isOpen: Bool
  /// Which of the seeds' topics it covers: company, position, team, hiring process,
  /// compensation, development.
  public var topics: [String]

  enum CodingKeys: String, CodingKey {
    case text, topics
    case isOpen = "open"
  }

  /// A judged question.
  public init(text: String, isOpen: Bool, topics: [String]) {
    self.text = text
    self.isOpen = isOpen
    self.topics = topics
  }
}

/// Which of the job description's key terms an answer used.
public struct JobTermUse: Codable, Equatable, Hashable, Sendable {
  /// Terms the answer used.
  public var used: [String]
  /// Terms it did not.
  public var missing: [String]

  /// Terms used and missing.
  public init(used: [String] = [], missing: [String] = []) {
    self.used = used
    self.missing = missing
  }
}

/// What a coach would say about one answer: counts, verdicts, highlights and notes.
public struct AnswerFeedback: Codable, Equatable, Hashable, Sendable {
  /// The lexicon edition that made it; older feedback can be made again.
  public var version: Int
  /// Words in the answer.
  public var words: Int
  /// The seven verdicts.
  public var verdicts: FeedbackVerdicts
  /// Every filler, where it is.
  public var fillers: [TextSpan]
  /// Fillers per hundred words.
  public var fillersPer100Words: Double
  /// Every hedge, where it is.
  public var hedges: [TextSpan]
  /// For a typed answer with a target: how long it would take to say.
  public var speaking: SpeakingEstimate?
  /// For a spoken answer with word times: pace and pauses.
  public var delivery: SpokenDelivery?
  /// For the candidate's own questions: each question, open or not, and its topics.
  public var questions: [CandidateQuestionFeedback]?
  /// The deck's tips the answer touched (shared content words).
  public var tipsTouched: [String]
  /// The job description's terms the answer used and missed.
  public var jobTerms: JobTermUse
  /// The coaching, the most useful note first.
  public var notes: [FeedbackNote]

  enum CodingKeys: String, CodingKey {
    case version, words, verdicts, fillers, hedges, speaking, delivery, questions, notes
    case fillersPer100Words = "fillers_per_100_words"
    case tipsTouched = "tips_touched"
    case jobTerms = "job_terms"
  }

  /// Feedback from its parts.
  public init(
    version: Int, words: Int, verdicts: FeedbackVerdicts, fillers: [TextSpan],
    fillersPer100Words: Double, hedges: [TextSpan], speaking: SpeakingEstimate?,
    delivery: SpokenDelivery?, questions: [CandidateQuestionFeedback]?, tipsTouched: [String],
    jobTerms: JobTermUse, notes: [FeedbackNote]
  ) {
    self.version = version
    self.words = words
    self.verdicts = verdicts
    self.fillers = fillers
    self.fillersPer100Words = fillersPer100Words
    self.hedges = hedges
    self.speaking = speaking
    self.delivery = delivery
    self.questions = questions
    self.tipsTouched = tipsTouched
    self.jobTerms = jobTerms
    self.notes = notes
  }

  /// The one note worth reading right after the answer: praise for answering a probe, else
  /// the first gap, else the first praise.
  public var headline: FeedbackNote? {
    notes.first { $0.code == "probe-answered" } ?? notes.first { $0.kind == .gap } ?? notes.first
  }
}

/// Everything the analysis is told about one answer.
public struct FeedbackInput: Equatable, Sendable {
  /// The answer as typed or transcribed.
  public var answer: String
  /// The segment it answers in.
  public var segment: SegmentKind
  /// The question it answers.
  public var question: String
  /// The answer time aimed for, in seconds.
  public var targetSeconds: Int?
  /// The job description's key terms (extracted once per session).
  public var jobTerms: [String]
  /// The deck's tips for the question.
  public var tips: [String]
  /// For a spoken answer, each word with its time.
  public var wordTimings: [WordTiming]?
  /// For a follow-up, what it probed for: its notes then speak to that first.
  public var probe: ProbeKind?
  /// For a follow-up, the answer it follows up. When the follow-up probed for what that answer
  /// lacked (`probe` other than `deck`), the story (context, action, result, numbers, whose
  /// steps, a figure) is judged over both, as the panel hears it; counts and highlights stay
  /// the follow-up's own. A deck follow-up is judged alone.
  public var earlierAnswer: String?
  /// Whether an earlier salary answer already named the candidate's figure: then a salary
  /// answer is not asked for it again.
  public var figureNamedEarlier: Bool

  /// An answer to analyse.
  public init(
    answer: String, segment: SegmentKind, question: String = "", targetSeconds: Int? = nil,
    jobTerms: [String] = [], tips: [String] = [], wordTimings: [WordTiming]? = nil,
    probe: ProbeKind? = nil, earlierAnswer: String? = nil, figureNamedEarlier: Bool = false
  ) {
    self.figureNamedEarlier = figureNamedEarlier
    self.probe = probe
    self.earlierAnswer = earlierAnswer
    self.answer = answer
    self.segment = segment
    self.question = question
    self.targetSeconds = targetSeconds
    self.jobTerms = jobTerms
    self.tips = tips
    self.wordTimings = wordTimings
  }
}
