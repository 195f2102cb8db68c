import Foundation
import Testing

@Suite("decks new")
struct DecksNewTests {
  @Test("new writes a commented starter deck that check accepts and show reads")
  func newThenCheck() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "new", "My Deck.yaml"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdoutLines == [
        "My Deck.yaml: wrote a starter deck; edit it, then run: secondround decks check My Deck.yaml"
      ])

    let url = sandbox.work.appendingPathComponent("My Deck.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.hasPrefix("# A SecondRound question deck."))
    #expect(text.split(separator: "\n").filter { $0.hasPrefix("#") }.count >= 3)
    #expect(text.contains("\nid: my-deck "))

    let check = try sandbox.run(["decks", "check", "My Deck.yaml"])
    #expect(check.exitCode == 0)
    #expect(check.stderr == "")
    #expect(check.stdoutLines == ["My Deck.yaml: ok — my-deck, 3 questions in 3 segments"])

    let show = try sandbox.run(["decks", "show", "My Deck.yaml", "--json"])
    #expect(show.exitCode == 0)
    let deck = try JSONOutput.deck(show)
    #expect(deck.id == "my-deck")
    #expect(deck.segments.map(\.id) == ["behavioural", "culture", "technical"])
    let first = try #require(deck.questions.first)
    #expect(first.targetSeconds == 150)
    #expect(!first.followUps.isEmpty)
    #expect(!first.tips.isEmpty)
  }

  @Test("new refuses to overwrite: exit 73 and the file is unchanged")
  func newRefusesToOverwrite() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.run(["decks", "new", "deck.yaml"])
    #expect(first.exitCode == 0)
    let url = sandbox.work.appendingPathComponent("deck.yaml")
    let written = try Data(contentsOf: url)

    let again = try sandbox.run(["decks", "new", "deck.yaml"])
    #expect(again.exitCode == 73)
    #expect(again.stdout == "")
    #expect(
      again.stderrLines == ["deck.yaml: error: cannot create: already exists; choose another path"])
    #expect(try Data(contentsOf: url) == written)
  }

  @Test("new refuses to overwrite a file the user wrote, byte for byte")
  func newKeepsUserFile() throws {
    let sandbox = try Sandbox()
    let original = "my own notes, not a deck\n"
    let url = try sandbox.write(original, to: "notes.yaml")
    let result = try sandbox.run(["decks", "new", "notes.yaml"])
    #expect(result.exitCode == 73)
    #expect(try String(contentsOf: url, encoding: .utf8) == original)
  }

  @Test("new into a directory that does not exist: exit 73, nothing created")
  func newInMissingDirectory() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "new", "nowhere/deck.yaml"])
    #expect(result.exitCode == 73)
    #expect(result.stdout == "")
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.hasPrefix("nowhere/deck.yaml: error: cannot create: "))
    #expect(
      !FileManager.default.fileExists(atPath: sandbox.work.appendingPathComponent("nowhere").path))
  }

  @Test("a starter deck written into the user deck directory is listed")
  func newIntoUserDecks() throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      atPath: sandbox.userDeckDirectoryPath, withIntermediateDirectories: true)
    let path = sandbox.userDeckDirectoryPath + "/interview-prep.yaml"
    #expect(try sandbox.run(["decks", "new", path]).exitCode == 0)
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let decks = try JSONOutput.list(result)
    let mine = try #require(decks.first { $0.id == "interview-prep" })
    #expect(mine.source == path)
    #expect(mine.questions == 3)
    #expect(mine.roles == ["any", "software"])
  }
}
