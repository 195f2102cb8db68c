import InterviewCore
import Testing

/// A buffer holding `text` with the cursor at `cursor`, its undo history empty.
private func buffer(_ text: String, cursor: Int? = nil) -> AnswerBuffer {
  AnswerBuffer(text: text, cursor: cursor)
}

/// Types `text` a key at a time, as a person would.
private func type(_ text: String, into buffer: inout AnswerBuffer) {
  for character in text {
    if character == "\n" { buffer.insertLineBreak() } else { buffer.insert(String(character)) }
  }
}

@Suite struct AnswerBufferShellKeysTests {
  // MARK: Moving by word

  @Test func wordLeftGoesToTheStartOfTheWordBeforeTheCursor() {
    var answer = buffer("we shipped  it\non time")
    answer.moveWordLeft()
    #expect(answer.cursor == 18)  // "time"
    answer.moveWordLeft()
    #expect(answer.cursor == 15)  // "on", across the line break
    answer.moveWordLeft()
    #expect(answer.cursor == 12)  // "it", over two spaces
    answer.moveWordLeft()
    answer.moveWordLeft()
    #expect(answer.cursor == 0)
    answer.moveWordLeft()
    #expect(answer.cursor == 0)
  }

  @Test func wordRightGoesToTheEndOfTheWordAfterTheCursor() {
    var answer = buffer("we shipped  it\non time", cursor: 0)
    answer.moveWordRight()
    #expect(answer.cursor == 2)
    answer.moveWordRight()
    #expect(answer.cursor == 10)
    answer.moveWordRight()
    #expect(answer.cursor == 14)
    answer.moveWordRight()
    #expect(answer.cursor == 17)
    answer.moveWordRight()
    answer.moveWordRight()
    #expect(answer.cursor == 22)
  }

  // MARK: Kill and yank

  @Test func ctrlKKillsToTheLineEndAndAtTheEndJoinsTheNextLine() {
    var answer = buffer("first line\nsecond", cursor: 5)
    answer.killToLineEnd()
    #expect(answer.text == "first\nsecond")
    #expect(answer.cursor == 5)
    answer.killToLineEnd()
    #expect(answer.text == "firstsecond")
    answer.moveToLineEnd()
    answer.killToLineEnd()
    #expect(answer.text == "firstsecond")
  }

  @Test func ctrlYPutsBackWhatCtrlWCtrlUOrCtrlKDeleted() {
    var answer = buffer("we shipped it")
    answer.deleteWordBackward()
    #expect(answer.text == "we shipped ")
    answer.moveToLineStart()
    answer.yank()
    #expect(answer.text == "itwe shipped ")
    #expect(answer.cursor == 2)

    var line = buffer("one two\nthree", cursor: 7)
    line.deleteToLineStart()
    line.moveToLineEnd()
    line.yank()
    #expect(line.text == "one two\nthree")

    var tail = buffer("keep cut", cursor: 4)
    tail.killToLineEnd()
    tail.yank()
    tail.yank()
    #expect(tail.text == "keep cut cut")
  }

  @Test("kills in a row add up, as in readline; a move or an edit between starts afresh")
  func killsInARowAddUp() {
    var answer = buffer("after I rewrote the cache")
    answer.deleteWordBackward()
    answer.deleteWordBackward()
    #expect(answer.text == "after I rewrote ")
    answer.yank()
    #expect(answer.text == "after I rewrote the cache")

    var both = buffer("keep cut", cursor: 4)
    both.deleteWordBackward()
    both.killToLineEnd()
    both.yank()
    #expect(both.text == "keep cut")

    var apart = buffer("one two three")
    apart.deleteWordBackward()
    apart.moveLeft()
    apart.deleteWordBackward()
    apart.moveToLineEnd()
    apart.yank()
    #expect(apart.text == "one  two")
  }

  @Test func yankWithNothingKilledDoesNothing() {
    var answer = buffer("abc")
    answer.yank()
    #expect(answer.text == "abc")
    #expect(answer.editCount == 0)
  }

  // MARK: Undo and redo

  @Test func undoTakesBackAWordAtATime() {
    var answer = AnswerBuffer()
    type("we shipped it", into: &answer)
    let step1 = answer.undo()
    #expect(step1)
    #expect(answer.text == "we shipped ")
    let step2 = answer.undo()
    #expect(step2)
    #expect(answer.text == "we ")
    let step3 = answer.undo()
    #expect(step3)
    #expect(answer.text == "")
    let step4 = answer.undo()
    #expect(!step4)
    let step5 = answer.redo()
    #expect(step5)
    let step6 = answer.redo()
    #expect(step6)
    #expect(answer.text == "we shipped ")
    #expect(answer.cursor == 11)
  }

