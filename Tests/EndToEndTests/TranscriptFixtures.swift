import Foundation
import Testing

/// One element of `transcripts list --json`, and the head of `transcripts show --json`.
struct SessionRecord: Decodable {
  var id: Int64
  var started: String
  var updated: String
  var status: String
  var company: String
  var position: String
  var deck: String
  var deckTitle: String
  var role: String?
  var mode: String
  var segments: [String]
  var seed: UInt64
  var salaryRange: String?
  var walkAway: String?
  var answers: Int
  var interviewMs: Int

  enum CodingKeys: String, CodingKey {
    case id, started, updated, status, company, position, deck, role, mode, segments, seed
    case answers
    case deckTitle = "deck_title"
    case salaryRange = "salary_range"
    case walkAway = "walk_away"
    case interviewMs = "interview_ms"
  }
}

/// The object `transcripts show --json` prints: the session's fields and its entries.
struct TranscriptRecord: Decodable {
  struct EntryRecord: Decodable {
    var sequence: Int
    var kind: String
    var segment: String?
    var questionID: String?
    var question: String
    var answer: String
    var thinkingMs: Int?
    var answerMs: Int?
    var targetMs: Int?
    var parent: Int?
    var skipped: Bool
    var spokenNotes: Bool
    var recorded: String
    var rating: Int?
    var note: String?
    /// The recording of a spoken answer and its transcription; nil for a typed one.
    var spoken: SpokenRecord?

    enum CodingKeys: String, CodingKey {
      case sequence, kind, segment, question, answer, parent, skipped, recorded, rating, note
      case spoken
      case questionID = "question_id"
      case thinkingMs = "thinking_ms"
      case answerMs = "answer_ms"
      case targetMs = "target_ms"
      case spokenNotes = "spoken_notes"
    }
  }

  /// An entry's `spoken` object.
  struct SpokenRecord: Decodable {
    struct Word: Decodable {
      var word: String
      var startMs: Int
      var endMs: Int

      enum CodingKeys: String, CodingKey {
        case word
        case startMs = "start_ms"
        case endMs = "end_ms"
      }
    }

    var audio: String
    var transcription: String
    var transcriptionError: String?
    var words: [Word]
    var wordsPerMinute: Int?

    enum CodingKeys: String, CodingKey {
      case audio, transcription, words
      case transcriptionError = "transcription_error"
      case wordsPerMinute = "words_per_minute"
    }
  }

  var session: SessionRecord
  var entries: [EntryRecord]

  enum CodingKeys: String, CodingKey { case entries }

  init(from decoder: any Decoder) throws {
    // The session's fields sit at the top level beside `entries`.
    session = try SessionRecord(from: decoder)
    entries = try decoder.container(keyedBy: CodingKeys.self).decode(
      [EntryRecord].self, forKey: .entries)
  }

  /// The entries of `kind`, in order.
  func entries(_ kind: String) -> [EntryRecord] {
    entries.filter { $0.kind == kind }
  }
}

/// Flags and reads for a rehearsal kept in the sandbox's `store` directory.
extension Sandbox {
  /// `rehearse --plain --start` for Acme / Analyst with `extra` flags, kept in `store`.
  func plainArguments(_ extra: [String] = []) -> [String] {
    ["rehearse", "--plain", "--start", "--company", "Acme", "--position", "Analyst"] + extra
      + ["--data-dir", store.path]
  }

  /// `transcripts list --json` for `store`, decoded; the run must succeed.
  func sessions(sourceLocation: SourceLocation = #_sourceLocation) throws -> [SessionRecord] {
    let result = try run(["transcripts", "list", "--json", "--data-dir", store.path])
    try #require(
      result.exitCode == 0, "transcripts list: \(result.stderr)", sourceLocation: sourceLocation)
    return try JSONDecoder().decode([SessionRecord].self, from: Data(result.stdout.utf8))
  }

  /// `transcripts show ID --json` for `store`, decoded; the run must succeed.
  func transcript(_ id: Int64, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> TranscriptRecord
  {
    let result = try run(["transcripts", "show", String(id), "--json", "--data-dir", store.path])
    try #require(
      result.exitCode == 0, "transcripts show: \(result.stderr)", sourceLocation: sourceLocation)
    return try JSONDecoder().decode(TranscriptRecord.self, from: Data(result.stdout.utf8))
  }

  /// The only session in `store` with its entries; fails unless there is exactly one.
  func onlyTranscript(sourceLocation: SourceLocation = #_sourceLocation) throws
    -> TranscriptRecord
  {
    let sessions = try sessions(sourceLocation: sourceLocation)
    try #require(sessions.count == 1, "sessions: \(sessions)", sourceLocation: sourceLocation)
    return try transcript(sessions[0].id, sourceLocation: sourceLocation)
  }
}

/// Facts about files, for the privacy checks.
enum FileFacts {
  /// The permission bits of `path` (e.g. 0o600), or nil when it does not exist.
  static func mode(_ path: String) -> Int? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return Int(status.st_mode) & 0o777
  }
}
