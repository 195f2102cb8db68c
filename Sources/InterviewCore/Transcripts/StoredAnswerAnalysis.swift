import Foundation

/// Runs the coaching analysis again over a stored transcript: `transcripts analyse`.
///
/// Feedback is stored with each entry so that old transcripts can be analysed again when the
/// lexicons improve; this is what makes it again, from what the store kept.
public enum StoredAnswerAnalysis {
  /// Whether `entry` is analysed: an answer, a follow-up or a question the candidate asked,
  /// not skipped, with some text, in a segment (not a reflection); typed, as notes taken while
  /// speaking are not the answer.
  public static func isAnalysable(_ entry: Entry) -> Bool {
    (entry.isAnswer || entry.kind == .candidateQuestion) && !entry.skipped && !entry.spokenNotes
      && entry.answer.contains { !$0.isWhitespace }
      && entry.segment != nil
  }

  /// New feedback for each analysable entry of `transcript`, by sequence.
  ///
  /// Each answer is read against the session's job description's terms, its own segment,
  /// question and target, and the tips `tips` finds for it (the deck's, when the deck is still
  /// there). Word times are not stored, so a spoken answer keeps the delivery its first
  /// feedback measured.
  public static func feedback(
    for transcript: Transcript, analyzer: AnswerAnalyzer = .standard,
    tips: (Entry) -> [String] = { _ in [] }
  ) -> [Int: AnswerFeedback] {
    // The same context the interview gave each answer when it was submitted, so analysing
    // again with the same lexicon changes nothing.
    let jobTerms =
      JobTerms.forInterview(
        description: transcript.jobDescription, company: transcript.summary.company,
        position: transcript.summary.position) ?? []
    var feedback: [Int: AnswerFeedback] = [:]
    var figureNamed = false
    for entry in transcript.entries where isAnalysable(entry) {
      guard let segment = entry.segment else { continue }
      let parent = entry.parentSequence.flatMap { sequence in
        transcript.entries.first { $0.sequence == sequence }?.answer
      }
      let input = FeedbackInput(
        answer: entry.answer, segment: segment, question: entry.question,
        targetSeconds: entry.targetMilliseconds.map { $0 / 1000 }, jobTerms: jobTerms,
        tips: tips(entry), probe: entry.probe,
        earlierAnswer: parent, figureNamedEarlier: figureNamed)
      var made = analyzer.analyse(input)
      if made.verdicts.namesFigure { figureNamed = true }
      if made.delivery == nil, let delivery = entry.feedback?.delivery {
        made.delivery = delivery
        // The estimate from the text stands in for delivery only when there was none, and the
        // notes on pace and pauses come from the delivery.
        made.speaking = nil
        made.notes = CoachNotes.notes(for: made, segment: segment)
      }
      feedback[entry.sequence] = made
    }
    return feedback
  }
}
