/// One question as it will be asked: placeholders filled, follow-up already chosen.
public struct PlannedQuestion: Codable, Equatable, Sendable {
  /// The deck's id for the question, so history can follow it.
  public var id: String
  /// The question as asked.
  public var text: String
  /// The answer time aimed for, in seconds.
  public var targetSeconds: Int
  /// The follow-up the interviewer will ask after the answer, if any.
  public var followUp: String?
  /// What the interviewer listens for (the deck's tips), for the feedback's "tips touched".
  /// Optional so snapshots saved before feedback existed still decode.
  public var tips: [String]?

  /// A question ready to ask.
  public init(
    id: String, text: String, targetSeconds: Int, followUp: String? = nil, tips: [String]? = nil
  ) {
    self.id = id
    self.text = text
    self.targetSeconds = targetSeconds
    self.followUp = followUp
    self.tips = tips
  }

  /// A follow-up gets half the question's time, but never less than half a minute.
  public var followUpTargetSeconds: Int { max(30, targetSeconds / 2) }
}

/// One segment of a planned interview.
public struct PlannedSegment: Codable, Equatable, Sendable {
  /// Which part of the interview this is.
  public var kind: SegmentKind
  /// Its heading.
  public var title: String
  /// The persona who asks.
  public var interviewer: String
  /// What the interviewer says to open the segment.
  public var intro: String
  /// The questions in the order asked; for `questions`, none: the candidate asks.
  public var questions: [PlannedQuestion]
  /// The time the segment should take, in seconds.
  public var budgetSeconds: Int
  /// The probes this segment's interviewer asks when an answer lacks something, by
  /// `ProbeKind` raw value, in the interviewer's words. Optional so snapshots saved before
  /// adaptive follow-ups still decode.
  public var probes: [String: [String]]?

  /// A planned segment.
  public init(
    kind: SegmentKind, title: String, interviewer: String, intro: String,
    questions: [PlannedQuestion], budgetSeconds: Int, probes: [String: [String]]? = nil
  ) {
    self.probes = probes
    self.kind = kind
    self.title = title
    self.interviewer = interviewer
    self.intro = intro
    self.questions = questions
    self.budgetSeconds = budgetSeconds
  }

  /// Whether the candidate asks the questions here rather than answering them.
  public var isCandidateQuestions: Bool { kind == .questions }
}

/// A whole interview, drawn from a deck: settings, panel and segments.
public struct InterviewPlan: Codable, Equatable, Sendable {
  /// What the candidate chose.
  public var settings: RehearsalSettings
  /// The title of the deck the questions came from.
  public var deckTitle: String
  /// The segments in the order they run.
  public var segments: [PlannedSegment]
  /// Questions worth asking the employer, from the deck, offered when the candidate asks.
  public var inspiration: [String]
  /// Set for a drill of one question: no briefing, intro or reflection, straight to the
  /// question and done after the answer. Optional so snapshots saved before drills existed
  /// still decode.
  public var drill: DrillCardPosition?
  /// The job description's key terms, extracted once when the plan is made; nil without one.
  public var jobTerms: [String]?

  /// A plan from its parts.
  public init(
    settings: RehearsalSettings, deckTitle: String, segments: [PlannedSegment],
    inspiration: [String], drill: DrillCardPosition? = nil, jobTerms: [String]? = nil
  ) {
    self.jobTerms = jobTerms
    self.drill = drill
    self.settings = settings
    self.deckTitle = deckTitle
    self.segments = segments
    self.inspiration = inspiration
  }

  /// The interviewers on the panel, in order of first appearance.
  public var panel: [String] {
    var seen: [String] = []
    for segment in segments where !seen.contains(segment.interviewer) {
      seen.append(segment.interviewer)
    }
    return seen
  }

  /// The time the whole interview should take, in seconds.
  public var budgetSeconds: Int { segments.reduce(0) { $0 + $1.budgetSeconds } }

  /// The plan for drilling `card`, card `number` of `count`: its one question as practised
  /// (placeholders read "the company" and "this role") with its tips, no follow-up and so no
  /// probes, answered in `mode`.
  public static func drill(_ card: DeckCard, mode: AnswerMode, number: Int, of count: Int)
    -> InterviewPlan
  {
    let target = card.question.targetSeconds
    let settings = RehearsalSettings(
      company: "", position: "", deckID: card.key.deckID, role: nil, segments: [card.segment],
      questionsPerSegment: 1, mode: mode, followUps: false)
    let segment = PlannedSegment(
      kind: card.segment, title: card.segmentTitle, interviewer: card.interviewer, intro: "",
      questions: [
        PlannedQuestion(
          id: card.key.questionID, text: card.text, targetSeconds: target, tips: card.tips)
      ],
      budgetSeconds: target)
    return InterviewPlan(
      settings: settings, deckTitle: card.deckTitle, segments: [segment], inspiration: [],
      drill: DrillCardPosition(number: number, count: count))
  }
}

/// Where a drilled question sits in its drill, for the header: "Drill 2/5".
public struct DrillCardPosition: Codable, Equatable, Sendable {
  /// 1-based number of the card in the drill.
  public var number: Int
  /// How many cards the drill has.
  public var count: Int

  /// Card `number` of `count`.
  public init(number: Int, count: Int) {
    self.number = number
    self.count = count
  }
}
