import Foundation
import InterviewCore
import Testing

/// Transcripts crafted for the letter: what is rated, asked and reflected is chosen per test.
enum LetterFixture {
  static let started = Date(timeIntervalSince1970: 1_794_821_400)

  static func entry(
    _ sequence: Int, _ kind: EntryKind = .answer, segment: SegmentKind? = .behavioural,
    question: String, answer: String = "An answer.", rating: Int? = nil, skipped: Bool = false
  ) -> Entry {
    Entry(
      TranscriptEntry(
        sequence: sequence, kind: kind, segment: segment, questionID: nil, question: question,
        answer: answer, skipped: skipped),
      recorded: started.addingTimeInterval(Double(sequence * 60)),
      annotation: Annotation(rating: rating))
  }

  static func reflection(_ sequence: Int, _ prompt: ReflectionPrompt, _ answer: String) -> Entry {
    entry(sequence, .reflection, segment: nil, question: prompt.text, answer: answer)
  }

  static func transcript(
    _ entries: [Entry], interviewers: String? = nil,
    segments: [String] = ["behavioural", "technical", "salary", "questions"], letter: String? = nil
  ) -> Transcript {
    Transcript(
      summary: SessionSummary(
        id: 3, started: started, updated: started, status: .finished, company: "Northwind",
        position: "Data Analyst", deckID: "second-interview", deckTitle: "Second interview",
        role: nil, mode: "typed", segments: segments, seed: 1, salaryRange: nil, walkAway: nil,
        answers: entries.count, interviewMilliseconds: 0, interviewers: interviewers),
      entries: entries, letter: letter)
  }

  /// Every kind of material: two rated answers, a question asked, all three reflections.
  static let full = transcript([
    entry(1, question: "Tell me about a launch you owned. What went wrong?", rating: 3),
    entry(2, question: "Describe a difficult situation with a colleague.", rating: 5),
    entry(3, segment: .technical, question: "How would you model churn?", rating: 4),
    entry(
      4, .candidateQuestion, segment: .questions, question: "Do you have any questions for us?",
      answer: "What does success look like in the first six months?"),
    reflection(5, .wentWell, "Stayed calm."),
    reflection(6, .doDifferently, "Give numbers sooner."),
    reflection(7, .followUp, "my churn answer skipped the cohort analysis i ran at Contoso"),
  ])

  /// Phrases a thank-you note is worse for: generic, filler or claims every panel reads.
  static let cliches = [
    "time and consideration", "i am writing to", "perfect fit", "passionate", "team player",
    "hit the ground running", "do not hesitate", "don't hesitate", "touch base",
    "at your earliest convenience", "think outside the box", "synergy", "to whom it may concern",
  ]
}

@Suite struct FollowUpLetterTests {
  @Test func namesTheCompanyAndPositionInSubjectThanksAndClosing() {
    let letter = FollowUpLetter(transcript: LetterFixture.full)
    #expect(letter.subject.contains("Northwind") && letter.subject.contains("Data Analyst"))
    #expect(letter.thanks.contains("Data Analyst role at Northwind"))
    #expect(letter.closing.contains("Data Analyst") && letter.closing.contains("Northwind"))
    #expect(letter.text.hasPrefix("Subject: "))
  }

