import Foundation
import Testing

/// Deck files carrying terminal escapes or bytes that are not UTF-8.
@Suite("control characters and encoding")
struct ControlCharacterTests {
  /// A deck with ESC sequences in its title (line 2, column 13) and a question (line 7, column 18).
  static let escapeDeck = Array(
    """
    id: esc
    title: "Esc \u{1B}[31mred"
    segments:
      - id: behavioural
        questions:
          - id: q1
            text: Hi \u{1B}[2J there

    """.utf8)

  @Test("ESC in a deck: exit 65 with the line:column of each, and no raw ESC in the output")
  func escapeInDeck() throws {
    let sandbox = try Sandbox()
    try sandbox.write(bytes: Self.escapeDeck, to: "esc.yaml")
    let result = try sandbox.run(["decks", "check", "esc.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "esc.yaml:2:13: error: control character U+001B is not allowed in a deck",
        "esc.yaml:7:18: error: control character U+001B is not allowed in a deck",
      ])
    #expect(!result.printsRawEscape)
  }

  @Test("an ESC in the deck's file name is shown inert (as ␛) in every error")
  func escapeInPath() throws {
    let sandbox = try Sandbox()
    try sandbox.write(bytes: Self.escapeDeck, to: "e\u{1B}[31m.yaml")
    let result = try sandbox.run(["decks", "check", "e\u{1B}[31m.yaml"])
    #expect(result.exitCode == 65)
    #expect(!result.printsRawEscape, "raw ESC in: \(result.stderr.debugDescription)")
    #expect(
      result.stderrLines == [
        "e\u{241B}[31m.yaml:2:13: error: control character U+001B is not allowed in a deck",
        "e\u{241B}[31m.yaml:7:18: error: control character U+001B is not allowed in a deck",
      ])

    let missing = try sandbox.run(["decks", "check", "gone\u{1B}]0;pwned\u{07}.yaml"])
    #expect(missing.exitCode == 66)
    #expect(!missing.printsRawEscape)
    #expect(missing.stderrLines == ["gone\u{241B}]0;pwned\u{2407}.yaml: error: no such file"])
  }

  @Test("other C0 and C1 controls are refused too; tab is fine")
  func otherControls() throws {
    let sandbox = try Sandbox()
    // BEL on line 2, a C1 CSI (U+009B) on line 7; a tab inside text on line 8 is allowed.
    try sandbox.write(
      "id: ctl\ntitle: Bell\u{07}\nsegments:\n  - id: culture\n    questions:\n      - id: q\n"
        + "        text: CSI \u{9B}2J\n        tips: [\"a\tb\"]\n", to: "ctl.yaml")
    let result = try sandbox.run(["decks", "check", "ctl.yaml"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderrLines == [
        "ctl.yaml:2:12: error: control character U+0007 is not allowed in a deck",
        "ctl.yaml:7:19: error: control character U+009B is not allowed in a deck",
      ])
    #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x07 || $0.value == 0x9B })
  }

  @Test("invalid UTF-8 bytes: exit 65 with the line:column of each bad byte")
  func invalidUTF8() throws {
    let sandbox = try Sandbox()
    // "title: Caf" is 10 columns, so 0xE9 sits at 2:11; after a space, 0xFF at 2:13.
    let bytes =
      Array("id: utf\ntitle: Caf".utf8) + [0xE9, 0x20, 0xFF]
      + Array("\nsegments:\n  - id: culture\n    questions:\n      - id: q\n        text: ".utf8)
      + [0xC3] + Array("\n".utf8)
    try sandbox.write(bytes: bytes, to: "latin1.yaml")
    let result = try sandbox.run(["decks", "check", "latin1.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "latin1.yaml:2:11: error: invalid UTF-8 (1 byte); save the file as UTF-8",
        "latin1.yaml:2:13: error: invalid UTF-8 (1 byte); save the file as UTF-8",
        "latin1.yaml:7:15: error: invalid UTF-8 (1 byte); save the file as UTF-8",
      ])
  }

  @Test("columns count Unicode scalars, not bytes")
  func columnsCountScalars() throws {
    let sandbox = try Sandbox()
    // "title: Café — " is 14 scalars (but 17 bytes), so the ESC is at column 15.
    try sandbox.write("id: x\ntitle: Café — \u{1B}\n", to: "wide.yaml")
    let result = try sandbox.run(["decks", "check", "wide.yaml"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderrLines == [
        "wide.yaml:2:15: error: control character U+001B is not allowed in a deck"
      ])
  }

  @Test("a user deck holding ESC is reported inert and skipped; list and show stay clean")
  func escapeInUserDeck() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeUserDeck(bytes: Self.escapeDeck, named: "esc.yaml")
    for arguments in [["decks", "list"], ["decks", "list", "--json"], ["decks", "show", "esc"]] {
      let result = try sandbox.run(arguments)
      #expect(!result.printsRawEscape, "\(arguments)")
      #expect(
        result.stderrLines.prefix(2) == [
          "\(path):2:13: error: control character U+001B is not allowed in a deck",
          "\(path):7:18: error: control character U+001B is not allowed in a deck",
        ], "\(arguments)")
    }
    #expect(try sandbox.run(["decks", "list"]).exitCode == 0)
    // The deck was skipped, so its id is unknown.
    #expect(try sandbox.run(["decks", "show", "esc"]).exitCode == 64)
  }

  @Test("show on a deck file with ESC exits 65 without writing the ESC")
  func showEscapeDeckByPath() throws {
    let sandbox = try Sandbox()
    try sandbox.write(bytes: Self.escapeDeck, to: "esc.yaml")
    let result = try sandbox.run(["decks", "show", "esc.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(!result.printsRawEscape)
    #expect(result.stderrLines.count == 2)
  }

  @Test("an unknown id or role holding ESC is echoed inert")
  func escapeInArguments() throws {
    let sandbox = try Sandbox()
    let id = try sandbox.run(["decks", "show", "x\u{1B}[2J"])
    #expect(id.exitCode == 64)
    #expect(!id.printsRawEscape, "raw ESC in: \(id.stderr.debugDescription)")
    #expect(id.stderr.contains("'x\u{241B}[2J'"))

    let role = try sandbox.run(["decks", "show", Bundled.generalID, "--role", "x\u{1B}[31m"])
    #expect(role.exitCode == 64)
    #expect(!role.printsRawEscape, "raw ESC in: \(role.stderr.debugDescription)")
    #expect(role.stderr.contains("'x\u{241B}[31m'"))
  }
}
