import Foundation
import InterviewCore
import TranscriptStore

/// One session in `transcripts list --json`, and the head of `transcripts show --json`.
struct SessionJSON: Encodable {
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

  init(_ summary: SessionSummary) {
    id = summary.id
    started = Timestamp.iso8601(summary.started)
    updated = Timestamp.iso8601(summary.updated)
    status = summary.status.publicName
    company = summary.company
    position = summary.position
    deck = summary.deckID
    deckTitle = summary.deckTitle
    role = summary.role
    mode = summary.mode
    segments = summary.segments
    seed = summary.seed
    salaryRange = summary.salaryRange
    walkAway = summary.walkAway
    answers = summary.answers
    interviewMs = summary.interviewMilliseconds
  }
}

/// A whole session with its entries, as `transcripts show --json` prints it.
struct TranscriptJSON: Encodable {
  struct EntryJSON: Encodable {
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

    enum CodingKeys: String, CodingKey {
      case sequence, kind, segment, question, answer, parent, skipped, recorded
      case questionID = "question_id"
      case thinkingMs = "thinking_ms"
      case answerMs = "answer_ms"
      case targetMs = "target_ms"
      case spokenNotes = "spoken_notes"
    }

    init(_ entry: Entry) {
      sequence = entry.sequence
      kind = entry.kind.rawValue
      segment = entry.segment
      questionID = entry.questionID
      question = entry.question
      answer = entry.answer
      thinkingMs = entry.thinkingMilliseconds
      answerMs = entry.answerMilliseconds
      targetMs = entry.targetMilliseconds
      parent = entry.parentSequence
      skipped = entry.skipped
      spokenNotes = entry.spokenNotes
      recorded = Timestamp.iso8601(entry.recorded)
    }
  }

  var session: SessionJSON
  var entries: [EntryJSON]

  func encode(to encoder: any Encoder) throws {
    // The session's fields sit at the top level beside its entries.
    try session.encode(to: encoder)
    var container = encoder.container(keyedBy: EntriesKey.self)
    try container.encode(entries, forKey: .entries)
  }

  private enum EntriesKey: String, CodingKey { case entries }
}

extension SessionStatus {
  /// The status users see: a session left in progress by a process that died is interrupted.
  var publicName: String {
    switch self {
    case .finished: return "finished"
    case .interrupted, .inProgress: return "interrupted"
    }
  }
}

/// Dates as transcripts print them.
enum Timestamp {
  /// `2026-11-21T14:05:09Z`.
  static func iso8601(_ date: Date) -> String {
    date.formatted(.iso8601)
  }

  /// `Sat 21 Nov 14:05`, in the local time zone, for people.
  static func short(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.dateFormat = "EEE d MMM HH:mm"
    return formatter.string(from: date)
  }
}
