import Foundation
import GRDB
import InterviewCore

/// Dates are stored as integer milliseconds since 1970, so they sort and compare in SQL and read
/// the same from any SQLite tool.
enum Milliseconds {
  /// The date to the nearest millisecond.
  static func from(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }

  /// The date a stored millisecond count stands for.
  static func date(_ milliseconds: Int64) -> Date {
    Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
  }
}

/// A value read from the file that no build of ours writes: the store was edited or damaged.
struct UndecodableValue: Error, CustomStringConvertible {
  var description: String
}

/// A session's kind read from a column; anything but `interview` or `drill` is damage.
enum SessionKindColumn {
  /// The kind in `column` of `row`.
  static func decode(_ row: Row, _ column: String) throws -> SessionKind {
    let text: String = try row.decode(forColumn: column)
    guard let kind = SessionKind(rawValue: text) else {
      throw UndecodableValue(description: "unknown session kind \(text)")
    }
    return kind
  }
}

/// The `session` row written when an interview starts.
struct NewSessionRecord: PersistableRecord {
  static let databaseTableName = "session"

  var session: NewSession
  var status: SessionStatus

  func encode(to container: inout PersistenceContainer) throws {
    container["started"] = Milliseconds.from(session.started)
    // A new session has not been written since it started.
    container["updated"] = Milliseconds.from(session.started)
    container["status"] = status.rawValue
    container["company"] = session.company
    container["position"] = session.position
    container["deck_id"] = session.deckID
    container["deck_title"] = session.deckTitle
    container["role"] = session.role
    container["mode"] = session.mode
    container["segments"] = try SegmentList.encode(session.segments)
    // SQLite integers are signed 64-bit; the seed keeps its bits, not its sign.
    container["seed"] = Int64(bitPattern: session.seed)
    container["salary_range"] = session.salaryRange
    container["walk_away"] = session.walkAway
    container["kind"] = session.kind.rawValue
    container["job_description"] = session.jobDescription
    container["interviewers"] = session.interviewers
  }
}

/// A `session` row as listed, with the count of answers worked out by the query.
struct SessionSummaryRecord: FetchableRecord {
  /// The columns a summary needs: everything but the snapshot, which can be large.
  static let selection = """
    session.id, session.started, session.updated, session.status, session.company,
    session.position, session.deck_id, session.deck_title, session.role, session.mode,
    session.segments, session.seed, session.salary_range, session.walk_away,
    session.interview_ms, session.kind, session.interviewers,
    (SELECT count(*) FROM entry
      WHERE entry.session_id = session.id AND entry.kind IN ('answer', 'follow-up')
        AND entry.skipped = 0) AS answers,
    (SELECT count(*) FROM entry
      WHERE entry.session_id = session.id AND entry.kind IN ('answer', 'follow-up')
        AND entry.skipped = 0 AND entry.answer_ms > entry.target_ms) AS over_target
    """

  var summary: SessionSummary

  init(row: Row) throws {
    let statusText: String = try row.decode(forColumn: "status")
    guard let status = SessionStatus(rawValue: statusText) else {
      throw UndecodableValue(description: "unknown session status \(statusText)")
    }
    let kind = try SessionKindColumn.decode(row, "kind")
    summary = SessionSummary(
      id: try row.decode(forColumn: "id"),
      started: Milliseconds.date(try row.decode(forColumn: "started")),
      updated: Milliseconds.date(try row.decode(forColumn: "updated")),
      status: status,
      company: try row.decode(forColumn: "company"),
      position: try row.decode(forColumn: "position"),
      deckID: try row.decode(forColumn: "deck_id"),
      deckTitle: try row.decode(forColumn: "deck_title"),
      role: try row.decode(forColumn: "role"),
      mode: try row.decode(forColumn: "mode"),
      segments: try SegmentList.decode(try row.decode(forColumn: "segments")),
      seed: UInt64(bitPattern: try row.decode(Int64.self, forColumn: "seed")),
      salaryRange: try row.decode(forColumn: "salary_range"),
      walkAway: try row.decode(forColumn: "walk_away"),
      answers: try row.decode(forColumn: "answers"),
      overTarget: try row.decode(forColumn: "over_target"),
      interviewMilliseconds: try row.decode(forColumn: "interview_ms"),
      kind: kind,
      interviewers: try row.decode(forColumn: "interviewers"))
  }
}

