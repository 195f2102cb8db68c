import Foundation
import GRDB
import InterviewCore
import Testing
import TranscriptStore

/// An entry's fields are declared once, on `TranscriptEntry` (plus the two the store adds on
/// `Entry`); the store's columns and the JSON format are written from them. These tests read
/// the fields by reflection, so a field added to the declaration and forgotten in a column or
/// a JSON key fails here rather than vanishing from transcripts.
@Suite struct EntryFieldTests {
  /// A follow-up with every field set to something no default would give.
  static let sample = Entry(
    TranscriptEntry(
      sequence: 2, kind: .followUp, segment: .technical, questionID: "design",
      question: "Why that design?", answer: "Because the queue drained in 3 minutes, not 40.",
      thinkingMilliseconds: 1_234, answerMilliseconds: 56_789, targetMilliseconds: 45_000,
      parentSequence: 1, skipped: true, spokenNotes: true,
      feedback: AnswerAnalyzer.standard.analyse(
        FeedbackInput(answer: "I cut the wait from 40 to 3 minutes.", segment: .technical)),
      probe: .quantified,
      spoken: SpokenAnswer(
        audioPath: "audio/1/2.wav", status: .notTranscribed(reason: "no transcriber"),
        words: [WordTiming(word: "Because", startMilliseconds: 120, endMilliseconds: 480)],
        wordsPerMinute: 125)),
    recorded: date(1_772_442_123_456),
    annotation: Annotation(rating: 4, note: "Lead with the number.", practiseAgain: true))

  /// Every field of an entry by name, with its value: the recorded ones, then the store's.
  static func fields(of entry: Entry) -> [(name: String, value: Any)] {
    var fields: [(name: String, value: Any)] = []
    for child in Mirror(reflecting: entry).children {
      guard let label = child.label else { continue }
      if label == "recording" || label == "annotation" {
        // Nested values whose fields the formats flatten beside the others.
        for inner in Mirror(reflecting: child.value).children {
          if let name = inner.label { fields.append((name, inner.value)) }
        }
      } else {
        fields.append((label, child.value))
      }
    }
    return fields
  }

  /// The name a field takes in the store and in JSON: snake case, milliseconds as `ms`.
  static func snakeCase(_ name: String) -> String {
    var snake = ""
    var previous: Character?
    for character in name {
      // A run of capitals is one word: `questionID` is `question_id`.
      if character.isUppercase, previous?.isUppercase != true { snake += "_" }
      snake += character.lowercased()
      previous = character
    }
    return snake.replacingOccurrences(of: "_milliseconds", with: "_ms")
  }

  /// Whether `value` is what a field holds when nothing was set: nil, false, 0 or empty.
  static func isDefault(_ value: Any) -> Bool {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional { return mirror.children.isEmpty }
    switch value {
    case let flag as Bool: return !flag
    case let number as Int: return number == 0
    case let text as String: return text.isEmpty
    default: return false
    }
  }

  @Test func theSampleSetsEveryField() {
    let fields = Self.fields(of: Self.sample)
    // The recorded fields and the annotation's, and `recorded`: a new field must be added to
    // the sample (with a value of its own) before the checks below mean anything.
    #expect(fields.count == Mirror(reflecting: Self.sample.recording).children.count + 4)
    for (name, value) in fields {
      #expect(!Self.isDefault(value), "the sample leaves \(name) at its default")
    }
  }

  @Test func everyFieldSurvivesTheStore() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    try store.append(answer(1), to: id)
    try store.append(Self.sample, to: id)
    let stored = try #require(try store.session(id: id)?.entries.last)
    for ((name, written), (_, read)) in zip(Self.fields(of: Self.sample), Self.fields(of: stored)) {
      #expect("\(written)" == "\(read)", "\(name) changed in the store")
    }
    #expect(stored == Self.sample)
  }

  @Test func everyFieldHasAColumnAndNoColumnLacksAField() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let columns = try DatabaseQueue(path: directory.database).read { db in
      Set(try db.columns(in: "entry").map(\.name))
    }
    let fromFields = Set(Self.fields(of: Self.sample).map { Self.snakeCase($0.name) })
    // The row's own id and session, and the feedback's figures kept beside it for stats.
    let bookkeeping: Set = [
      "id", "session_id", "feedback_words", "feedback_fillers", "feedback_verdicts",
    ]
    #expect(columns.subtracting(bookkeeping) == fromFields)
  }

  @Test func everyFieldIsAJSONKeyWithItsValue() throws {
    let text = try JSONText.string(TranscriptJSON.EntryJSON(Self.sample))
    let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(text.utf8))
    var expected: [String: JSONValue] = [:]
    for (name, value) in Self.fields(of: Self.sample) {
      // The key for the parent's sequence was published as `parent` before this rule.
      let key = name == "parentSequence" ? "parent" : Self.snakeCase(name)
      expected[key] = JSONValue(value)
    }
    // Worked out from the times rather than stored.
    expected["over_target"] = .bool(Self.sample.isOverTarget)
    #expect(object == expected)
  }
}

/// A JSON value as far as these tests compare it: objects are only known to be there.
enum JSONValue: Decodable, Equatable {
  case string(String), int(Int), bool(Bool), object, null

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let number = try? container.decode(Int.self) {
      self = .int(number)
    } else if let text = try? container.decode(String.self) {
      self = .string(text)
    } else {
      self = .object
    }
  }

  /// The JSON form of a field's value: enums by raw value, dates in ISO 8601.
  init(_ value: Any) {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
      self = mirror.children.first.map { JSONValue($0.value) } ?? .null
      return
    }
    switch value {
    case let flag as Bool: self = .bool(flag)
    case let number as Int: self = .int(number)
    case let text as String: self = .string(text)
    case let date as Date: self = .string(TranscriptFormat.iso8601(date))
    case let raw as any RawRepresentable:
      self = (raw.rawValue as? String).map(Self.string) ?? .object
    default: self = .object
    }
  }
}
