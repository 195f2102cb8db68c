/// The `{name}` placeholders deck text may use, filled in when the interview runs.
public enum Placeholder: String, CaseIterable, Sendable {
  case company, position

  /// Problems with the placeholders in `text`: each unknown `{name}` and each unmatched brace.
  static func problems(in text: String) -> [String] {
    // Most deck text has no braces at all; a byte search skips the character walk for it.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else {
      return []
    }
    var problems: [String] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "}" {
        problems.append("'}' without a matching '{'; only {company} and {position} may be used")
      } else if character == "{" {
        guard let close = text[index...].firstIndex(of: "}") else {
          problems.append("'{' is never closed; only {company} and {position} may be used")
          break
        }
        let name = text[text.index(after: index)..<close]
        if Placeholder(rawValue: String(name)) == nil {
          problems.append(
            "unknown placeholder '{\(name)}'; only {company} and {position} may be used")
        }
        index = close
      }
      index = text.index(after: index)
    }
    return problems
  }
}

extension Placeholder {
  /// `text` with `{company}` and `{position}` replaced by the interview's values.
  ///
  /// Decks are validated on load, so any other brace text is left exactly as written.
  public static func fill(_ text: String, company: String, position: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
    return
      text
      .replacing("{company}", with: company)
      .replacing("{position}", with: position)
  }
}
