import CNCurses

/// How a cell is drawn beyond its character; colour is a palette role, not a terminal code.
public struct CellAttributes: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: UInt16
  /// A set from raw bits.
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  // The bit values match the CN_* constants in CNCurses.h, which turn them into A_* attributes.
  /// Bold text.
  public static let bold = CellAttributes(rawValue: 1 << 0)
  /// Foreground and background swapped.
  public static let reverse = CellAttributes(rawValue: 1 << 1)
  /// Dimmed text.
  public static let dim = CellAttributes(rawValue: 1 << 2)
  /// Underlined text.
  public static let underline = CellAttributes(rawValue: 1 << 3)
}

/// What a piece of text means on screen; the terminal backend decides the colour or attribute.
public enum ColorRole: UInt8, Sendable, CaseIterable {
  /// Ordinary text.
  case normal
  /// Screen and section titles.
  case title
  /// Text that should catch the eye: the current question, a highlighted value.
  case accent
  /// Secondary text: hints, timestamps, disabled items.
  case muted
  /// An answer within its time.
  case good
  /// An answer nearing its time.
  case warning
  /// An answer over its time.
  case over
  /// The footer's key names.
  case keyHint
  /// The selected row of a list.
  case selection
  /// Errors the user must see.
  case error
}

/// A colour role plus extra attributes: everything a write needs to know about appearance.
public struct Style: Hashable, Sendable {
  /// The palette role.
  public var color: ColorRole
  /// Attributes added to whatever the role itself draws with.
  public var attributes: CellAttributes

  /// A style of `color` with extra `attributes`.
  public init(_ color: ColorRole = .normal, _ attributes: CellAttributes = []) {
    self.color = color
    self.attributes = attributes
  }

  /// Normal text without attributes.
  public static let plain = Style()
}

/// A place to draw a frame: the ncurses terminal, or an in-memory grid in tests.
///
/// A frame is drawn whole: `clear()`, then writes and fills, then (for the terminal) `present()`.
/// Coordinates are zero-based cells; anything outside the screen is clipped, never wrapped.
public protocol Screen {
  /// The size in rows and columns.
  var size: (rows: Int, columns: Int) { get }
  /// The box-drawing and bar characters this screen can show.
  var glyphs: Glyphs { get }
  /// Blanks every cell and hides the cursor; a frame that wants a cursor sets it again.
  mutating func clear()
  /// Writes `text` from `row`, `column` in `style`, clipped at the edges; returns the cells drawn.
  ///
  /// Control characters are drawn inert (ESC as ␛), tab and newline as one space, and
  /// zero-width characters on their own not at all. A wide character takes two cells; one that
  /// would straddle the right edge is not drawn, one that straddles the left edge leaves a space.
  @discardableResult
  mutating func write(_ text: String, row: Int, column: Int, style: Style) -> Int
  /// Fills `width` cells from `row`, `column` with spaces in `style`, clipped at the edges.
  mutating func fill(row: Int, column: Int, width: Int, style: Style)
  /// Shows the terminal cursor at `row`, `column` (clamped to the screen) once presented.
  mutating func setCursor(row: Int, column: Int)
  /// Shows no terminal cursor.
  mutating func hideCursor()
  /// Runs `draw` on this screen and returns its result; a screen that keeps what blocks drew
  /// may instead replay what the block in `slot` drew in an earlier frame of the same size, with
  /// the result it returned then, when that frame's key equalled `key`.
  ///
  /// The key must hold everything `draw` reads besides the screen's size and glyphs: a frame
  /// drawn with blocks replayed is then the frame drawn afresh, cell for cell. Slots are told
  /// apart by the key's type and `slot`, so two blocks of one frame never share both.
  @discardableResult
  mutating func memo<Key: Equatable, Result>(
    _ key: Key, slot: Int, _ draw: (inout Self) -> Result
  ) -> Result
  /// Puts one typed character on its cell and moves the cursor after it, the rest of the frame
  /// shown kept as it is; false, having done nothing, when this screen cannot (see
  /// `TypingEcho`).
  mutating func echo(_ cell: TypingEcho.Cell) -> Bool
  /// Starts a frame that is the one shown but for `rows`, which are blanked for the caller to
  /// draw: for a change known to touch those rows only (the answer editor while typing), so the
  /// rest of the frame is neither drawn nor compared again. False, having done nothing, when
  /// this screen cannot; the caller then draws the frame whole.
  mutating func beginPatch(rows: Range<Int>) -> Bool
}

extension Screen {
  /// A screen that keeps no frame cannot echo: it draws every frame whole.
  public mutating func echo(_ cell: TypingEcho.Cell) -> Bool { false }

  /// A screen that keeps no frame cannot patch one: it draws every frame whole.
  public mutating func beginPatch(rows: Range<Int>) -> Bool { false }

  /// Draws without keeping anything: a screen that cannot replay draws every block afresh.
  @discardableResult
  public mutating func memo<Key: Equatable, Result>(
    _ key: Key, slot: Int, _ draw: (inout Self) -> Result
  ) -> Result {
    draw(&self)
  }
}

/// Where a memoized block's recording is kept: its key's type and a number within that type.
struct MemoSlot: Hashable {
  /// The type of the block's key.
  var keyType: ObjectIdentifier
  /// Which of the blocks keyed by that type.
  var index: Int
}

/// What each memoized block drew last, under the key it was drawn for: one recording a slot,
/// so the table never holds more than a frame's blocks.
struct MemoTable<Recording> {
  /// A block as it was drawn: its key, its result and its recording, typed, so that a look-up
  /// compares the key in place instead of copying it out of an existential.
  final class Kept<Key: Equatable, Result> {
    let key: Key
    let result: Result
    let recording: Recording

    init(key: Key, result: Result, recording: Recording) {
      self.key = key
      self.result = result
      self.recording = recording
    }
  }

  private var entries: [MemoSlot: AnyObject] = [:]

  /// What the block in `slot` drew when it was drawn for `key`; nil otherwise.
  func lookup<Key: Equatable, Result>(_ key: Key, slot: Int, as _: Result.Type) -> Kept<
    Key, Result
  >? {
    guard let kept = entries[MemoSlot(keyType: ObjectIdentifier(Key.self), index: slot)],
      let block = kept as? Kept<Key, Result>, block.key == key
    else { return nil }
    return block
  }

  /// Keeps what the block in `slot` drew for `key`, replacing what the slot held.
  mutating func keep<Key: Equatable, Result>(
    _ key: Key, slot: Int, result: Result, recording: Recording
  ) {
    entries[MemoSlot(keyType: ObjectIdentifier(Key.self), index: slot)] = Kept(
      key: key, result: result, recording: recording)
  }

  /// Forgets every recording, e.g. after a resize.
  mutating func removeAll() {
    entries.removeAll(keepingCapacity: true)
  }
}

/// Facts about the ncurses library this binary is linked with.
public enum CursesLibrary {
  /// The library's version, e.g. `ncurses 6.4.20221231`.
  public static var version: String {
    String(cString: curses_version())
  }
}
