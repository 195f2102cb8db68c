import CYaml

/// A node of a YAML document, with where it starts in the file.
///
/// A class, so that an alias shares the node it names instead of copying it: a document full of
/// aliases costs memory in proportion to its text, not to its expansion.
final class YAMLNode {
  enum Content {
    /// A scalar's text; `isPlain` when it was written unquoted (so `~` or an empty value is null).
    case scalar(String, isPlain: Bool)
    case sequence([YAMLNode])
    case mapping([(key: YAMLNode, value: YAMLNode)])
  }

  let content: Content
  let location: SourceLocation
  /// How many nodes this one stands for once every alias inside it is expanded.
  let weight: Int

  init(_ content: Content, at location: SourceLocation, weight: Int) {
    self.content = content
    self.location = location
    self.weight = weight
  }

  /// Whether this is a plain scalar that YAML reads as null: empty, `~` or `null`.
  var isNull: Bool {
    guard case .scalar(let text, true) = content else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(text)
  }

  /// What kind of node this is, in words for an error message.
  var kindDescription: String {
    switch content {
    case .scalar: return isNull ? "nothing (null)" : "a string"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}

/// A YAML syntax problem, or a document too large or too deep to be a deck.
struct YAMLSyntaxError: Error, Equatable {
  var message: String
  var location: SourceLocation
}

/// Builds a `YAMLNode` tree from libyaml's event stream.
///
/// Yams' own composer is not used because it stops at the first duplicate key and hashes
/// alias-expanded keys (exponential in an alias bomb); here every limit is checked as the
/// events arrive, so a hostile file fails fast with a position.
struct YAMLComposer {
  /// The most nodes a document may expand to through aliases; real decks are far below it.
  static let maximumWeight = 2_000_000
  /// The deepest nesting a document may have; a deck needs five levels.
  static let maximumDepth = 64

  /// The single document in `bytes`, or nil when there is none.
  static func compose(_ bytes: [UInt8]) throws(YAMLSyntaxError) -> YAMLNode? {
    var session = ParserSession()
    defer { session.close() }
    do {
      return try bytes.withUnsafeBufferPointer { buffer in
        try session.composeDocument(from: buffer)
      }
    } catch let error as YAMLSyntaxError {
      throw error
    } catch {
      throw YAMLSyntaxError(message: "\(error)", location: .fileStart)
    }
  }
}

/// One libyaml event, copied out of the C structure before that is freed.
private struct Event {
  var type: yaml_event_type_t
  var location: SourceLocation
  var anchor: String?
  var scalar: String = ""
  var isPlain = false
}

private struct ParserSession {
  private var parser = yaml_parser_t()
  private var isOpen = false
  private var anchors: [String: YAMLNode] = [:]

  mutating func close() {
    if isOpen { yaml_parser_delete(&parser) }
    isOpen = false
  }

  mutating func composeDocument(from buffer: UnsafeBufferPointer<UInt8>) throws -> YAMLNode? {
    guard yaml_parser_initialize(&parser) == 1 else {
      throw YAMLSyntaxError(message: "out of memory starting the YAML parser", location: .fileStart)
    }
    isOpen = true
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

    _ = try next()  // stream start
    var event = try next()
    guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }  // an empty stream
    let root = try node(from: try next(), depth: 1)
    _ = try next()  // document end
    event = try next()
    if event.type == YAML_DOCUMENT_START_EVENT {
      throw YAMLSyntaxError(
        message: "a deck file holds one YAML document; remove the second one (after '---')",
        location: event.location)
    }
    return root
  }

  private mutating func node(from event: Event, depth: Int) throws -> YAMLNode {
    guard depth <= YAMLComposer.maximumDepth else {
      throw YAMLSyntaxError(
        message:
          "nesting is too deep (over \(YAMLComposer.maximumDepth) levels); a deck needs far fewer",
        location: event.location)
    }
    let built: YAMLNode
    switch event.type {
    case YAML_ALIAS_EVENT:
      guard let name = event.anchor, let target = anchors[name] else {
        throw YAMLSyntaxError(
          message: "alias '*\(event.anchor ?? "")' names no anchor defined before it",
          location: event.location)
      }
      return target
    case YAML_SCALAR_EVENT:
      built = YAMLNode(
        .scalar(event.scalar, isPlain: event.isPlain), at: event.location, weight: 1)
    case YAML_SEQUENCE_START_EVENT:
      var items: [YAMLNode] = []
      var weight = 1
      var item = try next()
      while item.type != YAML_SEQUENCE_END_EVENT {
        let child = try node(from: item, depth: depth + 1)
        weight = try Self.add(weight, child.weight, at: item.location)
        items.append(child)
        item = try next()
      }
      built = YAMLNode(.sequence(items), at: event.location, weight: weight)
    case YAML_MAPPING_START_EVENT:
      var pairs: [(key: YAMLNode, value: YAMLNode)] = []
      var weight = 1
      var keyEvent = try next()
      while keyEvent.type != YAML_MAPPING_END_EVENT {
        let key = try node(from: keyEvent, depth: depth + 1)
        let valueEvent = try next()
        let value = try node(from: valueEvent, depth: depth + 1)
        weight = try Self.add(weight, key.weight + value.weight, at: valueEvent.location)
        pairs.append((key, value))
        keyEvent = try next()
      }
      built = YAMLNode(.mapping(pairs), at: event.location, weight: weight)
    default:
      throw YAMLSyntaxError(message: "unexpected YAML structure", location: event.location)
    }
    if let name = event.anchor { anchors[name] = built }
    return built
  }

  /// Adds node counts, failing once the document expands past the limit (an alias bomb).
  private static func add(_ a: Int, _ b: Int, at location: SourceLocation) throws -> Int {
    let sum = a + b
    guard sum <= YAMLComposer.maximumWeight else {
      throw YAMLSyntaxError(
        message:
          "aliases expand this document past \(YAMLComposer.maximumWeight) nodes; a deck needs far fewer",
        location: location)
    }
    return sum
  }

  private mutating func next() throws -> Event {
    var raw = yaml_event_t()
    guard yaml_parser_parse(&parser, &raw) == 1 else {
      throw syntaxError()
    }
    defer { yaml_event_delete(&raw) }
    var event = Event(
      type: raw.type,
      location: SourceLocation(
        line: Int(raw.start_mark.line) + 1, column: Int(raw.start_mark.column) + 1))
    switch raw.type {
    case YAML_SCALAR_EVENT:
      let scalar = raw.data.scalar
      event.anchor = Self.string(scalar.anchor)
      event.scalar = Self.string(scalar.value, length: scalar.length)
      event.isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
    case YAML_ALIAS_EVENT:
      event.anchor = Self.string(raw.data.alias.anchor)
    case YAML_SEQUENCE_START_EVENT:
      event.anchor = Self.string(raw.data.sequence_start.anchor)
    case YAML_MAPPING_START_EVENT:
      event.anchor = Self.string(raw.data.mapping_start.anchor)
    default:
      break
    }
    return event
  }

  private func syntaxError() -> YAMLSyntaxError {
    var problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
    // libyaml's own depth limit (1000) trips first on deep flow style, as its scanner reads ahead.
    if problem.hasPrefix("Maximum nesting level") {
      problem = "nesting is too deep (over 1000 levels); a deck needs far fewer"
      let mark = parser.problem_mark
      return YAMLSyntaxError(
        message: problem,
        location: SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }
    let context = parser.context.map { String(cString: $0) }
    let mark = parser.problem_mark
    // The context names where the unfinished construct began, which is where the fix usually is.
    let start = parser.context_mark
    let message =
      context.map {
        "\(problem) (\($0) that starts at line \(start.line + 1), column \(start.column + 1))"
      }
      ?? problem
    return YAMLSyntaxError(
      message: message,
      location: SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
    guard let pointer else { return "" }
    // Scalars may hold NUL through escapes, so the length is used, never the terminator.
    return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
  }
}
