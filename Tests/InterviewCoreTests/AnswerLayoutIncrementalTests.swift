import InterviewCore
import Testing

/// A seeded source of edits, so a failing run can be replayed from its seed.
private struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Pieces typed or pasted: words, runs of spaces, line breaks, wide and combining characters,
/// flags that join across the seam, and a word longer than any width tried.
private let pieces = [
  "a", "we", "the ", " ", "   ", "\n", "\n\n", "team", "migration ", "日本語", "é", "e", "\u{301}",
  "🇫", "🇷", "👩‍💻", "supercalifragilisticexpialidocious", "a b c d e f g ", "Zürich, ", "tab\there",
]

/// Runs `steps` random edits on a buffer already laid out at `width`, and after each compares
/// what the kept layout says with a layout made from scratch of the same text.
private func checkRandomEdits(seed: UInt64, width: Int, steps: Int) {
  var random = SeededRandom(state: seed)
  var buffer = AnswerBuffer()
  _ = buffer.layout(width: width)
  for step in 0..<steps {
    switch Int.random(in: 0..<12, using: &random) {
    case 0...4: buffer.insert(pieces.randomElement(using: &random) ?? "a")
    case 5: buffer.insertLineBreak()
    case 6: buffer.deleteBackward()
    case 7: buffer.deleteForward()
    case 8: buffer.deleteWordBackward()
    case 9: if Int.random(in: 0..<4, using: &random) == 0 { buffer.deleteToLineStart() }
    case 10:
      for _ in 0..<Int.random(in: 1...30, using: &random) { buffer.moveLeft() }
    default:
      if Bool.random(using: &random) {
        buffer.moveUp(width: width)
      } else {
        buffer.moveDown(width: width)
      }
    }
    let fresh = AnswerBuffer(text: buffer.text, cursor: buffer.cursor)
    let kept = buffer.layout(width: width)
    let expected = fresh.layout(width: width)
    #expect(
      kept == expected, "seed \(seed) width \(width) step \(step): \(buffer.text.debugDescription)")
    #expect(buffer.wordCount == fresh.wordCount, "seed \(seed) step \(step)")
    #expect(buffer.wordCount == buffer.text.split(whereSeparator: \.isWhitespace).count)
    guard kept == expected else { return }
  }
}

@Suite struct AnswerLayoutIncrementalTests {
  /// A key at a time at the end, as a typist types: the common case the layout takes in
  /// without wrapping again, checked against a layout from scratch after every key.
  @Test(arguments: [1, 2, 3, 5, 8, 13, 40])
  func typingAKeyAtATimeMatchesALayoutFromScratch(width: Int) {
    let text =
      "I led a supercalifragilisticexpialidocious migration, then\ncut costs 30%.  "
      + "Zürich 日本語 é e\u{301} 🇫🇷 done.\n\nNext  paragraph with a longword12345678901234567890."
    var buffer = AnswerBuffer()
    _ = buffer.layout(width: width)
    for (index, character) in text.enumerated() {
      buffer.insert(String(character))
      let fresh = AnswerBuffer(text: buffer.text, cursor: buffer.cursor)
      let kept = buffer.layout(width: width)
      #expect(kept == fresh.layout(width: width), "width \(width), key \(index)")
      guard kept == fresh.layout(width: width) else { return }
      // The window's text is the line's text as laid out afresh.
      let window = buffer.window(width: width, rows: 4)
      let freshWindow = fresh.window(width: width, rows: 4)
      #expect(window.lines.map(\.text) == freshWindow.lines.map(\.text), "key \(index)")
      // And the cursor's line, whose text a typed byte extends in place.
      #expect(
        buffer.cursorLine(width: width, rows: 4) == fresh.cursorLine(width: width, rows: 4),
        "cursor line, key \(index)")
    }
  }

  @Test(arguments: [1, 2, 3, 5, 8, 13, 40])
  func keptLayoutMatchesOneFromScratchAfterRandomEdits(width: Int) {
    for seed in UInt64(1)...6 {
      checkRandomEdits(seed: seed &* 7919 &+ UInt64(width), width: width, steps: 300)
    }
  }

  @Test func windowShowsTheLayoutsLinesAroundTheCursor() {
    var buffer = AnswerBuffer(text: String(repeating: "one two three four five\n", count: 20))
    for rows in [1, 3, 5] {
      for _ in 0..<37 {
        let layout = buffer.layout(width: 9)
        let window = buffer.window(width: 9, rows: rows)
        #expect(window.lineCount == layout.lines.count)
        #expect(window.cursorRow == layout.cursorRow)
        #expect(window.cursorColumn == layout.cursorColumn)
        #expect(
          Array(layout.lines[window.firstRow..<(window.firstRow + window.lines.count)])
            == window.lines)
        #expect((window.firstRow..<(window.firstRow + rows)).contains(window.cursorRow))
        buffer.moveUp(width: 9)
      }
    }
  }

  @Test func aNewWidthLaysTheAnswerOutAgain() {
    var buffer = AnswerBuffer(text: "Tell me about a time you disagreed with your manager.")
    _ = buffer.layout(width: 12)
    buffer.insert(" Then what?")
    for width in [7, 12, 30, 7] {
      let fresh = AnswerBuffer(text: buffer.text, cursor: buffer.cursor)
      #expect(buffer.layout(width: width) == fresh.layout(width: width))
    }
  }

  @Test func copiesKeepTheirOwnLayoutWhenOneIsEdited() {
    var original = AnswerBuffer(text: "alpha beta gamma delta epsilon")
    _ = original.layout(width: 10)
    let copy = original
    original.insert(" zeta eta theta")
    #expect(copy.layout(width: 10) == AnswerBuffer(text: copy.text).layout(width: 10))
    #expect(original.layout(width: 10) == AnswerBuffer(text: original.text).layout(width: 10))
  }
}
