import Foundation

/// The text of an answer being typed and its cursor: the multi-line answer editor's model.
///
/// Characters are kept in an array, not a String, so that a keystroke in a 30,000-character
/// answer is one splice at an integer offset rather than a walk from the start of a String to
/// find an index; `text` assembles the String when it is asked for.
///
/// What every frame asks of it does not grow with the answer: each character's cells and
/// whitespace are kept beside it, the word count is kept as it changes, and the wrapped lines at
/// the width last shown are kept and updated from the edited line on.
///
/// Two buffers are equal, and a buffer is saved, by its text and cursor alone: the column that
/// repeated up and down movements aim for, the text killed for a yank and the undo history are
/// passing state of the editing session, not part of the draft.
public struct AnswerBuffer: Equatable, Sendable, Codable {
  /// The answer, one grapheme cluster an element, always clustered as `String` would cluster it.
  private var characters: [Character]

  /// Each character's cells and whitespace (see `CharacterKind`), in step with `characters`.
  private var kinds: [UInt8]

  /// Where the cursor sits, as an offset in Characters from the start: 0...characters.count.
  public private(set) var cursor: Int

  /// How many words the answer has: runs of characters that are not whitespace. Kept as the
  /// answer changes, so asking is free.
  public private(set) var wordCount: Int

  /// The wrapped lines at the width the answer was last laid out at, shared by copies until one
  /// of them is edited.
  private var wrapCache = WrapCache()

  /// How many edits have changed the text since the buffer was made: two readings differ
  /// exactly when the text changed between them, even where its length did not.
  public private(set) var editCount = 0

  /// What Ctrl-W, Ctrl-U or Ctrl-K deleted last, for Ctrl-Y to put back.
  private var killed: [Character] = []

  /// The edit count and cursor right after the last kill: a kill made with neither changed
  /// since adds to `killed`, as in readline, so Ctrl-W Ctrl-W then Ctrl-Y puts both words back.
  private var lastKill: (editCount: Int, cursor: Int)?

  /// The edits Ctrl-_ undoes and Alt-_ redoes.
  private var history = EditHistory()

  /// The cell column that a run of up and down movements keeps to, so that passing through a
  /// short line does not pull the cursor to the left for the rest of the run; nil outside one.
  private var preferredColumn: Int?

  /// A buffer holding `text`, cleaned as typing would clean it, with the cursor at `cursor`
  /// Characters (clamped to the text) or at the end.
  public init(text: String = "", cursor: Int? = nil) {
    characters = Array(Self.cleaned(text))
    kinds = CharacterKind.of(characters)
    wordCount = CharacterKind.wordCount(kinds[...])
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
  public var hasContent: Bool { wordCount > 0 }

  /// Equal when the text and the cursor are; the preferred column of an up/down run is ignored.
  public static func == (lhs: AnswerBuffer, rhs: AnswerBuffer) -> Bool {
    lhs.cursor == rhs.cursor && lhs.characters == rhs.characters
  }

  // MARK: Editing

  /// Inserts typed or pasted text at the cursor, cleaned first so that no control character
  /// ever enters an answer, and puts the cursor after it.
  public mutating func insert(_ text: String) {
    if text.utf8.count == 1, let byte = text.utf8.first, typeAtEnd(byte) { return }
    let clean = Self.cleaned(text)
    guard !clean.isEmpty else { return }
    // A key typed continues the word being typed; a paste is a step of its own to undo.
    replace(cursor..<cursor, with: clean, as: clean.count == 1 ? .typing : .other)
  }

  /// Replaces the whole answer with `text`, cleaned, and puts the cursor at its end: one step
  /// to undo. Plain mode's line editor hands over a draft it was given to edit this way.
  public mutating func replaceAll(with text: String) {
    replace(0..<characters.count, with: Self.cleaned(text), as: .other)
  }

  /// Starts a new line at the cursor.
  public mutating func insertLineBreak() {
    replace(cursor..<cursor, with: "\n", as: .typing)
  }

  /// Deletes the Character before the cursor (Backspace); nothing at the start.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    replace((cursor - 1)..<cursor, with: "", as: .deleting)
  }

