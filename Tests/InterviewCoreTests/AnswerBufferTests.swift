import Foundation
import InterviewCore
import Testing

/// The buffer's own Characters agree with `text`, so rebuilding it from a save loses nothing.
private func isConsistent(_ buffer: AnswerBuffer) -> Bool {
  AnswerBuffer(text: buffer.text, cursor: buffer.cursor) == buffer
    && buffer.cursor <= buffer.text.count
}

private func lineTexts(_ buffer: AnswerBuffer, width: Int) -> [String] {
  buffer.layout(width: width).lines.map(\.text)
}

private func lineStarts(_ buffer: AnswerBuffer, width: Int) -> [Int] {
  buffer.layout(width: width).lines.map(\.start)
}

/// A cursor's visual row and cell column, compared as one value so a failure shows both.
private struct Cell: Equatable {
  var row: Int
  var column: Int
  init(_ row: Int, _ column: Int) {
    self.row = row
    self.column = column
  }
  init(_ layout: AnswerLayout) {
    self.init(layout.cursorRow, layout.cursorColumn)
  }
}

/// Row and column of the cursor when `text` has the cursor at `cursor`.
private func cursorCell(_ text: String, cursor: Int, width: Int) -> Cell {
  Cell(AnswerBuffer(text: text, cursor: cursor).layout(width: width))
}

@Suite struct AnswerBufferTests {
  // MARK: Construction and queries

  @Test func cursorDefaultsToTheEndAndIsClamped() {
    #expect(AnswerBuffer().text == "")
    #expect(AnswerBuffer().cursor == 0)
    #expect(AnswerBuffer(text: "abc").cursor == 3)
    #expect(AnswerBuffer(text: "a👩‍💻b").cursor == 3)
    #expect(AnswerBuffer(text: "abc", cursor: 1).cursor == 1)
    #expect(AnswerBuffer(text: "abc", cursor: 10).cursor == 3)
    #expect(AnswerBuffer(text: "abc", cursor: -4).cursor == 0)
  }

  @Test func isEmptyAndWordCount() {
    #expect(AnswerBuffer().isEmpty)
    #expect(!AnswerBuffer(text: " ").isEmpty)
    #expect(AnswerBuffer().wordCount == 0)
    #expect(AnswerBuffer(text: "   \n ").wordCount == 0)
    #expect(AnswerBuffer(text: "  Tell me\nabout   it ").wordCount == 4)
    #expect(AnswerBuffer(text: "well-known, it's 日本語").wordCount == 3)
  }

  // MARK: Editing

  @Test func typingInsertsAtTheCursor() {
    var buffer = AnswerBuffer()
    buffer.insert("H")
    buffer.insert("i")
    #expect(buffer.text == "Hi")
    #expect(buffer.cursor == 2)

    var middle = AnswerBuffer(text: "Hllo", cursor: 1)
    middle.insert("e")
    #expect(middle.text == "Hello")
    #expect(middle.cursor == 2)

    middle.insert("😀 日本")
    #expect(middle.text == "He😀 日本llo")
    #expect(middle.cursor == 6)
  }

  @Test func lineBreakSplitsTheLine() {
    var buffer = AnswerBuffer(text: "ab", cursor: 1)
    buffer.insertLineBreak()
    #expect(buffer.text == "a\nb")
    #expect(buffer.cursor == 2)
  }

  @Test func deleteBackwardRemovesOneWholeCharacter() {
    var buffer = AnswerBuffer(text: "abc", cursor: 2)
    buffer.deleteBackward()
    #expect(buffer == AnswerBuffer(text: "ac", cursor: 1))

    var emoji = AnswerBuffer(text: "a👩‍💻b", cursor: 2)
    emoji.deleteBackward()
    #expect(emoji == AnswerBuffer(text: "ab", cursor: 1))

    var start = AnswerBuffer(text: "abc", cursor: 0)
    start.deleteBackward()
    #expect(start == AnswerBuffer(text: "abc", cursor: 0))

    var joined = AnswerBuffer(text: "one\ntwo", cursor: 4)
    joined.deleteBackward()
    #expect(joined == AnswerBuffer(text: "onetwo", cursor: 3))
  }

