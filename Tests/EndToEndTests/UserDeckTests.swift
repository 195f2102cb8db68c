import Foundation
import Testing

@Suite("user decks")
struct UserDeckTests {
  @Test("a good user deck is listed after the bundled ones, with its path as source")
  func goodUserDeck() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeUserDeck(SampleDeck.valid(id: "my-panel"), named: "panel.yaml")
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let decks = try JSONOutput.list(result)
    #expect(decks.map(\.id) == Bundled.ids + ["my-panel"])
    let mine = try #require(decks.last)
    #expect(mine.source == path)
    #expect(mine.questions == 3)
    #expect(mine.segments == ["behavioural": 2, "technical": 1])
    #expect(mine.roles == ["any", "data"])

    let text = try sandbox.run(["decks", "list"])
    #expect(text.stdoutLines.last?.hasPrefix("my-panel ") == true)
    #expect(text.stdoutLines.last?.hasSuffix("  \(path)") == true)

    let show = try sandbox.run(["decks", "show", "my-panel", "--json"])
    #expect(show.exitCode == 0)
    #expect(try JSONOutput.deck(show).source == path)
  }

  @Test("without XDG_CONFIG_HOME, user decks come from ~/.config/secondround/decks")
  func defaultConfigDirectory() throws {
    let sandbox = try Sandbox()
    let directory = sandbox.home.path + "/.config/secondround/decks"
    try sandbox.write(
      SampleDeck.valid(id: "from-home"), to: "deck.yaml",
      in: URL(fileURLWithPath: directory, isDirectory: true))
    // A deck under XDG_CONFIG_HOME must not be read when the variable is unset.
    try sandbox.writeUserDeck(SampleDeck.valid(id: "from-xdg"), named: "deck.yaml")
    var environment = sandbox.environment
    environment["XDG_CONFIG_HOME"] = nil
    let result = try sandbox.run(["decks", "list", "--json"], environment: environment)
    #expect(result.exitCode == 0)
    let decks = try JSONOutput.list(result)
    #expect(decks.map(\.id) == Bundled.ids + ["from-home"])
    #expect(decks.last?.source == directory + "/deck.yaml")
  }

  @Test("only visible .yaml and .yml files are user decks")
  func onlyYAMLFiles() throws {
    let sandbox = try Sandbox()
    try sandbox.writeUserDeck(SampleDeck.valid(id: "long-ext"), named: "a.yaml")
    try sandbox.writeUserDeck(SampleDeck.valid(id: "short-ext"), named: "b.yml")
    try sandbox.writeUserDeck(SampleDeck.valid(id: "hidden"), named: ".c.yaml")
    try sandbox.writeUserDeck(SampleDeck.valid(id: "text-file"), named: "d.txt")
    try sandbox.writeUserDeck(SampleDeck.broken, named: "e.yaml.bak")
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    #expect(try JSONOutput.list(result).map(\.id) == Bundled.ids + ["long-ext", "short-ext"])
  }

  @Test("a broken user deck is reported with line:column and skipped; the rest still list")
  func brokenUserDeck() throws {
    let sandbox = try Sandbox()
    let broken = try sandbox.writeUserDeck(SampleDeck.broken, named: "a-broken.yaml")
    let good = try sandbox.writeUserDeck(SampleDeck.valid(id: "still-here"), named: "z-good.yaml")

    for arguments in [["decks", "list", "--json"], ["decks", "list"]] {
      let result = try sandbox.run(arguments)
      #expect(result.exitCode == 0, "\(arguments)")
      #expect(
        result.stderrLines
          == SampleDeck.brokenDiagnostics.map { "\(broken):" + $0 }
          + ["secondround: skipped 1 deck file with errors; the other decks are loaded"],
        "\(arguments)")
      #expect(!result.stdout.contains("broken"))
    }

    let decks = try JSONOutput.list(try sandbox.run(["decks", "list", "--json"]))
    #expect(decks.map(\.id) == Bundled.ids + ["still-here"])
    #expect(decks.last?.source == good)
  }

  @Test("a user deck with bad YAML or bad bytes is reported and skipped, never fatal")
  func severalBrokenUserDecks() throws {
    let sandbox = try Sandbox()
    let yaml = try sandbox.writeUserDeck(SampleDeck.badYAML, named: "1.yaml")
    let bytes = try sandbox.writeUserDeck(
      bytes: Array("id: x\ntitle: Caf".utf8) + [0xE9] + Array("\n".utf8), named: "2.yml")
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(try JSONOutput.list(result).map(\.id) == Bundled.ids)
    #expect(
      result.stderrLines == [
        "\(yaml):6:1: error: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 5, column 16)",
        "\(bytes):2:11: error: invalid UTF-8 (1 byte); save the file as UTF-8",
        "secondround: skipped 2 deck files with errors; the other decks are loaded",
      ])
  }

  @Test("showing a bundled deck still works, and still reports the broken user deck")
  func showWithBrokenUserDeck() throws {
    let sandbox = try Sandbox()
    let broken = try sandbox.writeUserDeck(SampleDeck.broken, named: "broken.yaml")
    let result = try sandbox.run(["decks", "show", Bundled.generalID, "--json"])
    #expect(result.exitCode == 0)
    #expect(try JSONOutput.deck(result).segments.map(\.id) == Bundled.generalSegments)
    #expect(result.stderrLines.first == "\(broken):\(SampleDeck.brokenDiagnostics[0])")
  }

  @Test("a user deck reusing a bundled deck's id is reported at its id and skipped")
  func userDeckShadowingBundled() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeUserDeck(
      SampleDeck.valid(id: Bundled.generalID, title: "Impostor"), named: "dup.yaml")
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(
      result.stderrLines == [
        "\(path):1:5: error: deck id 'second-interview' is already used by the bundled deck "
          + "bundled/second-interview.yaml; choose another id",
        "secondround: skipped 1 deck file with errors; the other decks are loaded",
      ])
    let decks = try JSONOutput.list(result)
    #expect(decks.map(\.id) == Bundled.ids)
    let general = try #require(decks.first { $0.id == Bundled.generalID })
    #expect(general.source == "bundled")
    #expect(general.title == "Second interview — general")

    let show = try JSONOutput.deck(try sandbox.run(["decks", "show", Bundled.generalID, "--json"]))
    #expect(show.source == "bundled")
  }

  @Test("two user decks with one id, neither named after it: the first by file name is used")
  func twoUserDecksOneID() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.writeUserDeck(SampleDeck.valid(id: "twin", title: "A"), named: "a.yaml")
    let second = try sandbox.writeUserDeck(
      SampleDeck.valid(id: "twin", title: "B"), named: "b.yaml")
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(
      result.stderrLines.first
        == "\(second):1:5: error: deck id 'twin' is also used by \(first), which is loaded "
        + "instead (it comes first by file name); give this deck another id or remove the file")
    let decks = try JSONOutput.list(result)
    #expect(decks.filter { $0.id == "twin" }.map(\.source) == [first])
  }

  @Test("no user deck directory at all is fine: bundled decks only, nothing on stderr")
  func noUserDeckDirectory() throws {
    let sandbox = try Sandbox()
    #expect(!FileManager.default.fileExists(atPath: sandbox.userDeckDirectoryPath))
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    #expect(try JSONOutput.list(result).map(\.id) == Bundled.ids)
  }
}
