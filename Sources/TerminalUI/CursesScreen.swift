import CNCurses
import InterviewCore

/// The real terminal, through ncursesw.
///
/// Only one may be active at a time: ncurses keeps its state in globals. Draw a frame with
/// `clear()`, writes and fills, then `present()`; call `stop()` before the process exits, on
/// every path, to give the terminal back.
public final class CursesScreen: Screen {
  /// How long ncurses, and `CursesInput` after it, wait for the rest of an escape sequence
  /// before an ESC counts as the Escape key: short, because nobody types that fast and a
  /// remote link delivers a sequence's bytes together.
  public static let escapeDelayMilliseconds = 25

  /// The colour mode in effect: `.monochrome` if asked for or if the terminal has no colours.
  public let colorMode: ColorMode
  /// Box drawing when the locale is UTF-8, else ASCII.
  public let glyphs: Glyphs
  /// Whether the locale cannot show Unicode, so marks are drawn as their ASCII stand-ins; kept
  /// because `glyphs.isASCII` is computed.
  private let localeIsASCII: Bool
  /// The ncurses screen, freed when this object goes.
  private let screen: OpaquePointer
  /// The stream ncurses writes to; nil for standard output.
  private let output: UnsafeMutablePointer<FILE>?
  /// Where the cursor shows after `present()`; nil when hidden.
  private var cursor: (row: Int, column: Int)?
  /// Whether `stop()` has run; drawing after it would re-enter curses mode.
  private var stopped = false
  /// The frame being drawn: each row's writes and fills in order, handed to ncurses by
  /// `present()` only for rows that differ from the frame before, so that a key which changes
  /// one line of the answer costs ncurses one line, not the whole screen.
  private var drawing: [[RowWrite]] = []
  /// The rows ncurses holds: the last presented frame's writes, per row.
  private var presented: [[RowWrite]] = []
  /// Where the cursor showed after the last `present()`; nil when hidden.
  private var presentedCursor: (row: Int, column: Int)?
  /// Whether a frame was begun with `clear()` since the last `present()`.
  private var frameIsDrawn = false
  /// Whether the next `present()` must refresh even an unchanged frame (after `invalidate()`).
  private var needsRepaint = true
  /// The size `presented` was drawn at; after a resize every row is drawn again.
  private var presentedSize = (rows: -1, columns: -1)

  /// What memoized blocks drew, to replay while their keys stay the same.
  private var memos = MemoTable<[DrawnStep]>()
  /// The size the memos were drawn at; a resize forgets them, since clipping depends on it.
  private var memoSize = (rows: -1, columns: -1)
  /// The steps of the block being memoized, while one is; blocks inside it are part of it.
  private var recording: [DrawnStep]?

  /// One step of a memoized block, replayed as it was drawn.
  private enum DrawnStep {
    /// A write or fill into a row.
    case write(row: Int, RowWrite)
    /// The cursor shown at a cell, or hidden.
    case cursor((row: Int, column: Int)?)
  }

  /// One write or fill within a row, kept to compare a row with the frame before's.
  private struct RowWrite: Equatable {
    /// The first cell.
    var column: Int32
    /// The wide characters ncurses draws from there.
    var characters: [wchar_t]
    /// Their appearance.
    var style: Style
  }

  /// Takes over the terminal on standard input and output, or nil when `$TERM` is unknown.
  public static func start(colorMode: ColorMode) -> CursesScreen? {
    CursesScreen(terminal: nil, output: nil, input: nil, colorMode: colorMode)
  }

  /// Runs ncurses as terminal `terminalType` over explicit streams, e.g. output to a file to
  /// count the bytes a frame costs; nil when the terminal type is unknown.
  public convenience init?(
    terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
    colorMode: ColorMode
  ) {
    self.init(terminal: terminalType, output: output, input: input, colorMode: colorMode)
  }

