import Foundation
import Testing

@testable import InterviewCore

/// Feedback with chosen verdicts and counts, so the arithmetic is checked apart from the rules
/// that find them.
private func feedback(
  words: Int, fillers: Int = 0, result: Bool = false, quantified: Bool = false,
  used: [String] = [], notes: [FeedbackNote] = []
) -> AnswerFeedback {
  AnswerFeedback(
    version: 1, words: words,
    verdicts: FeedbackVerdicts(context: true, action: true, result: result, quantified: quantified),
    fillers: (0..<fillers).map { TextSpan(text: "um", start: $0 * 3, end: $0 * 3 + 2) },
    fillersPer100Words: 0, hedges: [], speaking: nil, delivery: nil, questions: nil,
    tipsTouched: [], jobTerms: JobTermUse(used: used), notes: notes)
}

private func entry(
  _ sequence: Int, _ kind: TranscriptEntry.Kind, _ segment: SegmentKind?, parent: Int? = nil,
  skipped: Bool = false, feedback: AnswerFeedback? = nil
) -> TranscriptEntry {
  TranscriptEntry(
    sequence: sequence, kind: kind, segment: segment, questionID: nil, question: "Q\(sequence)",
    answer: "A\(sequence)", parentSequence: parent, skipped: skipped, feedback: feedback)
}

/// `interview` with its entries analysed as the reducer does when they are submitted, and its
/// plan changed by `change` (through the interview's own coding, since both are the core's to
/// set).
func reworked(
  _ interview: Interview, analysing: Bool = true,
  plan change: (inout InterviewPlan) -> Void = { _ in }
) throws -> Interview {
  var plan = interview.plan
  change(&plan)
  let entries = interview.entries.map { entry -> TranscriptEntry in
    guard analysing, !entry.skipped, entry.kind != .reflection, let segment = entry.segment else {
      return entry
    }
    var entry = entry
    entry.feedback = AnswerAnalyzer.standard.analyse(
      FeedbackInput(
        answer: entry.answer, segment: segment, question: entry.question,
        targetSeconds: entry.targetMilliseconds.map { $0 / 1000 }, jobTerms: plan.jobTerms ?? []))
    return entry
  }
  let encoder = JSONEncoder()
  var object = try #require(
    try JSONSerialization.jsonObject(with: encoder.encode(interview)) as? [String: Any])
  object["plan"] = try JSONSerialization.jsonObject(with: encoder.encode(plan))
  object["entries"] = try JSONSerialization.jsonObject(with: encoder.encode(entries))
  return try JSONDecoder().decode(
    Interview.self, from: JSONSerialization.data(withJSONObject: object))
}

@Suite struct InterviewFeedbackSummaryTests {
  @Test func totalsCountStoriesOnceWithTheirFollowUps() {
    let entries = [
      entry(1, .answer, .behavioural, feedback: feedback(words: 50, fillers: 2)),
      // The follow-up gives the result the answer left out: the story has one.
      entry(
        2, .followUp, .behavioural, parent: 1,
        feedback: feedback(words: 20, fillers: 1, result: true)),
      entry(3, .answer, .behavioural, skipped: true),
      entry(4, .answer, .technical, feedback: feedback(words: 30, quantified: true)),
      // A salary figure is a number, but salary answers tell no story.
      entry(5, .answer, .salary, feedback: feedback(words: 10, quantified: true)),
      entry(6, .candidateQuestion, .questions, feedback: feedback(words: 10, fillers: 1)),
      entry(7, .reflection, nil),
    ]
    let summary = InterviewFeedbackSummary(entries: entries, jobTerms: nil)
    #expect(summary.answers.map(\.sequence) == [1, 2, 4, 5, 6])
    #expect(summary.storyAnswers == 2)
    #expect(summary.withResult == 1)
    #expect(summary.withNumber == 1)
    #expect(summary.words == 120)
    #expect(summary.fillers == 4)
    #expect(summary.fillersPer100Words == 3.3)
    #expect(summary.jobTermsNeverUsed.isEmpty)
    #expect(summary.jobTermCount == 0)
  }

  @Test func aSkippedAnswerWithFeedbackIsLeftOut() {
    let entries = [
      entry(1, .answer, .culture, skipped: true, feedback: feedback(words: 40, result: true))
    ]
    let summary = InterviewFeedbackSummary(entries: entries, jobTerms: [])
    #expect(summary.isEmpty)
    #expect(summary.storyAnswers == 0)
    #expect(summary.fillersPer100Words == 0)
  }

