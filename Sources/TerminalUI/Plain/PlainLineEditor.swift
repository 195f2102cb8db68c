import InterviewCore

/// The answer line of plain mode on a terminal: keys in, the answer and the bytes that show it
/// out. Pure, so every key's effect on the text, the cursor and the screen is unit-tested; the
/// caller only switches the terminal mode, reads bytes and writes what this returns.
///
/// It speaks plainly, for screen readers: no colour and no cursor movement off the row being
/// edited. A character typed at the end is echoed and nothing else; any other change redraws the
/// row from the start of the text (cursor left, the text, erase to the end of the row, cursor
/// left to its place), so the prompt is never written twice.
///
/// Choices worth knowing:
/// - The row shows the line of the answer the cursor is in. A line too wide for the terminal
///   scrolls sideways in a window that keeps the cursor in view, so the row never wraps and
///   nothing is garbled; the last column stays free, out of reach of the terminal's auto-wrap.
/// - Alt-Enter and Ctrl-J continue the answer on a new line: the row is left as it is and the
///   next row, indented under the prompt, edits the new line. Line breaks in a paste are kept
///   the same way, as the full screen keeps them. Moving back into an earlier line redraws the
///   row with it; rows above are what was typed, not redrawn.
/// - Ctrl-C is a key here (the terminal's signal keys are off while a line is edited, so
///   Ctrl-Z cannot stop the app with the terminal left raw, and undoes as on the full screen):
///   it interrupts, keeping the line.
///   Ctrl-D on an empty line is the end of input, as on a pipe; on text it deletes forward.
public struct PlainLineEditor {
  /// Where the line stands after a key.
  public enum Outcome: Equatable, Sendable {
    /// Still being edited.
    case editing
    /// Enter: the answer, line breaks and all.
    case submitted(String)
    /// Ctrl-C: the caller interrupts the interview, keeping `buffer.text` as the draft.
    case interrupted
    /// Ctrl-D on an empty line.
    case endOfInput
  }

  /// What follows the prompt on rows after a line break: lines of one answer line up.
  static let continuationIndent = "  "
  /// The columns assumed for a prompt printed by someone else (`prompt` nil): more than any of
  /// plain mode's own, so the row never overflows.
  static let assumedPromptColumns = 16
  /// The fewest columns worth editing in beside a prompt; a longer prompt puts the text on the
  /// row below it.
  static let narrowestField = 12

  /// The answer and its cursor.
  public private(set) var buffer: AnswerBuffer
  /// Whether a key has changed the text: the first such key ends the thinking time.
  public var hasChanged: Bool { buffer.editCount > 0 }

  /// The prompt as printed, or nil when the caller printed its own.
  private let prompt: String?
  /// The terminal's width in columns.
  private var width: Int
  /// The column the text starts at on the row being edited.
  private var rowStart = 0
  /// The line of the answer the row shows.
  private var shownLine = 0
  /// How many lines the answer had when the row was last drawn.
  private var lineCount = 1
  /// The first Character of the shown line inside the window.
  private var scroll = 0
  /// The text on the row now, after `rowStart`.
  private var shown = ""
  /// The cursor's column on the row now, counted from `rowStart`.
  private var shownCursor = 0

  /// An editor after `prompt` (printed by `start`; nil when the caller has printed its own),
  /// holding `text` with the cursor at its end, on a terminal `width` columns wide.
  public init(prompt: String?, text: String = "", width: Int) {
    self.prompt = prompt?.inert
    self.width = max(width, 1)
    buffer = AnswerBuffer(text: text)
  }

  /// What to write first: the prompt and the text the editor starts with.
  public mutating func start() -> String {
    let promptColumns = prompt?.terminalColumns ?? Self.assumedPromptColumns
    var output = prompt ?? ""
    let column = promptColumns % width
    if width - column - 1 < Self.narrowestField {
      // No room beside the prompt: the text gets a row of its own.
      output += "\r\n"
      rowStart = 0
    } else {
      rowStart = column
    }
    lineCount = 1
    return output + render(afterInsertion: true, forced: false)
  }

