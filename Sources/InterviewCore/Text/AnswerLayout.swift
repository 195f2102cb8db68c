/// An answer word-wrapped into the visual lines a terminal shows, and the cell of its cursor.
public struct AnswerLayout: Equatable, Sendable {
  /// One visual line of the answer.
  public struct Line: Equatable, Sendable {
    /// The line's characters, without a line break; spaces at a wrap stay here and may run
    /// past the width, so a renderer clips them.
    public var text: String
    /// Offset in Characters of the line's first character within the answer.
    public var start: Int

    /// A line of `text` starting at Character offset `start`.
    public init(text: String, start: Int) {
      self.text = text
      self.start = start
    }
  }

  /// The visual lines, top to bottom; there is always at least one, empty for an empty answer.
  public var lines: [Line]
  /// The visual line that holds the cursor; at a wrap point that is the line after the wrap.
  public var cursorRow: Int
  /// The cell column of the cursor within its line, 0...width; width only after a full line
  /// that no wrap follows (end of text, before a line break), among spaces hanging past the
  /// edge, or after a character wider than the whole width.
  public var cursorColumn: Int

  /// A layout of the given lines with the cursor at `cursorRow`, `cursorColumn`.
  public init(lines: [Line], cursorRow: Int, cursorColumn: Int) {
    self.lines = lines
    self.cursorRow = cursorRow
    self.cursorColumn = cursorColumn
  }

  init(_ wrapped: WrappedText, cursor: Int) {
    let row = wrapped.row(of: cursor)
    self.init(
      lines: wrapped.lines.indices.map {
        Line(text: wrapped.text(ofRow: $0), start: wrapped.lines[$0].lowerBound)
      },
      cursorRow: row,
      cursorColumn: wrapped.column(of: cursor, inRow: row))
  }
}

/// Where the visual lines of an answer start and end at one width, and the cells of every
/// character: the part of a layout that cursor movement needs, and the text of the lines when
/// a layout is built.
///
/// Built in one pass over the characters, so laying out an answer is linear in its length.
/// It is redone on every keystroke, so the pass avoids the slow paths of Character: ASCII is
/// recognised from its single UTF-8 byte, and line texts are cut from one UTF-8 buffer instead
/// of being appended a Character at a time, which costs several times more.
struct WrappedText {
  /// The width wrapped to, at least one cell.
  let width: Int
  /// Cells each character takes; a line break takes none.
  private(set) var cells: [UInt8] = []
  /// Character ranges of the visual lines, line breaks excluded; never empty.
  private(set) var lines: [Range<Int>] = []
  /// The answer as UTF-8, collected only when line texts are wanted.
  private var utf8: [UInt8] = []
  /// Where each visual line lies in `utf8`.
  private var lineBytes: [Range<Int>] = []

  init(_ characters: [Character], width: Int, keepingText: Bool = false) {
    self.width = max(width, 1)
    cells.reserveCapacity(characters.count)
    if keepingText { utf8.reserveCapacity(characters.count) }
    var lineStart = 0
    var lineStartByte = 0
    var byte = 0
    // Cells used on the current line, and the last place after a space where it may break.
    var column = 0
    var breakAt = 0
    var breakAtByte = 0
    var columnAtBreak = 0
    for index in characters.indices {
      let character = characters[index]
      let bytes = character.utf8
      // One byte means one ASCII scalar; a buffer holds no control but the line break.
      let ascii = bytes.count == 1 ? bytes.first : nil
      if keepingText {
        if let ascii { utf8.append(ascii) } else { utf8.append(contentsOf: bytes) }
      }
      let cellCount = ascii == nil ? character.terminalColumns : 1
      if ascii == 0x0A {
        cells.append(0)
        endLine(lineStart..<index, bytes: lineStartByte..<byte)
        byte += 1
        lineStart = index + 1
        lineStartByte = byte
        column = 0
        continue
      }
      cells.append(UInt8(truncatingIfNeeded: cellCount))
      if ascii == 0x20 {
        // Spaces always fit: they hang past the edge on the line they end.
        byte += 1
        column += cellCount
        breakAt = index + 1
        breakAtByte = byte
        columnAtBreak = column
        continue
      }
      // A character wider than the whole width gets a line of its own rather than none.
      while column + cellCount > self.width && index > lineStart {
        if breakAt > lineStart {
          endLine(lineStart..<breakAt, bytes: lineStartByte..<breakAtByte)
          lineStart = breakAt
          lineStartByte = breakAtByte
          column -= columnAtBreak
        } else {
          // A word longer than the line is cut at the last whole character that fits.
          endLine(lineStart..<index, bytes: lineStartByte..<byte)
          lineStart = index
          lineStartByte = byte
          column = 0
        }
      }
      byte += bytes.count
      column += cellCount
    }
    endLine(lineStart..<characters.count, bytes: lineStartByte..<byte)
  }

  private mutating func endLine(_ range: Range<Int>, bytes: Range<Int>) {
    lines.append(range)
    lineBytes.append(bytes)
  }

  /// The text of visual line `row`; empty unless built with `keepingText`.
  func text(ofRow row: Int) -> String {
    utf8.isEmpty ? "" : String(decoding: utf8[lineBytes[row]], as: UTF8.self)
  }

  /// The visual line holding the cursor at `position`: the last one starting at or before it,
  /// so a cursor at a wrap point belongs to the line after the wrap.
  func row(of position: Int) -> Int {
    var low = 0
    var high = lines.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lines[middle].lowerBound <= position { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The cell column of `position` on line `row`, at most the width so that a cursor among
  /// hanging spaces stays on screen.
  func column(of position: Int, inRow row: Int) -> Int {
    var column = 0
    for index in lines[row].lowerBound..<min(position, lines[row].upperBound) {
      column += Int(cells[index])
    }
    return min(column, width)
  }

  /// The position on line `row` whose column is nearest `column` without passing it; a wide
  /// character that spans `column` is not entered.
  func position(nearestColumn target: Int, inRow row: Int) -> Int {
    let line = lines[row]
    // After a wrap the position past the line's last character is the next line's start.
    let isWrapped = row + 1 < lines.count && lines[row + 1].lowerBound == line.upperBound
    let last = isWrapped ? line.upperBound - 1 : line.upperBound
    var position = line.lowerBound
    var column = 0
    while position < last, column + Int(cells[position]) <= target {
      column += Int(cells[position])
      position += 1
    }
    return position
  }
}
