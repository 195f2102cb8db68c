import Foundation
import Testing

/// Two terminals on one store (two private tmux servers in one sandbox): a rehearsal running in
/// one while review, home or the transcripts commands run in the other.
@Suite(
  "two terminals on one store (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxLiveSessionTests {
  /// A full-screen rehearsal started in `sandbox`'s store and waiting at its first question,
  /// which it has saved (so its session has a snapshot to offer).
  private func liveRehearsal(in sandbox: Sandbox) throws -> Tmux {
    let flags = TmuxRehearsalTests.smallInterview
    let question = try TmuxRehearsalTests.firstQuestion(flags)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(TmuxRehearsalTests.arguments(sandbox, flags))
    try #require(
      try tmux.press("Enter", until: question) != nil,
      "never reached the question:\n\((try? tmux.screen()) ?? "")")
    return tmux
  }

  @Test(
    "review beside a live rehearsal: a key on whatever it offers never kills it",
    .bug(id: "resume-live-crash", "fixed: exit 132 from now - Int64.min after a failed save"))
  func reviewBesideALiveRehearsal() throws {
    let sandbox = try Sandbox()
    let rehearsal = try liveRehearsal(in: sandbox)
    let review = try Tmux(sandbox: sandbox)
    try review.start(["review", "--data-dir", sandbox.store.path])
    let first = try #require(review.settledScreen(), "review drew nothing settled")
    if first.contains("An interview was interrupted") {
      // The offer to take up the live session: taking it must not crash on the first key.
      try review.press("Enter")
      #expect(review.waitForScreen { !$0.contains("An interview was interrupted") } != nil)
    }
    try review.type("x")
    _ = review.settledScreen()
    try review.type("y")
    let after = try #require(review.settledScreen(), "no screen after typing")
    #expect(try review.paneValue("#{pane_dead}") == "0", "the app died:\n\(after)")
    let blank = after.allSatisfy(\.isWhitespace)
    #expect(!blank, "blank screen after typing")
    #expect(!after.contains("Program crashed"), "\(after)")
    // A crash takes a moment to end the process (the backtrace is written first).
    let died = Poll.value(timeout: 3) {
      (try? review.paneValue("#{pane_dead}")) == "1" ? true : nil
    }
    #expect(died == nil, "the app died:\n\((try? review.screen()) ?? "")")
    // The rehearsal in the other terminal is untouched by all this.
    #expect(try rehearsal.paneValue("#{pane_dead}") == "0")
  }
}
