/// The numbers the summary shows: each segment's time against its budget and each answer's
/// time against its target.
public struct InterviewReport: Equatable, Sendable {
  /// One segment's time.
  public struct SegmentTime: Equatable, Sendable {
    /// Which segment.
    public var kind: SegmentKind
    /// Its heading.
    public var title: String
    /// Time spent in it.
    public var spentMilliseconds: Int
    /// Time planned for it.
    public var budgetMilliseconds: Int
    /// How many of its entries count as answers, with the questions the candidate asked in
    /// it: skipped ones are not counted, as the transcript list does not count them.
    public var answered: Int
  }

  /// Every segment of the plan, in order.
  public var segments: [SegmentTime]
  /// Answers, follow-ups and the candidate's questions, in order, skipped ones included.
  public var answers: [TranscriptEntry]
  /// The entries that count as answers (`countsAsAnswer`): the number the transcript list
  /// shows for the session.
  public var answered: [TranscriptEntry]
  /// The answers that ran past their target (the list's OVER column counts the same).
  public var overTarget: [TranscriptEntry]
  /// The questions the candidate skipped.
  public var skipped: [TranscriptEntry]
  /// The reflection the candidate wrote.
  public var reflection: [TranscriptEntry]
  /// Time spent in the interview proper.
  public var interviewMilliseconds: Int
  /// Time planned for it.
  public var budgetMilliseconds: Int

  /// The report on `interview` as it stands.
  public init(_ interview: Interview) {
    let plan = interview.plan
    segments = plan.segments.enumerated().map { index, segment in
      SegmentTime(
        kind: segment.kind, title: segment.title,
        spentMilliseconds: interview.segmentMilliseconds[index],
        budgetMilliseconds: segment.budgetSeconds * 1000,
        answered: interview.entries.filter {
          $0.segment == segment.kind && !$0.skipped && $0.kind != .reflection
        }.count)
    }
    answers = interview.entries.filter { $0.kind != .reflection }
    answered = answers.filter(\.countsAsAnswer)
    overTarget = answered.filter(\.isOverTarget)
    skipped = answers.filter(\.skipped)
    reflection = interview.entries.filter { $0.kind == .reflection }
    interviewMilliseconds = interview.interviewMilliseconds
    budgetMilliseconds = plan.budgetSeconds * 1000
  }
}

extension Interview {
  /// Where the interview stands, in a few words: "Behavioural · question 2 of 3".
  public var whereabouts: String {
    switch stage {
    case .briefing: return "Briefing"
    case .intro(let segment): return plan.segments[segment].title
    case .answering(let turn):
      let segment = plan.segments[turn.segment]
      let number = "question \(turn.question + 1) of \(segment.questions.count)"
      return "\(segment.title) · \(turn.isFollowUp ? "follow-up to " : "")\(number)"
    case .candidateQuestions(let turn, _): return plan.segments[turn.segment].title
    case .reflection: return "Reflection"
    case .summary: return "Summary"
    }
  }

  /// The text being typed right now, if any.
  public var draft: AnswerBuffer? {
    switch stage {
    case .answering(let turn), .candidateQuestions(let turn, _): return turn.buffer
    case .reflection(_, let buffer): return buffer
    case .briefing, .intro, .summary: return nil
    }
  }
}
