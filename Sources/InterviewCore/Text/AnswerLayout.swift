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

  init(_ wrapped: WrappedText, characters: [Character], kinds: [UInt8], cursor: Int) {
    let row = wrapped.row(of: cursor)
    self.init(
      lines: wrapped.lines.indices.map {
        Line(text: wrapped.text(ofRow: $0, in: characters), start: wrapped.lines[$0].lowerBound)
      },
      cursorRow: row,
      cursorColumn: wrapped.column(of: cursor, inRow: row, kinds: kinds))
  }
}

/// The part of an answer's layout an editor of a few rows shows: those rows' lines, scrolled so
/// that the cursor's line is among them, and how many lines there are above and below.
public struct AnswerWindow: Equatable, Sendable {
  /// The visible lines, top to bottom; at least one, empty for an empty answer.
  public var lines: [AnswerLayout.Line]
  /// The index among all the answer's visual lines of the first visible one: lines above it.
  public var firstRow: Int
  /// How many visual lines the whole answer has.
  public var lineCount: Int
  /// The visual line holding the cursor, counted from the first line of the answer.
  public var cursorRow: Int
  /// The cursor's cell column within its line, as in `AnswerLayout.cursorColumn`.
  public var cursorColumn: Int

  /// Lines hidden below the window.
  public var linesBelow: Int { max(0, lineCount - firstRow - lines.count) }
}

/// The visual line holding the cursor, as an editor scrolled to it shows it.
public struct AnswerCursorLine: Equatable, Sendable {
  /// The first visual line the editor shows.
  public var firstRow: Int
  /// How many visual lines the whole answer has.
  public var lineCount: Int
  /// The cursor's visual line, counted from the first line of the answer.
  public var row: Int
  /// Where the line starts, in Characters from the start of the answer.
  public var start: Int
  /// The line's text.
  public var text: String
  /// The cursor's cell column within the line.
  public var column: Int
  /// Whether the cursor is at the end of its logical line: at the end of the answer or just
  /// before a line break.
  public var endsLogicalLine: Bool
}

/// What the editor needs to know of each character without asking the Character again: its
/// cells, and whether it is a line break, a space the wrap may break after, or whitespace
/// that separates words. One byte a character, kept beside the characters as they are edited.
enum CharacterKind {
  /// The cells, in the low five bits.
  static let cellMask: UInt8 = 0x1F
  /// A line break.
  static let lineBreak: UInt8 = 0x80
  /// An ASCII space: spaces hang at the end of the line they end, and a line may break after.
  static let space: UInt8 = 0x40
  /// Any whitespace, which separates words.
  static let whitespace: UInt8 = 0x20

  /// The kind of `character`; ASCII answers from its one byte, the common and fast case.
  static func of(_ character: Character) -> UInt8 {
    let utf8 = character.utf8
    if utf8.count == 1, let byte = utf8.first {
      switch byte {
      case 0x0A: return lineBreak | whitespace
      case 0x20: return space | whitespace | 1
      case 0x09...0x0D: return whitespace | 1
      default: return 1
      }
    }
    let cells = UInt8(truncatingIfNeeded: min(character.terminalColumns, Int(cellMask)))
    return character.isWhitespace ? (cells | whitespace) : cells
  }

  /// The kinds of `characters`, in order.
  static func of(_ characters: some Collection<Character>) -> [UInt8] {
    var kinds: [UInt8] = []
    kinds.reserveCapacity(characters.count)
    for character in characters { kinds.append(of(character)) }
    return kinds
  }

  /// How many words `kinds` holds: runs of characters that are not whitespace.
  static func wordCount(_ kinds: ArraySlice<UInt8>) -> Int {
    var count = 0
    var inWord = false
    for kind in kinds {
      let isWordCharacter = kind & whitespace == 0
      if isWordCharacter && !inWord { count += 1 }
      inWord = isWordCharacter
    }
    return count
  }
}

