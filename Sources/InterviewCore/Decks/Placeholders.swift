/// The `{name}` placeholders deck text may use, filled in when the interview runs.
public enum Placeholder: String, CaseIterable, Sendable {
  /// The company's name.
  case company
  /// The job title as given: "Data Analyst".
  case position
  /// The job title with its article: "a Data Analyst", "an Engineering Manager", "the Head of
  /// Data" (see `PositionArticle`), for "how you work as {a_position}".
  case aPosition = "a_position"

  /// The placeholders in words, for error messages.
  static let allowed = "only {company}, {position} and {a_position} may be used"

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
        problems.append("'}' without a matching '{'; \(Self.allowed)")
      } else if character == "{" {
        guard let close = text[index...].firstIndex(of: "}") else {
          problems.append("'{' is never closed; \(Self.allowed)")
          break
        }
        let name = text[text.index(after: index)..<close]
        if Placeholder(rawValue: String(name)) == nil {
          problems.append(
            "unknown placeholder '{\(name)}'; \(Self.allowed)")
        }
        index = close
      }
      index = text.index(after: index)
    }
    return problems
  }
}

extension Placeholder {
  /// `text` with `{company}`, `{position}` and `{a_position}` replaced by the interview's values.
  ///
  /// Decks are validated on load, so any other brace text is left exactly as written.
  public static func fill(_ text: String, company: String, position: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
    return
      text
      .replacing("{company}", with: company)
      .replacing("{position}", with: position)
      .replacing("{a_position}", with: PositionArticle.withArticle(position))
  }
}