/// An `entry` row: a public `Entry` plus the session it belongs to. One column per field of
/// `TranscriptEntry` and `Entry`; `EntryFieldTests` fails when a field has no column.
struct EntryRecord: FetchableRecord, PersistableRecord {
  static let databaseTableName = "entry"

  var sessionID: Int64
  var entry: Entry

  init(sessionID: Int64, entry: Entry) {
    self.sessionID = sessionID
    self.entry = entry
  }

  init(row: Row) throws {
    sessionID = try row.decode(forColumn: "session_id")
    let kindText: String = try row.decode(forColumn: "kind")
    guard let kind = EntryKind(rawValue: kindText) else {
      throw UndecodableValue(description: "unknown entry kind \(kindText)")
    }
    let segmentText: String? = try row.decode(forColumn: "segment")
    let segment = try segmentText.map { text in
      guard let segment = SegmentKind(rawValue: text) else {
        throw UndecodableValue(description: "unknown segment \(text)")
      }
      return segment
    }
    let recording = TranscriptEntry(
      sequence: try row.decode(forColumn: "sequence"),
      kind: kind,
      segment: segment,
      questionID: try row.decode(forColumn: "question_id"),
      question: try row.decode(forColumn: "question"),
      answer: try row.decode(forColumn: "answer"),
      thinkingMilliseconds: try row.decode(forColumn: "thinking_ms"),
      answerMilliseconds: try row.decode(forColumn: "answer_ms"),
      targetMilliseconds: try row.decode(forColumn: "target_ms"),
      parentSequence: try row.decode(forColumn: "parent_sequence"),
      skipped: try row.decode(forColumn: "skipped"),
      spokenNotes: try row.decode(forColumn: "spoken_notes"),
      feedback: FeedbackColumns.decode(try row.decode(forColumn: "feedback")),
      // Like feedback, a probe only explains a follow-up: one this build does not know is
      // dropped rather than costing the transcript.
      probe: (try row.decode(String?.self, forColumn: "probe")).flatMap(ProbeKind.init),
      spoken: try SpokenColumn.decode(try row.decode(forColumn: "spoken")))
    entry = Entry(
      recording,
      recorded: Milliseconds.date(try row.decode(forColumn: "recorded")),
      annotation: Annotation(
        rating: try row.decode(forColumn: "rating"),
        note: try row.decode(forColumn: "note"),
        practiseAgain: try row.decode(forColumn: "practise_again")))
  }

  func encode(to container: inout PersistenceContainer) throws {
    let recording = entry.recording
    container["session_id"] = sessionID
    container["sequence"] = recording.sequence
    container["kind"] = recording.kind.rawValue
    container["segment"] = recording.segment?.rawValue
    container["question_id"] = recording.questionID
    container["question"] = recording.question
    container["answer"] = recording.answer
    container["thinking_ms"] = recording.thinkingMilliseconds
    container["answer_ms"] = recording.answerMilliseconds
    container["target_ms"] = recording.targetMilliseconds
    container["parent_sequence"] = recording.parentSequence
    container["skipped"] = recording.skipped
    container["spoken_notes"] = recording.spokenNotes
    container["probe"] = recording.probe?.rawValue
    container["spoken"] = try SpokenColumn.encode(recording.spoken)
    FeedbackColumns.encode(recording.feedback, to: &container)
    container["recorded"] = Milliseconds.from(entry.recorded)
    container["rating"] = entry.annotation.rating
    container["note"] = entry.annotation.note
    container["practise_again"] = entry.annotation.practiseAgain
  }
}

/// An entry's feedback as stored: the whole `AnswerFeedback` as JSON text, plus the figures
/// `stats` sums (words, fillers, verdicts as a bitmask) in columns of their own.
enum FeedbackColumns {
  /// The column names, in the order `values(for:)` gives them.
  static let names = [
    "feedback", "feedback_words", "feedback_fillers", "feedback_verdicts",
  ]

