import Foundation
import Testing

/// A question as `rehearse --plain` prints it: a `Segment, question n of m, target 2 minutes.
/// Interviewer asks:` heading and the question on the next line.
struct PrintedQuestion: Equatable {
  var heading: String
  var text: String
  /// The target from the heading, in milliseconds.
  var targetMs: Int

  /// Every question heading in `stdout`, in order.
  static func all(in stdout: String) -> [PrintedQuestion] {
    let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var found: [PrintedQuestion] = []
    for (index, line) in lines.enumerated() where index + 1 < lines.count {
      guard line.hasSuffix(" asks:"), let match = line.firstMatch(of: #/, target ([^.]+)\. /#)
      else { continue }
      found.append(
        PrintedQuestion(
          heading: line, text: lines[index + 1], targetMs: milliseconds(in: String(match.1))))
    }
    return found
  }

  /// "2 minutes 30 seconds" in milliseconds.
  static func milliseconds(in words: String) -> Int {
    let minutes = words.firstMatch(of: /(\d+) minutes?/).flatMap { Int($0.1) } ?? 0
    let seconds = words.firstMatch(of: /(\d+) seconds?/).flatMap { Int($0.1) } ?? 0
    return (minutes * 60 + seconds) * 1000
  }
}

@Suite("rehearse --plain: answers from stdin, saved to the store")
struct PlainRehearsalTests {
  @Test("two piped answers: exit 0, one finished session, entries in order with their questions")
  func pipedAnswers() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(sandbox.plainArguments(["--seed", "3"]), input: "one\ntwo\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    #expect(!result.printsRawEscape)
    let storePath = sandbox.store.appendingPathComponent("transcripts.sqlite").path
    #expect(result.stdoutLines.last == "Transcript 1 saved in \(storePath)")
    #expect(result.stdout.contains("\nSummary.\n"))
    #expect(result.stdout.contains(" Untimed, target "), "\(result.stdout)")
    #expect(result.stdout.contains("Answers come from a pipe, so they are not timed"))

    let sessions = try sandbox.sessions()
    try #require(sessions.count == 1)
    let session = sessions[0]
    #expect(session.status == "finished")
    #expect(session.company == "Acme")
    #expect(session.position == "Analyst")
    #expect(session.deck == Bundled.generalID)
    #expect(!session.deckTitle.isEmpty)
    #expect(session.mode == "typed")
    #expect(session.seed == 3)
    #expect(session.segments == Bundled.generalSegments)
    #expect(session.answers == 2)
    #expect(session.interviewMs >= 0)

    let transcript = try sandbox.transcript(session.id)
    #expect(transcript.session.id == session.id)
    #expect(transcript.session.answers == 2)
    // End of input while the third question waited: it is kept as skipped, nothing after it.
    try #require(transcript.entries.count == 3, "\(transcript.entries)")
    #expect(transcript.entries.map(\.sequence) == [1, 2, 3])
    #expect(transcript.entries.map(\.answer) == ["one", "two", ""])
    #expect(transcript.entries.map(\.skipped) == [false, false, true])
    #expect(transcript.entries.allSatisfy { $0.kind == "answer" })
    #expect(transcript.entries.allSatisfy { $0.segment == "behavioural" })
    #expect(transcript.entries.allSatisfy { $0.spokenNotes == false && $0.parent == nil })
    for entry in transcript.entries {
      // From a pipe no key is seen before its line ends: the answers are untimed, not 0:00.
      #expect(entry.thinkingMs == nil, "thinking_ms of \(entry.sequence)")
      #expect(entry.answerMs == nil, "answer_ms of \(entry.sequence)")
      #expect((entry.targetMs ?? 0) > 0, "target_ms of \(entry.sequence)")
      #expect(entry.questionID?.isEmpty == false)
    }

    // What was stored is what was asked: the printed questions and targets, in order.
    let printed = PrintedQuestion.all(in: result.stdout)
    #expect(printed.map(\.text) == transcript.entries.map(\.question))
    #expect(printed.map(\.targetMs) == transcript.entries.map(\.targetMs))
    #expect(printed.first?.heading.hasPrefix("Behavioural, question 1 of 3, target ") == true)

    // And each question is the deck's own, by id, with the deck's target.
    let deck = try JSONOutput.deck(sandbox.run(["decks", "show", Bundled.generalID, "--json"]))
    for entry in transcript.entries {
      let question = try #require(deck.questions.first { $0.id == entry.questionID })
      let filled = question.text.replacingOccurrences(of: "{company}", with: "Acme")
        .replacingOccurrences(of: "{position}", with: "Analyst")
      #expect(entry.question == filled)
      #expect(entry.targetMs == question.targetSeconds * 1000)
    }
  }

