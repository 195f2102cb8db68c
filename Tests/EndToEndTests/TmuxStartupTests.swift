import Foundation
import Testing

/// `rehearse --start` draws its briefing before it opens the store; what the store then says
/// still reaches the user as it did when the store was opened first.
@Suite(
  "rehearse --start opens the store after its first frame (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxStartupTests {
  @Test("a store that cannot be opened: the terminal restored, one line naming it, its exit code")
  func unusableStore() throws {
    let sandbox = try Sandbox()
    let bytes = Array("this is not a transcript store\n".utf8)
    let database = try sandbox.write(bytes: bytes, to: "transcripts.sqlite", in: sandbox.store)
    let flags = TmuxRehearsalTests.smallInterview
    // The same store refused without a terminal: the code and line a full-screen run must give.
    let plain = try sandbox.run(sandbox.plainArguments(flags), input: "an answer\n")
    try #require(plain.exitCode != 0)
    try #require(plain.stderrLines.count == 1, "\(plain.stderr)")

    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(TmuxRehearsalTests.arguments(sandbox, flags))
    #expect(tmux.waitForExit() == plain.exitCode)
    let printed = try tmux.printed()
    #expect(printed.contains(plain.stderrLines[0]), "printed:\n\(printed)")
    #expect(printed.contains(database.path))
    #expect(try Data(contentsOf: database) == Data(bytes))
  }

  @Test("a usable store: the briefing, then the interview saved in it as before")
  func briefingThenSession() throws {
    let sandbox = try Sandbox()
    let flags = TmuxRehearsalTests.smallInterview
    let question = try TmuxRehearsalTests.firstQuestion(flags)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(TmuxRehearsalTests.arguments(sandbox, flags))
    try #require(try tmux.press("Enter", until: question) != nil)
    try tmux.type("early words")
    try tmux.press("C-c")
    #expect(tmux.waitForExit() == 130)
    #expect(try sandbox.sessions().count == 1)
  }
}
