import Foundation

/// A bundled deck already parsed and checked, recorded in a compact form that is read back
/// without YAML: parsing the bundled deck was most of the time before the first frame.
///
/// The records live in `CompiledBundledDecks.swift`, written by `CompiledDeckTests` with
/// `RECORD_GOLDEN=1`; that test fails whenever a deck file and its record disagree, and a
/// record whose fingerprint no longer matches its file's bytes is ignored at run time (the
/// file is parsed as before), so an edited deck is never shown stale.
///
/// Every value is its UTF-8 length in decimal, a colon and its bytes, in a fixed order; so any
/// text (quotes, line breaks, emoji) passes through untouched and reading is one pass.
enum CompiledDeck {
  /// What the record starts with; a change of layout changes it, and old records are ignored.
  static let formatTag = "secondround-compiled-deck-1"

  /// The record of `loaded`.
  static func encode(_ loaded: LoadedDeck) -> [UInt8] {
    var writer = Writer()
    let deck = loaded.deck
    writer.text(formatTag)
    writer.text(deck.id)
    writer.text(deck.title)
    writer.optional(deck.description)
    writer.number(loaded.idLocation.line)
    writer.number(loaded.idLocation.column)
    writer.number(deck.segments.count)
    for segment in deck.segments {
      writer.text(segment.kind.rawValue)
      writer.text(segment.title)
      writer.text(segment.interviewer)
      writer.number(segment.targetSeconds)
      writer.text(segment.order.rawValue)
      writer.number(segment.probes.count)
      for key in segment.probes.keys.sorted() {
        writer.text(key)
        writer.list(segment.probes[key] ?? [])
      }
      writer.number(segment.questions.count)
      for question in segment.questions {
        writer.text(question.id)
        writer.text(question.text)
        writer.number(question.targetSeconds)
        writer.list(question.roles)
        writer.list(question.followUps)
        writer.list(question.tips)
        writer.list(question.tags)
        writer.optional(question.after)
        writer.optional(question.needs?.rawValue)
      }
    }
    return writer.bytes
  }

  /// The deck `bytes` record, from `source`; nil for a record that is not one.
  static func decode(_ bytes: [UInt8], source: DeckSource) -> LoadedDeck? {
    bytes.withUnsafeBufferPointer { decode(buffer: $0, source: source) }
  }

  /// The deck record `text`, read where it lies: the bundled records are string literals, and
  /// copying the one a rehearsal starts with (47 KB) was work before the first frame.
  static func decode(text: String, source: DeckSource) -> LoadedDeck? {
    if let decoded = text.utf8.withContiguousStorageIfAvailable({
      decode(buffer: $0, source: source)
    }) {
      return decoded
    }
    return decode(Array(text.utf8), source: source)
  }

  private static func decode(buffer bytes: UnsafeBufferPointer<UInt8>, source: DeckSource)
    -> LoadedDeck?
  {
    var reader = Reader(bytes: bytes)
    guard reader.text() == formatTag, let id = reader.text(), let title = reader.text(),
      let description = reader.optional(), let line = reader.number(),
      let column = reader.number(), let segmentCount = reader.count()
    else { return nil }
    var segments: [Segment] = []
    segments.reserveCapacity(segmentCount)
    for _ in 0..<segmentCount {
      guard let kind = reader.text().flatMap(SegmentKind.init(rawValue:)),
        let segmentTitle = reader.text(), let interviewer = reader.text(),
        let targetSeconds = reader.number(),
        let order = reader.text().flatMap(QuestionOrder.init(rawValue:)),
        let probeCount = reader.count()
      else { return nil }
      var probes: [String: [String]] = [:]
      for _ in 0..<probeCount {
        guard let key = reader.text(), let values = reader.list() else { return nil }
        probes[key] = values
      }
      guard let questionCount = reader.count() else { return nil }
      var questions: [Question] = []
      questions.reserveCapacity(questionCount)
      for _ in 0..<questionCount {
        guard let questionID = reader.text(), let text = reader.text(),
          let seconds = reader.number(), let roles = reader.list(),
          let followUps = reader.list(), let tips = reader.list(), let tags = reader.list(),
          let after = reader.optional(), let needs = reader.optional()
        else { return nil }
        var condition: QuestionCondition?
        if let needs {
          guard let known = QuestionCondition(rawValue: needs) else { return nil }
          condition = known
        }
        questions.append(
          Question(
            id: questionID, text: text, targetSeconds: seconds, roles: roles,
            followUps: followUps, tips: tips, tags: tags, after: after, needs: condition))
      }
      segments.append(
        Segment(
          kind: kind, title: segmentTitle, interviewer: interviewer,
          targetSeconds: targetSeconds, questions: questions, probes: probes, order: order))
    }
    guard reader.isAtEnd else { return nil }
    return LoadedDeck(
      deck: Deck(
        id: id, title: title, description: description, segments: segments, source: source),
      idLocation: SourceLocation(line: line, column: column))
  }

