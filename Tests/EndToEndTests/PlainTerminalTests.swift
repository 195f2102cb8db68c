import Foundation
import Testing

/// `rehearse --plain` typed on a terminal: the line editor, the clocks measured from keys, and
/// Ctrl-C keeping the line as a draft to resume. The pipe's side is in PlainRehearsalTests.
@Suite("rehearse --plain on a terminal: editing, timing, drafts", .enabled(if: Tmux.isAvailable))
struct PlainTerminalTests {
  static let oneQuestion = [
    "--seed", "1", "--per-segment", "1", "--segments", "behavioural", "--no-follow-ups",
    "--feedback", "off",
  ]

  @Test("thinking time ends at the first key and answer time at Enter, within 0.5 s of the pauses")
  func timings() throws {
    let sandbox = try Sandbox()
    let terminal = try PlainTerminal(
      sandbox: sandbox, arguments: sandbox.plainArguments(Self.oneQuestion))
    try #require(terminal.nextPrompt() != nil, "no question: \(terminal.output)")
    // The pauses are what is measured: about 2 s thinking, then 3 s between first key and Enter.
    // An empty Enter half-way is refused and does not end the thinking time.
    Thread.sleep(forTimeInterval: 1)
    try terminal.answer("")
    try #require(terminal.nextPrompt() != nil, "no hint: \(terminal.output)")
    Thread.sleep(forTimeInterval: 1)
    try terminal.type("half an ")
    Thread.sleep(forTimeInterval: 3)
    try terminal.answer("answer")
    try #require(terminal.nextPrompt() != nil, "no reflection: \(terminal.output)")
    try terminal.press("C-d")
    #expect(terminal.waitForExit() == 0)

    let transcript = try sandbox.onlyTranscript()
    let entry = try #require(transcript.entries.first)
    #expect(entry.answer == "half an answer")
    let thinking = try #require(entry.thinkingMs)
    let answering = try #require(entry.answerMs)
    #expect(abs(thinking - 2000) <= 500, "thinking_ms \(thinking)")
    #expect(abs(answering - 3000) <= 500, "answer_ms \(answering)")
    #expect(transcript.session.interviewMs >= thinking + answering - 50)
  }

  @Test("spoken mode: Enter starts speaking, the notes line ends the answer")
  func spokenMode() throws {
    let sandbox = try Sandbox()
    let terminal = try PlainTerminal(
      sandbox: sandbox, arguments: sandbox.plainArguments(Self.oneQuestion + ["--mode", "spoken"]))
    let question = try #require(terminal.nextPrompt(), "no question: \(terminal.output)")
    #expect(question.contains("Answer aloud: press Enter as you start"))
    Thread.sleep(forTimeInterval: 0.5)
    try terminal.answer("")
    try #require(terminal.nextPrompt() != nil, "\(terminal.output)")
    Thread.sleep(forTimeInterval: 0.5)
    try terminal.answer("STAR story; the migration; cut costs 20%")
    let reflection = try #require(terminal.nextPrompt())
    #expect(reflection.contains("What went well?"))
    try terminal.press("C-d")
    #expect(terminal.waitForExit() == 0)

    let entry = try #require(try sandbox.onlyTranscript().entries.first)
    #expect(entry.spokenNotes)
    #expect(entry.answer == "STAR story; the migration; cut costs 20%")
    // Thinking ends at the empty line (speaking starts); the answer runs until the notes end.
    let thinking = entry.thinkingMs ?? 0
    let answering = entry.answerMs ?? 0
    #expect((400..<10_000).contains(thinking), "thinking_ms \(thinking)")
    #expect((400..<10_000).contains(answering), "answer_ms \(answering)")
  }

