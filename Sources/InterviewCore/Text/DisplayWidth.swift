/// How many terminal cells text takes, without asking the C library.
///
/// `wcwidth(3)` depends on the process locale and answers -1 for everything beyond ASCII under
/// the "C" locale that tests and pipes often run in, so the width is computed from Unicode data:
/// East Asian Wide and Fullwidth ranges and emoji presentation take two cells, combining marks
/// and format characters none.
extension Unicode.Scalar {
  /// Cells this scalar takes on its own: 0, 1 or 2.
  public var terminalColumns: Int {
    let value = self.value
    if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    if Self.isWide(value) || properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth blocks, after Markus Kuhn's wcwidth and Unicode 15 data.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar takes one cell and is a character of its own whatever is next to it:
  /// printable ASCII, Latin-1 and Latin Extended letters, general punctuation, arrows and box
  /// drawing. None is a control, a combining mark, a joiner, a format character or an emoji,
  /// so text made only of these can be measured and drawn a scalar at a time, without walking
  /// grapheme clusters or asking Unicode properties: most of every frame is such text.
  @inlinable public var isSingleCellCharacter: Bool {
    switch value {
    case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF,
      0x2500...0x25FC:
      return true
    default:
      return false
    }
  }
}

extension Character {
  /// Cells this character (a whole grapheme cluster) takes: 0, 1 or 2.
  ///
  /// A cluster is as wide as its base, except that a variation selector 16 asks for the wide
  /// emoji presentation; joiners and combining marks add nothing.
  public var terminalColumns: Int {
    let scalars = unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x80 { return first.terminalColumns }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return min(2, scalars.map(\.terminalColumns).max() ?? 0)
  }
}

// Inlinable, so the screens' module compiles these for String itself: called through the
// generic protocol, the fast paths' scans cost more than the text they measured.
extension StringProtocol {
  /// Cells the text takes on one terminal line.
  @inlinable public var terminalColumns: Int {
    // ASCII text is one cell a byte; most text is ASCII, so skip the grapheme walk for it.
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
    if unicodeScalars.allSatisfy(\.isSingleCellCharacter) { return unicodeScalars.count }
    return reduce(0) { $0 + $1.terminalColumns }
  }

  /// The longest prefix that fits in `columns` cells; a wide character that would straddle the
  /// edge is left out rather than cut in half.
  @inlinable public func prefix(columns: Int) -> Substring {
    // Printable ASCII is one cell a byte: cut by bytes, without walking grapheme clusters.
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      let end = utf8.index(utf8.startIndex, offsetBy: Swift.max(0, Swift.min(columns, utf8.count)))
      return Substring(self[startIndex..<end])
    }
    let scalars = unicodeScalars
    if scalars.allSatisfy(\.isSingleCellCharacter) {
      let end = scalars.index(
        scalars.startIndex, offsetBy: Swift.max(0, Swift.min(columns, scalars.count)))
      return Substring(self[startIndex..<end])
    }
    var used = 0
    var end = startIndex
    for index in indices {
      let width = self[index].terminalColumns
      if used + width > columns { break }
      used += width
      end = self.index(after: index)
    }
    return Substring(self[startIndex..<end])
  }
}
