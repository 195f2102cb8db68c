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
    let filled = replacingEvery("{company}", with: company, in: text)
    return replacingEvery(
      "{a_position}", with: PositionArticle.withArticle(position),
      in: replacingEvery("{position}", with: position, in: filled))
  }

  /// `text` with every `pattern` replaced by `replacement`, left to right, as
  /// `String.replacing(_:with:)` replaces it; `pattern` is ASCII without a line break.
  ///
  /// A byte search: the generic `replacing` builds a searcher whose first use at start-up
  /// scans every protocol conformance in the binary (about 0.5M instructions before the first
  /// frame). A match counts only where it starts and ends on a character boundary, as whole
  /// characters are what `replacing` compares.
  static func replacingEvery(_ pattern: String, with replacement: String, in text: String)
    -> String
  {
    let bytes = text.utf8
    let wanted = Array(pattern.utf8)
    guard let first = wanted.first else { return text }
    var result = ""
    var copied = bytes.startIndex
    var searched = bytes.startIndex
    while let start = bytes[searched...].firstIndex(of: first) {
      guard
        let end = bytes.index(start, offsetBy: wanted.count, limitedBy: bytes.endIndex),
        bytes[start..<end].elementsEqual(wanted),
        String.Index(start, within: text) != nil, String.Index(end, within: text) != nil
      else {
        searched = bytes.index(after: start)
        continue
      }
      result += text[copied..<start]
      result += replacement
      copied = end
      searched = end
    }
    guard copied != bytes.startIndex else { return text }
    result += text[copied...]
    return result
  }
}
