import Foundation
import Testing

/// The transcripts commands that behave differently on a terminal: delete asks, search bolds.
@Suite(
  "transcripts in a terminal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TranscriptsTmuxTests {
  @Test(
    "delete asks on the terminal: n keeps the transcript, y deletes it",
    arguments: [("n", true), ("y", false)])
  func deleteAsks(answer: String, kept: Bool) throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["transcripts", "delete", "1", "--data-dir", sandbox.store.path])
    let prompt = try #require(tmux.waitFor("[y/N]"), "\((try? tmux.screen()) ?? "")")
    #expect(prompt.contains("Delete transcript 1 (Acme — Analyst, "))
    try tmux.type(answer)
    try tmux.press("Enter")
    #expect(tmux.waitForExit() == 0)
    let screen = try tmux.screen()
    #expect(screen.contains(kept ? "Kept transcript 1." : "Deleted transcript 1 ("), "\(screen)")
    #expect(try sandbox.sessions().map(\.id) == (kept ? [1] : []))
  }

  @Test("search on a terminal shows matches in bold, not in brackets")
  func searchBold() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "We moved billing to Kubernetes")
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["transcripts", "search", "kubernetes", "--data-dir", sandbox.store.path])
    #expect(tmux.waitForExit() == 0)
    let screen = try tmux.screen()
    #expect(screen.contains("billing to Kubernetes"), "\(screen)")
    #expect(!screen.contains("[Kubernetes]"), "\(screen)")
  }
}
