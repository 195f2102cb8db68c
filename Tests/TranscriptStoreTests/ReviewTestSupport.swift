import Foundation
import GRDB
import InterviewCore
import TranscriptStore

/// An entry with every field the review queries read given explicitly; the rest are plain.
func reviewEntry(
  _ sequence: Int, kind: EntryKind = .answer, segment: SegmentKind? = .behavioural,
  questionID: String? = nil, question: String = "Tell me about a conflict.",
  answer: String = "We paired on it.", thinking: Int? = 3_000, answering: Int? = 60_000,
  target: Int? = 120_000, parent: Int? = nil, skipped: Bool = false
) -> Entry {
  Entry(
    TranscriptEntry(
      sequence: sequence, kind: kind, segment: segment, questionID: questionID, question: question,
      answer: answer, thinkingMilliseconds: thinking, answerMilliseconds: answering,
      targetMilliseconds: target, parentSequence: parent, skipped: skipped, spokenNotes: false),
    recorded: morning(plus: Int64(sequence)))
}

/// A read-write store in a fresh temporary directory, for tests that fill it through the API.
struct ReviewStore {
  let directory: TemporaryDirectory
  let store: TranscriptDatabase

  init() throws {
    directory = try TemporaryDirectory()
    store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
  }

  /// The store file's path, as errors name it.
  var path: String { directory.database }

  /// Records a session started at `started` with `entries`, then sets `status` (unless still in
  /// progress), and returns its id.
  @discardableResult
  func add(
    started: Date, company: String = "Acme Analytics", entries: [Entry] = [],
    status: SessionStatus = .finished
  ) throws -> Int64 {
    let id = try store.createSession(sampleSession(started: started, company: company))
    for entry in entries { try store.append(entry, to: id) }
    if status != .inProgress { try store.setStatus(status, sessionID: id, at: started) }
    return id
  }

  /// Closes the store and removes the directory.
  func remove() {
    store.close()
    directory.remove()
  }

  /// Runs `body` on a separate plain connection to the (closed) store file.
  func inspect<T>(_ body: (Database) throws -> T) throws -> T {
    store.close()
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    // A write transaction: FTS5's integrity-check is an INSERT, refused in a read-only one.
    return try queue.write(body)
  }
}

/// Whether the full-text index holds exactly the entries that have text, by rowid.
///
/// FTS5's own `integrity-check` (SQLite 3.40) does not compare an external-content index with
/// its table, so this reads the index's documents through an `fts5vocab` table instead.
func searchIndexMatchesEntries(_ db: Database) throws -> Bool {
  try db.execute(
    sql: """
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.entry_words
        USING fts5vocab(main, entry_text, 'instance')
      """)
  let indexed = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT doc FROM temp.entry_words"))
  let withText = Set(
    try Int64.fetchAll(db, sql: "SELECT id FROM entry WHERE answer != '' OR note != ''"))
  return indexed == withText
}

/// The text of a search hit's snippet, parts joined.
func snippetText(_ hit: SearchHit) -> String {
  hit.snippet.map(\.text).joined()
}

/// The matched parts of a search hit's snippet.
func matchedWords(_ hit: SearchHit) -> [String] {
  hit.snippet.filter(\.isMatch).map(\.text)
}