  @Test func deleteForwardRemovesTheCharacterAfterTheCursor() {
    var buffer = AnswerBuffer(text: "abc", cursor: 1)
    buffer.deleteForward()
    #expect(buffer == AnswerBuffer(text: "ac", cursor: 1))

    var end = AnswerBuffer(text: "abc")
    end.deleteForward()
    #expect(end == AnswerBuffer(text: "abc", cursor: 3))

    var wide = AnswerBuffer(text: "日本", cursor: 0)
    wide.deleteForward()
    #expect(wide == AnswerBuffer(text: "本", cursor: 0))
  }

  @Test func movingLeftAndRightStopsAtTheEnds() {
    var buffer = AnswerBuffer(text: "a👍b", cursor: 0)
    buffer.moveLeft()
    #expect(buffer.cursor == 0)
    buffer.moveRight()
    buffer.moveRight()
    #expect(buffer.cursor == 2)
    buffer.moveRight()
    buffer.moveRight()
    #expect(buffer.cursor == 3)
    buffer.moveLeft()
    #expect(buffer.cursor == 2)
  }

  @Test func homeAndEndUseTheLogicalLine() {
    // "two three" is characters 4...12; its line break is at 13.
    var buffer = AnswerBuffer(text: "one\ntwo three\nfour", cursor: 6)
    buffer.moveToLineEnd()
    #expect(buffer.cursor == 13)
    buffer.moveToLineEnd()
    #expect(buffer.cursor == 13)
    buffer.moveToLineStart()
    #expect(buffer.cursor == 4)
    buffer.moveToLineStart()
    #expect(buffer.cursor == 4)

    // A logical line wrapped over several visual lines is still one line for Home and End.
    var long = AnswerBuffer(text: String(repeating: "word ", count: 20), cursor: 50)
    long.moveToLineStart()
    #expect(long.cursor == 0)
    long.moveToLineEnd()
    #expect(long.cursor == 100)
  }

  @Test func combiningMarksAndFlagsStayWholeCharacters() {
    var accent = AnswerBuffer(text: "caf")
    accent.insert("e")
    accent.insert("\u{301}")
    #expect(accent.text == "cafe\u{301}")
    #expect(accent.cursor == 4)
    #expect(isConsistent(accent))
    accent.deleteBackward()
    #expect(accent == AnswerBuffer(text: "caf", cursor: 3))

    var flag = AnswerBuffer()
    flag.insert("🇺")
    flag.insert("🇸")
    #expect(flag.text == "🇺🇸")
    #expect(flag.cursor == 1)
    #expect(isConsistent(flag))

    // One more regional indicator in front pairs every flag after it differently.
    var flags = AnswerBuffer(text: "🇺🇸🇫🇷x", cursor: 0)
    flags.insert("🇩")
    #expect(flags.text == "🇩🇺🇸🇫🇷x")
    #expect(isConsistent(flags))
    #expect(flags.cursor == 1)

    // Deleting the line break before a lone combining mark joins it to the letter before.
    var lone = AnswerBuffer(text: "e\n\u{301}x", cursor: 2)
    lone.deleteBackward()
    #expect(lone.text == "e\u{301}x")
    #expect(lone.cursor == 1)
    #expect(isConsistent(lone))
  }

  // MARK: Cleaning

  @Test func pastedLineEndingsBecomeNewlines() {
    var buffer = AnswerBuffer()
    buffer.insert("line one\r\nline two\rline three\n\r\r\nend")
    #expect(buffer.text == "line one\nline two\nline three\n\n\nend")
    #expect(buffer.cursor == buffer.text.count)
  }

  @Test func tabsBecomeOneSpace() {
    var buffer = AnswerBuffer()
    buffer.insert("a\tb\t\tc")
    #expect(buffer.text == "a b  c")
  }

