/// Where a word of a spoken answer is on the laid-out lines, for the playback to highlight it.
extension TranscriptLayout {
  /// A stretch of one laid-out line: the line's index and the Characters of its text.
  public struct Span: Equatable, Sendable {
    /// Index into `lines`.
    public var line: Int
    /// The Characters of the line's text it covers.
    public var range: Range<Int>

    /// The Characters `range` of line `line`.
    public init(line: Int, range: Range<Int>) {
      self.line = line
      self.range = range
    }
  }

  /// Where the transcribed word `word` of `entry` (laid out as item `item`) shows: one span,
  /// or two when a word longer than the line was broken. Empty when the word cannot be found
  /// in the answer's text (corrected since) or the answer has no lines.
  public func spans(ofWord word: Int, in entry: Entry, item: Int) -> [Span] {
    guard let words = entry.recording.spoken?.words, words.indices.contains(word),
      let first = lines.firstIndex(where: { $0.item == item && $0.kind == .answer })
    else { return [] }
    guard let scalars = SpokenWordClock.scalarRanges(of: words, in: entry.answer)[word] else {
      return []
    }
    // Wrapped exactly as `addAnswer` wraps the answer, so the lines are the ones on screen.
    let prefix = entry.spokenNotes ? Self.spokenNotesPrefix : ""
    let shift = prefix.unicodeScalars.count
    let wrapped = Self.wrap(
      prefix + entry.answer, width: width - lines[first].indent,
      marks: [(.spoken, (scalars.lowerBound + shift)..<(scalars.upperBound + shift))])
    var spans: [Span] = []
    for (offset, line) in wrapped.enumerated() {
      for highlight in line.highlights where highlight.kind == .spoken {
        spans.append(Span(line: first + offset, range: highlight.range))
      }
    }
    return spans
  }

  /// What notes typed while answering aloud are shown after: they are not the answer itself.
  static let spokenNotesPrefix = "Notes while speaking: "
}
