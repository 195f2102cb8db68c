/// Hints for errors that a common YAML mistake causes, added to the same diagnostic.
///
/// libyaml reports where its grammar broke, not what the writer did: a colon in a question's
/// text reads "mapping values are not allowed in this context". Each hint here is given only when
/// the line at the error shows that mistake, so a hint never points the wrong way.
enum DeckHints {
  /// `message` with a hint appended when the line at `location` in `bytes` shows a mistake
  /// that explains it.
  static func annotate(_ message: String, at location: SourceLocation, in bytes: [UInt8])
    -> String
  {
    let line = Self.line(location.line, of: bytes)
    let index = max(0, min(location.column - 1, line.count))
    let before = String(String.UnicodeScalarView(line[..<index]))
    let from = String(String.UnicodeScalarView(line[index...]))
    guard let hint = hint(for: message, before: before, from: from) else { return message }
    return message + "; hint: " + hint
  }

  /// The hint for `message` given the error line's text `before` and `from` its column.
  private static func hint(for message: String, before: String, from: String) -> String? {
    if message.hasPrefix("mapping values are not allowed in this context"),
      before.contains(": ") || before.trimmingLeadingSpaces.hasPrefix("- ")
    {
      // A second ': ' on a line whose key is already written: the text holds the colon.
      return "quote text that contains ': '"
    }
    if message.hasSuffix("found a mapping"), before.trimmingLeadingSpaces == "- ",
      from.contains(": ")
    {
      // A list item YAML read as `key: value` because of its colon; a mapping written on lines
      // of its own is a deliberate structure and gets no hint.
      return "quote text that contains ': '"
    }
    if message.hasPrefix("found character that cannot start any token") {
      switch from.unicodeScalars.first {
      case "\t": return "indent with spaces; YAML does not allow tabs for indentation"
      case "@": return "quote text that starts with '@'"
      case "`": return "quote text that starts with '`'"
      default: return nil
      }
    }
    if message.hasPrefix("found unexpected end of stream (while scanning a quoted scalar") {
      return "a quoted text needs its closing quote; inside '…' write an apostrophe as ''"
    }
    if message.hasPrefix("did not find expected key"),
      let last = before.trimmingTrailingSpaces.last, last == "'" || last == "\""
    {
      // `text: 'Don't…'` or `text: "Why" us?`: the quote closed before the text ended.
      return "text goes on after its closing quote; quote all of it, and inside '…' "
        + "write an apostrophe as ''"
    }
    if message.hasSuffix("found nothing (null)"), from.trimmingLeadingSpaces.hasPrefix("#") {
      return "' #' starts a comment; quote text that starts with '#'"
    }
    return nil
  }

  /// The scalars of line `number` (from 1) of `bytes`, without its line break.
  private static func line(_ number: Int, of bytes: [UInt8]) -> [Unicode.Scalar] {
    var current = 1
    var start = 0
    var index = 0
    while index < bytes.count, current < number {
      if bytes[index] == UInt8(ascii: "\n") {
        current += 1
        start = index + 1
      }
      index += 1
    }
    guard current == number else { return [] }
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") {
      end += 1
    }
    return Array(String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
  }
}

extension String {
  fileprivate var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
  fileprivate var trimmingTrailingSpaces: Substring {
    self[..<(lastIndex { $0 != " " }.map { index(after: $0) } ?? startIndex)]
  }
}
