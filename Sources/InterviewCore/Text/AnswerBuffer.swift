/// The text of an answer being typed and its cursor: the multi-line answer editor's model.
///
/// Characters are kept in an array, not a String, so that a keystroke in a 30,000-character
/// answer is one splice at an integer offset rather than a walk from the start of a String to
/// find an index; `text` assembles the String when it is asked for.
///
/// Two buffers are equal, and a buffer is saved, by its text and cursor alone: the column that
/// repeated up and down movements aim for is passing state of the editing session, not part of
/// the draft.
public struct AnswerBuffer: Equatable, Sendable, Codable {
  /// The answer, one grapheme cluster an element, always clustered as `String` would cluster it.
  private var characters: [Character]

  /// Where the cursor sits, as an offset in Characters from the start: 0...characters.count.
  public private(set) var cursor: Int

  /// The cell column that a run of up and down movements keeps to, so that passing through a
  /// short line does not pull the cursor to the left for the rest of the run; nil outside one.
  private var preferredColumn: Int?

  /// A buffer holding `text`, cleaned as typing would clean it, with the cursor at `cursor`
  /// Characters (clamped to the text) or at the end.
  public init(text: String = "", cursor: Int? = nil) {
    characters = Array(Self.cleaned(text))
    self.cursor = min(max(cursor ?? characters.count, 0), characters.count)
  }

  /// The whole answer.
  public var text: String {
    // Gathering the UTF-8 and decoding it once is several times faster than `String(characters)`,
    // which appends a Character at a time.
    var utf8: [UInt8] = []
    utf8.reserveCapacity(characters.count)
    for character in characters { utf8.append(contentsOf: character.utf8) }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Whether the answer has no characters at all; an answer of spaces is not empty.
  public var isEmpty: Bool { characters.isEmpty }

  /// How many characters the answer has, without building its text.
  public var count: Int { characters.count }

  /// Whether the answer holds anything but whitespace, without building its text.
  public var hasContent: Bool { characters.contains { !$0.isWhitespace } }

  /// How many words the answer has: runs of characters that are not whitespace.
  public var wordCount: Int {
    var count = 0
    var inWord = false
    for character in characters {
      // Asking a Character whether it is whitespace is slow; ASCII answers from its one byte.
      let utf8 = character.utf8
      let isWordCharacter =
        if utf8.count == 1, let byte = utf8.first {
          byte != 0x20 && !(0x09...0x0D).contains(byte)
        } else {
          !character.isWhitespace
        }
      if isWordCharacter && !inWord { count += 1 }
      inWord = isWordCharacter
    }
    return count
  }

  /// Equal when the text and the cursor are; the preferred column of an up/down run is ignored.
  public static func == (lhs: AnswerBuffer, rhs: AnswerBuffer) -> Bool {
    lhs.cursor == rhs.cursor && lhs.characters == rhs.characters
  }

  // MARK: Editing

  /// Inserts typed or pasted text at the cursor, cleaned first so that no control character
  /// ever enters an answer, and puts the cursor after it.
  public mutating func insert(_ text: String) {
    let clean = Self.cleaned(text)
    guard !clean.isEmpty else { return }
    replace(cursor..<cursor, with: clean)
  }

  /// Starts a new line at the cursor.
  public mutating func insertLineBreak() {
    replace(cursor..<cursor, with: "\n")
  }

  /// Deletes the Character before the cursor (Backspace); nothing at the start.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    replace((cursor - 1)..<cursor, with: "")
  }

