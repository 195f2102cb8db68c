/// A list of phrases looked up by their first word, so finding them in an answer costs one
/// dictionary probe per token instead of one comparison per phrase.
struct PhraseTable: Sendable {
  private var byFirstWord: [String: [[String]]] = [:]

  /// The table of `phrases`, each cut into tokens the way answers are.
  init(_ phrases: [String]) {
    for phrase in phrases {
      let words = AnswerText(phrase, lexicon: .tokenOnly).tokens.map(\.lower)
      guard let first = words.first else { continue }
      byFirstWord[first, default: []].append(words)
    }
    for key in byFirstWord.keys {
      byFirstWord[key]?.sort { $0.count > $1.count }
    }
  }

  /// The length in tokens of the longest phrase that starts at `index`, or nil.
  func match(_ tokens: [AnswerToken], at index: Int) -> Int? {
    guard let candidates = byFirstWord[tokens[index].lower] else { return nil }
    for words in candidates where index + words.count <= tokens.count {
      var same = true
      for offset in 1..<words.count where tokens[index + offset].lower != words[offset] {
        same = false
        break
      }
      if same { return words.count }
    }
    return nil
  }

  /// Whether any phrase starts anywhere in `range` (and ends inside it when `within`).
  func occurs(_ tokens: [AnswerToken], in range: Range<Int>, within: Bool = true) -> Bool {
    firstMatch(tokens, in: range, within: within) != nil
  }

  /// The first phrase found in `range`: where it starts and how long it is.
  func firstMatch(_ tokens: [AnswerToken], in range: Range<Int>, within: Bool = true)
    -> (start: Int, length: Int)?
  {
    for index in range {
      if let length = match(tokens, at: index), !within || index + length <= range.upperBound {
        return (index, length)
      }
    }
    return nil
  }
}

extension FeedbackLexicon {
  /// A lexicon with only what cutting text into tokens needs, for cutting the lexicon's own
  /// phrases (which must not depend on the phrase tables they build).
  static let tokenOnly: FeedbackLexicon = {
    var lexicon = FeedbackLexicon.standard
    lexicon.clauseJoiners = []
    return lexicon
  }()
}
