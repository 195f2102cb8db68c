import InterviewCore
import Testing

@testable import TerminalUI

/// A terminal reduced to what the plain line editor may use: printable text, CR, LF, cursor
/// left and right, erase to the end of the row. Anything else it is sent is recorded as a fault,
/// as is text reaching the last column (where auto-wrap would garble the row).
private struct RowTerminal {
  let width: Int
  var rows: [[String]] = [[]]
  var row = 0
  var column = 0
  var faults: [String] = []

  init(width: Int) { self.width = width }

  /// The text of row `index`, trailing blanks trimmed.
  func text(ofRow index: Int) -> String {
    var line = rows[index].joined()
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }

  /// The row the cursor is on.
  var currentRow: String { text(ofRow: row) }

  mutating func write(_ output: String) {
    let scalars = Array(output.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "\r": column = 0
      case "\n":
        row += 1
        if rows.count <= row { rows.append([]) }
      case "\u{1B}":
        guard index < scalars.count, scalars[index] == "[" else {
          faults.append("lone ESC")
          continue
        }
        index += 1
        var number = ""
        while index < scalars.count, ("0"..."9").contains(scalars[index]) {
          number.unicodeScalars.append(scalars[index])
          index += 1
        }
        guard index < scalars.count else { break }
        let final = scalars[index]
        index += 1
        let count = Int(number) ?? 1
        switch final {
        case "D": column = max(0, column - count)
        case "C": column = min(width - 1, column + count)
        case "K": rows[row] = Array(rows[row].prefix(column))
        default: faults.append("ESC [ \(number)\(final)")
        }
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          faults.append("control \(scalar.value)")
          continue
        }
        let cells = scalar.terminalColumns
        if cells == 0 {
          // A combining mark joins the character before the cursor.
          if column > 0, rows[row].count >= column { rows[row][column - 1] += String(scalar) }
          continue
        }
        if column + cells > width - 1 { faults.append("text in the last column") }
        while rows[row].count < column + cells { rows[row].append(" ") }
        rows[row][column] = String(scalar)
        if cells == 2 { rows[row][column + 1] = "" }
        column += cells
      }
    }
  }
}

/// An editor and a terminal it draws on, started.
private struct Harness {
  var editor: PlainLineEditor
  var terminal: RowTerminal
  var outputs: [String] = []
  var outcome = PlainLineEditor.Outcome.editing

  init(prompt: String? = "> ", text: String = "", width: Int = 80) {
    editor = PlainLineEditor(prompt: prompt, text: text, width: width)
    terminal = RowTerminal(width: width)
    let first = editor.start()
    terminal.write(first)
    outputs.append(first)
  }

  mutating func press(_ keys: Key..., width: Int? = nil) {
    for key in keys {
      let (output, outcome) = editor.handle(key, width: width ?? terminal.width)
      outputs.append(output)
      terminal.write(output)
      self.outcome = outcome
    }
  }

  mutating func type(_ text: String) {
    for character in text { press(.character(character)) }
  }

  var text: String { editor.buffer.text }
  var cursor: Int { editor.buffer.cursor }
}

@Suite struct PlainLineEditorTests {
  @Test func typingAtTheEndOnlyEchoes() {
    var harness = Harness()
    #expect(harness.outputs == ["> "])
    harness.type("Open")
    #expect(harness.outputs == ["> ", "O", "p", "e", "n"])
    #expect(harness.text == "Open")
    #expect(harness.terminal.currentRow == "> Open")
    #expect(harness.terminal.column == 6)
    #expect(harness.editor.hasChanged)
  }