  @Test(
    "arrows, Ctrl-W, Home and End edit the line; Alt-Enter and Ctrl-J break it; no escape is saved")
  func editing() throws {
    let sandbox = try Sandbox()
    let terminal = try PlainTerminal(
      sandbox: sandbox,
      arguments: sandbox.plainArguments([
        "--seed", "4", "--segments", "behavioural", "--per-segment", "2", "--no-follow-ups",
        "--feedback", "off",
      ]))
    try #require(terminal.nextPrompt() != nil, "no question: \(terminal.output)")
    try terminal.type("Open plan offices")
    try terminal.press("Left", "Left", "Left", "C-w")
    try terminal.type("spa")
    try terminal.press("Home")
    try terminal.type("My ")
    try terminal.press("End")
    try terminal.answer("!")
    try #require(terminal.nextPrompt() != nil, "\(terminal.output)")
    try terminal.type("line one")
    try terminal.press("M-Enter")
    try terminal.type("line two")
    try terminal.press("C-j")
    try terminal.answer("line three")
    try #require(terminal.nextPrompt() != nil, "\(terminal.output)")
    // The screen shows the answer as it now reads.
    #expect(try terminal.printed().contains("> My Open plan spaces!"))
    try terminal.press("C-d")
    #expect(terminal.waitForExit() == 0)

    let answers = try sandbox.onlyTranscript().entries.map(\.answer)
    #expect(answers.prefix(2) == ["My Open plan spaces!", "line one\nline two\nline three"])
    for answer in answers {
      #expect(!answer.unicodeScalars.contains { $0.isForbiddenControlForTests }, "\(answer)")
      #expect(!answer.contains("[D"), "\(answer)")
    }
  }

  @Test("Ctrl-C mid-line keeps the line as the draft; the next rehearse --plain resumes it")
  func interruptKeepsTheDraft() throws {
    let sandbox = try Sandbox()
    let arguments = sandbox.plainArguments(Self.oneQuestion)
    let terminal = try PlainTerminal(sandbox: sandbox, arguments: arguments)
    try #require(terminal.nextPrompt() != nil, "no question: \(terminal.output)")
    try terminal.type("half of my answer")
    try terminal.press("C-c")
    #expect(terminal.waitForExit() == 130)
    #expect(
      try terminal.printed().contains(
        "Saved your draft (Behavioural · question 1 of 1); "
          + "run 'secondround rehearse --plain' to go on."))
    #expect(try sandbox.sessions().map(\.status) == ["interrupted"])

