/// An in-memory screen: what the terminal would show, as plain lines plus a style per cell.
public struct GridScreen: Screen {
  /// One character cell.
  public struct Cell: Equatable, Sendable {
    /// The character in the cell; a space in the continuation cell of a wide character.
    public var character: Character
    /// How it is drawn.
    public var style: Style
    /// Whether this is the right half of the wide character in the cell before it.
    public var isContinuation: Bool

    /// A cell holding `character` in `style`.
    public init(character: Character, style: Style = .plain, isContinuation: Bool = false) {
      self.character = character
      self.style = style
      self.isContinuation = isContinuation
    }

    /// An empty cell.
    public static let blank = Cell(character: " ")
  }

  /// The size in rows and columns.
  public let size: (rows: Int, columns: Int)
  /// The box-drawing and bar characters, as the terminal under test would have them.
  public let glyphs: Glyphs
  /// The cells, row by row.
  public private(set) var cells: [[Cell]]
  /// Where the terminal cursor would show; nil when hidden.
  public private(set) var cursor: (row: Int, column: Int)?
  /// How many characters were echoed and frames patched rather than drawn whole, for tests of
  /// the typing path.
  public private(set) var echoes = 0, patches = 0
  /// The rows the last patch blanked, for tests of what a key draws again.
  public private(set) var lastPatchedRows: Range<Int> = 0..<0

  /// What memoized blocks drew, replayed while their keys stay the same, so that tests see
  /// exactly what the terminal's replays draw.
  private var memos = MemoTable<[DrawnStep]>()
  /// The steps of the block being memoized, while one is; blocks inside it are part of it.
  private var recording: [DrawnStep]?

  /// One step of a memoized block, replayed by doing it again.
  private enum DrawnStep {
    case write(String, row: Int, column: Int, style: Style)
    case fill(row: Int, column: Int, width: Int, style: Style)
    case cursor((row: Int, column: Int)?)
  }

  /// A blank screen of `rows` by `columns`, with the cursor hidden.
  public init(rows: Int, columns: Int, glyphs: Glyphs = .unicode) {
    size = (max(0, rows), max(0, columns))
    self.glyphs = glyphs
    cells = Array(repeating: Array(repeating: .blank, count: size.columns), count: size.rows)
  }

  /// Blanks every cell and hides the cursor.
  public mutating func clear() {
    cells = Array(repeating: Array(repeating: .blank, count: size.columns), count: size.rows)
    cursor = nil
  }

  /// Writes `text` from `row`, `column` in `style`, clipped at the edges; returns the cells drawn.
  @discardableResult
  public mutating func write(_ text: String, row: Int, column: Int, style: Style = .plain)
    -> Int
  {
    recording?.append(.write(text, row: row, column: column, style: style))
    guard (0..<size.rows).contains(row) else { return 0 }
    let layout = TextLayout(text, column: column, columns: size.columns, ascii: glyphs.isASCII)
    for placement in layout.placements {
      let x = placement.column
      breakWideCharacters(row: row, from: x, to: x + placement.width - 1)
      cells[row][x] = Cell(character: placement.character, style: style)
      if placement.width == 2 {
        cells[row][x + 1] = Cell(character: " ", style: style, isContinuation: true)
      }
    }
    return layout.cellCount
  }

  /// Fills `width` cells from `row`, `column` with spaces in `style`, clipped at the edges.
  public mutating func fill(row: Int, column: Int, width: Int, style: Style = .plain) {
    recording?.append(.fill(row: row, column: column, width: width, style: style))
    guard (0..<size.rows).contains(row) else { return }
    let start = max(0, column)
    let end = min(size.columns, column + max(0, width))
    guard start < end else { return }
    breakWideCharacters(row: row, from: start, to: end - 1)
    for x in start..<end { cells[row][x] = Cell(character: " ", style: style) }
  }

  /// Writes the typed character and moves the cursor after it, as the terminal's echo does.
  public mutating func echo(_ cell: TypingEcho.Cell) -> Bool {
    write(
      String(Character(Unicode.Scalar(cell.character))), row: cell.row, column: cell.column,
      style: .plain)
    setCursor(row: cell.cursorRow, column: cell.cursorColumn)
    echoes += 1
    return true
  }

  /// Blanks `rows`, keeping every other cell and the cursor, as the terminal's patch does.
  public mutating func beginPatch(rows: Range<Int>) -> Bool {
    for row in rows.clamped(to: 0..<size.rows) {
      cells[row] = Array(repeating: .blank, count: size.columns)
    }
    patches += 1
    lastPatchedRows = rows
    return true
  }

  /// Shows the cursor at `row`, `column`, clamped to the screen.
  public mutating func setCursor(row: Int, column: Int) {
    guard size.rows > 0, size.columns > 0 else { return }
    cursor = (min(max(0, row), size.rows - 1), min(max(0, column), size.columns - 1))
    recording?.append(.cursor(cursor))
  }

  /// Hides the cursor.
  public mutating func hideCursor() {
    cursor = nil
    recording?.append(.cursor(nil))
  }

  /// Runs `draw`, or does again what it did last time for an equal `key` (see `Screen.memo`).
  @discardableResult
  public mutating func memo<Key: Equatable, Result>(
    _ key: Key, slot: Int, _ draw: (inout GridScreen) -> Result
  ) -> Result {
    // Inside another block, this one is part of that block's recording.
    guard recording == nil else { return draw(&self) }
    if let kept = memos.lookup(key, slot: slot, as: Result.self) {
      for step in kept.recording {
        switch step {
        case .write(let text, let row, let column, let style):
          write(text, row: row, column: column, style: style)
        case .fill(let row, let column, let width, let style):
          fill(row: row, column: column, width: width, style: style)
        case .cursor(let position):
          cursor = position
        }
      }
      return kept.result
    }
    recording = []
    let result = draw(&self)
    memos.keep(key, slot: slot, result: result, recording: recording ?? [])
    recording = nil
    return result
  }

  /// The style of the cell at `row`, `column`; nil outside the screen.
  public func style(row: Int, column: Int) -> Style? {
    guard (0..<size.rows).contains(row), (0..<size.columns).contains(column) else { return nil }
    return cells[row][column].style
  }

  /// Each row as plain text with trailing spaces trimmed, a wide character once, for snapshots.
  public var lines: [String] {
    cells.map { row in
      var line = String(row.lazy.filter { !$0.isContinuation }.map(\.character))
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// Blanks the far halves of wide characters cut by overwriting cells `first` through `last`,
  /// as a terminal does, so no half character is left behind.
  private mutating func breakWideCharacters(row: Int, from first: Int, to last: Int) {
    if cells[row][first].isContinuation, first > 0 {
      cells[row][first - 1] = Cell(character: " ", style: cells[row][first - 1].style)
    }
    let next = last + 1
    if next < size.columns, cells[row][next].isContinuation {
      cells[row][next] = Cell(character: " ", style: cells[row][next].style)
    }
  }
}
