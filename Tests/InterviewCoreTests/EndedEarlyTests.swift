import Testing

@testable import InterviewCore

/// "End the interview and save": what is being typed is kept, and an answer with text is an
/// answer (ended early), not a skip, in interviews and drills alike.
@Suite struct EndedEarlyTests {
  /// A rehearsal at its first question.
  private func atFirstQuestion(mode: AnswerMode = .typed) -> Script {
    var script = Script(samplePlan(mode: mode))
    script.send(.proceed)
    script.send(.proceed)
    return script
  }

  @Test("a draft of spaces only is no answer: ending keeps it as skipped")
  func blankDraftIsSkipped() throws {
    var script = atFirstQuestion()
    script.type("   ", after: 1_000)
    script.send(.choose(.end), after: 1_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.skipped)
    #expect(!entry.countsAsAnswer)
  }

  @Test("an answer ended early is coached like any other answer")
  func endedAnswerGetsFeedback() throws {
    var script = atFirstQuestion()
    script.type("I led the launch and we shipped it in six weeks.", after: 1_000)
    script.send(.choose(.end), after: 20_000)
    let entry = try #require(script.recorded.first)
    #expect(!entry.skipped)
    #expect(entry.feedback != nil)
    #expect(entry.answerMilliseconds == 20_000)
    let report = InterviewReport(script.interview)
    #expect(report.answered.map(\.sequence) == [1])
    #expect(report.skipped.isEmpty)
  }

  @Test("a question of the candidate's own, half typed when ending, is asked, not skipped")
  func candidateQuestionEndedIsAsked() throws {
    var script = atFirstQuestion()
    // Skip to the candidate's questions: behavioural's two questions, then technical's one.
    script.send(.choose(.skip))
    script.send(.choose(.skip))
    script.send(.proceed)
    script.send(.choose(.skip))
    script.send(.proceed)
    guard case .candidateQuestions = script.interview.stage else {
      Issue.record("not at the candidate's questions: \(script.interview.stage)")
      return
    }
    script.type("How do you measure success?", after: 1_000)
    script.send(.choose(.end), after: 1_000)
    let entry = try #require(script.recorded.last)
    #expect(entry.kind == .candidateQuestion)
    #expect(entry.answer == "How do you measure success?")
    #expect(!entry.skipped)
  }

  @Test("a spoken answer that was started is an answer when ended, even without notes")
  func startedSpokenAnswerIsAnAnswer() throws {
    var script = atFirstQuestion(mode: .spoken)
    script.send(.startSpeaking, after: 1_000)
    script.send(.choose(.end), after: 30_000)
    let entry = try #require(script.recorded.first)
    #expect(!entry.skipped)
    #expect(entry.answerMilliseconds == 30_000)
  }
}