  /// Deletes the Character after the cursor (Delete); nothing at the end.
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    replace(cursor..<(cursor + 1), with: "")
  }

  /// Deletes the spaces and then the word before the cursor (Ctrl-W), as readline does, but
  /// never past a line break: at the start of a line it deletes only that line break.
  public mutating func deleteWordBackward() {
    guard cursor > 0 else { return }
    var start = cursor
    while start > 0, Self.isSpace(characters[start - 1]) { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    // Readline treats a newline as part of a word, which in a multi-line answer would swallow
    // the line above; stopping at it and then deleting it alone acts like Backspace there.
    if start == cursor { start = cursor - 1 }
    replace(start..<cursor, with: "")
  }

  /// Deletes from the start of the cursor's logical line to the cursor (Ctrl-U); nothing when
  /// the cursor is already at that start.
  public mutating func deleteToLineStart() {
    let start = lineStart(of: cursor)
    guard start < cursor else { return }
    replace(start..<cursor, with: "")
  }

  // MARK: Movement

  /// Moves the cursor one Character to the left; nothing at the start.
  public mutating func moveLeft() {
    guard cursor > 0 else { return }
    move(to: cursor - 1)
  }

  /// Moves the cursor one Character to the right; nothing at the end.
  public mutating func moveRight() {
    guard cursor < characters.count else { return }
    move(to: cursor + 1)
  }

  /// Moves the cursor to the start of its logical line (Home, Ctrl-A).
  public mutating func moveToLineStart() {
    move(to: lineStart(of: cursor))
  }

  /// Moves the cursor to the end of its logical line, before its line break (End, Ctrl-E).
  public mutating func moveToLineEnd() {
    var end = cursor
    while end < characters.count, characters[end] != "\n" { end += 1 }
    move(to: end)
  }

  /// Moves the cursor to the visual line above when wrapped to `width` cells, keeping the
  /// column of the run of up/down moves; on the first line it goes to the start of the text.
  public mutating func moveUp(width: Int) {
    moveVertically(rows: -1, width: width)
  }

  /// Moves the cursor to the visual line below when wrapped to `width` cells, keeping the
  /// column of the run of up/down moves; on the last line it goes to the end of the text.
  public mutating func moveDown(width: Int) {
    moveVertically(rows: 1, width: width)
  }

  /// The answer word-wrapped to `width` cells, with the cursor's row and column.
  public func layout(width: Int) -> AnswerLayout {
    AnswerLayout(WrappedText(characters, width: width, keepingText: true), cursor: cursor)
  }

  // MARK: Internals

  /// Sets the cursor by a horizontal move or an edit, which ends any run of up/down moves.
  private mutating func move(to position: Int) {
    cursor = position
    preferredColumn = nil
  }

  private mutating func moveVertically(rows: Int, width: Int) {
    let wrapped = WrappedText(characters, width: width)
    let row = wrapped.row(of: cursor)
    let column = preferredColumn ?? wrapped.column(of: cursor, inRow: row)
    let target = row + rows
    if wrapped.lines.indices.contains(target) {
      cursor = wrapped.position(nearestColumn: column, inRow: target)
    } else {
      cursor = rows < 0 ? 0 : characters.count
    }
    // Kept even at the ends of the text, so that coming back restores the column.
    preferredColumn = column
  }

  /// Where the logical line holding `position` starts: just after the previous line break.
  private func lineStart(of position: Int) -> Int {
    var start = position
    while start > 0, characters[start - 1] != "\n" { start -= 1 }
    return start
  }

  /// Whitespace that Ctrl-W skips: everything but line breaks.
  private static func isSpace(_ character: Character) -> Bool {
    character.isWhitespace && !character.isNewline
  }

  /// Replaces the Characters in `range` with `inserted` and puts the cursor after it.
  ///
  /// Text joined at the seam can form a different grapheme cluster than either side did
  /// (an accent typed after "e", a flag from two regional indicators, a line break deleted
  /// before a lone combining mark), so the Characters around the seam are clustered again;
  /// otherwise the array would disagree with `text` and offsets would drift after a save.
  private mutating func replace(_ range: Range<Int>, with inserted: String) {
    // A cluster boundary depends only on what precedes it and on the scalar that follows, so
    // the boundary before the Character left of the seam still holds and is a safe start.
    let low = max(range.lowerBound - 1, 0)
    var window = String(characters[low..<range.lowerBound])
    window += inserted
    let insertionEnd = window.unicodeScalars.count
    var clustered = Array(window)
    var high = range.upperBound
    // Take in the following Characters only while the seam still changes how they cluster;
    // this is one comparison for ordinary text, a few for a run of flags.
    while high < characters.count, let tail = clustered.last {
      let next = characters[high]
      let rejoined = Array(String(tail) + String(next))
      if rejoined.count == 2, rejoined[1].unicodeScalars.elementsEqual(next.unicodeScalars) {
        break
      }
      clustered.replaceSubrange((clustered.count - 1)..., with: rejoined)
      high += 1
    }
    characters.replaceSubrange(low..<high, with: clustered)
    // The cursor goes after the last Character that begins within the inserted text, so when
    // the insertion merged into a following cluster it lands after that whole cluster.
    var scalars = 0
    var count = 0
    for character in clustered where scalars < insertionEnd {
      scalars += character.unicodeScalars.count
      count += 1
    }
    move(to: low + count)
  }

  /// `text` as it may enter an answer: CR LF and lone CR become LF, a tab becomes one space
  /// (a tab's width depends on the terminal), and every other forbidden control is dropped.
  static func cleaned(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.isForbiddenControl || $0 == "\t" }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r": result.append("\n")
      case "\n": if !afterCarriageReturn { result.append(scalar) }
      case "\t": result.append(" ")
      default: if !scalar.isForbiddenControl { result.append(scalar) }
      }
      afterCarriageReturn = scalar == "\r"
    }
    return String(result)
  }

  // MARK: Codable

  private enum CodingKeys: String, CodingKey {
    case text, cursor
  }

  /// Reads a saved draft; its text is cleaned and its cursor clamped like any other text's.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      text: try container.decode(String.self, forKey: .text),
      cursor: try container.decode(Int.self, forKey: .cursor))
  }

  /// Saves the draft as {"text": ..., "cursor": ...}, the cursor in Characters.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(cursor, forKey: .cursor)
  }
}
