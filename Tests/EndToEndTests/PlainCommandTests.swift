import Foundation
import Testing

/// Plain mode's commands: a line of its own that starts with a colon. None is ever saved as an
/// answer; `::` starts an answer with a colon.
@Suite("rehearse --plain: :help, :repeat, :time, :pause, :end and unknown commands")
struct PlainCommandTests {
  static let flags = [
    "--seed", "4", "--segments", "behavioural", "--per-segment", "2", "--no-follow-ups",
    "--feedback", "off",
  ]

  @Test("commands answer on the spot and are never saved; '::' answers with a colon")
  func commandsAreNotAnswers() throws {
    let sandbox = try Sandbox()
    let input =
      [
        ":help", ":repeat", ":time", ":stop", "::colon first", "The second answer", "",
        "", "",
      ].joined(separator: "\n") + "\n"
    let result = try sandbox.run(sandbox.plainArguments(Self.flags), input: input)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let out = result.stdout
    for command in [":help", ":repeat", ":time", ":skip", ":pause", ":end", ":quit"] {
      #expect(out.contains("  \(command)  "), "\(command) missing from the list:\n\(out)")
    }
    // :repeat shows the first question a second time.
    let questions = PrintedQuestion.all(in: out)
    try #require(questions.count >= 3, "\(out)")
    #expect(questions[0] == questions[1])
    // From a pipe the answers are untimed, and :time says so rather than "thinking 0:00".
    #expect(out.contains("Time: answers from a pipe are untimed, target "), "\(out)")
    #expect(
      out.contains("target \(questions[0].heading.firstMatch(of: /target ([^.;]+)\./)?.1 ?? "?");"),
      "\(out)")
    #expect(out.contains(":stop is no command; nothing was saved."), "\(out)")

    let transcript = try sandbox.onlyTranscript()
    let answers = transcript.entries.filter { $0.kind == "answer" }.map(\.answer)
    #expect(answers == [":colon first", "The second answer"], "\(answers)")
    #expect(!transcript.entries.contains { $0.answer.hasPrefix(":h") || $0.answer == ":stop" })
  }

  @Test(
    ":pause stops the clocks until Enter: the paused time is not counted",
    .enabled(if: Tmux.isAvailable))
  func pauseStopsTheClocks() throws {
    let sandbox = try Sandbox()
    // On a terminal: piped answers are untimed, so only there is there a clock to stop.
    let terminal = try PlainTerminal(
      sandbox: sandbox, arguments: sandbox.plainArguments(Self.flags))
    try #require(terminal.nextPrompt() != nil, "no first question: \(terminal.output)")
    let shown = Date()
    try terminal.answer(":pause")
    try #require(terminal.nextPrompt() != nil)
    #expect(try terminal.printed().contains("Paused"))
    let paused = Date()
    Thread.sleep(forTimeInterval: 3)
    try terminal.answer("")
    let resumed = Date()
    try #require(terminal.nextPrompt() != nil)
    #expect(try terminal.printed().contains("Resumed"))
    try terminal.answer("An answer after the pause")
    let answered = Date()
    try #require(terminal.nextPrompt() != nil)
    try terminal.answer(":quit")
    _ = terminal.waitForExit()
    let entry = try #require(try sandbox.onlyTranscript().entries.first)
    #expect(entry.answer == "An answer after the pause")
    // Against this test's own clock: the recorded time is at most the time not paused, and
    // the answer was timed at all.
    let unpaused = answered.timeIntervalSince(shown) - resumed.timeIntervalSince(paused)
    let thinking = try #require(entry.thinkingMs)
    let recorded = Double(thinking + (entry.answerMs ?? 0)) / 1000
    #expect(recorded <= unpaused + 0.5, "recorded \(recorded) s, not paused \(unpaused) s")
  }

  @Test(":end leaves the questions for the reflection, which is then asked")
  func endGoesToTheReflection() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments(Self.flags), input: "One answer\n:end\nIt went well\n\n\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(PrintedQuestion.all(in: result.stdout).count == 2)
    #expect(result.stdout.contains("What went well?"))
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.entries.filter { $0.kind == "answer" }.map(\.answer) == ["One answer", ""])
    #expect(transcript.entries.contains { $0.kind == "reflection" && $0.answer == "It went well" })
  }
}

/// Every field of the setup form has a flag, so a script never needs a prompt.
@Suite("rehearse: --salary-range and --walk-away")
struct SalaryFlagTests {
  @Test("the range and walk-away given as flags are shown in the salary segment and saved")
  func flagsReachTheInterview() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--segments", "salary", "--per-segment", "1", "--no-follow-ups", "--seed", "2",
        "--salary-range", "80000-95000", "--walk-away", "75000",
      ]), input: "About 90,000.\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Your salary range: 80000-95000"))
    #expect(result.stdout.contains("(Your range: 80000-95000; walk-away 75000)"))
    let shown = try sandbox.run(["transcripts", "show", "1", "--data-dir", sandbox.store.path])
    #expect(shown.stdout.contains("Salary range: 80000-95000"), "\(shown.stdout)")
    #expect(shown.stdout.contains("Walk-away: 75000"), "\(shown.stdout)")
  }

  @Test("a walk-away that is no figure is a usage error naming the flag, before anything runs")
  func aWalkAwayMustBeAFigure() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments(["--walk-away", "abc"]), input: "never read\n")
    #expect(result.exitCode == 64)
    #expect(result.stderr.contains("--walk-away"), "\(result.stderr)")
    #expect(result.stderr.contains("'abc'"), "\(result.stderr)")
    #expect(try sandbox.sessions().isEmpty)
  }
}
