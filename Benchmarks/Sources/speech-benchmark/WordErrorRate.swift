/// Word error rate: the word-level edit distance from the reference to the transcript, over
/// the reference's words, after both are lowercased and stripped of punctuation.
enum WordErrorRate {
  /// Lowercase words of letters, digits and apostrophes; hyphens split ("trade-offs").
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
  }

  /// The rate for `transcript` against `reference`.
  static func rate(reference: String, transcript: String) -> Double {
    let expected = words(reference)
    let heard = words(transcript)
    guard !expected.isEmpty else { return heard.isEmpty ? 0 : 1 }
    var previous = Array(0...heard.count)
    for (row, word) in expected.enumerated() {
      var current = [row + 1]
      for (column, other) in heard.enumerated() {
        current.append(
          min(
            previous[column + 1] + 1, current[column] + 1,
            previous[column] + (word == other ? 0 : 1))
        )
      }
      previous = current
    }
    return Double(previous[heard.count]) / Double(expected.count)
  }
}