  /// Applies `key` on a terminal now `width` columns wide; returns what to write and where the
  /// line stands.
  public mutating func handle(_ key: Key, width: Int) -> (output: String, outcome: Outcome) {
    let resized = max(width, 1) != self.width
    self.width = max(width, 1)
    var inserted = false
    switch key {
    case .enter:
      return ("\r\n", .submitted(buffer.text))
    case .control("c"):
      return ("\r\n", .interrupted)
    case .control("d") where buffer.isEmpty:
      return ("\r\n", .endOfInput)
    case .character(let character):
      buffer.insert(String(character))
      inserted = true
    case .paste(let text):
      buffer.insert(text)
      inserted = true
    case .tab:
      // A tab's width depends on the terminal; the answer gets a space, as a pasted tab does.
      buffer.insert(" ")
      inserted = true
    case .lineBreak:
      buffer.insertLineBreak()
      inserted = true
    case .control("y"):
      buffer.yank()
      inserted = true
    case .backspace, .control("h"): buffer.deleteBackward()
    case .delete, .control("d"): buffer.deleteForward()
    case .left, .control("b"): buffer.moveLeft()
    case .right, .control("f"): buffer.moveRight()
    case .wordLeft, .alt("b"): buffer.moveWordLeft()
    case .wordRight, .alt("f"): buffer.moveWordRight()
    case .home, .control("a"): buffer.moveToLineStart()
    case .end, .control("e"): buffer.moveToLineEnd()
    case .up: buffer.moveUp(width: Self.unwrapped)
    case .down: buffer.moveDown(width: Self.unwrapped)
    case .control("w"): buffer.deleteWordBackward()
    case .control("u"): buffer.deleteToLineStart()
    case .control("k"): buffer.killToLineEnd()
    case .control("_"), .control("z"): buffer.undo()
    case .alt("_"): buffer.redo()
    case .control("l"):
      return (render(afterInsertion: false, forced: true), .editing)
    default:
      // Escape, function keys, Page Up/Down and other modified keys mean nothing on one line,
      // and none of them is ever text.
      return ("", .editing)
    }
    return (render(afterInsertion: inserted, forced: resized), .editing)
  }

  /// A width no line reaches: up and down move by the answer's own lines, not wrapped rows.
  private static let unwrapped = 1 << 20

  // MARK: Drawing

  /// The bytes that bring the screen in step with the buffer.
  private mutating func render(afterInsertion: Bool, forced: Bool) -> String {
    let lines = buffer.text.split(separator: "\n", omittingEmptySubsequences: false)
    let (cursorLine, cursorOffset) = Self.locate(buffer.cursor, in: lines)
    var output = ""
    var forced = forced
    if afterInsertion, cursorLine > shownLine, lines.count > lineCount {
      // Line breaks were typed or pasted: the row keeps the line it showed, as it now ends,
      // and each new line gets a row of its own below it.
      let finished = Array(lines[shownLine])
      let start = Self.scroll(scroll, for: finished, cursor: finished.count, columns: available)
      let kept = Self.window(of: finished, from: start, columns: available)
      if kept != shown { output += move(left: shownCursor) + kept + "\u{1B}[K" }
      for line in lines[(shownLine + 1)..<cursorLine] {
        output += "\r\n" + Self.continuationIndent
        output += Self.window(of: Array(line), from: 0, columns: Self.available(after: 2, width))
      }
      output += "\r\n" + Self.continuationIndent
      rowStart = Self.continuationIndent.count
      shownLine = cursorLine
      scroll = 0
      shown = ""
      shownCursor = 0
    } else if cursorLine != shownLine {
      // Into another line of the answer: the row shows that one now, redrawn whole.
      shownLine = cursorLine
      scroll = 0
      forced = true
    }
    lineCount = lines.count
    let characters = Array(lines[cursorLine])
    scroll = Self.scroll(scroll, for: characters, cursor: cursorOffset, columns: available)
    let visible = Self.window(of: characters, from: scroll, columns: available)
    let cursorColumn = characters[scroll..<cursorOffset].reduce(0) { $0 + $1.terminalColumns }
    let visibleColumns = visible.terminalColumns
    let shownScalars = shown.unicodeScalars
    if !forced, shownCursor == shown.terminalColumns, cursorColumn == visibleColumns,
      visible.unicodeScalars.starts(with: shownScalars)
    {
      // Typed at the end: echo what is new, the terminal's own cursor follows it.
      output += String(
        String.UnicodeScalarView(visible.unicodeScalars.dropFirst(shownScalars.count)))
    } else if !forced, visible == shown {
      // Only the cursor moved.
      output +=
        cursorColumn < shownCursor
        ? move(left: shownCursor - cursorColumn) : move(right: cursorColumn - shownCursor)
    } else {
      output += move(left: shownCursor) + visible + "\u{1B}[K"
      output += move(left: visibleColumns - cursorColumn)
    }
    shown = visible
    shownCursor = cursorColumn
    return output
  }