  @Test func escapeSequencesAndOtherControlsAreDropped() {
    var buffer = AnswerBuffer()
    buffer.insert("\u{1B}[31mred\u{1B}[0m plain\u{7}\u{0}\u{7F} c1\u{9B}2J\u{85}")
    #expect(buffer.text == "[31mred[0m plain c12J")
    #expect(!buffer.text.containsForbiddenControl)
    #expect(buffer.cursor == buffer.text.count)

    var unchanged = AnswerBuffer(text: "ab", cursor: 1)
    unchanged.insert("\u{1B}")
    #expect(unchanged == AnswerBuffer(text: "ab", cursor: 1))
  }

  @Test func otherTextIsKeptExactly() {
    let text = "日本語 👍🏽 👩‍💻 e\u{301} ❤\u{FE0F} Ωμέγα"
    var buffer = AnswerBuffer()
    buffer.insert(text)
    #expect(buffer.text.unicodeScalars.elementsEqual(text.unicodeScalars))
  }

  @Test func initialTextIsCleanedToo() {
    #expect(AnswerBuffer(text: "a\r\nb\u{7}\tc").text == "a\nb c")
  }

  // MARK: Ctrl-W and Ctrl-U

  @Test func deleteWordBackwardTakesSpacesThenAWord() {
    var buffer = AnswerBuffer(text: "tell me about")
    buffer.deleteWordBackward()
    #expect(buffer == AnswerBuffer(text: "tell me "))
    buffer.deleteWordBackward()
    #expect(buffer == AnswerBuffer(text: "tell "))
    buffer.deleteWordBackward()
    #expect(buffer == AnswerBuffer(text: ""))
    buffer.deleteWordBackward()
    #expect(buffer == AnswerBuffer(text: ""))

    var trailing = AnswerBuffer(text: "word   ")
    trailing.deleteWordBackward()
    #expect(trailing.text == "")

    // Like readline, punctuation is part of the word: only whitespace separates words.
    var punctuation = AnswerBuffer(text: "it's well-known, ")
    punctuation.deleteWordBackward()
    #expect(punctuation.text == "it's ")
  }

  @Test func deleteWordBackwardInTheMiddleKeepsTheRest() {
    var buffer = AnswerBuffer(text: "one two three", cursor: 7)
    buffer.deleteWordBackward()
    #expect(buffer == AnswerBuffer(text: "one  three", cursor: 4))

    var midWord = AnswerBuffer(text: "one two", cursor: 6)
    midWord.deleteWordBackward()
    #expect(midWord == AnswerBuffer(text: "one o", cursor: 4))

    var atStart = AnswerBuffer(text: "one", cursor: 0)
    atStart.deleteWordBackward()
    #expect(atStart == AnswerBuffer(text: "one", cursor: 0))
  }

  @Test func deleteWordBackwardStopsAtALineBreak() {
    var afterBreak = AnswerBuffer(text: "first line\n")
    afterBreak.deleteWordBackward()
    #expect(afterBreak.text == "first line")

    var spacesAfterBreak = AnswerBuffer(text: "first\n   ")
    spacesAfterBreak.deleteWordBackward()
    #expect(spacesAfterBreak.text == "first\n")

    var wordAfterBreak = AnswerBuffer(text: "first\nsecond")
    wordAfterBreak.deleteWordBackward()
    #expect(wordAfterBreak.text == "first\n")
  }

  @Test func deleteToLineStartStopsAtTheLogicalLine() {
    var buffer = AnswerBuffer(text: "one\ntwo three")
    buffer.deleteToLineStart()
    #expect(buffer == AnswerBuffer(text: "one\n", cursor: 4))
    buffer.deleteToLineStart()
    #expect(buffer == AnswerBuffer(text: "one\n", cursor: 4))

    var middle = AnswerBuffer(text: "one\ntwo three", cursor: 7)
    middle.deleteToLineStart()
    #expect(middle == AnswerBuffer(text: "one\n three", cursor: 4))

    var single = AnswerBuffer(text: "abc def", cursor: 3)
    single.deleteToLineStart()
    #expect(single == AnswerBuffer(text: " def", cursor: 0))

    var atStart = AnswerBuffer(text: "abc", cursor: 0)
    atStart.deleteToLineStart()
    #expect(atStart == AnswerBuffer(text: "abc", cursor: 0))

    // Wrapping does not matter: the whole logical line up to the cursor goes.
    var wrapped = AnswerBuffer(text: "x\n" + String(repeating: "word ", count: 20))
    wrapped.deleteToLineStart()
    #expect(wrapped == AnswerBuffer(text: "x\n"))
  }

