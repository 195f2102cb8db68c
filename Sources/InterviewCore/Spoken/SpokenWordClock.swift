/// Which transcribed word is being spoken at a moment of a recording, and where each word sits
/// in the answer's text: what review needs to follow the playback through the answer.
public enum SpokenWordClock {
  /// The index of the word being spoken `elapsedMilliseconds` into the recording: the word
  /// whose start is at or before that moment and whose end is after it. Nil before the first
  /// word, in a gap between two and after the last, so a silence highlights nothing.
  public static func word(at elapsedMilliseconds: Int, in words: [WordTiming]) -> Int? {
    // Transcribers give the words in order; the first word starting after the moment bounds
    // the search, so a long answer costs a binary search per tick, not a walk.
    var low = 0
    var high = words.count
    while low < high {
      let middle = (low + high) / 2
      if words[middle].startMilliseconds <= elapsedMilliseconds {
        low = middle + 1
      } else {
        high = middle
      }
    }
    let candidate = low - 1
    guard words.indices.contains(candidate),
      elapsedMilliseconds < words[candidate].endMilliseconds
    else { return nil }
    return candidate
  }

  /// For each of `words`, the Unicode scalars of `text` it was written as, or nil when it cannot
  /// be found there. The text may have been corrected in review since it was transcribed, so
  /// words are matched in order by their letters, looking a few words ahead; a word with no
  /// match is left out rather than placed on the wrong word.
  public static func scalarRanges(of words: [WordTiming], in text: String) -> [Range<Int>?] {
    let tokens = Self.tokens(of: text)
    // Untouched text has a word for every timing: then place by position where letters differ
    // (a number written as digits, a word with no letters).
    let oneForOne = tokens.count == words.count
    var next = 0
    var ranges: [Range<Int>?] = []
    for (index, timing) in words.enumerated() {
      let wanted = letters(of: timing.word)
      let window = tokens.indices.clamped(to: next..<min(tokens.count, next + lookAhead))
      if !wanted.isEmpty, let found = window.first(where: { tokens[$0].letters == wanted }) {
        ranges.append(tokens[found].scalars)
        next = found + 1
      } else if oneForOne, tokens.indices.contains(index), index >= next {
        ranges.append(tokens[index].scalars)
        next = index + 1
      } else {
        ranges.append(nil)
      }
    }
    return ranges
  }

  /// How many words of the text past the last match a timed word is looked for in: enough to
  /// step over a few words added by hand, few enough not to jump to a later repeat.
  static let lookAhead = 4

  /// One word of the text: its scalars and its letters, for matching.
  struct Token {
    var scalars: Range<Int>
    var letters: String
  }

  /// The runs of non-space scalars in `text`.
  static func tokens(of text: String) -> [Token] {
    var tokens: [Token] = []
    var start: Int?
    var scalars = String.UnicodeScalarView()
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if scalar.properties.isWhitespace {
        if let begun = start {
          tokens.append(Token(scalars: begun..<index, letters: letters(of: String(scalars))))
          start = nil
          scalars = String.UnicodeScalarView()
        }
      } else {
        if start == nil { start = index }
        scalars.append(scalar)
      }
    }
    if let begun = start {
      tokens.append(
        Token(
          scalars: begun..<text.unicodeScalars.count, letters: letters(of: String(scalars))))
    }
    return tokens
  }

  /// The letters and digits of `text`, lower-cased: a transcribed word and the same word in the
  /// text share them whatever the punctuation around it.
  static func letters(of text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
  }
}
