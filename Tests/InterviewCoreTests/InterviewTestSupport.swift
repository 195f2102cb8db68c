@testable import InterviewCore

/// A small hand-made plan: two questions of behavioural (the first with a follow-up), one
/// technical, then the candidate's questions.
func samplePlan(mode: AnswerMode = .typed) -> InterviewPlan {
  let settings = RehearsalSettings(
    company: "Acme", position: "Data Analyst",
    segments: [.behavioural, .technical, .questions], questionsPerSegment: 2, mode: mode,
    salaryRange: "60–70k", walkAway: "58k", seed: 7)
  return InterviewPlan(
    settings: settings, deckTitle: "Sample",
    segments: [
      PlannedSegment(
        kind: .behavioural, title: "Behavioural", interviewer: "Hiring manager",
        intro: "Hello.",
        questions: [
          PlannedQuestion(
            id: "b1", text: "Tell me about Acme.", targetSeconds: 120, followUp: "Why?"),
          PlannedQuestion(id: "b2", text: "A conflict?", targetSeconds: 60),
        ], budgetSeconds: 240),
      PlannedSegment(
        kind: .technical, title: "Technical", interviewer: "Team lead", intro: "Tech.",
        questions: [PlannedQuestion(id: "t1", text: "Design X.", targetSeconds: 180)],
        budgetSeconds: 180),
      PlannedSegment(
        kind: .questions, title: "Your questions", interviewer: "Hiring manager",
        intro: "Questions?", questions: [], budgetSeconds: 120),
    ],
    inspiration: ["What does success look like at Acme?"])
}

/// Sends actions with scripted time and collects every effect.
struct Script {
  var interview: Interview
  var now: Int64 = 1_000
  var effects: [InterviewEffect] = []

  init(_ plan: InterviewPlan = samplePlan()) { interview = Interview(plan: plan) }

  /// Lets `milliseconds` pass, then sends `action`.
  @discardableResult
  mutating func send(_ action: InterviewAction, after milliseconds: Int64 = 0)
    -> [InterviewEffect]
  {
    now += milliseconds
    let result = interview.send(action, at: now)
    effects += result
    return result
  }

  /// Types `text` as one insert.
  mutating func type(_ text: String, after milliseconds: Int64 = 0) {
    send(.edit(.insert(text)), after: milliseconds)
  }

  /// The entries recorded through effects, in order.
  var recorded: [TranscriptEntry] {
    effects.compactMap {
      if case .record(let entry) = $0 { return entry }
      return nil
    }
  }

  /// The current turn, if a question or the candidate's question is being answered.
  var turn: Turn? {
    switch interview.stage {
    case .answering(let turn), .candidateQuestions(let turn, _): return turn
    default: return nil
    }
  }
}