    try terminal.tmux.restart(arguments)
    try #require(
      terminal.tmux.waitFor("Resume the interview with Acme from") != nil,
      "\(terminal.output)")
    try terminal.press("Enter")
    // The draft is on the answer line, to go on with, and said so under the question.
    try #require(terminal.tmux.waitFor("> half of my answer") != nil, "\(terminal.output)")
    #expect(try terminal.printed().contains("Your draft is on the answer line"))
    try terminal.press("C-w")
    try terminal.answer("reply, finished")
    try #require(terminal.tmux.waitFor("What went well?") != nil, "\(terminal.output)")
    try terminal.press("C-d")
    #expect(terminal.waitForExit() == 0)

    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    #expect(transcript.entries.first?.answer == "half of my reply, finished")
  }

  @Test(
    "SIGTERM, SIGHUP and the terminal closing mid-line keep the line as the draft",
    arguments: ["SIGTERM", "SIGHUP", "closed"])
  func signalsKeepTheDraft(ending: String) throws {
    let sandbox = try Sandbox()
    let arguments = sandbox.plainArguments(Self.oneQuestion)
    var terminal = try PlainTerminal(sandbox: sandbox, arguments: arguments)
    try #require(terminal.nextPrompt() != nil, "no question: \(terminal.output)")
    try terminal.type("typed before the \(ending)")
    try #require(terminal.tmux.waitFor("> typed before the \(ending)") != nil)
    switch ending {
    case "SIGTERM": kill(try terminal.tmux.appPID(), SIGTERM)
    case "SIGHUP": kill(try terminal.tmux.appPID(), SIGHUP)
    default: try terminal.tmux.command(["kill-pane", "-t", Tmux.target])
    }
    let stopped = Poll.value { () -> Bool? in
      (try? sandbox.sessions().first?.status) == "interrupted" ? true : nil
    }
    try #require(stopped == true, "not saved as interrupted: \(terminal.output)")
    if ending != "closed" {
      #expect(terminal.waitForExit() == (ending == "SIGTERM" ? 143 : 129))
      #expect(try terminal.printed().contains("Saved your draft (Behavioural · question 1 of 1)"))
    }

    // A new terminal: the next rehearse --plain resumes with the line on the answer line.
    terminal = try PlainTerminal(sandbox: sandbox, arguments: arguments)
    try #require(terminal.tmux.waitFor("[Y/n]") != nil, "\(terminal.output)")
    try terminal.press("Enter")
    let resumed = terminal.tmux.waitFor("> typed before the \(ending)")
    #expect(resumed != nil, "\(terminal.output)")
  }

  @Test(":help, :repeat, :time and an unknown :word answer on the spot and are never saved")
  func commands() throws {
    let sandbox = try Sandbox()
    let terminal = try PlainTerminal(
      sandbox: sandbox, arguments: sandbox.plainArguments(Self.oneQuestion))
    try #require(terminal.nextPrompt() != nil, "no question: \(terminal.output)")
    for command in [":help", ":repeat", ":time", ":stop"] {
      try terminal.answer(command)
      try #require(terminal.nextPrompt() != nil, "after \(command): \(terminal.output)")
    }
    let printed = try terminal.printed()
    for command in [":help", ":repeat", ":time", ":skip", ":pause", ":end", ":quit"] {
      #expect(printed.contains("  \(command)  "), "\(command) missing from the list:\n\(printed)")
    }
    #expect(PrintedQuestion.all(in: printed).count == 2, "\(printed)")
    #expect(printed.contains("Time: thinking "), "\(printed)")
    #expect(printed.contains(":stop is no command; nothing was saved."), "\(printed)")
    try terminal.answer("The answer")
    try #require(terminal.nextPrompt() != nil)
    try terminal.press("C-d")
    #expect(terminal.waitForExit() == 0)
    #expect(try sandbox.onlyTranscript().entries.map(\.answer) == ["The answer"])
  }

  @Test("a piped rehearsal is untimed, shown so, and stats leave it out of the time trend")
  func pipedIsUntimed() throws {
    let sandbox = try Sandbox()
    let culture = ["--seed", "1", "--segments", "culture", "--no-follow-ups", "--feedback", "off"]
    try sandbox.rehearseOnTerminal(culture, lines: ["typed one"])
    try sandbox.rehearseOnTerminal(culture, lines: ["typed two"])
    let piped = try sandbox.run(sandbox.plainArguments(culture), input: "piped\n")
    try #require(piped.exitCode == 0, "\(piped.stderr)")
    #expect(piped.stdout.contains(" Untimed, target "), "\(piped.stdout)")

    let sessions = try sandbox.sessions()
    try #require(sessions.count == 3)
    let pipedEntry = try #require(try sandbox.transcript(3).entries.first)
    #expect(pipedEntry.answer == "piped")
    #expect(pipedEntry.thinkingMs == nil && pipedEntry.answerMs == nil)
    #expect(try sandbox.transcript(1).entries.first?.answerMs != nil)
    let shown = try sandbox.transcripts(["show", "3"])
    #expect(shown.stdout.contains("Untimed, target"), "\(shown.stdout)")

    struct Stats: Decodable {
      struct Trend: Decodable { var sessions: Int }
      var sessions: Int
      var trend: Trend?
    }
    let json = try sandbox.transcripts(["stats", "--json"])
    let stats = try JSONDecoder().decode(Stats.self, from: Data(json.stdout.utf8))
    #expect(stats.sessions == 3)
    // Only the two typed on the terminal have times to compare.
    #expect(stats.trend?.sessions == 2)
    #expect(try sandbox.transcripts(["stats"]).stdout.contains("Across the last 2 sessions"))
  }
}

