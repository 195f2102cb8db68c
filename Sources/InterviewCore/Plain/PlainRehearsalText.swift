import Foundation

/// The lines of a plain rehearsal that read badly aloud today, said in words: screen readers
/// read "== Summary ==" as "equals equals", "2:00" as "two zero zero", "/" as "slash", and pass
/// over "·", "✓" and "✗" without a pause or a word. Pure, so each line is tested as text; the
/// plain front end prints them.
public enum PlainRehearsalText {
  /// "Segment 1 of 3: Behavioural." before a segment's introduction (was "== Behavioural ==").
  public static func segmentHeading(title: String, number: Int, of count: Int) -> String {
    "Segment \(number) of \(count): \(title)."
  }

  /// "Behavioural, question 1 of 2, target 2 minutes. Hiring manager asks:" over a question
  /// (was "[Behavioural · Question 1 of 2 · target 2:00] Hiring manager:"); a follow-up says
  /// "follow-up" in place of its number.
  public static func questionHeading(
    segmentTitle: String, question: Int?, of count: Int, targetMilliseconds: Int,
    interviewer: String
  ) -> String {
    let label = question.map { "question \($0) of \(count)" } ?? "follow-up"
    let target = SpokenText.duration(milliseconds: targetMilliseconds)
    return "\(segmentTitle), \(label), target \(target). \(interviewer) asks:"
  }

  /// "1. Behavioural: 3 questions, 6 minutes." for the header's list of segments.
  public static func plannedSegment(number: Int, title: String, questions: String, seconds: Int)
    -> String
  {
    "  \(number). \(title): \(questions), \(SpokenText.duration(milliseconds: seconds * 1000))."
  }

  /// "Reflection. Each question is optional: an empty line skips it."
  public static let reflectionHeading =
    "Reflection. Each question is optional: an empty line skips it."

  /// The summary: the interview's time against its plan, each segment's, each answer's with
  /// whether it was over, and the counts.
  public static func summary(_ report: InterviewReport) -> [String] {
    let words = { (milliseconds: Int) in SpokenText.duration(milliseconds: milliseconds) }
    var lines = [
      "Summary.",
      "Interview: \(words(report.interviewMilliseconds)) of \(words(report.budgetMilliseconds)) "
        + "planned.",
    ]
    for segment in report.segments {
      let over = segment.spentMilliseconds > segment.budgetMilliseconds ? ", over" : ""
      lines.append(
        "  \(segment.title): \(words(segment.spentMilliseconds)) of "
          + "\(words(segment.budgetMilliseconds))\(over).")
    }
    for entry in report.answers {
      let mark = entry.skipped ? "skipped" : entry.isOverTarget ? "over" : "within the target"
      let target = words(entry.targetMilliseconds ?? 0)
      let spent =
        TranscriptFormat.isUntimed(entry)
        ? "Untimed, target \(target)" : "\(words(entry.answerMilliseconds ?? 0)) of \(target)"
      // An untimed answer is neither within its target nor over it.
      let verdict = TranscriptFormat.isUntimed(entry) && !entry.skipped ? "" : ", \(mark)"
      lines.append(
        "  \(entry.sequence). \(SpokenText.sentence(entry.question)) \(spent)\(verdict).")
    }
    lines.append(
      "Answers over the target: \(report.overTarget.count); skipped: \(report.skipped.count).")
    return lines
  }

  /// The coach's part of the summary: the totals, then each answer's line in words.
  public static func feedback(_ summary: InterviewFeedbackSummary, entries: [TranscriptEntry])
    -> [String]
  {
    var lines = [
      "Feedback.",
      "Fillers per 100 words: \(FeedbackReport.rate(summary.fillersPer100Words)); answers with "
        + "a result: \(summary.withResult) of \(summary.storyAnswers); with a number: "
        + "\(summary.withNumber) of \(summary.storyAnswers).",
    ]
    if !summary.jobTermsNeverUsed.isEmpty {
      lines.append(
        "Job terms never used: " + summary.jobTermsNeverUsed.joined(separator: ", ") + ".")
    }
    for entry in entries where !entry.skipped {
      guard let line = SpokenText.feedback(entry.feedback, segment: entry.segment) else {
        continue
      }
      lines.append("  \(entry.sequence). \(entry.question)")
      lines.append("     \(line)")
    }
    return lines
  }

  /// `:time` in words: "Time: thinking 4 seconds, target 2 minutes; interview 3 minutes of 12
  /// minutes." (`turn` nil in the reflection, which is not timed). From a pipe (`untimed`) the
  /// answer's clocks are not kept, so it says so rather than "thinking 0 seconds".
  public static func time(
    turn: (started: Bool, thinking: Int, answer: Int, target: Int)?, interview: Int, budget: Int,
    untimed: Bool = false
  ) -> String {
    let words = { (milliseconds: Int) in SpokenText.duration(milliseconds: milliseconds) }
    let clock = "interview \(words(interview)) of \(words(budget))"
    guard let turn else { return "Time: \(clock); the reflection is not timed." }
    let running =
      untimed
      ? "answers from a pipe are untimed"
      : turn.started ? "answer \(words(turn.answer))" : "thinking \(words(turn.thinking))"
    return "Time: \(running), target \(words(turn.target)); \(clock)."
  }
}
