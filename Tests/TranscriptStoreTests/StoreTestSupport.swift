import Foundation
import InterviewCore
import TranscriptStore

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// A path inside the directory (not created).
  func at(_ name: String) -> String { path + "/" + name }

  /// The data directory the tests open stores in (not created: the store prepares it).
  var data: String { at("data") }

  /// Where the store's database file lands in `data`.
  var database: String { data + "/" + TranscriptDatabase.fileName }

  func remove() {
    // Read-only directories made by a test must become writable again to be removed.
    _ = chmod(path, 0o700)
    if let names = try? FileManager.default.subpathsOfDirectory(atPath: path) {
      for name in names { _ = chmod(path + "/" + name, 0o700) }
    }
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// The date `milliseconds` after 1970, built the way the store reads dates back.
func date(_ milliseconds: Int64) -> Date {
  Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
}

/// 2026-03-02 09:00:00 UTC plus `minutes`.
func morning(plus minutes: Int64 = 0) -> Date {
  date(1_772_442_000_000 + minutes * 60_000)
}

/// A session with every optional field filled.
func sampleSession(
  started: Date = morning(), company: String = "Acme Analytics", seed: UInt64 = 42
) -> NewSession {
  NewSession(
    started: started, company: company, position: "Staff Engineer",
    deckID: "backend-staff", deckTitle: "Backend: staff level", role: "engineering manager",
    mode: "typed", segments: ["behavioural", "technical", "salary", "questions"], seed: seed,
    salaryRange: "€95k–€110k", walkAway: "€90k")
}

/// An answer entry at `sequence`, recorded `sequence` minutes after `morning()`.
func answer(_ sequence: Int, skipped: Bool = false) -> Entry {
  Entry(
    TranscriptEntry(
      sequence: sequence, kind: .answer, segment: .behavioural, questionID: "conflict-\(sequence)",
      question: "Tell me about a conflict with Dana.", answer: skipped ? "" : "We paired on it.",
      thinkingMilliseconds: 4_200, answerMilliseconds: 95_000, targetMilliseconds: 120_000,
      parentSequence: nil, skipped: skipped, spokenNotes: false),
    recorded: morning(plus: Int64(sequence)))
}

/// The mode bits of `path` (without following a final symlink).
func permissions(_ path: String) -> Int? {
  var status = stat()
  guard lstat(path, &status) == 0 else { return nil }
  return Int(status.st_mode) & 0o777
}

/// The bytes of `path`.
func contents(_ path: String) throws -> Data {
  try Data(contentsOf: URL(fileURLWithPath: path))
}

/// The names in `directory`, sorted; empty if it does not exist.
func listing(_ directory: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
}

/// Whether tests run as root, where permission bits do not stop writes.
let runningAsRoot = geteuid() == 0