  @Test func withoutNamesThanksThePanelByRoleOnceEach() {
    let letter = FollowUpLetter(transcript: LetterFixture.full)
    #expect(letter.greeting == "Dear Northwind interview panel,")
    // behavioural and questions are both the hiring manager's; salary is the HR partner's.
    #expect(
      letter.thanks.contains("to the hiring manager, the team lead and the HR partner"))
  }

  @Test func aPanelFromTheDeckReplacesTheDefaultRoles() {
    let letter = FollowUpLetter(
      transcript: LetterFixture.full, panel: ["Head of product", "Analytics lead"])
    #expect(letter.thanks.contains("to the head of product and the analytics lead"))
  }

  @Test func withNamesGreetsThemAndLeavesTheRolesOut() {
    let transcript = LetterFixture.transcript(
      LetterFixture.full.entries, interviewers: "Dana Reyes, Sam Ortiz ,, Dr. Lee")
    let formal = FollowUpLetter(transcript: transcript)
    #expect(formal.greeting == "Dear Dana Reyes, Sam Ortiz and Dr. Lee,")
    #expect(!formal.thanks.contains("hiring manager"))
    let warm = FollowUpLetter(transcript: transcript, tone: .warm)
    #expect(warm.greeting == "Hi Dana, Sam and Dr. Lee,")
  }

  @Test func recipientOverridesTheSavedNames() {
    let transcript = LetterFixture.transcript(
      LetterFixture.full.entries, interviewers: "Dana Reyes, Sam Ortiz")
    let letter = FollowUpLetter(transcript: transcript, recipient: " Priya Shah ")
    #expect(letter.greeting == "Dear Priya Shah,")
  }

  @Test func specificsAreTheBestRatedAnswerAndTheQuestionAsked() {
    let letter = FollowUpLetter(transcript: LetterFixture.full)
    #expect(letter.specifics.count == 2)
    #expect(letter.specifics[0].contains("\"Describe a difficult situation with a colleague.\""))
    #expect(
      letter.specifics[1].contains("\"What does success look like in the first six months?\""))
    #expect(!letter.text.contains("launch"))
  }

  @Test func withoutAQuestionAskedTheTwoBestRatedAnswers() {
    let entries = LetterFixture.full.entries.filter { $0.kind != .candidateQuestion }
    let letter = FollowUpLetter(transcript: LetterFixture.transcript(entries))
    #expect(letter.specifics.count == 2)
    #expect(letter.specifics[0].contains("difficult situation"))
    #expect(letter.specifics[1].contains("How would you model churn?"))
  }

  @Test func answersRatedBelowFourAreNotSpecifics() {
    let letter = FollowUpLetter(
      transcript: LetterFixture.transcript([
        LetterFixture.entry(1, question: "Why Northwind?", rating: 3)
      ]))
    #expect(letter.specifics == ["[Name one moment of the conversation that stayed with you.]"])
  }

  @Test func questionsAskedAloneGiveUpToTwoSpecifics() {
    let letter = FollowUpLetter(
      transcript: LetterFixture.transcript([
        LetterFixture.entry(
          1, .candidateQuestion, segment: .questions, question: "Questions?",
          answer: "How is the team split?"),
        LetterFixture.entry(
          2, .candidateQuestion, segment: .questions, question: "Questions?", answer: "   "),
        LetterFixture.entry(
          3, .candidateQuestion, segment: .questions, question: "Questions?",
          answer: "what tools do you use"),
      ]))
    #expect(letter.specifics.count == 2)
    #expect(letter.specifics[1].contains("\"What tools do you use.\""))
  }

  @Test func theReflectionBecomesTheClarifyingParagraph() {
    let letter = FollowUpLetter(transcript: LetterFixture.full)
    #expect(!letter.clarificationIsPlaceholder)
    #expect(
      letter.clarification.hasSuffix(
        "My churn answer skipped the cohort analysis i ran at Contoso."))
    #expect(!letter.text.contains("Stayed calm"))
  }

  @Test func withoutReflectionAPlaceholderStandsInForTheClarification() {
    let entries = LetterFixture.full.entries.filter { $0.kind != .reflection }
    let letter = FollowUpLetter(transcript: LetterFixture.transcript(entries))
    #expect(letter.clarificationIsPlaceholder)
    #expect(letter.clarification.hasPrefix("[") && letter.clarification.hasSuffix("]"))
    // An empty answer to the prompt is no reflection either.
    let empty = LetterFixture.transcript(
      entries + [LetterFixture.reflection(9, .followUp, "  \n ")])
    #expect(FollowUpLetter(transcript: empty).clarificationIsPlaceholder)
  }

  @Test func aLongReflectionIsCutAtASentenceAndTheLetterStaysUnder200Words() {
    let sentence = "I should have said how the forecast changed our hiring plan for the quarter. "
    let longQuestion = Array(repeating: "very", count: 60).joined(separator: " ") + " long?"
    let transcript = LetterFixture.transcript(
      [
        LetterFixture.entry(1, question: longQuestion, rating: 5),
        LetterFixture.entry(
          2, .candidateQuestion, segment: .questions, question: "Questions?",
          answer: longQuestion),
        LetterFixture.reflection(3, .followUp, String(repeating: sentence, count: 20)),
      ],
      interviewers: "Alexandra Montgomery-Smith, Bartholomew Jones, Christopher Lee, Dee")
    for tone in LetterTone.allCases {
      let letter = FollowUpLetter(transcript: transcript, tone: tone)
      #expect(letter.wordCount < 200, "\(tone): \(letter.wordCount) words")
      #expect(letter.clarification.hasSuffix("quarter."))
      #expect(letter.specifics[0].contains("very..."))
    }
  }

  @Test func everyToneIsUnder200WordsAndFreeOfCliches() {
    for tone in LetterTone.allCases {
      let letter = FollowUpLetter(transcript: LetterFixture.full, tone: tone)
      #expect(letter.wordCount < 200)
      #expect(letter.wordCount == FollowUpLetter.words(in: letter.text))
      let lowered = letter.text.lowercased()
      for cliche in LetterFixture.cliches {
        #expect(!lowered.contains(cliche), "\(tone) says '\(cliche)'")
      }
    }
  }

  @Test func tonesDifferInEveryPartButTheSpecificsMaterial() {
    let formal = FollowUpLetter(transcript: LetterFixture.full, tone: .formal)
    let warm = FollowUpLetter(transcript: LetterFixture.full, tone: .warm)
    #expect(formal.subject != warm.subject)
    #expect(formal.greeting.hasPrefix("Dear ") && warm.greeting.hasPrefix("Hi "))
    #expect(formal.thanks != warm.thanks)
    #expect(formal.closing != warm.closing)
    #expect(formal.signOff != warm.signOff)
    #expect(warm.specifics[0].contains("difficult situation"))
  }

  @Test func theSameTranscriptGivesTheSameLetter() {
    let texts = (0..<3).map { _ in FollowUpLetter(transcript: LetterFixture.full).text }
    #expect(Set(texts).count == 1)
  }

  @Test func theTextIsParagraphsInOrder() {
    let letter = FollowUpLetter(transcript: LetterFixture.full)
    let paragraphs = letter.text.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 7)
    #expect(paragraphs[1] == letter.greeting)
    #expect(paragraphs[4] == letter.clarification)
    #expect(paragraphs[6] == "Kind regards,\n[Your name]\n")
  }

  @Test func aSavedLetterIsShownInsteadOfTheDraft() {
    let saved = LetterFixture.transcript(LetterFixture.full.entries, letter: "Edited.\n")
    #expect(FollowUpLetter.text(for: saved) == "Edited.\n")
    #expect(
      FollowUpLetter.text(for: LetterFixture.full)
        == FollowUpLetter(
          transcript: LetterFixture.full
        ).text)
  }

  @Test func userTextWithBracesIsNotFilledIn() {
    let transcript = LetterFixture.transcript(
      [LetterFixture.reflection(1, .followUp, "the {company} question")],
      interviewers: "{position}")
    let letter = FollowUpLetter(transcript: transcript)
    #expect(letter.greeting == "Dear {position},")
    #expect(letter.clarification.hasSuffix("The {company} question."))
  }

  @Test func interviewerNamesAreTrimmedAndNormalized() {
    #expect(Interviewers.names(in: " Dana  Reyes ,, Sam ") == ["Dana Reyes", "Sam"])
    #expect(Interviewers.normalized(" , ") == nil)
    #expect(Interviewers.normalized("Dana,Sam") == "Dana, Sam")
  }
}