  /// The verdict bit for each of `FeedbackVerdicts.keys`: bit n is the n-th key.
  static func bit(_ key: String) -> Int {
    1 << (FeedbackVerdicts.keys.firstIndex(of: key) ?? 0)
  }

  /// The verdicts as a bitmask, bit n set when `FeedbackVerdicts.keys[n]` holds.
  static func mask(_ verdicts: FeedbackVerdicts) -> Int {
    FeedbackVerdicts.keys.enumerated().reduce(0) { mask, pair in
      verdicts[pair.element] == true ? mask | 1 << pair.offset : mask
    }
  }

  /// The four columns' values for `feedback`; all NULL without one.
  static func values(for feedback: AnswerFeedback?) -> [(any DatabaseValueConvertible)?] {
    guard let feedback, let text = encode(feedback) else { return [nil, nil, nil, nil] }
    return [text, feedback.words, feedback.fillers.count, mask(feedback.verdicts)]
  }

  /// Writes the four columns of `feedback` into `container`.
  static func encode(_ feedback: AnswerFeedback?, to container: inout PersistenceContainer) {
    for (name, value) in zip(names, values(for: feedback)) { container[name] = value }
  }

  /// `feedback` as JSON text, keys sorted so the same feedback is always the same text.
  static func encode(_ feedback: AnswerFeedback) -> String? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(feedback)).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The feedback in a `feedback` cell, or nil when there is none or it does not decode.
  ///
  /// Feedback can always be made again from the answer (`transcripts analyse`), so a damaged
  /// or hand-edited cell costs only the coaching, never the transcript around it.
  static func decode(_ text: String?) -> AnswerFeedback? {
    guard let text else { return nil }
    return try? JSONDecoder().decode(AnswerFeedback.self, from: Data(text.utf8))
  }
}

/// An entry's recording and transcription as stored: the `SpokenAnswer` as JSON text.
enum SpokenColumn {
  /// `spoken` as JSON text, keys sorted; nil for a typed answer.
  static func encode(_ spoken: SpokenAnswer?) throws -> String? {
    guard let spoken else { return nil }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(spoken), as: UTF8.self)
  }

  /// The recording in a `spoken` cell. Unlike feedback, a damaged cell is an error: the audio
  /// path cannot be made again, and dropping it would lose the recording.
  static func decode(_ text: String?) throws -> SpokenAnswer? {
    guard let text else { return nil }
    do {
      return try JSONDecoder().decode(SpokenAnswer.self, from: Data(text.utf8))
    } catch {
      throw UndecodableValue(description: "a spoken answer that does not decode: \(text)")
    }
  }
}

/// The segments column: a JSON array of strings, readable from any SQLite shell.
enum SegmentList {
  static func encode(_ segments: [String]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    return String(decoding: try encoder.encode(segments), as: UTF8.self)
  }

  static func decode(_ text: String) throws -> [String] {
    if let segments = plainList(text) { return segments }
    do {
      return try JSONDecoder().decode([String].self, from: Data(text.utf8))
    } catch {
      throw UndecodableValue(description: "segments are not a JSON list of strings: \(text)")
    }
  }

  /// The strings of a JSON list written by `encode` without escapes (`["behavioural","salary"]`),
  /// or nil for anything else, which JSONDecoder then reads.
  ///
  /// Listing every session decodes this column once per row; JSONDecoder cost about 20 µs a
  /// time, a fifth of the whole list at 10,000 sessions.
  static func plainList(_ text: String) -> [String]? {
    let bytes = text.utf8
    guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
      !bytes.contains(UInt8(ascii: "\\"))
    else { return nil }
    let inner = bytes.dropFirst().dropLast()
    if inner.isEmpty { return [] }
    var segments: [String] = []
    for item in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
      // Without escapes a comma can still sit inside a string; then the pieces are not quoted.
      guard item.count >= 2, item.first == UInt8(ascii: "\""), item.last == UInt8(ascii: "\""),
        !item.dropFirst().dropLast().contains(UInt8(ascii: "\""))
      else { return nil }
      segments.append(String(decoding: item.dropFirst().dropLast(), as: UTF8.self))
    }
    return segments
  }
}
