import Foundation
import InterviewCore
import Testing

@Suite struct StoredAnswerAnalysisTests {
  static let story = """
    Last year our onboarding took 3 weeks and I had to cut it. I wrote a checklist and paired \
    every hire with a buddy. Onboarding dropped to 6 days.
    """

  @Test("answers, follow-ups and questions to the panel are analysed; skips, blanks are not")
  func whichEntries() {
    var transcript = FormatFixture.second
    transcript.entries = [
      FormatFixture.entry(1, question: "Tell me about a change.", answer: Self.story),
      FormatFixture.entry(
        2, .followUp, question: "What did it save?", answer: "Two weeks per hire.", parent: 1),
      FormatFixture.entry(3, question: "Q?", answer: "half typed", skipped: true),
      FormatFixture.entry(4, question: "Q?", answer: " \n "),
      FormatFixture.entry(
        5, .candidateQuestion, segment: .questions, question: "Yours?", answer: "How big?"),
      FormatFixture.entry(6, .reflection, segment: nil, question: "Well?", answer: "Calm."),
    ]
    let feedback = StoredAnswerAnalysis.feedback(for: transcript)
    #expect(feedback.keys.sorted() == [1, 2, 5])
    #expect(feedback[5]?.questions?.first?.isOpen == true)
    #expect(feedback[1]?.verdicts.result == true)
    #expect(feedback[1]?.speaking?.targetSeconds == 120)
  }

  @Test("the job description's terms and the tips found for each answer are used")
  func jobTermsAndTips() {
    var transcript = FormatFixture.second
    transcript.jobDescription = "Onboarding lead: onboarding, checklists, mentoring. Onboarding."
    transcript.entries = [
      FormatFixture.entry(1, question: "Tell me about a change.", answer: Self.story)
    ]
    let feedback = StoredAnswerAnalysis.feedback(for: transcript) { entry in
      entry.sequence == 1 ? ["A checklist or process the candidate wrote"] : []
    }
    let made = feedback[1]
    #expect(made?.jobTerms.used.contains("onboarding") == true, "\(String(describing: made))")
    #expect(made?.tipsTouched == ["A checklist or process the candidate wrote"])
  }

  @Test("a spoken answer keeps the delivery its first feedback measured")
  func deliveryIsKept() {
    let delivery = SpokenDelivery(
      wordsPerMinute: 210, longPauses: [2_500], longestPauseMilliseconds: 2_500,
      speakingMilliseconds: 9_000)
    var entry = FormatFixture.entry(1, question: "Tell me about a change.", answer: Self.story)
    var old = AnswerAnalyzer.standard.analyse(
      FeedbackInput(answer: entry.answer, segment: .behavioural))
    old.delivery = delivery
    entry.feedback = old
    var transcript = FormatFixture.second
    transcript.entries = [entry]
    let made = StoredAnswerAnalysis.feedback(for: transcript)[1]
    #expect(made?.delivery == delivery)
    #expect(made?.speaking == nil)
    #expect(made?.notes.contains { $0.code == "fast" } == true)
    #expect(made?.notes.contains { $0.code == "pauses" } == true)
  }
}
