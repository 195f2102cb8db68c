/// One word, number or mark of an answer, with where it sits in the text.
///
/// Offsets count Unicode scalars (code points), as Python and most JSON readers index strings,
/// so a highlight read from JSON lands on the same characters in any language.
public struct AnswerToken: Equatable, Sendable {
  /// What kind of token this is.
  public enum Kind: Equatable, Sendable {
    /// Letters, with inner apostrophes and hyphens ("don't", "sign-ups").
    case word
    /// Digits, with inner separators and a unit stuck to them ("78,000", "3.11", "40%", "2k").
    case number
    /// Anything else that is not a space: punctuation, symbols, currency signs.
    case mark
  }

  /// The token as written, apostrophes made straight.
  public var text: String
  /// The token in lower case, for matching against the lexicons.
  public var lower: String
  /// What kind of token this is.
  public var kind: Kind
  /// First scalar of the token.
  public var start: Int
  /// One past its last scalar.
  public var end: Int
  /// Which sentence the token belongs to, counted from 0.
  public var sentence: Int
  /// Which clause the token belongs to, counted from 0 across the whole answer.
  public var clause: Int

  /// Whether the token starts with a capital letter.
  public var isCapitalized: Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }
}

/// An answer cut into tokens, sentences and clauses: what every rule of the analysis reads.
public struct AnswerText: Sendable {
  /// The tokens in order.
  public let tokens: [AnswerToken]
  /// How many sentences the answer has.
  public let sentenceCount: Int
  /// How many clauses the answer has.
  public let clauseCount: Int
  /// Words as a reader counts them: whitespace-separated runs that hold a letter or digit.
  public let wordCount: Int
  /// The question marks that end sentences, by sentence index.
  public let questionSentences: Set<Int>
  /// The text's Unicode scalars, which token offsets index.
  public let scalars: [Unicode.Scalar]

  /// Cuts `text` into tokens. Sentences end at `.`, `!`, `?` and line breaks (not inside
  /// numbers or after the abbreviations of `lexicon`); clauses also end at `,`, `;`, `:`,
  /// dashes, brackets and the joining words of `lexicon`.
  public init(_ text: String, lexicon: FeedbackLexicon = .standard) {
    var tokens: [AnswerToken] = []
    var sentence = 0
    var clause = 0
    var words = 0
    var inWord = false
    var questions: Set<Int> = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var pendingBreak = false

    func endSentence() {
      if tokens.last.map({ $0.sentence == sentence }) == true {
        sentence += 1
        clause += 1
      }
    }
    func endClause() {
      if tokens.last.map({ $0.clause == clause }) == true { clause += 1 }
    }

    // Words as a reader counts them: runs between whitespace that hold a letter or a digit.
    for scalar in scalars {
      if scalar.properties.isWhitespace {
        inWord = false
      } else if !inWord, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        inWord = true
        words += 1
      } else if !inWord {
        // A run of marks only ("—", "...") is no word; a letter later in the run makes it one.
        continue
      }
    }

    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" {
        pendingBreak = true
        index += 1
        continue
      }
      if scalar.properties.isWhitespace {
        index += 1
        continue
      }
      if pendingBreak {
        endSentence()
        pendingBreak = false
      }
      if scalar.properties.isAlphabetic {
        var end = index + 1
        while end < scalars.count {
          let next = scalars[end]
          if next.properties.isAlphabetic || next.properties.generalCategory == .nonspacingMark
            || ("0"..."9").contains(next)
          {
            end += 1
          } else if AnswerText.isInnerJoiner(next), end + 1 < scalars.count,
            scalars[end + 1].properties.isAlphabetic
          {
            end += 2
          } else {
            break
          }
        }
        let raw = String(String.UnicodeScalarView(scalars[index..<end]))
        let straight = raw.replacingApostrophes()
        let lower = straight.lowercased()
        if lexicon.clauseJoiners.contains(lower) { endClause() }
        tokens.append(
          AnswerToken(
            text: straight, lower: lower, kind: .word, start: index, end: end,
            sentence: sentence, clause: clause))
        index = end
        continue
      }
      if ("0"..."9").contains(scalar) {
        var end = index + 1
        while end < scalars.count {
          let next = scalars[end]
          if ("0"..."9").contains(next) {
            end += 1
          } else if next == "," || next == ".", end + 1 < scalars.count,
            ("0"..."9").contains(scalars[end + 1])
          {
            end += 2
          } else if next == "%" {
            end += 1
            break
          } else if next.properties.isAlphabetic {
            // A unit or ordinal stuck to the digits: 2k, 1.2m, 3x, 40ms, 3rd.
            var unitEnd = end
            while unitEnd < scalars.count, scalars[unitEnd].properties.isAlphabetic {
              unitEnd += 1
            }
            if unitEnd - end <= 3 { end = unitEnd }
            break
          } else {
            break
          }
        }
        let raw = String(String.UnicodeScalarView(scalars[index..<end]))
        tokens.append(
          AnswerToken(
            text: raw, lower: raw.lowercased(), kind: .number, start: index, end: end,
            sentence: sentence, clause: clause))
        index = end
        continue
      }
      // A mark.
      let mark = String(scalar)
      let endsSentence: Bool
      switch scalar {
      case ".":
        let previous = tokens.last?.lower ?? ""
        let followedByLetter =
          index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic
        endsSentence = !lexicon.abbreviations.contains(previous) && !followedByLetter
      case "!", "?", "…": endsSentence = true
      default: endsSentence = false
      }
      tokens.append(
        AnswerToken(
          text: mark, lower: mark, kind: .mark, start: index, end: index + 1,
          sentence: sentence, clause: clause))
      if endsSentence {
        if scalar == "?" { questions.insert(sentence) }
        endSentence()
      } else if lexicon.clauseMarks.contains(mark) {
        endClause()
      }
      index += 1
    }
    self.tokens = tokens
    sentenceCount = (tokens.last?.sentence ?? -1) + 1
    clauseCount = (tokens.last?.clause ?? -1) + 1
    wordCount = words
    questionSentences = questions
    self.scalars = scalars
  }

  /// Apostrophes and hyphens inside a word keep it whole: "don't", "sign-ups", "sixty-five".
  static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "\u{2010}"
  }
}

extension String {
  /// The text with typographic apostrophes made straight, so "don’t" matches "don't".
  func replacingApostrophes() -> String {
    guard unicodeScalars.contains("\u{2019}") else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
  }
}
