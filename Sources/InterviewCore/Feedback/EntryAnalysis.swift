/// What the analysis of one interview entry depends on besides its own text, gathered the same
/// way when the answer is submitted and when `transcripts analyse` reads it again, so the two
/// agree.
public struct EntryContext: Equatable, Sendable {
  /// The segment the entry is in.
  public var segment: SegmentKind
  /// The question as asked.
  public var question: String
  /// The answer time aimed for, in seconds.
  public var targetSeconds: Int?
  /// The interview's job terms.
  public var jobTerms: [String]
  /// The deck's tips for the question.
  public var tips: [String]
  /// For a follow-up, why it was asked.
  public var probe: ProbeKind?
  /// For a follow-up, the answer it follows.
  public var earlierAnswer: String?
  /// Whether an earlier salary answer of the interview already named the candidate's figure.
  public var figureNamedEarlier: Bool

  /// A context; only the segment is required.
  public init(
    segment: SegmentKind, question: String = "", targetSeconds: Int? = nil,
    jobTerms: [String] = [], tips: [String] = [], probe: ProbeKind? = nil,
    earlierAnswer: String? = nil, figureNamedEarlier: Bool = false
  ) {
    self.segment = segment
    self.question = question
    self.targetSeconds = targetSeconds
    self.jobTerms = jobTerms
    self.tips = tips
    self.probe = probe
    self.earlierAnswer = earlierAnswer
    self.figureNamedEarlier = figureNamedEarlier
  }
}

extension AnswerAnalyzer {
  /// The feedback on `answer` given in `context`. A follow-up that probed for something the
  /// answer lacked is judged with the answer it follows (the panel asked to complete that
  /// story); a deck's own follow-up is a new question and is judged alone.
  public func analyse(_ answer: String, in context: EntryContext) -> AnswerFeedback {
    let probed = context.probe.map { $0 != .deck } ?? false
    return analyse(
      FeedbackInput(
        answer: answer, segment: context.segment, question: context.question,
        targetSeconds: context.targetSeconds, jobTerms: context.jobTerms, tips: context.tips,
        probe: context.probe, earlierAnswer: probed ? context.earlierAnswer : nil,
        figureNamedEarlier: context.figureNamedEarlier))
  }
}

extension JobTerms {
  /// The terms of an interview's job description, leaving out the company's name and the
  /// position's title: the candidate is not coached to say either.
  public static func forInterview(description: String?, company: String, position: String)
    -> [String]?
  {
    guard let description, description.contains(where: { !$0.isWhitespace }) else { return nil }
    return extract(from: description, excluding: [company, position])
  }
}
