import Foundation
import Testing

@testable import InterviewCore

/// A question that needs a figure is asked only once an earlier answer named one; reached
/// before that, it is left out: not asked, not recorded, and no longer counted.
@Suite struct InterviewNeedsFigureTests {
  /// Salary: expectations, the pushback (needs a figure), the offer; then the culture segment
  /// opening with a question that needs a figure too.
  private func plan(mode: AnswerMode = .typed) -> InterviewPlan {
    let settings = RehearsalSettings(
      company: "Acme", position: "Analyst", segments: [.salary, .culture],
      questionsPerSegment: 3, mode: mode, followUps: false, seed: 1)
    return InterviewPlan(
      settings: settings, deckTitle: "Sample",
      segments: [
        PlannedSegment(
          kind: .salary, title: "Salary", interviewer: "HR partner", intro: "Pay.",
          questions: [
            PlannedQuestion(id: "expectations", text: "What are you expecting?", targetSeconds: 90),
            PlannedQuestion(
              id: "pushback", text: "Our budget is below the figure you mentioned.",
              targetSeconds: 60, needs: .figure),
            PlannedQuestion(id: "offer", text: "When could you start?", targetSeconds: 60),
          ], budgetSeconds: 210),
        PlannedSegment(
          kind: .culture, title: "Culture", interviewer: "HR partner", intro: "Fit.",
          questions: [
            PlannedQuestion(
              id: "range-again", text: "Does the range you gave include a bonus?",
              targetSeconds: 60, needs: .figure),
            PlannedQuestion(id: "team", text: "What team suits you?", targetSeconds: 60),
          ], budgetSeconds: 120),
      ],
      inspiration: [])
  }

  /// Answers the questions in turn with `answers`, from the briefing on; returns the questions
  /// asked, by id, in order.
  private func asked(_ answers: [String], plan: InterviewPlan) -> (Script, [String]) {
    var script = Script(plan)
    script.send(.proceed)
    var ids: [String] = []
    for answer in answers {
      if case .intro = script.interview.stage { script.send(.proceed) }
      guard let turn = script.turn else { break }
      ids.append(script.interview.plan.segments[turn.segment].questions[turn.question].id)
      script.type(answer, after: 1_000)
      script.send(.submit, after: 1_000)
    }
    return (script, ids)
  }

  @Test func aFigureNamedEarlierLetsTheQuestionBeAsked() {
    let (script, ids) = asked(
      [
        "I'm looking for 85,000 a year.", "I see; what else is in the package?", "In May.",
        "Yes, base only.", "A small one.",
      ], plan: plan())
    #expect(ids == ["expectations", "pushback", "offer", "range-again", "team"])
    #expect(script.interview.plan.segments.map(\.questions.count) == [3, 2])
  }

  @Test func withNoFigureNamedTheQuestionIsLeftOutAndTheCountAdjusts() throws {
    var (script, ids) = asked(
      ["I'd rather hear what you have budgeted first.", "In May."], plan: plan())
    #expect(ids == ["expectations", "offer"])
    // The culture segment opened on its second question: the first needed a figure too.
    #expect(script.interview.stage == .intro(segment: 1))
    script.send(.proceed)
    let turn = try #require(script.turn)
    #expect(script.interview.questionText(for: turn) == "What team suits you?")
    let segments = script.interview.plan.segments
    #expect(segments.map(\.questions.count) == [2, 1])
    #expect(segments.map(\.budgetSeconds) == [150, 60])
    #expect(!script.recorded.contains { $0.questionID == "pushback" })
  }

  @Test func aFigureNamedLaterStillLetsALaterQuestionBeAsked() {
    let (_, ids) = asked(
      ["I'd rather not say yet.", "In May; I'd want 80k by then.", "Yes.", "A small one."],
      plan: plan())
    #expect(ids == ["expectations", "offer", "range-again", "team"])
  }

  @Test func spokenAnswersCannotBeReadSoTheQuestionIsAsked() {
    var script = Script(plan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed)
    script.send(.startSpeaking, after: 500)
    script.send(.submit, after: 5_000)
    let turn = script.turn
    #expect(
      turn.map { script.interview.questionText(for: $0) }
        == "Our budget is below the figure you mentioned.")
  }

  @Test func anInterviewThatLeftAQuestionOutResumesAsItWas() throws {
    let (script, _) = asked(["I'd rather not say.", "In May."], plan: plan())
    let saved = try JSONEncoder().encode(script.interview)
    let restored = try JSONDecoder().decode(Interview.self, from: saved)
    #expect(restored == script.interview)
    #expect(restored.plan.segments.map(\.questions.count) == [2, 1])
  }

  @Test func aSnapshotFromBeforeConditionsStillLoads() throws {
    // Saved before `needs`, `deckID` and `sources` existed: the keys are simply absent.
    let interview = Interview(plan: samplePlan())
    var object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(interview)) as? [String: Any])
    var plan = try #require(object["plan"] as? [String: Any])
    plan["sources"] = nil
    var settings = try #require(plan["settings"] as? [String: Any])
    settings["rolePack"] = nil
    plan["settings"] = settings
    object["plan"] = plan
    let old = try JSONSerialization.data(withJSONObject: object)
    let restored = try JSONDecoder().decode(Interview.self, from: old)
    #expect(restored.plan.segments == interview.plan.segments)
    #expect(restored.plan.settings.usesRolePack == false)
  }
}
