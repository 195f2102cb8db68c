import CNCurses
import InterviewCore

/// How a cell is drawn beyond its character; colour is a palette role, not a terminal code.
public struct CellAttributes: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: UInt16
  /// A set from raw bits.
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// Bold text.
  public static let bold = CellAttributes(rawValue: 1 << 0)
  /// Foreground and background swapped.
  public static let reverse = CellAttributes(rawValue: 1 << 1)
  /// Dimmed text.
  public static let dim = CellAttributes(rawValue: 1 << 2)
  /// Underlined text.
  public static let underline = CellAttributes(rawValue: 1 << 3)
}

/// A place to draw a frame: the ncurses terminal, or an in-memory grid in tests.
public protocol Screen {
  /// The size in rows and columns.
  var size: (rows: Int, columns: Int) { get }
  /// Writes `text` from `row`, `column`, clipped at the right edge.
  mutating func write(_ text: String, row: Int, column: Int, attributes: CellAttributes)
}

/// An in-memory screen: what the terminal would show, as plain lines plus attributes per cell.
public struct GridScreen: Screen {
  /// One character cell.
  public struct Cell: Equatable, Sendable {
    /// The character in the cell.
    public var character: Character
    /// How it is drawn.
    public var attributes: CellAttributes
  }

  /// The size in rows and columns.
  public let size: (rows: Int, columns: Int)
  /// The cells, row by row.
  public private(set) var cells: [[Cell]]

  /// A blank screen of `rows` by `columns`.
  public init(rows: Int, columns: Int) {
    size = (rows, columns)
    cells = Array(
      repeating: Array(repeating: Cell(character: " ", attributes: []), count: columns),
      count: rows)
  }

  /// Writes `text` from `row`, `column`, clipped at the edges; control characters are drawn inert.
  public mutating func write(_ text: String, row: Int, column: Int, attributes: CellAttributes = [])
  {
    guard (0..<size.rows).contains(row) else { return }
    var x = column
    for character in text.inert where x < size.columns {
      if x >= 0 { cells[row][x] = Cell(character: character, attributes: attributes) }
      x += 1
    }
  }

  /// Each row as plain text with trailing spaces trimmed, for snapshot comparison.
  public var lines: [String] {
    cells.map { row in
      var line = String(row.map(\.character))
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}

/// Facts about the ncurses library this binary is linked with.
public enum CursesLibrary {
  /// The library's version, e.g. `ncurses 6.4.20221231`.
  public static var version: String {
    String(cString: curses_version())
  }
}
