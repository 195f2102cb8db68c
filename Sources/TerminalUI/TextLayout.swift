import CNCurses
import InterviewCore

/// Where the characters of one `write` land on a row; shared by every `Screen` so that the grid
/// in tests clips exactly as the terminal does.
struct TextLayout {
  /// One character placed in a cell (and, when `width` is 2, the cell after it).
  struct Placement: Equatable {
    /// The character, already made inert.
    var character: Character
    /// The first cell it takes.
    var column: Int
    /// Cells it takes: 1 or 2.
    var width: Int
  }

  /// The characters in order, in consecutive cells.
  var placements: [Placement] = []

  /// Cells the placements take.
  var cellCount: Int { placements.reduce(0) { $0 + $1.width } }

  /// Whether the terminal's locale is not UTF-8, read once; for a screen that does not say.
  static let localeIsASCII = cn_locale_is_utf8() == 0

  /// Lays out `text` from `column` on a row `columns` cells wide; with `ascii`, the marks that
  /// have one are drawn as their ASCII stand-ins (`Glyphs.asciiStandIn`), never as `?`.
  init(_ text: String, column: Int, columns: Int, ascii: Bool = TextLayout.localeIsASCII) {
    guard column < columns else { return }
    // The fast path draws every scalar as itself: only when no stand-in is wanted.
    if !ascii, layOutSimpleScalars(text, column: column, columns: columns) { return }
    var x = column
    for shown in text.inert {
      let original = ascii ? Glyphs.asciiStandIn(for: shown) ?? shown : shown
      // Tab and newline survive `inert` as ordinary text, but a row cannot show them.
      let character: Character =
        original.unicodeScalars.first.map { $0 == "\t" || $0 == "\n" } == true ? " " : original
      let width = character.terminalColumns
      // A lone combining mark or format character has no cell of its own to go in.
      guard width > 0 else { continue }
      defer { x += width }
      if x + width <= 0 { continue }
      if x < 0 {
        // A wide character cut by the left edge: its visible half shows as a space.
        placements.append(Placement(character: " ", column: 0, width: 1))
        continue
      }
      if x + width > columns { break }
      placements.append(Placement(character: character, column: x, width: width))
    }
  }

  /// The fast path for text whose every scalar is one cell and a character of its own (see
  /// `Unicode.Scalar.isSingleCellCharacter`), or a tab or line break, drawn as a space.
  /// Walking scalars instead of grapheme clusters, and asking no Unicode property, makes a
  /// frame several times cheaper. Returns false, having placed nothing, for any other text.
  private mutating func layOutSimpleScalars(_ text: String, column: Int, columns: Int) -> Bool {
    guard
      text.unicodeScalars.allSatisfy({ $0.isSingleCellCharacter || $0 == "\t" || $0 == "\n" })
    else { return false }
    var x = column
    for scalar in text.unicodeScalars {
      defer { x += 1 }
      if x < 0 { continue }
      if x >= columns { break }
      // Tab and newline are one space on a row, as on the slow path.
      let character = scalar == "\t" || scalar == "\n" ? " " : Character(scalar)
      placements.append(Placement(character: character, column: x, width: 1))
    }
    return true
  }
}