  // MARK: Layout

  private let question = "Tell me about a time you disagreed with your manager."

  @Test func wrapsAtTwentyColumnsAfterSpaces() {
    let buffer = AnswerBuffer(text: question)
    #expect(
      lineTexts(buffer, width: 20) == [
        "Tell me about a time ", "you disagreed with ", "your manager.",
      ])
    #expect(lineStarts(buffer, width: 20) == [0, 21, 40])
  }

  @Test func wrapsAtFortyColumns() {
    let buffer = AnswerBuffer(text: question)
    #expect(
      buffer.layout(width: 40)
        == AnswerLayout(
          lines: [
            .init(text: "Tell me about a time you disagreed with ", start: 0),
            .init(text: "your manager.", start: 40),
          ],
          cursorRow: 1, cursorColumn: 13))
  }

  @Test func cursorAtAWrapPointStartsTheNextLine() {
    // Line 0 is characters 0..<21: the hanging space at 20 ends it.
    #expect(cursorCell(question, cursor: 19, width: 20) == Cell(0, 19))
    #expect(cursorCell(question, cursor: 20, width: 20) == Cell(0, 20))
    #expect(cursorCell(question, cursor: 21, width: 20) == Cell(1, 0))
    #expect(cursorCell(question, cursor: 24, width: 20) == Cell(1, 3))
    #expect(cursorCell(question, cursor: 0, width: 20) == Cell(0, 0))
    #expect(cursorCell(question, cursor: 53, width: 20) == Cell(2, 13))
  }

  @Test func wideCharactersNeverStraddleTheEdge() {
    // "a" and nine wide characters take 19 cells; the tenth would need cells 19 and 20.
    let text = "a日本語のテキストを折り返して表示します"
    let buffer = AnswerBuffer(text: text)
    #expect(lineTexts(buffer, width: 20) == ["a日本語のテキストを", "折り返して表示します"])
    #expect(lineStarts(buffer, width: 20) == [0, 10])
    // At the end of a full last line the cursor is at the width, not on a line of its own.
    #expect(cursorCell(text, cursor: 20, width: 20) == Cell(1, 20))
    #expect(cursorCell(text, cursor: 9, width: 20) == Cell(0, 17))
    #expect(cursorCell(text, cursor: 10, width: 20) == Cell(1, 0))
    #expect(lineTexts(buffer, width: 40) == [text])
  }

  @Test func emojiTakeTwoCellsWhenWrapping() {
    let text = "I was 😅 nervous 🎉🎉 but fine"
    let buffer = AnswerBuffer(text: text)
    #expect(lineTexts(buffer, width: 20) == ["I was 😅 nervous ", "🎉🎉 but fine"])
    #expect(lineStarts(buffer, width: 20) == [0, 16])
    #expect(cursorCell(text, cursor: 15, width: 20) == Cell(0, 16))
    #expect(cursorCell(text, cursor: 16, width: 20) == Cell(1, 0))
    #expect(cursorCell(text, cursor: 18, width: 20) == Cell(1, 4))

    let coders = String(repeating: "👩‍💻", count: 11)
    #expect(lineStarts(AnswerBuffer(text: coders), width: 20) == [0, 10])
    #expect(cursorCell(coders, cursor: 11, width: 20) == Cell(1, 2))
  }

  @Test func aWordLongerThanTheWidthIsBrokenAtTheCellLimit() {
    let url = AnswerBuffer(text: "see https://example.com/a/very/long/path ok")
    #expect(
      lineTexts(url, width: 20) == ["see ", "https://example.com/", "a/very/long/path ok"])
    #expect(lineStarts(url, width: 20) == [0, 4, 24])

    let long = String(repeating: "x", count: 50)
    let buffer = AnswerBuffer(text: "word " + long)
    #expect(
      lineTexts(buffer, width: 40)
        == ["word ", String(repeating: "x", count: 40), String(repeating: "x", count: 10)])
    #expect(lineStarts(buffer, width: 40) == [0, 5, 45])
  }

  @Test func lineBreaksStartNewLines() {
    let buffer = AnswerBuffer(text: "one\n\ntwo\n")
    #expect(lineTexts(buffer, width: 20) == ["one", "", "two", ""])
    #expect(lineStarts(buffer, width: 20) == [0, 4, 5, 9])
    #expect(cursorCell("one\n\ntwo\n", cursor: 9, width: 20) == Cell(3, 0))
    #expect(cursorCell("one\n\ntwo\n", cursor: 3, width: 20) == Cell(0, 3))
    #expect(cursorCell("one\n\ntwo\n", cursor: 4, width: 20) == Cell(1, 0))
  }

  @Test func emptyAnswerHasOneEmptyLine() {
    #expect(
      AnswerBuffer().layout(width: 20)
        == AnswerLayout(lines: [.init(text: "", start: 0)], cursorRow: 0, cursorColumn: 0))
  }

  @Test func spacesHangAtTheWrapAndTheCursorStaysInTheWidth() {
    let text = "hello      world"
    #expect(lineTexts(AnswerBuffer(text: text), width: 8) == ["hello      ", "world"])
    #expect(cursorCell(text, cursor: 9, width: 8) == Cell(0, 8))
    #expect(cursorCell(text, cursor: 11, width: 8) == Cell(1, 0))
  }

  @Test func aFullLineThenTypingWraps() {
    var buffer = AnswerBuffer(text: "abcde")
    #expect(buffer.layout(width: 5).cursorColumn == 5)
    buffer.insert("f")
    let layout = buffer.layout(width: 5)
    #expect(layout.lines.map(\.text) == ["abcde", "f"])
    #expect(Cell(layout) == Cell(1, 1))
  }

  @Test func widthBelowOneIsTreatedAsOne() {
    let buffer = AnswerBuffer(text: "ab日")
    #expect(buffer.layout(width: 0) == buffer.layout(width: 1))
    #expect(buffer.layout(width: -3) == buffer.layout(width: 1))
    #expect(lineTexts(buffer, width: 1) == ["a", "b", "日"])
    #expect(buffer.layout(width: 1).cursorColumn == 1)
  }

  @Test(arguments: [1, 2, 3, 5, 7, 11, 20, 40])
  func linesCoverTheTextInOrderAndFitTheWidth(width: Int) {
    let text =
      "Tell me 👋 about  日本語のテキスト and a verylongwordthatneverends\n\nthen 👩‍💻 e\u{301}   x"
    let buffer = AnswerBuffer(text: text)
    let lines = buffer.layout(width: width).lines
    #expect(lines.first?.start == 0)
    var rebuilt = ""
    for (index, line) in lines.enumerated() {
      rebuilt += line.text
      let visible = line.text.reversed().drop(while: { $0 == " " }).reversed()
      #expect(String(visible).terminalColumns <= width || visible.count == 1, "\(line.text)")
      guard index + 1 < lines.count else { continue }
      let end = line.start + line.text.count
      #expect(lines[index + 1].start == end || lines[index + 1].start == end + 1)
      if lines[index + 1].start == end + 1 { rebuilt += "\n" }
    }
    #expect(rebuilt == text)
  }

  // MARK: Up and down

  @Test func upAndDownKeepThePreferredColumnAcrossAShortLine() {
    // Lines start at 0, 21 and 27; "short" ends at 26.
    var buffer = AnswerBuffer(
      text: "a fairly long line 1\nshort\nanother long line 3", cursor: 15)
    buffer.moveDown(width: 20)
    #expect(buffer.cursor == 26)
    buffer.moveDown(width: 20)
    #expect(buffer.cursor == 42)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 26)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 15)
  }

  @Test func aHorizontalMoveOrAnEditResetsThePreferredColumn() {
    var buffer = AnswerBuffer(
      text: "a fairly long line 1\nshort\nanother long line 3", cursor: 15)
    buffer.moveDown(width: 20)
    buffer.moveDown(width: 20)
    buffer.moveLeft()
    #expect(buffer.cursor == 41)
    buffer.moveUp(width: 20)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 14)

    buffer.moveDown(width: 20)
    buffer.insert("!")
    #expect(buffer.cursor == 27)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 6)
  }

  @Test func upAndDownMoveByWrappedLine() {
    var buffer = AnswerBuffer(text: question, cursor: 18)
    buffer.moveDown(width: 20)
    #expect(buffer.cursor == 39)
    #expect(buffer.layout(width: 20).cursorRow == 1)
    buffer.moveDown(width: 20)
    #expect(buffer.cursor == 53)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 39)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 18)
  }

  @Test func aWrappedLineNeverTakesTheCursorPastItsWrapPoint() {
    // At 10 columns "abc " wraps before "defghijkl"; the position after its space is row 1.
    var buffer = AnswerBuffer(text: "abc defghijkl")
    buffer.moveUp(width: 10)
    #expect(buffer.cursor == 3)
    #expect(buffer.layout(width: 10).cursorRow == 0)
    buffer.moveDown(width: 10)
    #expect(buffer.cursor == 13)

    // A line that ends at a line break may take the cursor up to that break.
    var hard = AnswerBuffer(text: "abcdefghi jk\nabcdefghij")
    hard.moveUp(width: 10)
    #expect(hard.cursor == 12)
    hard.moveUp(width: 10)
    #expect(hard.cursor == 9)
    #expect(hard.layout(width: 10).cursorRow == 0)
  }

  @Test func aWideCharacterUnderThePreferredColumnIsNotEntered() {
    var buffer = AnswerBuffer(text: "ab日本\nabcdef", cursor: 8)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 2)
    buffer.moveDown(width: 20)
    #expect(buffer.cursor == 8)
  }

  @Test func upOnTheFirstLineGoesToTheStartAndDownOnTheLastToTheEnd() {
    var buffer = AnswerBuffer(text: "abcdef\nabcdef", cursor: 3)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 0)
    buffer.moveDown(width: 20)
    #expect(buffer.cursor == 10)
    buffer.moveDown(width: 20)
    #expect(buffer.cursor == 13)
    buffer.moveUp(width: 20)
    #expect(buffer.cursor == 3)

    var empty = AnswerBuffer()
    empty.moveUp(width: 20)
    empty.moveDown(width: 20)
    #expect(empty == AnswerBuffer())
  }

  // MARK: Codable

  @Test func draftsRoundTripThroughJSON() throws {
    let buffer = AnswerBuffer(text: "Hi 👋\nthere e\u{301}", cursor: 3)
    let data = try JSONEncoder().encode(buffer)
    #expect(try JSONDecoder().decode(AnswerBuffer.self, from: data) == buffer)

    struct Draft: Decodable {
      var text: String
      var cursor: Int
    }
    let draft = try JSONDecoder().decode(Draft.self, from: data)
    #expect(draft.text == "Hi 👋\nthere e\u{301}")
    #expect(draft.cursor == 3)
  }

  @Test func aDecodedDraftIsCleanedAndClamped() throws {
    let json = Data(#"{"text":"a\u001b[1mb\r\nc","cursor":99}"#.utf8)
    let buffer = try JSONDecoder().decode(AnswerBuffer.self, from: json)
    #expect(buffer == AnswerBuffer(text: "a[1mb\nc", cursor: 7))
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(AnswerBuffer.self, from: Data(#"{"text":"a"}"#.utf8))
    }
  }
}
