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
  /// The deck the question comes from when it is not the chosen deck (a role pack); nil for the
  /// chosen deck's own, as in every snapshot saved before packs were told apart.
  public var deckID: String?
  /// What the candidate must have said before it is asked; nil: nothing.
  public var needs: QuestionCondition?

  /// A question ready to ask.
  public init(
    id: String, text: String, targetSeconds: Int, followUp: String? = nil, tips: [String]? = nil,
    deckID: String? = nil, needs: QuestionCondition? = nil
  ) {
    self.deckID = deckID
    self.needs = needs
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
  /// The decks the questions were drawn from, the chosen one first, as the briefing names them;
  /// nil in snapshots saved before it was recorded.
  public var sources: [QuestionSource]?

  /// A plan from its parts.
  public init(
    settings: RehearsalSettings, deckTitle: String, segments: [PlannedSegment],
    inspiration: [String], drill: DrillCardPosition? = nil, jobTerms: [String]? = nil,
    sources: [QuestionSource]? = nil
  ) {
    self.sources = sources
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

  /// Where the questions come from, in one line: "7 questions from your deck, 2 from the
  /// data-analysis pack"; nil for a plan that does not record it or asks nothing.
  public var sourcesLine: String? {
    guard let sources, let own = sources.first else { return nil }
    var counts: [String: Int] = [:]
    for segment in segments where !segment.isCandidateQuestions {
      for question in segment.questions { counts[question.deckID ?? own.deckID, default: 0] += 1 }
    }
    let parts = sources.compactMap { source -> (count: Int, name: String)? in
      guard let count = counts[source.deckID], count > 0 else { return nil }
      return (count, source.name)
    }
    guard let first = parts.first else { return nil }
    // The noun once, on the first count: the others read as the same unit.
    return
      ([counted(first.count, "question") + " from " + first.name]
      + parts.dropFirst().map { "\($0.count) from \($0.name)" }).joined(separator: ", ")
  }

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

/// A deck a plan's questions were drawn from.
public struct QuestionSource: Codable, Equatable, Sendable {
  /// The deck's id.
  public var deckID: String
  /// How the briefing names it: "your deck", "the data-analysis pack".
  public var name: String

  /// The deck `deckID`, called `name`.
  public init(deckID: String, name: String) {
    self.deckID = deckID
    self.name = name
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
