/// Text made safe for the report's HTML, which is also well-formed XML (so tests can parse it).
public enum HTMLText {
  /// `text` as HTML text or an attribute value: `&`, `<`, `>`, `"` and `'` as entities, control
  /// characters as their visible pictures (as `inert` shows them in a terminal; XML allows
  /// none of them), and the two non-characters XML refuses as U+FFFD.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.inert.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