/// `rehearse --plain` without --company or --position: asked on a terminal, an error from a pipe.
@Suite("rehearse --plain: asking for what is missing", .enabled(if: Tmux.isAvailable))
struct PlainSetupPromptTests {
  @Test("on a terminal it asks for every setting, the last company prefilled, bad values again")
  func asksOnATerminal() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseOnTerminal(
      ["--seed", "1", "--segments", "culture", "--no-follow-ups"], lines: ["first"])
    // No --start, --company or --position: the setup is asked a line at a time.
    let arguments = ["rehearse", "--plain", "--seed", "2", "--data-dir", sandbox.store.path]
    let terminal = try PlainTerminal(sandbox: sandbox, arguments: arguments)
    try #require(terminal.tmux.waitFor("Company: Acme") != nil, "\(terminal.output)")
    try terminal.press("C-w")
    try terminal.answer("Globex")
    try #require(terminal.tmux.waitFor("Position: Analyst") != nil, "\(terminal.output)")
    try terminal.answer("")
    try #require(terminal.tmux.waitFor("[second-interview]:") != nil, "\(terminal.output)")
    // Deck, role, segments, questions each (twice), answers, follow-ups, feedback, salary
    // range, walk-away (twice), interviewers, job.
    for line in ["", "", "culture", "25", "1", "", "off", "", "", "about 80", "", "", ""] {
      try terminal.answer(line)
      Thread.sleep(forTimeInterval: 0.2)
    }
    try #require(terminal.nextPrompt() != nil, "no question: \(terminal.output)")
    let printed = try terminal.printed()
    #expect(printed.contains("type a number from 1 to 20, not '25'"), "\(printed)")
    #expect(printed.contains("the walk-away is a figure such as 85k"), "\(printed)")
    #expect(printed.contains("Globex, Analyst; deck second-interview"), "\(printed)")
    try terminal.answer("second")
    try #require(terminal.nextPrompt() != nil, "\(terminal.output)")
    try terminal.press("C-d")
    #expect(terminal.waitForExit() == 0)
    let latest = try #require(try sandbox.sessions().first { $0.company == "Globex" })
    #expect(latest.position == "Analyst")
    #expect(latest.segments == ["culture"])
    #expect(latest.answers == 1)
  }

  @Test("with an interview to resume it offers that first, and asks the setup only if declined")
  func resumeComesBeforeTheSetup() throws {
    let sandbox = try Sandbox()
    let first = try PlainTerminal(
      sandbox: sandbox, arguments: sandbox.plainArguments(["--seed", "1", "--no-follow-ups"]))
    try #require(first.nextPrompt() != nil, "no question: \(first.output)")
    try first.type("a draft")
    try first.press("C-c")
    #expect(first.waitForExit() == 130)

    // No --company or --position: the setup would be asked, but the interrupted interview
    // is offered before a single field; taking it up asks nothing else.
    let arguments = ["rehearse", "--plain", "--data-dir", sandbox.store.path]
    let resumed = try PlainTerminal(sandbox: sandbox, arguments: arguments)
    try #require(
      resumed.tmux.waitFor("Resume the interview with Acme from") != nil, "\(resumed.output)")
    #expect(try !resumed.printed().contains("Setting up the rehearsal"))
    try resumed.press("Enter")
    try #require(resumed.tmux.waitFor("> a draft") != nil, "\(resumed.output)")
    #expect(try !resumed.printed().contains("Setting up the rehearsal"))
    try resumed.press("C-c")
    #expect(resumed.waitForExit() == 130)

    // Declined, the setup follows, for the new interview.
    let declined = try PlainTerminal(sandbox: sandbox, arguments: arguments)
    try #require(
      declined.tmux.waitFor("Resume the interview with Acme from") != nil, "\(declined.output)")
    try declined.answer("n")
    try #require(declined.tmux.waitFor("Company: Acme") != nil, "\(declined.output)")
    try declined.press("C-c")
    #expect(declined.waitForExit() == 130)
  }

  @Test("from a pipe a missing company is still a usage error naming the flags")
  func pipeNamesTheFlags() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      ["rehearse", "--plain", "--data-dir", sandbox.store.path], input: "an answer\n")
    #expect(result.exitCode != 0)
    #expect(result.stderr.contains("pass --company and --position"), "\(result.stderr)")
    #expect(try sandbox.sessions().isEmpty)
  }
}
