import BenchmarkSupport

/// An interview answer of a fixed number of words, the same for every program typed into:
/// sentences of 6–22 everyday words, a paragraph break after about one sentence in five, and an
/// accented word now and then so the non-ASCII paths are taken too.
struct TypedAnswer {
  /// One key: a character's UTF-8 bytes, or a paragraph break.
  enum Keystroke {
    case text([UInt8])
    case paragraphBreak
  }

  /// Every key, in order.
  private(set) var keystrokes: [Keystroke] = []

  init(wordCount: Int, seed: UInt64 = 15) {
    var random = SplitMix64(seed: seed)
    var wordsLeftInSentence = 0
    var sentencesInParagraph = 0
    for word in 0..<wordCount {
      let startsSentence = wordsLeftInSentence == 0
      if startsSentence { wordsLeftInSentence = Int.random(in: 6...22, using: &random) }
      wordsLeftInSentence -= 1
      var spelling =
        Int.random(in: 0..<80, using: &random) == 0
        ? Self.accentedWords.randomElement(using: &random) ?? "café"
        : Self.words.randomElement(using: &random) ?? "the"
      if startsSentence { spelling = spelling.prefix(1).uppercased() + spelling.dropFirst() }
      var breaksParagraph = false
      if wordsLeftInSentence == 0 {
        spelling += "."
        sentencesInParagraph += 1
        breaksParagraph = sentencesInParagraph >= 3 && Int.random(in: 0..<3, using: &random) == 0
      } else if Int.random(in: 0..<12, using: &random) == 0 {
        spelling += ","
      }
      for character in spelling { keystrokes.append(.text(Array(String(character).utf8))) }
      guard word < wordCount - 1 else { break }
      if breaksParagraph {
        keystrokes.append(.paragraphBreak)
        sentencesInParagraph = 0
      } else {
        keystrokes.append(.text([0x20]))
      }
    }
  }

  private static let words = [
    "a", "I", "we", "to", "of", "in", "it", "on", "so", "as", "at", "by", "or", "my", "the",
    "and", "was", "for", "had", "but", "not", "our", "one", "new", "all", "team", "that", "with",
    "this", "they", "were", "from", "what", "when", "then", "work", "project", "customer",
    "deadline", "manager", "release", "decided", "measured", "learned", "because", "problem",
    "situation", "responsible", "stakeholders", "outcome", "improved", "percent", "weeks",
    "migration", "database", "colleague", "feedback", "priorities", "quarter", "result",
  ]

  private static let accentedWords = ["café", "naïve", "résumé", "Zürich", "déjà", "São"]
}
