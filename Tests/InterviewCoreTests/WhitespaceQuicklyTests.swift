import Testing

@testable import InterviewCore

/// The undo history's whitespace test takes a shortcut for ASCII: it must say what
/// `Character.isWhitespace` says, for every ASCII character, CR-LF and beyond ASCII.
@Suite struct WhitespaceQuicklyTests {
  @Test func agreesWithIsWhitespaceOnEveryASCIICharacterAndBeyond() {
    var characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
    characters += ["\r\n", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}", "é", "日", "🚀"]
    for character in characters {
      #expect(
        character.isWhitespaceQuickly == character.isWhitespace,
        "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    // Both answers occur, so the comparison can fail either way.
    #expect(characters.contains { $0.isWhitespaceQuickly })
    #expect(characters.contains { !$0.isWhitespaceQuickly })
  }
}
