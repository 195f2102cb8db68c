/// One verdict an answer is marked with in a summary: a letter, and whether the answer has it.
public enum FeedbackMark: String, CaseIterable, Sendable {
  /// The situation or task is set out.
  case context
  /// The candidate's own steps are told.
  case action
  /// The outcome is stated.
  case result
  /// Something is measured.
  case number
  /// A salary answer names the figure wanted.
  case figure

  /// The one letter the mark is shown with.
  public var letter: String {
    switch self {
    case .context: return "C"
    case .action: return "A"
    case .result: return "R"
    case .number: return "N"
    case .figure: return "F"
    }
  }

  /// Whether `verdicts` earn the mark.
  public func isMet(by verdicts: FeedbackVerdicts) -> Bool {
    switch self {
    case .context: return verdicts.context
    case .action: return verdicts.action
    case .result: return verdicts.result
    case .number: return verdicts.quantified
    case .figure: return verdicts.namesFigure
    }
  }

  /// The marks an answer in `segment` is judged by: a story's four for behavioural, technical
  /// and culture answers, the figure for salary, none for the candidate's own questions (their
  /// note says what matters there).
  public static func marks(for segment: SegmentKind?) -> [FeedbackMark] {
    switch segment {
    case .behavioural, .technical, .culture: return [.context, .action, .result, .number]
    case .salary: return [.figure]
    case .questions, nil: return []
    }
  }
}

/// The coaching over a whole interview, for its summary: each answer's verdicts and most useful
/// note, and the totals (fillers per 100 words, answers with a result and with a number, the
/// job description's terms never used).
public struct InterviewFeedbackSummary: Equatable, Sendable {
  /// One answer's coaching.
  public struct Answer: Equatable, Sendable {
    /// The entry's sequence in the session.
    public var sequence: Int
    /// Answer, follow-up or the candidate's question.
    public var kind: TranscriptEntry.Kind
    /// The segment it was given in.
    public var segment: SegmentKind?
    /// The verdicts.
    public var verdicts: FeedbackVerdicts
    /// The one note most worth reading, if any.
    public var headline: FeedbackNote?

    /// The marks for its segment, each with whether the answer earned it.
    public var marks: [(mark: FeedbackMark, met: Bool)] {
      FeedbackMark.marks(for: segment).map { ($0, $0.isMet(by: verdicts)) }
    }

    /// An answer's coaching from its parts.
    public init(
      sequence: Int, kind: TranscriptEntry.Kind, segment: SegmentKind?,
      verdicts: FeedbackVerdicts, headline: FeedbackNote?
    ) {
      self.sequence = sequence
      self.kind = kind
      self.segment = segment
      self.verdicts = verdicts
      self.headline = headline
    }
  }

  /// The segments whose answers tell stories, so a result and a number are expected of them.
  public static let storySegments: Set<SegmentKind> = [.behavioural, .technical, .culture]

  /// Every entry with feedback, in order.
  public var answers: [Answer]
  /// Words over every entry with feedback.
  public var words: Int
  /// Fillers over every entry with feedback.
  public var fillers: Int
  /// Questions answered in the story segments (follow-ups belong to their question).
  public var storyAnswers: Int
  /// Of those, how many stated a result, in the answer or a follow-up to it.
  public var withResult: Int
  /// Of those, how many measured something, in the answer or a follow-up to it.
  public var withNumber: Int
  /// The job description's terms no answer used, in the description's order; empty without one.
  public var jobTermsNeverUsed: [String]
  /// How many terms the job description gave.
  public var jobTermCount: Int

  /// The summary of `entries` against the job description's `jobTerms`. Skipped entries and
  /// entries without feedback (reflection, old snapshots) are left out.
  public init(entries: [TranscriptEntry], jobTerms: [String]?) {
    let analysed = entries.filter { !$0.skipped && $0.feedback != nil && $0.kind != .reflection }
    answers = analysed.compactMap { entry in
      entry.feedback.map {
        Answer(
          sequence: entry.sequence, kind: entry.kind, segment: entry.segment,
          verdicts: $0.verdicts, headline: $0.headline)
      }
    }
    let feedback = analysed.compactMap(\.feedback)
    words = feedback.reduce(0) { $0 + $1.words }
    fillers = feedback.reduce(0) { $0 + $1.fillers.count }
    // A follow-up that gives the result the answer left out completes the same story: the
    // question counts once, with whatever its answer and follow-ups said between them.
    var result = 0
    var number = 0
    let questions = analysed.filter {
      $0.kind == .answer && $0.segment.map(Self.storySegments.contains) == true
    }
    for question in questions {
      let story = [question] + analysed.filter { $0.parentSequence == question.sequence }
      let verdicts = story.compactMap(\.feedback?.verdicts)
      if verdicts.contains(where: \.result) { result += 1 }
      if verdicts.contains(where: \.quantified) { number += 1 }
    }
    storyAnswers = questions.count
    withResult = result
    withNumber = number
    let terms = jobTerms ?? []
    let used = Set(feedback.flatMap(\.jobTerms.used))
    jobTermsNeverUsed = terms.filter { !used.contains($0) }
    jobTermCount = terms.count
  }

  /// Fillers per hundred words over the whole interview, to one decimal; 0 without words.
  public var fillersPer100Words: Double {
    guard words > 0 else { return 0 }
    return (Double(fillers) * 1000 / Double(words)).rounded() / 10
  }

  /// Whether there is anything to show: at least one entry was analysed.
  public var isEmpty: Bool { answers.isEmpty }

  /// The coaching of the entry numbered `sequence`, if it had any.
  public func answer(_ sequence: Int) -> Answer? {
    answers.first { $0.sequence == sequence }
  }
}

extension Interview {
  /// The coaching for the summary; nil when feedback is off or nothing was analysed.
  public var feedbackSummary: InterviewFeedbackSummary? {
    guard plan.settings.feedbackTiming != .off else { return nil }
    let summary = InterviewFeedbackSummary(entries: entries, jobTerms: plan.jobTerms)
    return summary.isEmpty ? nil : summary
  }

  /// The one line of coaching to show while the next question is up: with feedback after each
  /// answer, the headline of the answer or follow-up recorded just before the current question
  /// (or the candidate's questions). It goes when the next answer is recorded, and never shows
  /// for a skipped entry.
  public var coachNote: FeedbackNote? {
    guard plan.settings.feedbackTiming == .afterEach else { return nil }
    switch stage {
    case .answering, .candidateQuestions: break
    case .briefing, .intro, .reflection, .summary: return nil
    }
    return entries.last?.coaching
  }
}

extension TranscriptEntry {
  /// The line of coaching shown right after this entry: an answer's or follow-up's headline,
  /// and for a question the candidate asked, only a way it could be asked better. Nil for a
  /// skipped entry, a reflection, or an entry with no feedback.
  public var coaching: FeedbackNote? {
    guard kind != .reflection, !skipped, let feedback else { return nil }
    if kind == .candidateQuestion { return feedback.notes.first { $0.kind == .gap } }
    return feedback.headline
  }
}