  @Test("the same seed draws the same questions")
  func sameSeed() throws {
    let first = try Sandbox()
    let second = try Sandbox()
    let arguments = ["--seed", "42", "--per-segment", "2", "--no-follow-ups"]
    let input = "a\nb\nc\nd\ne\nf\n"
    let one = try first.run(first.plainArguments(arguments), input: input)
    let two = try second.run(second.plainArguments(arguments), input: input)
    #expect(one.exitCode == 0 && two.exitCode == 0)
    // Six answers, and the seventh question, skipped at end of input.
    let ids = try first.onlyTranscript().entries.map(\.questionID)
    #expect(ids.count == 7)
    #expect(try second.onlyTranscript().entries.map(\.questionID) == ids)
  }

  @Test("a whole interview: answers, follow-ups linked to their parent, two questions, reflection")
  func wholeInterview() throws {
    let sandbox = try Sandbox()
    let process = try sandbox.start(sandbox.plainArguments(["--seed", "7", "--per-segment", "1"]))
    let driver = PlainDriver(process)

    // Answer every interview question until the candidate's turn to ask.
    var answered: [String] = []
    var prompt = try #require(driver.nextPrompt(), "no first question: \(process.stdout)")
    while !prompt.contains("Do you have any questions for us?") {
      try #require(answered.count < 20, "the interview never reached the candidate's questions")
      #expect(prompt.hasSuffix("> "))
      let answer = "answer \(answered.count + 1)"
      try driver.answer(answer)
      answered.append(answer)
      prompt = try #require(driver.nextPrompt(), "after '\(answer)': \(process.stdout)")
    }
    #expect(prompt.hasSuffix("? "))
    try driver.answer("What does success look like after ninety days?")
    prompt = try #require(driver.nextPrompt())
    #expect(prompt.contains("Is there anything else you'd like to ask us?"))
    try driver.answer("How does the team review its work?")
    prompt = try #require(driver.nextPrompt())
    // An empty line: no more questions, on to the reflection.
    try driver.answer("")
    prompt = try #require(driver.nextPrompt())
    #expect(prompt.contains("What went well?"))
    try driver.answer("Concrete examples")
    prompt = try #require(driver.nextPrompt())
    #expect(prompt.contains("What would you do differently next time?"))
    try driver.answer("Shorter openings")
    prompt = try #require(driver.nextPrompt())
    #expect(prompt.contains("What should your follow-up note to the panel address?"))
    try driver.answer("The pricing question")

    let end = try #require(process.waitForExit(), "still running: \(process.stdout)")
    #expect(end == Termination(status: 0, bySignal: false), "stderr: \(process.stderr)")
    #expect(process.stdout.contains("\nSummary.\n"))
    #expect(process.stdout.contains("Transcript 1 saved in "))

    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    #expect(transcript.session.answers == answered.count)
    #expect(transcript.entries.map(\.sequence) == Array(1...transcript.entries.count))

    let spoken = transcript.entries.filter { $0.kind == "answer" || $0.kind == "follow-up" }
    #expect(spoken.map(\.answer) == answered)
    #expect(spoken.allSatisfy { !$0.skipped })
    // Four question segments, one question each.
    #expect(
      transcript.entries("answer").compactMap(\.segment)
        == Array(Bundled.generalSegments.dropLast()))
    let followUps = transcript.entries("follow-up")
    // With one question a segment, a question that has follow-ups always gets one.
    #expect(!followUps.isEmpty, "seed 7 should draw at least one follow-up")
    for followUp in followUps {
      let parent = try #require(
        transcript.entries.first { $0.sequence == followUp.parent },
        "follow-up \(followUp.sequence) has parent \(String(describing: followUp.parent))")
      #expect(parent.kind == "answer")
      #expect(parent.segment == followUp.segment)
      #expect(parent.sequence == followUp.sequence - 1)
      #expect(parent.questionID == followUp.questionID)
      #expect(followUp.question != parent.question)
    }
    for entry in transcript.entries where entry.kind != "follow-up" {
      #expect(entry.parent == nil, "entry \(entry.sequence) should have no parent")
    }

