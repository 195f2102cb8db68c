/// The characters boxes, rules and progress bars are drawn with.
///
/// Every glyph is one cell wide in both sets, so a layout computed with one fits the other.
public struct Glyphs: Equatable, Sendable {
  /// A horizontal line.
  public var horizontal: String
  /// A vertical line.
  public var vertical: String
  /// A box's top-left corner.
  public var topLeft: String
  /// A box's top-right corner.
  public var topRight: String
  /// A box's bottom-left corner.
  public var bottomLeft: String
  /// A box's bottom-right corner.
  public var bottomRight: String
  /// A filled cell of a progress bar.
  public var barFull: String
  /// An empty cell of a progress bar.
  public var barEmpty: String
  /// The mark that ends text cut to fit.
  public var ellipsis: String

  /// A glyph set from its characters.
  public init(
    horizontal: String, vertical: String, topLeft: String, topRight: String, bottomLeft: String,
    bottomRight: String, barFull: String, barEmpty: String, ellipsis: String
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.barFull = barFull
    self.barEmpty = barEmpty
    self.ellipsis = ellipsis
  }

  /// Box-drawing characters, for UTF-8 terminals.
  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", barFull: "█", barEmpty: "░", ellipsis: "…")

  /// Plain ASCII, for terminals whose locale cannot show box drawing. The ellipsis is `~`
  /// rather than `...` so that cut text keeps the same width as under `.unicode`.
  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", barFull: "#", barEmpty: ".", ellipsis: "~")

  /// Whether every glyph is plain ASCII: the terminal's locale cannot show Unicode at all, so
  /// text written to it must be ASCII too.
  public var isASCII: Bool {
    // Asked for every label drawn with `chrome`: no array of the glyphs, just their bytes.
    func ascii(_ glyph: String) -> Bool { glyph.utf8.allSatisfy { $0 < 0x80 } }
    return ascii(horizontal) && ascii(vertical) && ascii(topLeft) && ascii(topRight)
      && ascii(bottomLeft) && ascii(bottomRight) && ascii(barFull) && ascii(barEmpty)
      && ascii(ellipsis)
  }

  /// The one-cell ASCII stand-in for a one-cell mark the screens use (`·` `—` `✓` `▰` `★` box
  /// drawing and the like), or nil for anything else.
  ///
  /// Without a UTF-8 locale ncurses draws what it cannot encode as `?`; the screens write
  /// through this table instead, so a separator reads `-` rather than `?`. Each stand-in is as
  /// wide as what it replaces, so a layout made for Unicode still fits.
  public static func asciiStandIn(for character: Character) -> Character? {
    asciiStandIns[character]
  }

  /// `text` with every mark that has an ASCII stand-in replaced by it; other text is untouched.
  public static func asciiStandIns(in text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
    return String(text.map { asciiStandIns[$0] ?? $0 })
  }

  private static let asciiStandIns: [Character: Character] = [
    // Punctuation of the app's own labels.
    "·": "-", "—": "-", "–": "-", "•": "*", "…": "~", "×": "x", "“": "\"", "”": "\"",
    "‘": "'", "’": "'", "‹": "<", "›": ">",
    // Arrows and pointers.
    "↑": "^", "↓": "v", "←": "<", "→": ">", "↳": ">", "▸": ">",
    // Verdicts, stars, ratings and bars.
    "✓": "+", "✗": "-", "★": "*", "☆": ".", "■": "#", "□": ".", "▰": "#", "▱": ".",
    "█": "#", "░": ".",
    // Box drawing.
    "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
    "┬": "+", "┴": "+", "┼": "+",
  ]
}

extension String {
  /// `glyph` `count` times over (none for a count below one), built from its bytes at once:
  /// `String(repeating:count:)` appends a Character at a time, and one border row built that
  /// way cost more than everything else a typed key does.
  init(glyph: String, times count: Int) {
    guard count > 0, !glyph.isEmpty else {
      self = ""
      return
    }
    var glyph = glyph
    self = glyph.withUTF8 { unit in
      String(unsafeUninitializedCapacity: unit.count * count) { buffer in
        var offset = 0
        for _ in 0..<count {
          for byte in unit {
            buffer[offset] = byte
            offset += 1
          }
        }
        return offset
      }
    }
  }
}
