import Foundation
import InterviewCore
import Testing

@testable import secondround

/// `transcripts list` on a terminal: DECK, then OVER, give way before the company is cut short.
@Suite struct TranscriptsTableTests {
  static let sessions = [
    SessionSummary(
      id: 12, started: Date(timeIntervalSince1970: 1_794_821_400), updated: .now,
      status: .finished, company: "Acme Corporation of Greater 日本", position: "Principal Engineer",
      deckID: "second-interview", deckTitle: "Second interview", role: nil, mode: "typed",
      segments: ["culture"], seed: 1, salaryRange: nil, walkAway: nil, answers: 14,
      overTarget: 3, interviewMilliseconds: 1_234_000)
  ]

  /// The header of the table at `width`, split into its column titles.
  static func header(width: Int?) -> [String] {
    let lines = TranscriptsCommand.List.table(sessions, width: width)
    return lines[0].components(separatedBy: "  ").filter { !$0.isEmpty }
      .map { $0.trimmingCharacters(in: .whitespaces) }
  }

  @Test("a pipe, or a wide terminal, gets every column")
  func wide() {
    let all = ["ID", "STARTED", "STATUS", "DECK", "ANSWERS", "OVER", "TIME", "COMPANY — POSITION"]
    #expect(Self.header(width: nil) == all)
    #expect(Self.header(width: 140) == all)
  }

  @Test("narrower, DECK goes first, then OVER, and every line fits")
  func narrow() {
    #expect(!Self.header(width: 90).contains("DECK"))
    #expect(Self.header(width: 90).contains("OVER"))
    #expect(!Self.header(width: 70).contains("DECK"))
    #expect(!Self.header(width: 70).contains("OVER"))
    for width in [70, 90, 110] {
      for line in TranscriptsCommand.List.table(Self.sessions, width: width) {
        #expect(line.terminalColumns <= width, "\(width): \(line)")
      }
    }
  }
}
