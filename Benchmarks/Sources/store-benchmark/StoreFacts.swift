import BenchmarkSupport
import Foundation
import GRDB
import TranscriptStore

/// What the measurements look up, read from the store file itself (so a reused store works).
struct StoreFacts {
  var largestSessionID: Int64
  var largestSessionEntries: Int
  var largestSessionCharacters: Int
  var commonQuestionID: String
  var commonQuestionAttempts: Int
  var fileBytes: Int

  /// Reads the facts with a plain read-only connection.
  static func read(_ path: String) throws -> StoreFacts {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { db in
      let largest = try Row.fetchOne(
        db,
        sql: """
          SELECT session_id, count(*) AS entries, sum(length(answer)) AS characters FROM entry
          GROUP BY session_id ORDER BY characters DESC, session_id LIMIT 1
          """)
      let common = try Row.fetchOne(
        db,
        sql: """
          SELECT question_id, count(*) AS attempts FROM entry
          WHERE kind = 'answer' AND question_id IS NOT NULL
          GROUP BY question_id ORDER BY attempts DESC, question_id LIMIT 1
          """)
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      return StoreFacts(
        largestSessionID: largest?["session_id"] ?? 0,
        largestSessionEntries: largest?["entries"] ?? 0,
        largestSessionCharacters: largest?["characters"] ?? 0,
        commonQuestionID: common?["question_id"] ?? "",
        commonQuestionAttempts: common?["attempts"] ?? 0,
        fileBytes: (attributes[.size] as? NSNumber)?.intValue ?? 0)
    }
  }

  /// The lowest entry id a search for `query` ranks (`Int64.min` with fewer matches than the
  /// window), as `TranscriptDatabase.search` works it out.
  static func searchBound(_ path: String, query: String) throws -> Int64 {
    guard let expression = SearchQuery.expression(for: query) else { return Int64.min }
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { db in
      try Int64.fetchOne(db, sql: Queries.windowBound(expression)) ?? Int64.min
    }
  }

  /// The file's size in MiB and bytes per entry.
  var sizeDescription: String {
    String(format: "%.1f MiB", Double(fileBytes) / 1_048_576)
      + " (\(Report.grouped(fileBytes)) bytes)"
  }
}
