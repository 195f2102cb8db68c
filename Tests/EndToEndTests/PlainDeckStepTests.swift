import Foundation
import Testing

/// `decks step --plain`, and `decks step` without a terminal: question, Enter for the back,
/// Enter for the next, q to stop; from a pipe and from a pty.
@Suite("decks step --plain from a pipe and a terminal")
struct PlainDeckStepTests {
  static let deckID = "plain-step"

  private func sandboxWithDeck() throws -> Sandbox {
    let sandbox = try Sandbox()
    _ = try sandbox.writeUserDeck(SampleDeck.valid(id: Self.deckID), named: "plain.yaml")
    return sandbox
  }

  @Test("from a pipe: front, back on Enter, next on Enter, q stops")
  func pipe() throws {
    let sandbox = try sandboxWithDeck()
    let result = try sandbox.run(
      ["decks", "step", Self.deckID, "--data-dir", sandbox.store.path], input: "\n\n\nq\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    let out = result.stdout
    let first = try #require(out.range(of: "Card 1 of "), "\(out)")
    let back = try #require(out.range(of: "What they listen for:"), "\(out)")
    let second = try #require(out.range(of: "Card 2 of "), "\(out)")
    #expect(first.lowerBound < back.lowerBound && back.lowerBound < second.lowerBound)
    #expect(out.contains("Tell me about a launch you led."), "\(out)")
    #expect(out.contains("Not answered yet: 'secondround drill --deck \(Self.deckID)'"), "\(out)")
    #expect(!out.contains("Card 3 of "), "q stopped on card 2:\n\(out)")
  }

  @Test("from a pipe, without a deck: a numbered list; a bad number exits 64")
  func pickFromAPipe() throws {
    let sandbox = try sandboxWithDeck()
    let bad = try sandbox.run(
      ["decks", "step", "--plain", "--data-dir", sandbox.store.path], input: "99\n")
    #expect(bad.exitCode == 64, "\(bad.stdout)")
    #expect(bad.stderrLines.count == 1, "\(bad.stderr)")
    #expect(bad.stderr.contains("'99' is not a deck number"), "\(bad.stderr)")
    let list = try sandbox.run(["decks", "list", "--json"])
    let listed = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    let index = try #require(listed.firstIndex { $0["id"] as? String == Self.deckID })
    let good = try sandbox.run(
      ["decks", "step", "--data-dir", sandbox.store.path], input: "\(index + 1)\nq\n")
    #expect(good.exitCode == 0, "\(good.stderr)")
    #expect(good.stdout.contains("Tell me about a launch you led."), "\(good.stdout)")
  }

  @Test("an unknown deck is a usage error")
  func unknownDeck() throws {
    let sandbox = try sandboxWithDeck()
    let result = try sandbox.run(
      ["decks", "step", "no-such-deck", "--plain", "--data-dir", sandbox.store.path], input: "")
    #expect(result.exitCode == 64, "\(result.stdout)")
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
  }

  @Test(
    "in a terminal (tmux): Enter turns over and moves on, p goes back, q stops",
    .enabled(if: Tmux.isAvailable, "tmux is not installed"))
  func terminal() throws {
    let sandbox = try sandboxWithDeck()
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["decks", "step", Self.deckID, "--plain", "--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("Enter to turn it over") != nil, "\((try? tmux.screen()) ?? "")")
    #expect(try tmux.screen().contains("Card 1 of "))
    try tmux.press("Enter")
    try #require(tmux.waitFor("What they listen for:") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Card 2 of ") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("p")
    try tmux.press("Enter")
    try #require(
      tmux.waitForScreen { $0.components(separatedBy: "Card 1 of ").count == 3 } != nil,
      "\((try? tmux.screen()) ?? "")")
    try tmux.type("*")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Starred.") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("q")
    try tmux.press("Enter")
    // `waitForExit` also makes tmux reap the app when it missed SIGCHLD: a pane can read dead
    // before its exit status is known.
    let status = tmux.waitForExit()
    #expect(status == 0, "exit \(String(describing: status)):\n\((try? tmux.screen()) ?? "")")
    // The star is saved: the next run shows it on the card.
    let again = try sandbox.run(
      ["decks", "step", Self.deckID, "--data-dir", sandbox.store.path], input: "q\n")
    #expect(again.stdout.contains("Starred."), "\(again.stdout)")
  }
}