/// Where the visual lines of an answer start and end at one width: what cursor movement and the
/// editor's window need.
///
/// Built once in a pass over the characters' kinds, then kept up to date by `replace`, which
/// wraps again only from the line before an edit until the new lines meet the old ones: the
/// wrap from a line's start depends only on the text from there on, so once a new line starts
/// where an old one did (after the edit), every line after it is the old one, shifted.
struct WrappedText: Sendable {
  /// The width wrapped to, at least one cell.
  let width: Int
  /// Character ranges of the visual lines, line breaks excluded; never empty.
  private(set) var lines: [Range<Int>] = []
  /// The text of each line once an editor has shown it, in step with `lines`: a line the
  /// edits have not reached keeps its String, so a frame builds only the lines that changed.
  private var texts: [String?] = []

  /// The lines of characters of `kinds` (see `CharacterKind`), wrapped from scratch.
  init(kinds: [UInt8], width: Int) {
    self.width = max(width, 1)
    lines.reserveCapacity(kinds.count / self.width + 1)
    Self.wrap(kinds, width: self.width, from: 0, into: &lines, until: { _ in false })
    texts = Array(repeating: nil, count: lines.count)
  }

  /// Follows an edit that replaced the characters in `range` (old offsets) with `inserted`
  /// others; `kinds` are those of the whole text after the edit, and `byte` the one inserted
  /// when it is a single one-byte character. Costs the lines wrapped again plus the lines after
  /// them, shifted; typing at the end of an answer costs a line.
  mutating func replace(
    _ range: Range<Int>, inserted: Int, kinds: [UInt8], appending byte: UInt8? = nil
  ) {
    if range.isEmpty, inserted == 1,
      extendLastLine(by: range.lowerBound, kinds: kinds, appending: byte)
    {
      return
    }
    let delta = inserted - range.count
    // The line before the edited one may take back a word the edit shortened; lines above it
    // end at a character before that line, which the edit does not reach.
    let startRow = max(0, row(of: range.lowerBound) - 1)
    let start = lines[startRow].lowerBound
    let editEnd = range.lowerBound + inserted
    var next = startRow
    var fresh: [Range<Int>] = []
    let met = Self.wrap(
      kinds, width: width, from: start, into: &fresh,
      until: { newStart in
        // Only a line starting after the edit can meet an old one.
        guard newStart >= editEnd else { return false }
        let oldStart = newStart - delta
        while next < lines.count, lines[next].lowerBound < oldStart { next += 1 }
        return next < lines.count && lines[next].lowerBound == oldStart
      })
    // From where the new lines met the old ones, the old lines (and their texts) stay, moved.
    let kept = met ? next : lines.count
    if delta != 0 {
      for index in kept..<lines.count {
        lines[index] = (lines[index].lowerBound + delta)..<(lines[index].upperBound + delta)
      }
    }
    // A line wrapped again as it was, and ending before the edit, holds the same characters:
    // its text stays (the line before the edited one, nearly always).
    var freshTexts: [String?] = Array(repeating: nil, count: fresh.count)
    for (offset, line) in fresh.enumerated() {
      let row = startRow + offset
      guard row < kept, lines[row] == line, line.upperBound <= range.lowerBound else { break }
      freshTexts[offset] = texts[row]
    }
    lines.replaceSubrange(startRow..<kept, with: fresh)
    texts.replaceSubrange(startRow..<kept, with: freshTexts)
  }

  /// Takes in the character just added at `position` when it ends the text and fits on the
  /// last line, as a wrap from scratch would put it there: nearly every key typed. A space, a
  /// line break or a character that does not fit goes the general way; returns whether it
  /// was taken in.
  private mutating func extendLastLine(by position: Int, kinds: [UInt8], appending byte: UInt8?)
    -> Bool
  {
    guard position == kinds.count - 1, let last = lines.last, last.upperBound == position else {
      return false
    }
    let kind = kinds[position]
    // Spaces hang past the width and line breaks start lines: the general wrap knows those.
    guard kind & (CharacterKind.whitespace | CharacterKind.lineBreak | CharacterKind.space) == 0
    else { return false }
    var cells = Int(kind & CharacterKind.cellMask)
    for index in last { cells += Int(kinds[index] & CharacterKind.cellMask) }
    guard cells <= width else { return false }
    lines[lines.count - 1] = last.lowerBound..<(position + 1)
    // The line's text, when an editor built it, is the same text and the byte.
    if let byte, let text = texts[texts.count - 1] {
      texts[texts.count - 1] = text + String(UnicodeScalar(byte))
    } else {
      texts[texts.count - 1] = nil
    }
    return true
  }