  @Test func typingKeyByKeyUndoesAWordAndItsSpacesAtATimeInEveryText() {
    // Plain ASCII takes the typing shortcut at the end of the answer; the accented and wide
    // characters, the line breaks and a backspace take the general path between them.
    let texts = [
      "I led  a migration. Then we cut costs by 30%!",
      "Zürich é then  日本語 docs and a 🚀 demo",
      "first line\nsecond  line\n\n  third",
      "   leading spaces and trailing   ",
    ]
    for text in texts {
      var answer = AnswerBuffer()
      for character in text {
        if character == "\n" { answer.insertLineBreak() } else { answer.insert(String(character)) }
      }
      #expect(answer.text == text)
      #expect(answer.wordCount == text.split(whereSeparator: \.isWhitespace).count)
      // Each step back ends where a word starts after whitespace (or at the start).
      let characters = Array(text)
      var expected: [String] = []
      for index in stride(from: characters.count - 1, through: 0, by: -1)
      where index == 0
        || (!characters[index].isWhitespace && characters[index - 1].isWhitespace)
      {
        expected.append(String(characters[..<index]))
      }
      var undone: [String] = []
      while answer.undo() { undone.append(answer.text) }
      #expect(undone == expected, "\(text.debugDescription)")
      while answer.redo() {}
      #expect(answer.text == text && answer.cursor == characters.count)
    }
  }

  @Test func aPasteARunOfBackspacesAndADeletedWordAreOneStepEach() {
    var answer = AnswerBuffer()
    answer.insert("pasted text ")
    type("typed", into: &answer)
    answer.deleteBackward()
    answer.deleteBackward()
    answer.deleteBackward()
    answer.deleteWordBackward()
    #expect(answer.text == "pasted text ")
    answer.undo()
    #expect(answer.text == "pasted text ty")
    answer.undo()
    #expect(answer.text == "pasted text typed")
    answer.undo()
    #expect(answer.text == "pasted text ")
    answer.undo()
    #expect(answer.text == "")
  }

  @Test func movingTheCursorEndsAStep() {
    var answer = AnswerBuffer()
    type("abc", into: &answer)
    answer.moveLeft()
    type("X", into: &answer)
    #expect(answer.text == "abXc")
    answer.undo()
    #expect(answer.text == "abc")
    #expect(answer.cursor == 2)
  }

  @Test func aNewEditAfterUndoDropsTheRedo() {
    var answer = AnswerBuffer()
    type("one two", into: &answer)
    answer.undo()
    type("three", into: &answer)
    let step7 = answer.redo()
    #expect(!step7)
    #expect(answer.text == "one three")
  }

  @Test func undoAndRedoKeepTheLayoutAndWordCountInStep() {
    var answer = AnswerBuffer()
    _ = answer.layout(width: 7)
    type("alpha beta\ngamma delta epsilon", into: &answer)
    answer.deleteWordBackward()
    answer.undo()
    answer.undo()
    answer.redo()
    let fresh = AnswerBuffer(text: answer.text, cursor: answer.cursor)
    #expect(answer.layout(width: 7) == fresh.layout(width: 7))
    #expect(answer.wordCount == fresh.wordCount)
  }

  @Test func anAccentTypedAfterALetterBelongsToTheWordsStep() {
    var answer = AnswerBuffer()
    type("a cafe", into: &answer)
    answer.insert("\u{301}")
    #expect(answer.text == "a café")
    answer.undo()
    #expect(answer.text == "a ")
    answer.redo()
    #expect(answer.text == "a café")
    #expect(answer.count == 6)
    #expect(answer.cursor == 6)
  }

  // MARK: Home and End on screen

  @Test func homeAndEndGoToTheLineOnScreenThenToTheLogicalLine() {
    // At width 10: "one two " / "three four" / "five"; the cursor in "four".
    var answer = buffer("one two three four five", cursor: 16)
    answer.moveToVisualLineStart(width: 10)
    #expect(answer.cursor == 8)
    answer.moveToVisualLineStart(width: 10)
    #expect(answer.cursor == 0)
    answer = buffer("one two three four five", cursor: 9)
    answer.moveToVisualLineEnd(width: 10)
    #expect(answer.cursor == 18)
    answer.moveToVisualLineEnd(width: 10)
    #expect(answer.cursor == 23)
  }
}
