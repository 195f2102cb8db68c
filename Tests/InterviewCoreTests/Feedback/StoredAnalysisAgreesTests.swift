import Foundation
import Testing

@testable import InterviewCore

/// `transcripts analyse` with the same lexicon gives back what the interview stored: the same
/// context (a probe's earlier answer, job terms without the company, tips, a figure named
/// earlier) is gathered both times.
@Suite struct StoredAnalysisAgreesTests {
  @Test func analysingAgainChangesNothing() throws {
    var plan = InterviewFeedbackTests.plan(jobTerms: nil)
    plan.settings.jobDescription = "Acme Analytics wants SQL, dashboards and query tuning."
    plan.jobTerms = JobTerms.forInterview(
      description: plan.settings.jobDescription, company: plan.settings.company,
      position: plan.settings.position)
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed)
    for text in [
      InterviewFeedbackTests.noResult, "The export finished in 20 minutes after that.",
      InterviewFeedbackTests.full, "Yes.", InterviewFeedbackTests.teamOnly,
    ] {
      script.type(text, after: 1_000)
      script.send(.submit, after: 5_000)
    }
    script.send(.proceed)
    for text in ["Around ninety thousand base.", "Yes, base."] {
      script.type(text, after: 1_000)
      script.send(.submit, after: 5_000)
    }
    script.send(.proceed)
    script.type("How does the team decide what to build?", after: 1_000)
    script.send(.submit, after: 5_000)
    let recorded = script.interview.entries
    #expect(recorded.contains { $0.probe == .result })
    let stored = recorded.map { Entry($0, recorded: Date(timeIntervalSince1970: 0)) }
    let summary = SessionSummary(
      id: 1, started: Date(timeIntervalSince1970: 0), updated: Date(timeIntervalSince1970: 0),
      status: .finished, company: "Acme", position: "Analyst", deckID: "d", deckTitle: "D",
      role: nil, mode: "typed", segments: [], seed: 1, salaryRange: nil, walkAway: nil,
      answers: stored.count, interviewMilliseconds: 0)
    let transcript = Transcript(
      summary: summary, entries: stored, jobDescription: plan.settings.jobDescription)
    let tipsByID = Dictionary(
      uniqueKeysWithValues: plan.segments.flatMap(\.questions).map { ($0.id, $0.tips ?? []) })
    let again = StoredAnswerAnalysis.feedback(for: transcript) { entry in
      entry.kind == .answer ? entry.questionID.flatMap { tipsByID[$0] } ?? [] : []
    }
    let analysed = stored.filter(StoredAnswerAnalysis.isAnalysable)
    #expect(analysed.contains { $0.kind == .candidateQuestion })
    #expect(again.count == analysed.count)
    for entry in analysed {
      #expect(again[entry.sequence] == entry.feedback, "entry \(entry.sequence): \(entry.answer)")
    }
  }
}
