import Foundation
import Testing

@testable import InterviewCore

/// The plain rehearsal's headings, summary and `:time` in words: nothing a screen reader reads
/// as "equals equals", "slash" or "zero zero", or passes over ("·", "✓").
@Suite struct PlainRehearsalTextTests {
  @Test func headingsAreWords() {
    #expect(
      PlainRehearsalText.segmentHeading(title: "Behavioural", number: 1, of: 3)
        == "Segment 1 of 3: Behavioural.")
    #expect(
      PlainRehearsalText.questionHeading(
        segmentTitle: "Behavioural", question: 1, of: 2, targetMilliseconds: 120_000,
        interviewer: "Hiring manager")
        == "Behavioural, question 1 of 2, target 2 minutes. Hiring manager asks:")
    #expect(
      PlainRehearsalText.questionHeading(
        segmentTitle: "Behavioural", question: nil, of: 2, targetMilliseconds: 45_000,
        interviewer: "Hiring manager")
        == "Behavioural, follow-up, target 45 seconds. Hiring manager asks:")
    #expect(
      PlainRehearsalText.plannedSegment(
        number: 1, title: "Behavioural", questions: "3 questions", seconds: 390)
        == "  1. Behavioural: 3 questions, 6 minutes 30 seconds.")
  }

  @Test func theSummaryAndFeedbackSayTimesAndMarksInWords() {
    var script = Script()
    func toQuestion() {
      while script.turn == nil, script.interview.stage != .summary { script.send(.proceed) }
    }
    toQuestion()
    script.type("I led the launch and cut costs by 20%.", after: 4_000)
    script.send(.submit, after: 70_000)
    toQuestion()
    script.type("Second.", after: 1_000)
    script.send(.submit, after: 200_000)
    let report = InterviewReport(script.interview)
    let lines = PlainRehearsalText.summary(report)
    #expect(lines[0] == "Summary.")
    #expect(lines.contains { $0.hasSuffix(", within the target.") }, "\(lines)")
    #expect(lines.contains { $0.hasSuffix(", over.") }, "\(lines)")
    #expect(lines.last == "Answers over the target: 1; skipped: 0.")
    for line in lines {
      for symbol in ["==", "/", "·", "✓", "✗"] {
        #expect(!line.contains(symbol), "'\(symbol)' in: \(line)")
      }
      #expect(line.firstMatch(of: /\d:\d\d/) == nil, "a clock in: \(line)")
    }
    if let summary = script.interview.feedbackSummary {
      let feedback = PlainRehearsalText.feedback(summary, entries: script.interview.entries)
      #expect(feedback[0] == "Feedback.")
      #expect(feedback.contains { $0.contains("number yes") }, "\(feedback)")
      #expect(!feedback.joined().contains("✓"))
    }
  }

  @Test func anUntimedAnswerInTheSummarySaysSo() {
    var plan = samplePlan()
    plan.settings.untimed = true
    var script = Script(plan)
    while script.turn == nil { script.send(.proceed) }
    script.type("An answer.", after: 4_000)
    script.send(.submit, after: 9_000)
    let lines = PlainRehearsalText.summary(InterviewReport(script.interview))
    #expect(
      lines.contains { $0 == "  1. Tell me about Acme. Untimed, target 2 minutes." }, "\(lines)")
  }

  @Test func timeIsWords() {
    #expect(
      PlainRehearsalText.time(
        turn: (started: false, thinking: 4_200, answer: 0, target: 120_000), interview: 185_000,
        budget: 720_000)
        == "Time: thinking 4 seconds, target 2 minutes; interview 3 minutes 5 seconds of 12 minutes."
    )
    #expect(
      PlainRehearsalText.time(
        turn: (started: true, thinking: 4_200, answer: 61_000, target: 120_000), interview: 0,
        budget: 60_000)
        == "Time: answer 1 minute 1 second, target 2 minutes; interview 0 seconds of 1 minute.")
    #expect(
      PlainRehearsalText.time(
        turn: (started: false, thinking: 0, answer: 0, target: 120_000), interview: 0,
        budget: 60_000, untimed: true)
        == "Time: answers from a pipe are untimed, target 2 minutes; interview 0 seconds of 1 minute."
    )
    #expect(
      PlainRehearsalText.time(turn: nil, interview: 60_000, budget: 60_000)
        == "Time: interview 1 minute of 1 minute; the reflection is not timed.")
  }
}