  @Test func movingAndInsertingRedrawsOnlyTheText() {
    var harness = Harness()
    harness.type("Open plan offices")
    harness.press(.left, .left, .left)
    #expect(harness.outputs.suffix(3) == ["\u{1B}[1D", "\u{1B}[1D", "\u{1B}[1D"])
    harness.type("X")
    // Back to the start of the text (not the prompt), the text, erase, back to the cursor.
    #expect(harness.outputs.last == "\u{1B}[14DOpen plan offiXces\u{1B}[K\u{1B}[3D")
    #expect(harness.text == "Open plan offiXces")
    #expect(harness.terminal.currentRow == "> Open plan offiXces")
    #expect(harness.terminal.column == 2 + 15)
    #expect(harness.terminal.faults.isEmpty)
  }

  @Test func escapeSequencesFromTheTerminalAreKeysNotText() {
    var input = PlainKeyInput()
    var harness = Harness()
    let bytes = Array("Open plan offices\u{1B}[D\u{1B}[D\u{1B}[D\u{17}!\r".utf8)
    for key in input.feed(bytes) { harness.press(key) }
    // ← ← ← then Ctrl-W deletes "offi" before the cursor.
    #expect(harness.outcome == .submitted("Open plan !ces"))
    #expect(!harness.text.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test func enterSubmitsAndCtrlCInterruptsKeepingTheLine() {
    var harness = Harness()
    harness.type("half a line")
    harness.press(.control("c"))
    #expect(harness.outcome == .interrupted)
    #expect(harness.text == "half a line")
    harness.press(.enter)
    #expect(harness.outcome == .submitted("half a line"))
    #expect(harness.outputs.last == "\r\n")
  }

  @Test func ctrlDEndsInputOnlyOnAnEmptyLine() {
    var harness = Harness()
    harness.type("ab")
    harness.press(.control("a"), .control("d"))
    #expect(harness.outcome == .editing)
    #expect(harness.text == "b")
    harness.press(.control("d"))
    #expect(harness.outcome == .editing)
    #expect(harness.text == "")
    harness.press(.control("d"))
    #expect(harness.outcome == .endOfInput)
  }

  @Test func lineKeysEditAsInTheFullScreen() {
    var harness = Harness()
    harness.type("one two three")
    harness.press(.control("w"))
    #expect(harness.text == "one two ")
    harness.press(.wordLeft, .alt("b"))
    #expect(harness.cursor == 0)
    harness.press(.alt("f"))
    #expect(harness.cursor == 3)
    harness.press(.control("k"))
    #expect(harness.text == "one")
    harness.press(.home)
    #expect(harness.cursor == 0)
    harness.press(.control("y"))
    #expect(harness.text == " two one")
    harness.press(.end, .control("u"))
    #expect(harness.text == "")
    harness.press(.control("_"))
    #expect(harness.text == " two one")
    harness.press(.control("a"), .delete, .control("e"), .backspace, .wordRight)
    #expect(harness.text == "two on")
    #expect(harness.terminal.currentRow == "> two on")
    #expect(harness.terminal.column == 2 + 6)
    #expect(harness.terminal.faults.isEmpty)
  }

  @Test func ctrlZUndoesAsOnTheFullScreenAndNeverSuspends() {
    var harness = Harness()
    harness.type("one two")
    harness.press(.control("w"))
    #expect(harness.text == "one ")
    harness.press(.control("z"))
    #expect(harness.text == "one two")
    #expect(harness.outcome == .editing)
  }

  @Test func wideAndCombiningCharactersMoveByGraphemeAndWidth() {
    var harness = Harness()
    harness.type("日本")
    harness.press(.character("e"))
    harness.press(.paste("\u{301}"))
    #expect(harness.editor.buffer.count == 3)
    #expect(harness.terminal.column == 2 + 5)
    harness.press(.left)
    // Over "é": one grapheme, one column.
    #expect(harness.outputs.last == "\u{1B}[1D")
    harness.press(.left)
    // Over "本": two columns.
    #expect(harness.outputs.last == "\u{1B}[2D")
    harness.type("🙂")
    #expect(harness.text == "日🙂本e\u{301}")
    #expect(harness.terminal.currentRow == "> 日🙂本e\u{301}")
    #expect(harness.terminal.column == 2 + 4)
    #expect(harness.terminal.faults.isEmpty)
  }

