import Foundation
import Testing

@testable import InterviewCore

/// The transcript views agree with each other: where the candidate's own questions are
/// labelled, what the session's role is called, and what counts as an answer.
@Suite struct TranscriptViewsTests {
  /// The fixture's candidate question, as the candidate typed it.
  static let asked = "What does success look like in 90 days?"

  @Test("the text view puts 'You asked:' before the candidate's question, not the prompt")
  func textLabelsTheCandidatesQuestion() {
    let lines = TranscriptText.lines(FormatFixture.transcript, timeZone: FormatFixture.zone)
    let labelled = lines.filter { $0.contains("You asked:") }
    #expect(labelled.count == 1)
    #expect(labelled.first?.hasSuffix("You asked: \(Self.asked)") == true)
    #expect(!lines.contains { $0.contains("You asked: Do you have any questions for us?") })
  }

  @Test("a search hit in a candidate's question labels the question, not the prompt")
  func searchLabelsTheCandidatesQuestion() {
    let hit = SearchHit(
      sessionID: 3, started: FormatFixture.started, company: "Acme", position: "Analyst",
      sequence: 7, kind: .candidateQuestion, question: "Do you have any questions for us?",
      field: .answer,
      snippet: [SnippetPart("What does ", isMatch: false), SnippetPart("success", isMatch: true)])
    let lines = SearchText.lines(hit, highlight: .brackets, timeZone: .gmt)
    #expect(lines[0] == "Mon 16 Nov 09:30  #3  Acme — Do you have any questions for us?")
    #expect(lines[1] == "    You asked: What does [success]")
  }

  @Test("the Markdown header names the role as a role, not as an interviewer")
  func markdownNamesTheRole() {
    var transcript = FormatFixture.transcript
    transcript.summary.role = "data"
    // Without names typed in the setup form, nothing in the header is an interviewer.
    transcript.summary.interviewers = nil
    let text = TranscriptMarkdown.session(transcript, timeZone: FormatFixture.zone)
    let header = text.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
    #expect(header.contains(" · role data"))
    #expect(!header.contains("interviewer"))
  }

  @Test("an answer counts when an interviewer's question got one: skipped ones do not")
  func oneDefinitionOfAnAnswer() {
    let entries = FormatFixture.transcript.entries
    let counted = entries.filter(\.countsAsAnswer).map(\.sequence)
    // 1 answer, 2 follow-up, 4-6 answers; 3 was skipped, 7 is the candidate's, 8 a reflection.
    #expect(counted == [1, 2, 4, 5, 6])
  }

  @Test("the summary's answers are those the list counts: a skipped one is not among them")
  func summaryCountsAsTheListDoes() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("Answer", after: 1_000)
    script.send(.submit, after: 1_000)
    script.type("Because", after: 1_000)
    script.send(.submit, after: 1_000)
    script.send(.openMenu)
    script.send(.choose(.skip))
    let report = InterviewReport(script.interview)
    #expect(report.answers.count == 3)
    #expect(report.skipped.count == 1)
    #expect(report.answered.map(\.sequence) == [1, 2])
    #expect(report.answered == script.interview.entries.filter(\.countsAsAnswer))
  }
}
