/// How much room the terminal gives: the full layout, a compact one, or too little for either.
public enum LayoutClass: Equatable, Sendable {
  /// 80×24 and up: titles, rules, boxes and the whole key bar.
  case full
  /// 40×12 up to the full size: one header line, the question, the timer, the editor.
  case compact
  /// Smaller than 40×12: only a message saying so.
  case tooSmall

  /// The smallest size of the full layout.
  public static let fullSize = (rows: 24, columns: 80)
  /// The smallest size of the compact layout, and of the app.
  public static let minimumSize = (rows: 12, columns: 40)

  /// The class of a terminal `rows` by `columns` cells.
  public init(rows: Int, columns: Int) {
    if rows >= Self.fullSize.rows, columns >= Self.fullSize.columns {
      self = .full
    } else if rows >= Self.minimumSize.rows, columns >= Self.minimumSize.columns {
      self = .compact
    } else {
      self = .tooSmall
    }
  }
}

/// A rectangle of the screen a view draws its content in; rows `top..<bottom`.
struct Region: Equatable {
  /// The first row.
  var top: Int
  /// The row after the last.
  var bottom: Int
  /// The first column.
  var left: Int
  /// Columns available from `left`.
  var width: Int
  /// Whether this is the compact layout, which leaves out decorations.
  var isCompact: Bool

  /// Rows available.
  var height: Int { max(0, bottom - top) }
}
