/// Control characters that deck and transcript text may never carry to a terminal.
///
/// Newline and tab are ordinary text; everything else in C0 (U+0000–U+001F), DEL (U+007F) and
/// C1 (U+0080–U+009F) can move the cursor, change colours or smuggle escape sequences.
extension Unicode.Scalar {
  /// Whether this scalar is a control character that text must not contain.
  public var isForbiddenControl: Bool {
    switch value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
    default: return false
    }
  }
}

extension StringProtocol {
  /// Whether the text holds a control character other than newline or tab.
  public var containsForbiddenControl: Bool {
    unicodeScalars.contains { $0.isForbiddenControl }
  }

  /// The text with every forbidden control character shown as a visible, harmless symbol:
  /// C0 characters as their Control Pictures (ESC as ␛), DEL as ␡ and C1 as `<U+009B>`.
  public var inert: String {
    guard containsForbiddenControl else { return String(self) }
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      guard scalar.isForbiddenControl else {
        result.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x00...0x1F:
        // Control Pictures (U+2400…) mirror C0 one-for-one.
        result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F:
        result.append("\u{2421}")
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result.append(contentsOf: "<U+00\(hex)>".unicodeScalars)
      }
    }
    return String(result)
  }
}