  @Test func jobTermsNeverUsedKeepTheDescriptionsOrder() {
    let entries = [
      entry(1, .answer, .technical, feedback: feedback(words: 10, used: ["SQL"])),
      entry(2, .answer, .culture, feedback: feedback(words: 10, used: ["dashboards", "SQL"])),
    ]
    let summary = InterviewFeedbackSummary(
      entries: entries, jobTerms: ["stakeholders", "SQL", "Kafka", "dashboards"])
    #expect(summary.jobTermsNeverUsed == ["stakeholders", "Kafka"])
    #expect(summary.jobTermCount == 4)
  }

  @Test func theHeadlineIsTheFirstGap() {
    let praise = FeedbackNote(kind: .strength, code: "number", text: "You put a number on it.")
    let gap = FeedbackNote(kind: .gap, code: "no-result", text: "No outcome yet.")
    let summary = InterviewFeedbackSummary(
      entries: [
        entry(1, .answer, .behavioural, feedback: feedback(words: 5, notes: [praise, gap]))
      ],
      jobTerms: nil)
    #expect(summary.answer(1)?.headline == gap)
    #expect(summary.answer(2) == nil)
  }

  @Test func marksFollowTheSegment() {
    #expect(FeedbackMark.marks(for: .behavioural) == [.context, .action, .result, .number])
    #expect(FeedbackMark.marks(for: .culture).map(\.letter) == ["C", "A", "R", "N"])
    #expect(FeedbackMark.marks(for: .salary) == [.figure])
    #expect(FeedbackMark.marks(for: .questions).isEmpty)
    #expect(FeedbackMark.marks(for: nil).isEmpty)
    let verdicts = FeedbackVerdicts(context: true, result: true, namesFigure: true)
    #expect(
      FeedbackMark.allCases.map { $0.isMet(by: verdicts) } == [true, false, true, false, true])
    let answer = InterviewFeedbackSummary.Answer(
      sequence: 1, kind: .answer, segment: .technical, verdicts: verdicts, headline: nil)
    #expect(answer.marks.map(\.met) == [true, false, true, false])
  }

  // MARK: - From an interview

  /// The first behavioural question answered without an outcome: its follow-up is up.
  private func afterFirstAnswer(_ timing: FeedbackTiming = .afterEach) throws -> Interview {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("I wrote up the risks and proposed a trial to the team.", after: 5_000)
    script.send(.submit, after: 30_000)
    return try reworked(script.interview) { $0.settings.feedback = timing }
  }

  @Test func theCoachNoteIsTheLastAnswersHeadline() throws {
    let interview = try afterFirstAnswer()
    guard case .answering(let turn) = interview.stage else {
      Issue.record("not answering: \(interview.stage)")
      return
    }
    #expect(turn.isFollowUp)
    let headline = try #require(interview.entries.last?.feedback?.headline)
    #expect(interview.coachNote == headline)
    #expect(headline.code == "no-result")
  }

  @Test func theCoachNoteShowsOnlyAfterEachAnswer() throws {
    #expect(try afterFirstAnswer(.end).coachNote == nil)
    #expect(try afterFirstAnswer(.off).coachNote == nil)
    // Settings saved before feedback existed mean after each answer.
    let old = try reworked(afterFirstAnswer()) { $0.settings.feedback = nil }
    #expect(old.coachNote != nil)
  }

  @Test func theCoachNoteGoesWithTheNextAnswer() throws {
    var interview = try afterFirstAnswer()
    let first = interview.coachNote
    #expect(first != nil)
    _ = interview.send(.edit(.insert("I would raise it earlier.")), at: 60_000)
    // Typing leaves it where it is.
    #expect(interview.coachNote == first)
    _ = interview.send(.submit, at: 70_000)
    // Whatever shows now is the follow-up's own note, never the first answer's.
    #expect(interview.entries.count == 2)
    #expect(interview.coachNote == interview.entries.last?.feedback?.headline)
  }

  @Test func aSkipLeavesNoCoachNote() throws {
    var interview = try afterFirstAnswer()
    _ = interview.send(.choose(.skip), at: 60_000)
    #expect(interview.entries.last?.skipped == true)
    #expect(interview.coachNote == nil)
  }

  @Test func theSummaryIsLeftOutWhenFeedbackIsOffOrMissing() throws {
    #expect(try afterFirstAnswer().feedbackSummary?.answers.count == 1)
    #expect(try afterFirstAnswer(.end).feedbackSummary != nil)
    #expect(try afterFirstAnswer(.off).feedbackSummary == nil)
    var script = Script()
    script.send(.proceed)
    #expect(script.interview.feedbackSummary == nil)
  }
}
