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
}
