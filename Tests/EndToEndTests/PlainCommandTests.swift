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
    #expect(out.contains("Time: thinking 0:0"), "\(out)")
    #expect(
      out.contains("target \(questions[0].heading.firstMatch(of: /target (\d+:\d\d)/)?.1 ?? "?")"))
    #expect(out.contains(":stop is no command; nothing was saved."), "\(out)")

    let transcript = try sandbox.onlyTranscript()
    let answers = transcript.entries.filter { $0.kind == "answer" }.map(\.answer)
    #expect(answers == [":colon first", "The second answer"], "\(answers)")
    #expect(!transcript.entries.contains { $0.answer.hasPrefix(":h") || $0.answer == ":stop" })
  }

  @Test(":pause stops the clocks until Enter: the paused time is not counted")
  func pauseStopsTheClocks() throws {
    let sandbox = try Sandbox()
    let process = try sandbox.start(sandbox.plainArguments(Self.flags))
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no first question: \(process.stdout)")
    let shown = Date()
    try driver.answer(":pause")
    try #require(driver.nextPrompt() != nil)
    #expect(process.stdout.contains("Paused"))
    let paused = Date()
    Thread.sleep(forTimeInterval: 3)
    try driver.answer("")
    let resumed = Date()
    try #require(driver.nextPrompt() != nil)
    #expect(process.stdout.contains("Resumed"))
    try driver.answer("An answer after the pause")
    let answered = Date()
    try #require(driver.nextPrompt() != nil)
    try driver.answer(":quit")
    _ = process.waitForExit()
    let entry = try #require(try sandbox.onlyTranscript().entries.first)
    #expect(entry.answer == "An answer after the pause")
    // Against this test's own clock: the recorded time is at most the time not paused.
    let unpaused = answered.timeIntervalSince(shown) - resumed.timeIntervalSince(paused)
    let recorded = Double((entry.thinkingMs ?? 0) + (entry.answerMs ?? 0)) / 1000
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
