import Foundation
import Testing

/// A user deck that does not parse is reported once per command, on standard error only,
/// whatever the command reads decks for.
@Suite struct BrokenDeckOnceTests {
  @Test(
    "each command reports the broken deck's errors once, on stderr",
    arguments: [
      ["decks", "list"], ["decks", "list", "--json"], ["decks", "show", "second-interview"],
      ["decks", "show", "second-interview", "--json"],
      ["decks", "show", "second-interview", "--role", "data"],
      ["rehearse", "--plain", "--start", "--company", "Acme", "--position", "Analyst"],
      ["drill", "--due"],
    ])
  func reportedOnce(arguments: [String]) throws {
    let sandbox = try Sandbox()
    let broken = try sandbox.writeUserDeck(SampleDeck.broken, named: "broken.yaml")
    let result = try sandbox.run(
      arguments + (arguments.first == "decks" ? [] : ["--data-dir", sandbox.store.path]),
      input: "I led the launch.\n")
    for diagnostic in SampleDeck.brokenDiagnostics {
      let line = "\(broken):\(diagnostic)"
      #expect(result.stderrLines.filter { $0 == line }.count == 1, "\(arguments): \(result.stderr)")
      #expect(!result.stdout.contains(line), "\(arguments): \(result.stdout)")
    }
    #expect(
      result.stderrLines.filter { $0.contains("skipped 1 deck file with errors") }.count == 1,
      "\(arguments): \(result.stderr)")
  }

  @Test("showing the broken deck by path reports its errors once and exits 65")
  func showingTheBrokenDeckItself() throws {
    let sandbox = try Sandbox()
    let broken = try sandbox.writeUserDeck(SampleDeck.broken, named: "broken.yaml")
    let result = try sandbox.run(["decks", "show", broken])
    #expect(result.exitCode == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderrLines == SampleDeck.brokenDiagnostics.map { "\(broken):\($0)" })
  }
}