  @Test func altEnterAndPastedLineBreaksContinueOnTheNextRow() {
    var harness = Harness()
    harness.type("first")
    harness.press(.lineBreak)
    #expect(harness.outputs.last == "\r\n  ")
    harness.type("second")
    #expect(harness.outputs.last == "d")
    harness.press(.paste("\r\nthird\nfourth"))
    #expect(harness.text == "first\nsecond\nthird\nfourth")
    #expect(harness.terminal.rows.count == 4)
    #expect(harness.terminal.text(ofRow: 0) == "> first")
    #expect(harness.terminal.text(ofRow: 2) == "  third")
    #expect(harness.terminal.currentRow == "  fourth")
    // Back over the line break: the row shows the line the cursor is in now.
    harness.press(.home, .left)
    #expect(harness.terminal.currentRow == "  third")
    #expect(harness.terminal.column == 2 + 5)
    #expect(harness.terminal.faults.isEmpty)
  }

  @Test func aLineWiderThanTheTerminalScrollsSidewaysAndNeverWraps() {
    var harness = Harness(width: 20)
    let text = "the quick brown fox jumps over the lazy dog"
    for character in text {
      harness.press(.character(character))
      let row = harness.terminal.currentRow
      #expect(row.hasPrefix("> "))
      // The window ends at the cursor's column: the row shows what is just before the cursor.
      // (The row's trailing spaces are trimmed, so the answer's are too.)
      var typed = harness.text
      while typed.hasSuffix(" ") { typed.removeLast() }
      #expect(typed.hasSuffix(String(row.dropFirst(2))), "row \(row)")
    }
    #expect(harness.terminal.rows.count == 1)
    #expect(harness.terminal.faults.isEmpty)
    harness.press(.home)
    #expect(harness.terminal.currentRow == "> the quick brown f")
    #expect(harness.terminal.column == 2)
    harness.press(.end)
    #expect(harness.terminal.currentRow.hasSuffix("lazy dog"))
    #expect(harness.terminal.faults.isEmpty)
  }

  @Test func aDraftIsShownAndEditableFromTheStart() {
    var harness = Harness(text: "my draft")
    #expect(harness.outputs == ["> my draft"])
    #expect(!harness.editor.hasChanged)
    harness.press(.control("w"))
    harness.type("answer")
    #expect(harness.outcome == .editing)
    harness.press(.enter)
    #expect(harness.outcome == .submitted("my answer"))
  }

  @Test func aPromptWithoutRoomPutsTheTextOnTheRowBelow() {
    var harness = Harness(prompt: String(repeating: "p", count: 25), width: 30)
    #expect(harness.outputs == [String(repeating: "p", count: 25) + "\r\n"])
    harness.type("yes")
    #expect(harness.terminal.text(ofRow: 1) == "yes")
  }

  @Test func aPromptPrintedByTheCallerIsLeftAloneAndRoomLeftForIt() {
    var harness = Harness(prompt: nil, width: 30)
    #expect(harness.outputs == [""])
    // The caller's prompt is assumed to take up to 16 columns: the text gets the rest.
    harness.terminal.column = 16
    harness.type("a long answer that scrolls")
    #expect(harness.terminal.faults.isEmpty)
    #expect(harness.terminal.currentRow.count <= 29)
  }

  @Test func resizingRedrawsTheRowAtTheNewWidth() {
    var harness = Harness(width: 40)
    harness.type("0123456789012345678901234567890")
    harness.press(.left, width: 20)
    #expect(harness.outputs.last?.contains("\u{1B}[K") == true)
    #expect(harness.terminal.faults.isEmpty)
  }

  @Test func keysWithNoMeaningOnALineAreIgnored() {
    var harness = Harness()
    harness.type("x")
    harness.press(.escape, .function(3), .pageUp, .control("t"))
    #expect(harness.text == "x")
    #expect(harness.outputs.suffix(4) == ["", "", "", ""])
  }
}