  /// Deletes the Character after the cursor (Delete); nothing at the end.
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    replace(cursor..<(cursor + 1), with: "", as: .deleting)
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
    kill(start..<cursor)
  }

  /// Deletes from the start of the cursor's logical line to the cursor (Ctrl-U); nothing when
  /// the cursor is already at that start.
  public mutating func deleteToLineStart() {
    let start = lineStart(of: cursor)
    guard start < cursor else { return }
    kill(start..<cursor)
  }

  /// Deletes from the cursor to the end of its logical line (Ctrl-K); at the end of a line it
  /// deletes the line break, joining the next line, as Ctrl-W does at a line's start.
  public mutating func killToLineEnd() {
    guard cursor < characters.count else { return }
    let end = lineEnd(of: cursor)
    kill(cursor..<(end == cursor ? cursor + 1 : end))
  }

  /// Puts back at the cursor what Ctrl-W, Ctrl-U or Ctrl-K deleted last (Ctrl-Y).
  public mutating func yank() {
    guard !killed.isEmpty else { return }
    replace(cursor..<cursor, with: String(killed), as: .other)
  }

  /// Takes back the last step of editing: a word typed, a run of deletions, a paste, a word
  /// or line deleted (Ctrl-_). Returns whether there was one.
  @discardableResult
  public mutating func undo() -> Bool {
    guard let step = history.takeUndo(), let first = step.first else { return false }
    for edit in step.reversed() {
      splice(edit.position..<(edit.position + edit.inserted.count), with: edit.removed)
    }
    move(to: first.cursorBefore)
    return true
  }

  /// Does again the step last undone (Alt-_). Returns whether there was one.
  @discardableResult
  public mutating func redo() -> Bool {
    guard let step = history.takeRedo(), let last = step.last else { return false }
    for edit in step {
      splice(edit.position..<(edit.position + edit.removed.count), with: edit.inserted)
    }
    move(to: last.cursorAfter)
    return true
  }

  // MARK: Movement

  /// Moves the cursor one Character to the left; nothing at the start.
  public mutating func moveLeft() {
    guard cursor > 0 else { return }
    moveAway(to: cursor - 1)
  }

  /// Moves the cursor one Character to the right; nothing at the end.
  public mutating func moveRight() {
    guard cursor < characters.count else { return }
    moveAway(to: cursor + 1)
  }

  /// Moves the cursor to the start of the word before it, over any whitespace first
  /// (Ctrl-←, Alt-B): words end where Ctrl-W's do.
  public mutating func moveWordLeft() {
    var position = cursor
    while position > 0, kinds[position - 1] & CharacterKind.whitespace != 0 { position -= 1 }
    while position > 0, kinds[position - 1] & CharacterKind.whitespace == 0 { position -= 1 }
    moveAway(to: position)
  }

  /// Moves the cursor to the end of the word after it, over any whitespace first (Ctrl-→,
  /// Alt-F), as readline does.
  public mutating func moveWordRight() {
    var position = cursor
    let count = kinds.count
    while position < count, kinds[position] & CharacterKind.whitespace != 0 { position += 1 }
    while position < count, kinds[position] & CharacterKind.whitespace == 0 { position += 1 }
    moveAway(to: position)
  }

  /// Moves the cursor to the start of its logical line (Ctrl-A).
  public mutating func moveToLineStart() {
    moveAway(to: lineStart(of: cursor))
  }

  /// Moves the cursor to the end of its logical line, before its line break (Ctrl-E).
  public mutating func moveToLineEnd() {
    moveAway(to: lineEnd(of: cursor))
  }

  /// Moves the cursor to the start of the line on screen when wrapped to `width` cells
  /// (Home); already there, to the start of the logical line, so a second Home goes as far as
  /// Ctrl-A does.
  public mutating func moveToVisualLineStart(width: Int) {
    let start = wrapCache.withLines(width: width, kinds: kinds) { wrapped in
      wrapped.lines[wrapped.row(of: cursor)].lowerBound
    }
    moveAway(to: start == cursor ? lineStart(of: cursor) : start)
  }

  /// Moves the cursor to the end of the line on screen when wrapped to `width` cells, before
  /// the space the line wraps at (End); already there, to the end of the logical line.
  public mutating func moveToVisualLineEnd(width: Int) {
    let end = wrapCache.withLines(width: width, kinds: kinds) { wrapped in
      wrapped.position(nearestColumn: Int.max, inRow: wrapped.row(of: cursor), kinds: kinds)
    }
    moveAway(to: end == cursor ? lineEnd(of: cursor) : end)
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

  /// The answer word-wrapped to `width` cells, with the cursor's row and column: every line's
  /// text, so it costs as much as the answer is long; an editor wants `window`.
  public func layout(width: Int) -> AnswerLayout {
    wrapCache.withLines(width: width, kinds: kinds) { wrapped in
      AnswerLayout(wrapped, characters: characters, kinds: kinds, cursor: cursor)
    }
  }

  /// The `rows` visual lines at `width` an editor shows, scrolled so the cursor's line is the
  /// last when it would be below them: what drawing needs, in time that does not grow with the
  /// answer once it has been laid out at this width.
  ///
  /// A line's text is built once and kept until an edit reaches it, so from one frame to the
  /// next the lines typed past are the same Strings.
  public func window(width: Int, rows: Int) -> AnswerWindow {
    wrapCache.withMutableLines(width: width, kinds: kinds) { wrapped in
      let count = wrapped.lines.count
      let cursorRow = wrapped.row(of: cursor)
      let first = Self.firstShownRow(lines: count, rows: rows, cursorRow: cursorRow)
      let shown = first..<min(count, first + max(1, rows))
      var lines: [AnswerLayout.Line] = []
      lines.reserveCapacity(shown.count)
      for row in shown {
        lines.append(
          AnswerLayout.Line(
            text: wrapped.keptText(ofRow: row, in: characters),
            start: wrapped.lines[row].lowerBound))
      }
      return AnswerWindow(
        lines: lines, firstRow: first, lineCount: count, cursorRow: cursorRow,
        cursorColumn: wrapped.column(of: cursor, inRow: cursorRow, kinds: kinds))
    }
  }

  /// The cursor's visual line at `width` in an editor `rows` lines high, placed as `window`
  /// places it, without building the texts of the other lines: what a typed character can be
  /// echoed from.
  public func cursorLine(width: Int, rows: Int) -> AnswerCursorLine {
    wrapCache.withMutableLines(width: width, kinds: kinds) { wrapped in
      let count = wrapped.lines.count
      let cursorRow = wrapped.row(of: cursor)
      return AnswerCursorLine(
        firstRow: Self.firstShownRow(lines: count, rows: rows, cursorRow: cursorRow),
        lineCount: count, row: cursorRow,
        start: wrapped.lines[cursorRow].lowerBound,
        text: wrapped.keptText(ofRow: cursorRow, in: characters),
        column: wrapped.column(of: cursor, inRow: cursorRow, kinds: kinds),
        endsLogicalLine: cursor == kinds.count || kinds[cursor] & CharacterKind.lineBreak != 0)
    }
  }

  // MARK: Internals

  /// The first of `lines` visual lines an editor `rows` high shows: scrolled so the cursor's
  /// line is the last when it would be below them.
  private static func firstShownRow(lines count: Int, rows: Int, cursorRow: Int) -> Int {
    let visible = max(1, rows)
    return count <= visible ? 0 : min(max(0, cursorRow - visible + 1), count - visible)
  }

  /// Sets the cursor by a horizontal move or an edit, which ends any run of up/down moves.
  private mutating func move(to position: Int) {
    cursor = position
    preferredColumn = nil
  }

  /// Moves the cursor without editing: typing after it starts a new step to undo.
  private mutating func moveAway(to position: Int) {
    history.closeStep()
    move(to: position)
  }

  private mutating func moveVertically(rows: Int, width: Int) {
    let (target, column) = wrapCache.withLines(width: width, kinds: kinds) { wrapped in
      let row = wrapped.row(of: cursor)
      let column = preferredColumn ?? wrapped.column(of: cursor, inRow: row, kinds: kinds)
      let target = row + rows
      if wrapped.lines.indices.contains(target) {
        return (wrapped.position(nearestColumn: column, inRow: target, kinds: kinds), column)
      }
      return (rows < 0 ? 0 : characters.count, column)
    }
    cursor = target
    // Kept even at the ends of the text, so that coming back restores the column.
    preferredColumn = column
    history.closeStep()
  }

  /// Where the logical line holding `position` starts: just after the previous line break.
  private func lineStart(of position: Int) -> Int {
    var start = position
    while start > 0, characters[start - 1] != "\n" { start -= 1 }
    return start
  }

  /// Where the logical line holding `position` ends: at the next line break or the end.
  private func lineEnd(of position: Int) -> Int {
    var end = position
    while end < kinds.count, kinds[end] & CharacterKind.lineBreak == 0 { end += 1 }
    return end
  }

  /// Deletes `range` and keeps its text for a yank, joined to the previous kill's text when
  /// nothing happened in between (before it for a kill backwards, after it for one forwards).
  private mutating func kill(_ range: Range<Int>) {
    let text = Array(characters[range])
    if let lastKill, lastKill.editCount == editCount, lastKill.cursor == cursor {
      killed = range.lowerBound < cursor ? text + killed : killed + text
    } else {
      killed = text
    }
    replace(range, with: "", as: .other)
    lastKill = (editCount, cursor)
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
  private mutating func replace(
    _ range: Range<Int>, with inserted: String, as kind: EditHistory.Kind
  ) {
    // Typing and deleting in ASCII text, nearly every key: ASCII characters with ASCII on
    // both sides of the seam cluster as they are (carriage returns, which would join a line
    // feed, never enter an answer), so nothing around the seam needs clustering again.
    if isOneByte(at: range.lowerBound - 1), isOneByte(at: range.upperBound),
      inserted.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D })
    {
      let clustered = inserted.utf8.map { Character(Unicode.Scalar($0)) }
      let before = cursor
      let removed = Array(characters[range])
      splice(range, with: clustered)
      move(to: range.lowerBound + clustered.count)
      history.record(
        EditHistory.Edit(
          position: range.lowerBound, removed: removed, inserted: clustered,
          cursorBefore: before, cursorAfter: cursor),
        kind: kind)
      return
    }
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
    let before = cursor
    let removed = Array(characters[low..<high])
    splice(low..<high, with: clustered)
    // The cursor goes after the last Character that begins within the inserted text, so when
    // the insertion merged into a following cluster it lands after that whole cluster.
    var scalars = 0
    var count = 0
    for character in clustered where scalars < insertionEnd {
      scalars += character.unicodeScalars.count
      count += 1
    }
    move(to: low + count)
    history.record(
      EditHistory.Edit(
        position: low, removed: removed, inserted: clustered, cursorBefore: before,
        cursorAfter: cursor),
      kind: kind)
  }

  /// Whether the Character at `position` is one ASCII byte (not a carriage return), or
  /// `position` is outside the text: either way nothing there can join a cluster across a
  /// seam of ASCII text.
  /// Types `byte`, printable ASCII, at the end of the answer with the cursor there, as
  /// `replace` would, without the arrays its general path builds: nearly every key a typist
  /// presses, so the cost of a key stays small and does not grow with the answer. Returns
  /// false, having done nothing, for any other byte or place, or after a Character that a
  /// following one could join (the general path clusters those).
  private mutating func typeAtEnd(_ byte: UInt8) -> Bool {
    guard (0x20..<0x7F).contains(byte), cursor == characters.count, isOneByte(at: cursor - 1)
    else { return false }
    let before = cursor
    let isSpace = byte == 0x20
    // A word starts where a non-space follows whitespace or the start, as `splice` counts.
    if !isSpace, before == 0 || kinds[before - 1] & CharacterKind.whitespace != 0 {
      wordCount += 1
    }
    let character = Character(Unicode.Scalar(byte))
    editCount += 1
    characters.append(character)
    kinds.append(isSpace ? CharacterKind.space | CharacterKind.whitespace | 1 : 1)
    if !isKnownUniquelyReferenced(&wrapCache) { wrapCache = wrapCache.copy() }
    wrapCache.replace(before..<before, inserted: 1, kinds: kinds, appending: byte)
    move(to: before + 1)
    history.recordTyped(character, isSpace: isSpace, at: before)
    return true
  }

  private func isOneByte(at position: Int) -> Bool {
    guard characters.indices.contains(position) else { return true }
    let utf8 = characters[position].utf8
    return utf8.count == 1 && utf8.first != 0x0D
  }

  /// Replaces the Characters in `range` with `new`, exactly, keeping their kinds, the word
  /// count and the wrapped lines in step; the cursor is the caller's.
  private mutating func splice(_ range: Range<Int>, with new: [Character]) {
    // Words are counted again only across the edit and the words it touches: whitespace (or
    // an end of the text) on both sides keeps the words beyond them as they were.
    var wordsStart = range.lowerBound
    while wordsStart > 0, kinds[wordsStart - 1] & CharacterKind.whitespace == 0 {
      wordsStart -= 1
    }
    var wordsEnd = range.upperBound
    while wordsEnd < kinds.count, kinds[wordsEnd] & CharacterKind.whitespace == 0 {
      wordsEnd += 1
    }
    let wordsBefore = CharacterKind.wordCount(kinds[wordsStart..<wordsEnd])
    editCount += 1
    characters.replaceSubrange(range, with: new)
    kinds.replaceSubrange(range, with: CharacterKind.of(new))
    let delta = new.count - range.count
    wordCount += CharacterKind.wordCount(kinds[wordsStart..<(wordsEnd + delta)]) - wordsBefore
    if !isKnownUniquelyReferenced(&wrapCache) { wrapCache = wrapCache.copy() }
    // One ASCII character typed, the key nearly every time: the line it extends can keep its
    // text with the byte added instead of being built again from the Characters.
    let byte = new.count == 1 && new[0].utf8.count == 1 ? new[0].utf8.first : nil
    wrapCache.replace(range, inserted: new.count, kinds: kinds, appending: byte)
  }

  /// The wrapped lines at one width, kept between frames and edits.
  ///
  /// A class, so that laying out (which does not change the buffer) can keep what it computed
  /// for the next frame; a buffer copies it before an edit when another copy shares it, as
  /// arrays do, and the lock makes laying out the same buffer from two threads safe.
  private final class WrapCache: @unchecked Sendable {
    private let lock = NSLock()
    private var wrapped: WrappedText?

    init(_ wrapped: WrappedText? = nil) {
      self.wrapped = wrapped
    }

    /// A cache of its own holding the same lines, for a copy about to be edited.
    func copy() -> WrapCache {
      lock.withLock { WrapCache(wrapped) }
    }

    /// Runs `body` on the lines of `kinds` at `width`, wrapping them from scratch only when
    /// the width is not the one kept.
    func withLines<Result>(width: Int, kinds: [UInt8], _ body: (WrappedText) -> Result)
      -> Result
    {
      lock.withLock {
        if let wrapped, wrapped.width == max(width, 1) { return body(wrapped) }
        let fresh = WrappedText(kinds: kinds, width: width)
        wrapped = fresh
        return body(fresh)
      }
    }

    /// Runs `body` on the lines of `kinds` at `width`, as `withLines`, letting it keep the
    /// texts of lines it builds.
    func withMutableLines<Result>(
      width: Int, kinds: [UInt8], _ body: (inout WrappedText) -> Result
    ) -> Result {
      lock.withLock {
        var current: WrappedText
        if let wrapped, wrapped.width == max(width, 1) {
          current = wrapped
        } else {
          current = WrappedText(kinds: kinds, width: width)
        }
        // Let go of the kept copy first, so the lines are changed in place, not copied.
        wrapped = nil
        let result = body(&current)
        wrapped = current
        return result
      }
    }

    /// Follows an edit (see `WrappedText.replace`); nothing when no lines are kept yet.
    func replace(_ range: Range<Int>, inserted: Int, kinds: [UInt8], appending byte: UInt8?) {
      lock.withLock { wrapped?.replace(range, inserted: inserted, kinds: kinds, appending: byte) }
    }
  }

  /// `text` as it may enter an answer: CR LF and lone CR become LF, a tab becomes one space
  /// (a tab's width depends on the terminal), and every other forbidden control is dropped.
  public static func cleaned(_ text: String) -> String {
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
