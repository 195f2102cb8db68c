import Foundation
import Testing

/// Review's rating and note without a screen: `transcripts rate` and `transcripts note`.
@Suite("transcripts rate and transcripts note")
struct TranscriptsAnnotateTests {
  /// A sandbox with one finished plain interview of two answers.
  static func rehearsed() throws -> Sandbox {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--seed", "5", "--segments", "behavioural", "--per-segment", "2", "--no-follow-ups",
      ]), input: "First answer.\nSecond answer.\n")
    try #require(result.exitCode == 0, "\(result.stderr)")
    return sandbox
  }

  @Test("rate then note answer 2: both kept, answer 1 untouched, the question named")
  func rateAndNote() throws {
    let sandbox = try Self.rehearsed()
    let store = ["--data-dir", sandbox.store.path]
    let rated = try sandbox.run(["transcripts", "rate", "1", "2", "4"] + store)
    #expect(rated.exitCode == 0, "\(rated.stderr)")
    let second = try #require(try sandbox.onlyTranscript().entries.first { $0.sequence == 2 })
    #expect(rated.stdout.contains(second.question), "\(rated.stdout)")

    let noted = try sandbox.run(
      ["transcripts", "note", "1", "2"] + store, input: "Lead with the result.\nThen numbers.\n")
    #expect(noted.exitCode == 0, "\(noted.stderr)")
    let entries = try sandbox.onlyTranscript().entries
    let after = try #require(entries.first { $0.sequence == 2 })
    #expect(after.rating == 4, "a note keeps the rating")
    #expect(after.note == "Lead with the result.\nThen numbers.")
    let first = try #require(entries.first { $0.sequence == 1 })
    #expect(first.rating == nil && first.note == "")

    let inline = try sandbox.run(["transcripts", "note", "1", "1", "Too long"] + store)
    #expect(inline.exitCode == 0)
    #expect(try sandbox.onlyTranscript().entries.first { $0.sequence == 1 }?.note == "Too long")
  }

  @Test(
    "a bad id, answer number or rating is a usage error (64) in one line, and nothing changes",
    arguments: [
      ["rate", "9", "1", "3"], ["rate", "1", "7", "3"], ["rate", "1", "1", "6"],
      ["rate", "1", "1", "0"], ["note", "9", "1", "x"], ["note", "1", "0", "x"],
      ["rate", "1", "one", "3"],
    ])
  func badArguments(arguments: [String]) throws {
    let sandbox = try Self.rehearsed()
    let result = try sandbox.run(
      ["transcripts"] + arguments + ["--data-dir", sandbox.store.path], input: "")
    #expect(result.exitCode == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("secondround: error: "), "\(result.stderr)")
    let entries = try sandbox.onlyTranscript().entries
    #expect(entries.allSatisfy { $0.rating == nil && $0.note == "" })
  }
}