  /// Columns the text may take on the row: all but the last, which auto-wrap would take.
  private var available: Int { Self.available(after: rowStart, width) }

  private static func available(after start: Int, _ width: Int) -> Int {
    max(1, width - start - 1)
  }

  /// The line and the offset in it of the Character offset `cursor` in the whole answer.
  private static func locate(_ cursor: Int, in lines: [Substring]) -> (line: Int, offset: Int) {
    var remaining = cursor
    for (index, line) in lines.enumerated() {
      let count = line.count
      if remaining <= count { return (index, remaining) }
      remaining -= count + 1
    }
    return (lines.count - 1, lines.last?.count ?? 0)
  }

  /// Where the window over `line` starts so the cursor is in view: at the start while the line
  /// fits; else it moves only when the cursor leaves it, by half a window, so typing on does
  /// not shift the text at every key.
  static func scroll(_ current: Int, for line: [Character], cursor: Int, columns: Int) -> Int {
    // Columns before each Character, so any run's width is one subtraction: a pasted line of
    // thousands of characters stays one pass a key.
    var before = [0]
    before.reserveCapacity(line.count + 1)
    for character in line { before.append(before[before.count - 1] + character.terminalColumns) }
    let columnsOf = { (range: Range<Int>) in before[range.upperBound] - before[range.lowerBound] }
    if columnsOf(0..<line.count) <= columns { return 0 }
    var start = min(current, cursor)
    if cursor < current {
      // Back past the left edge: half a window of text before the cursor stays in view.
      while start > 0, columnsOf((start - 1)..<cursor) <= columns / 2 { start -= 1 }
    }
    if columnsOf(start..<cursor) > columns {
      // Past the right edge: the cursor lands half-way across.
      while start < cursor, columnsOf(start..<cursor) > columns / 2 { start += 1 }
    }
    // Room left at the right (after deleting): the window takes in text from the left again.
    while start > 0, columnsOf((start - 1)..<line.count) <= columns { start -= 1 }
    return start
  }

  /// The Characters of `line` from `start` that fit in `columns`; a wide character that would
  /// straddle the edge is left out.
  static func window(of line: [Character], from start: Int, columns: Int) -> String {
    var text = ""
    var used = 0
    for character in line[start...] {
      let cells = character.terminalColumns
      guard used + cells <= columns else { break }
      used += cells
      text.append(character)
    }
    return text
  }

  private func move(left columns: Int) -> String {
    columns > 0 ? "\u{1B}[\(columns)D" : ""
  }

  private func move(right columns: Int) -> String {
    columns > 0 ? "\u{1B}[\(columns)C" : ""
  }
}
