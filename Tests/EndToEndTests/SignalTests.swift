import Foundation
import Testing

@Suite("rehearse --plain: exit signals save and mark the session interrupted")
struct SignalTests {
  @Test(
    "a signal while waiting for an answer: exit 128+N, status interrupted, answers kept",
    arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130)), (SIGHUP, Int32(129))])
  func signal(signal: Int32, exitCode: Int32) throws {
    let sandbox = try Sandbox()
    let process = try sandbox.start(
      sandbox.plainArguments(["--seed", "6", "--per-segment", "3", "--no-follow-ups"]))
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no first question: \(process.stdout)")
    try driver.answer("first answer")
    try #require(driver.nextPrompt() != nil)
    try driver.answer("second answer")
    let waiting = try #require(driver.nextPrompt())
    #expect(waiting.contains("question 3 of 3"))

    process.send(signal: signal)
    let end = try #require(process.waitForExit(), "still running after signal \(signal)")
    // It exits by itself, having saved: not killed by the signal.
    #expect(end == Termination(status: exitCode, bySignal: false))
    // Where it stopped, and how to go on.
    #expect(
      process.stdout.contains(
        "Interrupted; saved at Behavioural · question 3 of 3. "
          + "Run 'secondround rehearse --plain' to go on."))
    #expect(!process.stdout.contains("\nSummary.\n"))

    let sessions = try sandbox.sessions()
    try #require(sessions.count == 1)
    #expect(sessions[0].status == "interrupted")
    #expect(sessions[0].answers == 2)
    let transcript = try sandbox.transcript(sessions[0].id)
    #expect(transcript.entries.map(\.answer) == ["first answer", "second answer"])
    #expect(transcript.entries.allSatisfy { !$0.skipped })
  }

  @Test("after an interrupted session a plain run notes it on stderr and records a new one")
  func noteAboutInterrupted() throws {
    let sandbox = try Sandbox()
    let process = try sandbox.start(sandbox.plainArguments(["--seed", "6"]))
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no first question: \(process.stdout)")
    process.send(signal: SIGTERM)
    #expect(process.waitForExit() == Termination(status: 143, bySignal: false))

    let next = try sandbox.run(sandbox.plainArguments(["--seed", "7"]), input: "a\n")
    #expect(next.exitCode == 0)
    #expect(next.stderrLines.count == 1, "\(next.stderr)")
    #expect(next.stderr.contains("still interrupted"), "\(next.stderr)")
    let sessions = try sandbox.sessions()
    #expect(sessions.count == 2)
    #expect(Set(sessions.map(\.status)) == ["interrupted", "finished"])
  }

  @Test(
    "SIGTERM is honoured even when the app was started with it blocked",
    .bug(id: "blocked-exit-signals", "fixed: the app never unblocked the exit signals it handles"))
  func blockedAtStart() throws {
    let sandbox = try Sandbox()
    // Foundation's Process does this to every child started from a test runner thread.
    let process = try sandbox.start(
      sandbox.plainArguments(["--seed", "6"]), blocked: [SIGINT, SIGTERM, SIGHUP])
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no first question: \(process.stdout)")
    try driver.answer("kept")
    try #require(driver.nextPrompt() != nil)
    process.send(signal: SIGTERM)
    #expect(process.waitForExit(timeout: 3) == Termination(status: 143, bySignal: false))
    process.send(signal: SIGKILL)
    #expect(try sandbox.onlyTranscript().entries.map(\.answer) == ["kept"])
  }
}

/// An interrupted plain rehearsal is picked up again in plain mode: asked on a terminal,
/// `--resume` or `--new` from a script.
@Suite("rehearse --plain: resuming an interrupted interview")
struct PlainResumeTests {
  static let flags = ["--seed", "6", "--per-segment", "3", "--no-follow-ups", "--feedback", "off"]

  /// A sandbox holding one plain interview interrupted by SIGTERM at its third question, with
  /// two answers given; the printed third question.
  static func interrupted() throws -> (Sandbox, String) {
    let sandbox = try Sandbox()
    let process = try sandbox.start(sandbox.plainArguments(flags))
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no first question: \(process.stdout)")
    try driver.answer("first answer")
    try #require(driver.nextPrompt() != nil)
    try driver.answer("second answer")
    let third = try #require(driver.nextPrompt())
    process.send(signal: SIGTERM)
    try #require(process.waitForExit() == Termination(status: 143, bySignal: false))
    let question = try #require(PrintedQuestion.all(in: third).last?.text)
    return (sandbox, question)
  }

  @Test("--resume goes on at the question it stopped at, in the same session")
  func resumeFromAScript() throws {
    let (sandbox, question) = try Self.interrupted()
    let result = try sandbox.run(
      sandbox.plainArguments(Self.flags + ["--resume"]), input: "third answer\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Resuming the interview with Acme"), "\(result.stdout)")
    #expect(PrintedQuestion.all(in: result.stdout).first?.text == question)
    let sessions = try sandbox.sessions()
    #expect(sessions.map(\.status) == ["finished"])
    let answers = try sandbox.onlyTranscript().entries.filter { $0.kind == "answer" }
    // End of input then ends it: the question after is kept as skipped.
    #expect(
      answers.prefix(3).map(\.answer) == ["first answer", "second answer", "third answer"])
    #expect(answers.dropFirst(3).allSatisfy { $0.skipped })
  }

  @Test("--new leaves it interrupted and starts another; a script with neither is told how")
  func newFromAScript() throws {
    let (sandbox, _) = try Self.interrupted()
    let fresh = try sandbox.run(sandbox.plainArguments(Self.flags + ["--new"]), input: "x\n")
    #expect(fresh.exitCode == 0)
    #expect(fresh.stderr == "", "--new asks for no note: \(fresh.stderr)")
    let told = try sandbox.run(sandbox.plainArguments(Self.flags), input: "y\n")
    #expect(told.stderr.contains("pass --resume"), "\(told.stderr)")
    let sessions = try sandbox.sessions()
    #expect(sessions.count == 3)
    #expect(sessions.filter { $0.status == "interrupted" }.count == 1)
  }

  @Test("--resume and --new together are a usage error")
  func bothFlags() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments(["--resume", "--new"]), input: "")
    #expect(result.exitCode == 64)
    #expect(result.stderr.contains("--resume and --new"))
  }
}