  private init?(
    terminal: String?, output: UnsafeMutablePointer<FILE>?, input: UnsafeMutablePointer<FILE>?,
    colorMode requested: ColorMode
  ) {
    // Without the environment's locale ncurses reads and writes bytes, not UTF-8 characters.
    cn_use_environment_locale()
    let created: OpaquePointer? =
      if let terminal {
        terminal.withCString { cn_newterm($0, output, input) }
      } else {
        cn_newterm(nil, output, input)
      }
    guard let created else { return nil }
    screen = created
    self.output = output
    glyphs = cn_locale_is_utf8() != 0 ? .unicode : .ascii
    localeIsASCII = glyphs.isASCII

    // raw, not cbreak: Ctrl-C, Ctrl-Z and Ctrl-S/Q must arrive as keys, not signals or flow
    // control. nonl keeps Enter (CR) apart from Ctrl-J (LF).
    raw()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    intrflush(cn_stdscr(), false)
    set_escdelay(Int32(Self.escapeDelayMilliseconds))
    curs_set(0)

    var mode = requested
    if mode == .color {
      if has_colors(), start_color() == OK, cn_colors() >= 8 {
        // The terminal's own background and foreground, so the app looks at home in any theme.
        let defaults = use_default_colors() == OK
        let background = defaults ? Int16(-1) : Int16(COLOR_BLACK)
        for role in ColorRole.allCases {
          let pair = Palette.pair(of: role, in: .color)
          guard pair != 0 else { continue }
          let foreground = Self.cursesColor(Palette.appearance(of: role, in: .color).foreground)
          init_pair(pair, foreground, background)
        }
      } else {
        mode = .monochrome
      }
    }
    colorMode = mode

    // Bracketed paste: a paste arrives wrapped in ESC[200~ … ESC[201~, so it is not typed.
    // Written straight to the terminal: through putp the bytes never reached a newterm stream.
    cn_write_terminal(output, "\u{1B}[?2004h")
  }

  deinit {
    stop()
    delscreen(screen)
  }

  /// The current size in rows and columns; changes after a `.resize` key.
  public var size: (rows: Int, columns: Int) {
    (Int(cn_rows()), Int(cn_columns()))
  }

  /// Blanks every cell and hides the cursor; only what changed reaches the terminal.
  public func clear() {
    guard !stopped else { return }
    // Nothing reaches ncurses until `present()` knows which rows changed. The rows are the
    // ones of the frame before last, emptied in place: their storage is used again instead of
    // allocating every row of every frame.
    let rows = max(0, size.rows)
    if drawing.count > rows { drawing.removeLast(drawing.count - rows) }
    for row in drawing.indices { drawing[row].removeAll(keepingCapacity: true) }
    if drawing.count < rows { drawing += Array(repeating: [], count: rows - drawing.count) }
    frameIsDrawn = true
    cursor = nil
  }

  /// Keeps a write of `characters` from `row`, `column` for `present()`.
  private func record(_ characters: [wchar_t], row: Int, column: Int, style: Style) {
    if drawing.count <= row {
      drawing += Array(repeating: [], count: row + 1 - drawing.count)
    }
    let write = RowWrite(column: Int32(column), characters: characters, style: style)
    drawing[row].append(write)
    recording?.append(.write(row: row, write))
  }

  /// Runs `draw`, or replays what it drew last time for an equal `key` (see `Screen.memo`):
  /// a replay appends the writes kept, sharing their characters, so an unchanged header or
  /// box costs a few appends instead of laying its text out again.
  @discardableResult
  public func memo<Key: Equatable, Result>(
    _ key: Key, slot: Int, _ draw: (inout CursesScreen) -> Result
  ) -> Result {
    var screen = self
    // Inside another block, this one is part of that block's recording.
    guard !stopped, recording == nil else { return draw(&screen) }
    let size = size
    if memoSize != size {
      memos.removeAll()
      memoSize = size
    }
    if let kept = memos.lookup(key, slot: slot, as: Result.self) {
      for step in kept.recording {
        switch step {
        case .write(let row, let write):
          if drawing.count <= row {
            drawing += Array(repeating: [], count: row + 1 - drawing.count)
          }
          drawing[row].append(write)
        case .cursor(let position):
          cursor = position
        }
      }
      return kept.result
    }
    recording = []
    let result = draw(&screen)
    memos.keep(key, slot: slot, result: result, recording: recording ?? [])
    recording = nil
    return result
  }

  /// Writes `text` from `row`, `column` in `style`, clipped at the edges; returns the cells drawn.
  @discardableResult
  public func write(_ text: String, row: Int, column: Int, style: Style = .plain) -> Int {
    guard !stopped else { return 0 }
    let (rows, columns) = size
    guard (0..<rows).contains(row) else { return 0 }
    if let cells = writeSingleCells(text, row: row, column: column, columns: columns, style: style)
    {
      return cells
    }
    let layout = TextLayout(text, column: column, columns: columns, ascii: localeIsASCII)
    guard let first = layout.placements.first else { return 0 }
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(layout.placements.count)
    for placement in layout.placements { Self.append(placement, to: &buffer) }
    record(buffer, row: row, column: first.column, style: style)
    return layout.cellCount
  }

