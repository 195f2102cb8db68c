/// What lists a bundled deck without parsing it: its top-level `id` and `title` and the roles
/// its questions name, read line by line from the plain layout the bundled decks are written in.
/// `BundledDeckTests` checks every listing against the full parse, so a deck written in a way
/// this reading misses fails the tests instead of being listed wrongly.
struct DeckListing {
  var id: String
  var title: String
  /// Sorted, without repeats, as `Deck.roles` gives them.
  var roles: [String]

  /// Why a deck could not be listed.
  struct Problem: Error {
    var message: String
  }

  /// The listing of the deck `text`, or what is missing from it.
  static func read(_ text: String) -> Result<DeckListing, Problem> {
    var id: String?
    var title: String?
    var roles: Set<String> = []
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.hasPrefix("id:") {
        id = id ?? scalar(line.dropFirst(3))
      } else if line.hasPrefix("title:") {
        title = title ?? scalar(line.dropFirst(6))
      } else {
        var body = line.drop { $0 == " " }
        if body.hasPrefix("- ") { body = body.dropFirst(2).drop { $0 == " " } }
        guard body.hasPrefix("roles:") else { continue }
        let value = body.dropFirst(6).trimmingSpaces
        guard value.hasPrefix("["), value.hasSuffix("]") else {
          return .failure(Problem(message: "write roles on one line, as [a, b]: '\(line)'"))
        }
        for role in value.dropFirst().dropLast().split(separator: ",") {
          let name = scalar(role)
          if !name.isEmpty { roles.insert(name) }
        }
      }
    }
    guard let id, !id.isEmpty else {
      return .failure(Problem(message: "no top-level 'id:' line"))
    }
    guard let title, !title.isEmpty else {
      return .failure(Problem(message: "no top-level 'title:' line"))
    }
    return .success(DeckListing(id: id, title: title, roles: roles.sorted()))
  }

  /// A one-line YAML scalar's text: quotes taken off, a trailing comment dropped.
  private static func scalar(_ raw: Substring) -> String {
    let value = raw.trimmingSpaces
    if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
      return String(value.dropFirst().dropLast()).replacing("\\\"", with: "\"")
        .replacing("\\\\", with: "\\")
    }
    if value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") {
      return String(value.dropFirst().dropLast()).replacing("''", with: "'")
    }
    if let comment = value.firstRange(of: " #") {
      return String(value[..<comment.lowerBound].trimmingSpaces)
    }
    return String(value)
  }
}

extension Substring {
  /// Without spaces and tabs at either end.
  fileprivate var trimmingSpaces: Substring {
    let isText = { (character: Character) in character != " " && character != "\t" }
    guard let first = firstIndex(where: isText), let last = lastIndex(where: isText) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}

/// `text` as a Swift string literal.
func swiftLiteral(_ text: String) -> String {
  var literal = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": literal += "\\\\"
    case "\"": literal += "\\\""
    case "\n": literal += "\\n"
    case "\r": literal += "\\r"
    case "\t": literal += "\\t"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        literal += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        literal.unicodeScalars.append(scalar)
      }
    }
  }
  return literal + "\""
}
