import BenchmarkSupport
import TerminalUI

/// A long interview answer, fixed by its seed, and the keys that type it one at a time.
struct ScriptedAnswer {
  /// One key of the answer, and the word it belongs to (a separator goes with the word before).
  struct Keystroke {
    /// The key as `CursesInput` would deliver it.
    let key: Key
    /// Index of the word being typed, from 0.
    let word: Int
  }

  /// The scripted typist's pace: 150 ms a key is about 65 words a minute.
  static let millisecondsPerKey: Int64 = 150

  /// Every key, in order.
  private(set) var keystrokes: [Keystroke] = []
  /// The answer as the buffer should hold it once every key is typed.
  private(set) var text = ""
  /// How many words it has.
  let wordCount: Int
  /// How many `Key.lineBreak` keys it has.
  private(set) var lineBreaks = 0
  /// How many of its words are not ASCII.
  private(set) var nonASCIIWords = 0

  /// An answer of exactly `wordCount` words: sentences of 6–22 words with the odd comma, a
  /// question now and then, a line break after about one sentence in five, and about one word
  /// in eighty with accents or CJK characters, which take the slower non-ASCII paths.
  init(wordCount: Int, seed: UInt64) {
    self.wordCount = wordCount
    var random = SplitMix64(seed: seed)
    var wordsLeftInSentence = 0
    for word in 0..<wordCount {
      let startsSentence = wordsLeftInSentence == 0
      if startsSentence { wordsLeftInSentence = Int.random(in: 6...22, using: &random) }
      wordsLeftInSentence -= 1
      var spelling: String
      if Int.random(in: 0..<80, using: &random) == 0 {
        spelling = Self.nonASCIIWords.randomElement(using: &random) ?? "café"
        nonASCIIWords += 1
      } else {
        spelling = Self.words.randomElement(using: &random) ?? "the"
      }
      if startsSentence { spelling = spelling.prefix(1).uppercased() + spelling.dropFirst() }
      let isLast = word == wordCount - 1
      var breaksLine = false
      if wordsLeftInSentence == 0 || isLast {
        spelling += Int.random(in: 0..<8, using: &random) == 0 ? "?" : "."
        breaksLine = Int.random(in: 0..<5, using: &random) == 0
      } else if Int.random(in: 0..<12, using: &random) == 0 {
        spelling += ","
      }
      for character in spelling { append(.character(character), word: word) }
      text += spelling
      guard !isLast else { break }
      if breaksLine {
        append(.lineBreak, word: word)
        text += "\n"
        lineBreaks += 1
      } else {
        append(.character(" "), word: word)
        text += " "
      }
    }
  }

  /// The characters the answer has.
  var characterCount: Int { text.count }

  private mutating func append(_ key: Key, word: Int) {
    keystrokes.append(Keystroke(key: key, word: word))
  }

  /// Everyday words of 1 to 16 letters, short ones more often, as in speech.
  private static let words = [
    "a", "I", "we", "to", "of", "in", "it", "on", "so", "as", "at", "by", "or", "my", "an", "be",
    "the", "and", "was", "for", "had", "but", "not", "our", "one", "new", "all", "did", "got",
    "team", "that", "with", "this", "they", "were", "from", "what", "when", "then", "work",
    "data", "plan", "user", "code", "time", "week", "made", "took", "next", "both", "most",
    "first", "after", "about", "which", "their", "would", "could", "there", "issue", "asked",
    "again", "month", "users", "later", "clear", "agreed", "people", "before", "result",
    "client", "budget", "deadline", "manager", "project", "problem", "release", "decided",
    "learned", "product", "quarter", "outcome", "meeting", "customer", "roadmap", "approach",
    "feedback", "priority", "schedule", "measured", "colleague", "situation", "important",
    "migration", "different", "technical", "requirements", "stakeholders", "communication",
    "responsibility", "infrastructure", "prioritisation", "accountability",
  ]

  /// Words beyond ASCII: precomposed accents (one cell each) and CJK (two cells each).
  private static let nonASCIIWords = [
    "café", "naïve", "résumé", "Zürich", "façade", "déjà", "日本語", "東京", "São", "Ångström",
  ]
}