  /// Writes text of one-cell scalars (see `Unicode.Scalar.isSingleCellCharacter`; tab and
  /// newline as spaces) straight from its scalars, clipped as `TextLayout` clips it; nil,
  /// having drawn nothing, for any other text. Most of a frame is such text (answers, labels,
  /// rules and box edges), and this path makes drawing it several times cheaper than placing
  /// Characters.
  private func writeSingleCells(
    _ text: String, row: Int, column: Int, columns: Int, style: Style
  ) -> Int? {
    guard column < columns else { return 0 }
    var buffer: [wchar_t] = []
    // One allocation: never more cells than the row has left, nor than the text has bytes.
    buffer.reserveCapacity(min(columns - max(0, column), text.utf8.count))
    var x = column
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isASCII = value == 0x09 || value == 0x0A || (0x20..<0x7F).contains(value)
      // Without a UTF-8 locale, marks go through `TextLayout` for their ASCII stand-ins.
      guard isASCII || (!localeIsASCII && scalar.isSingleCellCharacter) else { return nil }
      defer { x += 1 }
      if x < 0 || x >= columns { continue }
      if isASCII {
        buffer.append(wchar_t(value == 0x09 || value == 0x0A ? 0x20 : value))
      } else {
        // As `append` draws it: what the C library's locale cannot show is a `?`.
        buffer.append(wchar_t(cn_wcwidth(value) == 1 ? value : UInt32(UInt8(ascii: "?"))))
      }
    }
    guard !buffer.isEmpty else { return 0 }
    record(buffer, row: row, column: max(0, column), style: style)
    return buffer.count
  }

  /// Fills `width` cells from `row`, `column` with spaces in `style`, clipped at the edges.
  public func fill(row: Int, column: Int, width: Int, style: Style = .plain) {
    guard !stopped else { return }
    let (rows, columns) = size
    guard (0..<rows).contains(row) else { return }
    let start = max(0, column)
    let end = min(columns, column + max(0, width))
    guard start < end else { return }
    let buffer = [wchar_t](repeating: wchar_t(UInt8(ascii: " ")), count: end - start)
    record(buffer, row: row, column: start, style: style)
  }

  /// Shows the cursor at `row`, `column` (clamped to the screen) from the next `present()`.
  public func setCursor(row: Int, column: Int) {
    cursor = (row, column)
    recording?.append(.cursor(cursor))
  }

  /// Shows no cursor from the next `present()`.
  public func hideCursor() {
    cursor = nil
    recording?.append(.cursor(nil))
  }

  /// Sends the frame to the terminal: only the cells that changed, then the cursor.
  public func present() {
    guard !stopped else { return }
    guard frameIsDrawn else {
      // No frame since the last one presented: the terminal already shows it, but a repaint
      // asked for (Ctrl-L) still happens.
      if needsRepaint {
        needsRepaint = false
        wnoutrefresh(cn_stdscr())
        cn_update()
      }
      return
    }
    frameIsDrawn = false
    // Whatever happens below, the frame drawn becomes the one presented, and the rows of the
    // one before are kept to be emptied and drawn into next.
    defer { swap(&presented, &drawing) }
    let (rows, columns) = size
    let resized = presentedSize != (rows, columns)
    if resized {
      // What a resize left in ncurses' rows is not known: blank them all, then draw them all.
      werase(cn_stdscr())
      presented = []
      presentedSize = (rows, columns)
    }
    let cursorMoved =
      cursor?.row != presentedCursor?.row || cursor?.column != presentedCursor?.column
    // A frame the terminal already shows costs nothing: no row to send, no refresh.
    guard resized || needsRepaint || cursorMoved || drawing != presented else { return }
    needsRepaint = false
    presentedCursor = cursor
    for row in 0..<min(rows, drawing.count)
    where resized || row >= presented.count || drawing[row] != presented[row] {
      if !resized, row < presented.count,
        putChangedCells(row: row, from: presented[row], to: drawing[row])
      {
        continue
      }
      if !resized {
        cn_move(Int32(row), 0)
        wclrtoeol(cn_stdscr())
      }
      for write in drawing[row] {
        apply(write.style)
        // Clipped text never runs past the edge, and with scrollok off a write into the
        // bottom-right cell cannot scroll: ncurses stores it and reports ERR for the wrap.
        cn_put(Int32(row), write.column, write.characters, Int32(write.characters.count))
      }
    }
    // Rows the frame before drew and this one has no entry for (it cleared fewer) are blanked.
    if !resized, presented.count > drawing.count {
      for row in drawing.count..<min(rows, presented.count) where !presented[row].isEmpty {
        cn_move(Int32(row), 0)
        wclrtoeol(cn_stdscr())
      }
    }
    if let cursor, rows > 0, columns > 0 {
      cn_move(
        Int32(min(max(0, cursor.row), rows - 1)), Int32(min(max(0, cursor.column), columns - 1)))
      curs_set(1)
    } else {
      curs_set(0)
    }
    wnoutrefresh(cn_stdscr())
    cn_update()
  }

  /// Hands ncurses only the cells that changed in a row whose writes are the frame before's
  /// but for the text of one, all of it ASCII and covering cells no other write of the row
  /// covers: a key typed changes a line of the answer by a character, and the whole line need
  /// not go through ncurses again. Returns false, having done nothing, for any other change.
  private func putChangedCells(row: Int, from old: [RowWrite], to new: [RowWrite]) -> Bool {
    guard old.count == new.count else { return false }
    var changed: Int?
    for index in new.indices {
      guard old[index].column == new[index].column, old[index].style == new[index].style
      else { return false }
      if old[index].characters != new[index].characters {
        guard changed == nil else { return false }
        changed = index
      }
    }
    guard let index = changed else { return false }
    let before = old[index].characters
    let after = new[index].characters
    // ASCII, so that a character is a cell and the two texts line up cell for cell.
    let isASCII = { (characters: [wchar_t]) in characters.allSatisfy { (0x20..<0x7F).contains($0) }
    }
    guard isASCII(before), isASCII(after) else { return false }
    let start = new[index].column
    let end = start + Int32(max(before.count, after.count))
    for (other, write) in new.enumerated() where other != index {
      if write.column < end, write.column + Int32(write.characters.count) > start { return false }
    }
    var same = 0
    while same < min(before.count, after.count), before[same] == after[same] { same += 1 }
    if same < after.count {
      apply(new[index].style)
      after[same...].withUnsafeBufferPointer { changed in
        _ = cn_put(Int32(row), start + Int32(same), changed.baseAddress, Int32(changed.count))
      }
    }
    if after.count < before.count {
      // What a whole row drawn again would leave there: blank cells, as `wclrtoeol` blanks.
      apply(.plain)
      let blanks = [wchar_t](
        repeating: wchar_t(UInt8(ascii: " ")), count: before.count - after.count)
      cn_put(Int32(row), start + Int32(after.count), blanks, Int32(blanks.count))
    }
    return true
  }

  /// Puts `cell`'s character on the terminal at once and moves the cursor after it, keeping
  /// the frame presented in step, when the terminal shows the last frame presented as it was
  /// (no frame drawn since, no repaint or resize pending) and the cell extends a write of plain
  /// ASCII text that ends there, with nothing else drawn on that cell. Returns false, having
  /// done nothing, otherwise; the caller then draws the frame whole.
  public func echo(_ cell: TypingEcho.Cell) -> Bool {
    let (rows, columns) = size
    guard !stopped, !frameIsDrawn, !needsRepaint, presentedSize == (rows, columns),
      presentedCursor != nil, presented.indices.contains(cell.row), cell.row < rows,
      (0..<columns).contains(cell.column), (0..<rows).contains(cell.cursorRow),
      (0..<columns).contains(cell.cursorColumn)
    else { return false }
    let column = Int32(cell.column)
    var extended: Int?
    for (index, write) in presented[cell.row].enumerated() {
      let end = write.column + Int32(write.characters.count)
      if end == column, write.style == .plain,
        write.characters.allSatisfy({ (0x20..<0x7F).contains($0) })
      {
        extended = index
      } else if write.column <= column, end > column {
        // Something else is drawn on the cell: a whole frame knows what shows there.
        return false
      }
    }
    guard let index = extended else { return false }
    let character = wchar_t(cell.character)
    presented[cell.row][index].characters.append(character)
    apply(.plain)
    // From the stack: an array of one was an allocation on every key.
    _ = withUnsafePointer(to: character) { cn_put(Int32(cell.row), column, $0, 1) }
    cursor = (cell.cursorRow, cell.cursorColumn)
    presentedCursor = cursor
    cn_move(Int32(cell.cursorRow), Int32(cell.cursorColumn))
    // Typed where the terminal's cursor is, the character is written as it is: ncurses' update
    // would compare the whole row, hash every row for scrolling and search for a cursor
    // movement, for one byte.
    if cn_echo_typed(Int32(cell.row), column, Int32(cell.cursorRow), Int32(cell.cursorColumn))
      == 0
    {
      wnoutrefresh(cn_stdscr())
      cn_update()
    }
    return true
  }

  /// Starts the next frame as the one presented with `rows` emptied, for the caller to draw into
  /// them and `present()` to send, when the terminal shows the last frame presented as it was
  /// (the conditions of `echo`). The other rows are the presented ones, shared, so `present()`
  /// finds them unchanged at the cost of comparing two references. Returns false, having done
  /// nothing, otherwise; the caller then draws the frame whole.
  public func beginPatch(rows: Range<Int>) -> Bool {
    let size = size
    guard !stopped, !frameIsDrawn, !needsRepaint, presentedSize == size, memoSize == size,
      recording == nil
    else { return false }
    if drawing.count < size.rows {
      drawing += Array(repeating: [], count: size.rows - drawing.count)
    }
    for row in drawing.indices {
      if rows.contains(row) {
        // The row of the frame before last, emptied in place: its storage takes the patch's
        // writes without allocating, as `clear()` does for a whole frame.
        drawing[row].removeAll(keepingCapacity: true)
      } else {
        drawing[row] = row < presented.count ? presented[row] : []
      }
    }
    cursor = presentedCursor
    frameIsDrawn = true
    return true
  }

  /// Makes the next `present()` repaint every cell, for Ctrl-L or after something else wrote to
  /// the terminal.
  public func invalidate() {
    guard !stopped else { return }
    cn_invalidate()
    needsRepaint = true
  }

  /// Gives the terminal back: bracketed paste off, cursor shown, modes restored. Safe to call
  /// more than once and on the way out after an exit signal; drawing afterwards does nothing.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    // ncurses' last moves start from where it believes the cursor is.
    cn_sync_cursor()
    curs_set(1)
    endwin()
    // After endwin, whose output is flushed, so the two cannot interleave.
    cn_write_terminal(output, "\u{1B}[?2004l")
  }

  /// Sets the ncurses attributes and colour pair for `style`.
  private func apply(_ style: Style) {
    let appearance = Palette.appearance(of: style.color, in: colorMode)
    let attributes = appearance.attributes.union(style.attributes)
    let pair = colorMode == .color ? Palette.pair(of: style.color, in: .color) : 0
    cn_set_style(UInt32(attributes.rawValue), pair)
  }

  /// Appends the wide characters ncurses should draw for one placed character.
  ///
  /// The layout's width comes from Unicode data, the C library's from its locale; where they
  /// disagree the cell is drawn so that ncurses' idea of the row matches the layout: a narrow
  /// base and a space for an emoji the C library thinks narrow, `?` for what the locale cannot
  /// show (everything beyond ASCII in the C locale).
  private static func append(_ placement: TextLayout.Placement, to buffer: inout [wchar_t]) {
    let scalars = placement.character.unicodeScalars
    guard let base = scalars.first else { return }
    let baseWidth = base.isASCII ? 1 : Int(cn_wcwidth(base.value))
    if baseWidth == placement.width {
      buffer.append(wchar_t(base.value))
      // ncurses keeps up to four combining characters with a cell; a joiner would glue the
      // next cell's character onto this one, so the cluster stops there.
      var marks = 0
      for scalar in scalars.dropFirst() {
        guard marks < 4, scalar.value != 0x200D, cn_wcwidth(scalar.value) == 0 else { break }
        buffer.append(wchar_t(scalar.value))
        marks += 1
      }
    } else if baseWidth == 1, placement.width == 2 {
      buffer.append(wchar_t(base.value))
      buffer.append(wchar_t(UInt8(ascii: " ")))
    } else {
      buffer.append(
        contentsOf: repeatElement(wchar_t(UInt8(ascii: "?")), count: placement.width))
    }
  }

  /// The ncurses colour number for a palette foreground.
  private static func cursesColor(_ foreground: Palette.Foreground) -> Int16 {
    switch foreground {
    case .standard: return -1
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .red: return Int16(COLOR_RED)
    case .cyan: return Int16(COLOR_CYAN)
    }
  }
}