  /// Wraps from `start`, which must begin a visual line, appending lines to `lines`, until the
  /// end or until `stop` says, given where a new line starts, that the rest is known; returns
  /// whether it stopped so.
  @discardableResult
  private static func wrap(
    _ kinds: [UInt8], width: Int, from start: Int, into lines: inout [Range<Int>],
    until stop: (Int) -> Bool
  ) -> Bool {
    let count = kinds.count
    var lineStart = start
    // Cells used on the current line, and the last place after a space where it may break.
    var column = 0
    var breakAt = start
    var columnAtBreak = 0
    var index = start
    while index < count {
      let kind = kinds[index]
      if kind & CharacterKind.lineBreak != 0 {
        lines.append(lineStart..<index)
        lineStart = index + 1
        if stop(lineStart) { return true }
        column = 0
        index += 1
        continue
      }
      let cellCount = Int(kind & CharacterKind.cellMask)
      if kind & CharacterKind.space != 0 {
        // Spaces always fit: they hang past the edge on the line they end.
        column += cellCount
        index += 1
        breakAt = index
        columnAtBreak = column
        continue
      }
      // A character wider than the whole width gets a line of its own rather than none.
      while column + cellCount > width && index > lineStart {
        if breakAt > lineStart {
          lines.append(lineStart..<breakAt)
          lineStart = breakAt
          column -= columnAtBreak
        } else {
          // A word longer than the line is cut at the last whole character that fits.
          lines.append(lineStart..<index)
          lineStart = index
          column = 0
        }
        if stop(lineStart) { return true }
      }
      column += cellCount
      index += 1
    }
    lines.append(lineStart..<count)
    return false
  }

  /// The text of visual line `row` of `characters`, built once and kept until an edit
  /// reaches the line.
  mutating func keptText(ofRow row: Int, in characters: [Character]) -> String {
    if let text = texts[row] { return text }
    let text = text(ofRow: row, in: characters)
    texts[row] = text
    return text
  }

  /// The text of visual line `row` of `characters`, the characters this layout was made of.
  func text(ofRow row: Int, in characters: [Character]) -> String {
    // Gathering the UTF-8 and decoding it once is several times faster than appending a
    // Character at a time.
    var utf8: [UInt8] = []
    let range = lines[row]
    utf8.reserveCapacity(range.count)
    for character in characters[range] {
      // A one-byte character is appended as its byte; only the others walk their UTF-8.
      let bytes = character.utf8
      if bytes.count == 1 {
        utf8.append(bytes[bytes.startIndex])
      } else {
        utf8.append(contentsOf: bytes)
      }
    }
    return String(decoding: utf8, as: UTF8.self)
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
  func column(of position: Int, inRow row: Int, kinds: [UInt8]) -> Int {
    var column = 0
    for index in lines[row].lowerBound..<min(position, lines[row].upperBound) {
      column += Int(kinds[index] & CharacterKind.cellMask)
    }
    return min(column, width)
  }

  /// The position on line `row` whose column is nearest `column` without passing it; a wide
  /// character that spans `column` is not entered.
  func position(nearestColumn target: Int, inRow row: Int, kinds: [UInt8]) -> Int {
    let line = lines[row]
    // After a wrap the position past the line's last character is the next line's start.
    let isWrapped = row + 1 < lines.count && lines[row + 1].lowerBound == line.upperBound
    let last = isWrapped ? line.upperBound - 1 : line.upperBound
    var position = line.lowerBound
    var column = 0
    while position < last, column + Int(kinds[position] & CharacterKind.cellMask) <= target {
      column += Int(kinds[position] & CharacterKind.cellMask)
      position += 1
    }
    return position
  }
}