  /// FNV-1a over `text`'s UTF-8: which bytes of a deck file a record was made from.
  static func fingerprint(_ text: String) -> UInt64 {
    var text = text
    // In place over contiguous bytes: start-up runs this over every byte of the deck's file.
    return text.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
      return hash
    }
  }

  /// Writes values as their length, a colon and their bytes.
  private struct Writer {
    var bytes: [UInt8] = []

    mutating func text(_ value: String) {
      bytes.append(contentsOf: String(value.utf8.count).utf8)
      bytes.append(UInt8(ascii: ":"))
      bytes.append(contentsOf: value.utf8)
    }

    mutating func number(_ value: Int) {
      text(String(value))
    }

    /// A flag, then the text when there is one.
    mutating func optional(_ value: String?) {
      number(value == nil ? 0 : 1)
      if let value { text(value) }
    }

    /// The count, then each text.
    mutating func list(_ values: [String]) {
      number(values.count)
      for value in values { text(value) }
    }
  }

  /// Reads what `Writer` wrote; every read is nil past the end or on a malformed value.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func text() -> String? {
      var length = 0
      var digits = 0
      while offset < bytes.count, bytes[offset] != UInt8(ascii: ":") {
        let digit = Int(bytes[offset]) - Int(UInt8(ascii: "0"))
        guard (0...9).contains(digit), digits < 9 else { return nil }
        length = length * 10 + digit
        digits += 1
        offset += 1
      }
      guard digits > 0, offset < bytes.count, bytes.count - offset - 1 >= length else {
        return nil
      }
      offset += 1
      let text = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
      offset += length
      return text
    }

    mutating func number() -> Int? {
      text().flatMap { Int($0) }
    }

    /// A count of items that follow: never negative, never more than bytes are left.
    mutating func count() -> Int? {
      guard let count = number(), count >= 0, count <= bytes.count - offset else { return nil }
      return count
    }

    /// nil when malformed; `.some(nil)` for a value written as absent.
    mutating func optional() -> String?? {
      switch number() {
      case 0: return .some(nil)
      case 1: return text().map { .some($0) }
      default: return nil
      }
    }

    mutating func list() -> [String]? {
      guard let count = count() else { return nil }
      var values: [String] = []
      values.reserveCapacity(count)
      for _ in 0..<count {
        guard let value = text() else { return nil }
        values.append(value)
      }
      return values
    }
  }
}

/// One bundled deck's record: which file it was made from and the record itself.
struct CompiledBundledDeck: Sendable {
  /// The deck's file in `Assets/Decks`.
  var fileName: String
  /// `CompiledDeck.fingerprint` of the file's bytes in base64, as the build embeds them.
  var fingerprint: UInt64
  /// The record's bytes as text: every byte outside printable ASCII written as an escape, and
  /// the literal wrapped with line continuations, so start-up reads it with no decoding (base64
  /// cost 0.56M instructions, a twelfth of the first frame's).
  var text: String
}
