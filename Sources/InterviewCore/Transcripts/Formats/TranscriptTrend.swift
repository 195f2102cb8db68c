import Foundation

/// How the latest sessions moved: the earlier half against the later half.
///
/// Halves rather than a regression line: with ten sessions or fewer a fitted slope swings on one
/// odd session, and "the last five against the five before" is what a person can check by eye.
/// With an odd count the middle session belongs to neither half. Means are over answers, not
/// sessions, so a session of two answers does not weigh as much as one of twenty.
public struct TranscriptTrend: Encodable, Equatable, Sendable {
  /// The figures of one half.
  public struct Half: Encodable, Equatable, Sendable {
    /// Sessions in the half.
    public var sessions: Int
    /// Answers in them.
    public var answers: Int
    /// Mean thinking time over those answers, in milliseconds.
    public var meanThinkingMilliseconds: Int
    /// Mean answer time over those answers, in milliseconds.
    public var meanAnswerMilliseconds: Int
    /// The share of those answers over target, 0 to 1.
    public var overTargetShare: Double

    enum CodingKeys: String, CodingKey {
      case sessions, answers
      case meanThinkingMilliseconds = "mean_thinking_ms"
      case meanAnswerMilliseconds = "mean_answer_ms"
      case overTargetShare = "over_target_share"
    }

    /// The half made of `sessions`, which must have timed answers; only those count.
    init(_ sessions: ArraySlice<TranscriptStats.Recent>) {
      self.sessions = sessions.count
      answers = sessions.reduce(0) { $0 + $1.timedAnswers }
      let weight = Double(max(1, answers))
      meanThinkingMilliseconds = Int(
        (sessions.reduce(0.0) { $0 + Double($1.meanThinkingMilliseconds * $1.timedAnswers) }
          / weight)
          .rounded())
      meanAnswerMilliseconds = Int(
        (sessions.reduce(0.0) { $0 + Double($1.meanAnswerMilliseconds * $1.timedAnswers) }
          / weight)
          .rounded())
      overTargetShare = Double(sessions.reduce(0) { $0 + $1.overTarget }) / weight
    }
  }

  /// Sessions the trend looked at (with timed answers), the middle one of an odd count included.
  public var sessions: Int
  /// The older half of the sessions.
  public var earlier: Half
  /// The newer half.
  public var later: Half

  /// The trend across `recent` (oldest first), or nil with fewer than two sessions with timed
  /// answers: answers read from a pipe have no times to compare.
  public init?(recent: [TranscriptStats.Recent]) {
    let answered = recent.filter { $0.timedAnswers > 0 }
    guard answered.count >= 2 else { return nil }
    let half = answered.count / 2
    sessions = answered.count
    earlier = Half(answered.prefix(half))
    later = Half(answered.suffix(half))
  }

  /// The relative change in mean answer time: -0.12 is 12% shorter; 0 when the earlier was 0.
  public var answerTimeChange: Double {
    Self.change(from: earlier.meanAnswerMilliseconds, to: later.meanAnswerMilliseconds)
  }

  /// The relative change in mean thinking time, as `answerTimeChange`.
  public var thinkingTimeChange: Double {
    Self.change(from: earlier.meanThinkingMilliseconds, to: later.meanThinkingMilliseconds)
  }

  /// The trend in words, one sentence a line: answer time, thinking time, answers over target.
  public var sentences: [String] {
    [
      "Across the last \(sessions) sessions (the later \(later.sessions) against the earlier \(earlier.sessions)):",
      Self.sentence("answers", change: answerTimeChange),
      Self.sentence("thinking time", change: thinkingTimeChange),
      overTargetSentence,
    ]
  }

  enum CodingKeys: String, CodingKey {
    case sessions, earlier, later
    case answerTimeChange = "answer_time_change"
    case thinkingTimeChange = "thinking_time_change"
  }

  /// Encodes both halves and the two relative changes.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sessions, forKey: .sessions)
    try container.encode(earlier, forKey: .earlier)
    try container.encode(later, forKey: .later)
    try container.encode(answerTimeChange, forKey: .answerTimeChange)
    try container.encode(thinkingTimeChange, forKey: .thinkingTimeChange)
  }

  private var overTargetSentence: String {
    let before = Self.percent(earlier.overTargetShare)
    let after = Self.percent(later.overTargetShare)
    if before == after { return "answers over target held at \(after)%" }
    return "answers over target went from \(before)% to \(after)%"
  }

  private static func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }

  private static func change(from before: Int, to after: Int) -> Double {
    guard before > 0 else { return 0 }
    return Double(after - before) / Double(before)
  }

  /// "answers got 12% shorter", "… 8% longer", or "… stayed about the same" within 1%.
  private static func sentence(_ subject: String, change: Double) -> String {
    let percent = Int((abs(change) * 100).rounded())
    guard percent >= 1 else { return "\(subject) stayed about the same length" }
    return "\(subject) got \(percent)% \(change < 0 ? "shorter" : "longer")"
  }
}