    let asked = transcript.entries("candidate-question")
    #expect(
      asked.map(\.answer) == [
        "What does success look like after ninety days?", "How does the team review its work?",
      ])
    #expect(asked.allSatisfy { $0.segment == "questions" && !$0.skipped })
    #expect(
      asked.map(\.question) == [
        "Do you have any questions for us?", "Is there anything else you'd like to ask us?",
      ])

    let reflection = transcript.entries("reflection")
    #expect(
      reflection.map(\.answer) == ["Concrete examples", "Shorter openings", "The pricing question"])
    #expect(
      reflection.map(\.question) == [
        "What went well?", "What would you do differently next time?",
        "What should your follow-up note to the panel address?",
      ])
    #expect(reflection.allSatisfy { $0.segment == nil })
    // The reflection comes last.
    #expect(transcript.entries.suffix(3).map(\.kind) == ["reflection", "reflection", "reflection"])
  }

  @Test(":skip records a skipped entry; :quit ends and saves, reading nothing after it")
  func skipAndQuit() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--seed", "5", "--segments", "behavioural,technical", "--no-follow-ups",
      ]),
      input: "first\n:skip\n  :quit  \nafter the quit\nmore\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("\nSummary.\n"))

    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    #expect(transcript.session.answers == 1)
    // The question showing at :quit is kept as skipped too; the reflection is skipped whole.
    #expect(transcript.entries.map(\.answer) == ["first", "", ""])
    #expect(transcript.entries.map(\.skipped) == [false, true, true])
    #expect(transcript.entries.allSatisfy { $0.kind == "answer" && $0.segment == "behavioural" })
    #expect(!transcript.entries.contains { $0.answer.contains("after") || $0.answer == ":skip" })
  }

  @Test("end of input mid-interview saves what was answered, the last line even without a newline")
  func endOfInput() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments(["--seed", "11", "--per-segment", "3", "--no-follow-ups"]),
      input: "alpha\r\nbeta")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    // CRLF is a line ending, not part of the answer.
    #expect(transcript.entries.map(\.answer) == ["alpha", "beta", ""])
    #expect(transcript.entries.map(\.skipped) == [false, false, true])
    // Nothing from later segments was made up.
    #expect(transcript.entries.allSatisfy { $0.segment == "behavioural" })
  }

  @Test("an empty answer is refused with a hint, and the question is asked again")
  func emptyAnswer() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--seed", "2", "--per-segment", "1", "--segments", "culture", "--no-follow-ups",
      ]),
      input: "\n\nreal answer\n")
    #expect(result.exitCode == 0)
    let hint = "Type an answer first, or :skip to skip this question."
    #expect(result.stdoutLines.filter { $0.hasSuffix(hint) }.count == 2, "\(result.stdout)")
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.entries.map(\.answer) == ["real answer"])
    #expect(transcript.entries.map(\.skipped) == [false])
  }

  @Test(
    "a refused blank answer leaves no spaces behind in the next one",
    .bug(id: "plain-blank-answer", "fixed: spaces of a refused line prefixed the next answer"))
  func blankAnswerLeavesNothing() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--seed", "2", "--per-segment", "1", "--segments", "culture", "--no-follow-ups",
      ]),
      input: "   \nreal answer\n")
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("Type an answer first, or :skip to skip this question."))
    let transcript = try sandbox.onlyTranscript()
    // The refused line was only spaces: the answer is the next line as typed.
    #expect(transcript.entries.map(\.answer) == ["real answer"])
  }

  @Test("control characters in answers never reach stdout raw and are not stored")
  func controlCharactersInAnswers() throws {
    let sandbox = try Sandbox()
    // ESC sequences (colour, clear screen, a window title ended by BEL), a C1 CSI, DEL, and a
    // byte that is not UTF-8.
    let line =
      Array("hello \u{1B}[31mred\u{1B}[0m \u{1B}[2J\u{1B}]0;pwned\u{07} \u{9B}1m del\u{7F} ".utf8)
      + [0xFF] + Array(" end\n".utf8)
    let result = try sandbox.run(
      sandbox.plainArguments(["--seed", "9", "--per-segment", "1", "--segments", "culture"]),
      inputBytes: line + Array("second\n".utf8))
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(!result.printsRawEscape)
    #expect(!result.stdout.unicodeScalars.contains { $0.isForbiddenControlForTests })

    let transcript = try sandbox.onlyTranscript()
    let answer = try #require(transcript.entries.first?.answer)
    #expect(
      !answer.unicodeScalars.contains { $0.isForbiddenControlForTests },
      "stored: \(answer.debugDescription)")
    #expect(answer.hasPrefix("hello "))
    #expect(answer.contains("red"))
    #expect(answer.hasSuffix(" end"))

    // Nor do they come back raw when the transcript is shown as text.
    let shown = try sandbox.run(["transcripts", "show", "1", "--data-dir", sandbox.store.path])
    #expect(shown.exitCode == 0)
    #expect(!shown.printsRawEscape)
    #expect(shown.stdout.contains("hello "))
  }
}

extension Unicode.Scalar {
  /// C0 controls but newline and tab, DEL and C1: what a terminal could act on.
  var isForbiddenControlForTests: Bool {
    switch value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
    default: return false
    }
  }
}
