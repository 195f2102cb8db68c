import Foundation

/// How every search in SecondRound compares text: without regard to case, accents or width.
///
/// One function for the review list's `/` filter and for `transcripts search`, so "Société",
/// "societe" and "SOCIETE" find the same sessions in both. "ß" folds to "ss", "ﬁ" to "fi".
public enum SearchFolding {
  /// `text` as searches compare it: lowercased, accents and width variants removed.
  public static func fold(_ text: String) -> String {
    // Plain ASCII only needs lowercasing, which is many times cheaper than Foundation's fold;
    // search folds every company and position in the store.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    return text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// The folded words of `text`, without their places: the text is folded once, not per word.
  public static func foldedWords(in text: String) -> [String] {
    fold(text).split { character in
      !(character.unicodeScalars.first.map(isWordScalar) ?? false)
    }.map(String.init)
  }

  /// Whether the folded words `term` occur in a row in the folded `words`, the last as a
  /// prefix when `prefix`.
  public static func contains(_ term: [String], prefix: Bool, in words: [String]) -> Bool {
    guard !term.isEmpty, term.count <= words.count else { return false }
    return (0...(words.count - term.count)).contains { start in
      term.indices.allSatisfy { offset in
        let word = words[start + offset]
        let isLast = offset == term.count - 1
        return isLast && prefix ? word.hasPrefix(term[offset]) : word == term[offset]
      }
    }
  }

  /// A word of a text: where it stands in the text, and its folded form.
  public struct Word: Equatable, Sendable {
    /// The word's place in the text it was read from.
    public var range: Range<String.Index>
    /// The word folded with `fold(_:)`.
    public var folded: String
  }

  /// The words of `text`: runs of letters and digits, each folded.
  ///
  /// Characters, not scalars, are read, so a letter followed by a combining accent (as macOS
  /// writes file names) stays one letter of its word.
  public static func words(in text: String) -> [Word] {
    var words: [Word] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      let isWordCharacter = text[index].unicodeScalars.first.map(isWordScalar) ?? false
      if isWordCharacter, start == nil { start = index }
      if !isWordCharacter, let begun = start {
        words.append(Word(range: begun..<index, folded: fold(String(text[begun..<index]))))
        start = nil
      }
      index = next
    }
    if let begun = start {
      words.append(
        Word(range: begun..<text.endIndex, folded: fold(String(text[begun..<text.endIndex]))))
    }
    return words
  }

  /// Where the words `term` (folded) occur in a row in `words`, the last one as a prefix when
  /// `prefix`; every occurrence's words, or an empty array when there is none.
  public static func occurrences(of term: [String], prefix: Bool, in words: [Word]) -> [Word] {
    guard !term.isEmpty, term.count <= words.count else { return [] }
    var found: [Word] = []
    for start in 0...(words.count - term.count) {
      let matches = term.indices.allSatisfy { offset in
        let word = words[start + offset].folded
        let isLast = offset == term.count - 1
        return isLast && prefix ? word.hasPrefix(term[offset]) : word == term[offset]
      }
      if matches { found.append(contentsOf: words[start..<(start + term.count)]) }
    }
    return found
  }

  /// Whether the scalar starts a letter or digit: what full-text search keeps in a word
  /// (letters, numbers, private use). Swift's `isLetter` also counts combining vowel signs.
  public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .privateUse:
      return true
    default:
      return false
    }
  }
}
