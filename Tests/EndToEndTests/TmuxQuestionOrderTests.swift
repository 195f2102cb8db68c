import Foundation
import Testing

/// The full screen asks what the plain mode asks: the briefing says where the questions come
/// from, and a question that needs a figure is left out, with its count, when none was named.
@Suite(
  "rehearse in a terminal: sources and conditions (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxQuestionOrderTests {
  static let payDeck = """
    id: pay-talk
    title: Pay talk
    segments:
      - id: salary
        order: as-written
        questions:
          - id: expectations
            text: What are you expecting to earn here?
          - id: pushback
            text: Our budget stops below the figure you mentioned. Where does that leave us?
            after: expectations
            needs: figure
          - id: start-date
            text: When could you start?
    """

  @Test("no figure named: the pushback is left out and the count drops from 3 to 2")
  func pushbackLeftOut() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.write(Self.payDeck, to: "pay.yaml").path
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start([
      "rehearse", "--start", "--company", "Acme", "--position", "Analyst", "--deck", path,
      "--segments", "salary", "--per-segment", "3", "--no-follow-ups", "--feedback", "off",
      "--seed", "2", "--data-dir", sandbox.store.path,
    ])
    let briefing = try #require(tmux.waitFor("Sources"), "no briefing")
    #expect(briefing.contains("3 questions from your deck"), "\(briefing)")
    try #require(
      try tmux.press("Enter", until: "What are you expecting to earn here?") != nil,
      "never reached the first question:\n\((try? tmux.screen()) ?? "")")
    #expect(try tmux.screen().contains("1 of 3"))
    try tmux.type("I would rather hear your range first.")
    #expect(tmux.waitFor("range first.") != nil)
    try tmux.press("Enter")
    let next = try #require(tmux.waitFor("When could you start?"), "no next question")
    #expect(next.contains("2 of 2"), "\(next)")
    #expect(!next.contains("Our budget"))
    // End the interview from the menu; the summary lists what was asked.
    // Each Escape waits for the menu, so the key after it is not read as Alt with it.
    try tmux.press("Escape")
    try #require(tmux.waitFor("Paused") != nil, "no menu")
    try tmux.press("e")
    #expect(tmux.waitFor("What went well?") != nil, "no reflection:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("Escape")
    try #require(tmux.waitFor("Paused") != nil, "no menu")
    try tmux.press("e")
    let summary = try #require(tmux.waitFor("Summary"), "no summary")
    #expect(!summary.contains("Our budget"))
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)
  }
}
