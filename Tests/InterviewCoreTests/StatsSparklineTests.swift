import Foundation
import InterviewCore
import Testing

/// The trends as sparklines: the series they are drawn from, the characters, and the whole
/// `transcripts stats` text in Unicode and in ASCII against snapshots a person has read.
@Suite struct StatsSparklineTests {
  /// Five sessions: over target falling, fillers falling, results and numbers rising; the
  /// third has no analysed answers and the fourth no timed ones.
  static let recent: [TranscriptStats.Recent] = [
    TranscriptStats.Recent(
      sessionID: 1, started: FormatFixture.at(0), answers: 4, meanThinkingMilliseconds: 12_000,
      meanAnswerMilliseconds: 130_000, overTarget: 3,
      feedback: TranscriptStats.Feedback(
        answers: 4, words: 400, fillers: 24, behavioural: 4, context: 2, action: 3, result: 1,
        quantified: 0)),
    TranscriptStats.Recent(
      sessionID: 2, started: FormatFixture.at(86_400), answers: 4,
      meanThinkingMilliseconds: 10_000, meanAnswerMilliseconds: 110_000, overTarget: 2,
      feedback: TranscriptStats.Feedback(
        answers: 4, words: 400, fillers: 12, behavioural: 4, context: 3, action: 3, result: 2,
        quantified: 1)),
    TranscriptStats.Recent(
      sessionID: 3, started: FormatFixture.at(2 * 86_400), answers: 5,
      meanThinkingMilliseconds: 9_000, meanAnswerMilliseconds: 100_000, overTarget: 1),
    TranscriptStats.Recent(
      sessionID: 4, started: FormatFixture.at(3 * 86_400), answers: 3, timedAnswers: 0,
      meanThinkingMilliseconds: 0, meanAnswerMilliseconds: 0, overTarget: 0,
      feedback: TranscriptStats.Feedback(
        answers: 3, words: 300, fillers: 3, behavioural: 2, context: 2, action: 2, result: 2,
        quantified: 1)),
    TranscriptStats.Recent(
      sessionID: 5, started: FormatFixture.at(4 * 86_400), answers: 4,
      meanThinkingMilliseconds: 6_000, meanAnswerMilliseconds: 90_000, overTarget: 0,
      feedback: TranscriptStats.Feedback(
        answers: 4, words: 500, fillers: 0, behavioural: 4, context: 4, action: 4, result: 4,
        quantified: 4)),
  ]

  static let stats = TranscriptStats(
    sessions: 6, finished: 5, answers: 20, overTarget: 6,
    segments: [
      TranscriptStats.Segment(
        segment: "behavioural", answers: 20, meanThinkingMilliseconds: 9_000,
        meanAnswerMilliseconds: 105_000, overTarget: 6)
    ],
    weeks: [
      TranscriptStats.Week(start: FormatFixture.started, sessions: 5, answers: 20),
      TranscriptStats.Week(
        start: FormatFixture.started.addingTimeInterval(7 * 86_400), sessions: 1, answers: 0),
    ],
    recent: recent)

  /// Lays rows out as `Terminal.table` does: columns padded to their widest cell.
  static func table(_ rows: [[String]]) -> [String] {
    guard let count = rows.first?.count else { return [] }
    let widths = (0..<count).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == count - 1
          ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: "  ")
    }
  }

  @Test("each series keeps only the sessions that have its figure, oldest first")
  func series() throws {
    let series = TrendSeries.all(Self.recent)
    #expect(
      series.map(\.title) == [
        "answers over target", "fillers per 100 words", "answers with a result",
        "answers with a number",
      ])
    #expect(series[0].points.map(\.sessionID) == [1, 2, 3, 5])
    #expect(series[0].points.map(\.value) == [0.75, 0.5, 0.2, 0])
    #expect(series[1].points.map(\.sessionID) == [1, 2, 4, 5])
    #expect(series[1].points.map(\.value) == [6, 3, 1, 0])
    #expect(series[2].points.map(\.value) == [0.25, 0.5, 1, 1])
    #expect(series[3].points.map(\.value) == [0, 0.25, 0.5, 1])
    #expect(series[1].scaleMaximum == 6)
    #expect(series[0].label(0.75) == "75%")
    #expect(series[1].label(6) == "6.0")
  }

  @Test("a sparkline scales from 0 to the maximum; values past it are full, junk is empty")
  func sparkline() {
    #expect(Sparkline.text([0, 0.5, 1], maximum: 1, ascii: false) == "▁▅█")
    #expect(Sparkline.text([0, 0.5, 1], maximum: 1, ascii: true) == "_~#")
    #expect(Sparkline.text([2, .nan, -1], maximum: 1, ascii: false) == "█▁▁")
    #expect(Sparkline.text([3], maximum: 0, ascii: false) == "█")
    #expect(Sparkline.text([], maximum: 1, ascii: true) == "")
    #expect(Sparkline.asciiLevels.allSatisfy { $0.isASCII })
  }

  @Test("stats text with Unicode sparklines")
  func unicodeSnapshot() {
    let text = StatsText.lines(Self.stats, ascii: false, table: Self.table)
    expectGolden(text.joined(separator: "\n") + "\n", named: "stats-unicode.txt")
    #expect(text.contains { $0.hasPrefix("  answers over target ") && $0.hasSuffix("75% → 0%") })
  }

  @Test("stats text in ASCII, for LANG=C or --ascii: every character is ASCII")
  func asciiSnapshot() {
    let text = StatsText.lines(Self.stats, ascii: true, table: Self.table)
    expectGolden(text.joined(separator: "\n") + "\n", named: "stats-ascii.txt")
    for line in text {
      #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)")
    }
    #expect(text.contains("Trends, oldest session first:"))
  }

  @Test("no sparklines until a figure has two sessions")
  func tooFewForSparklines() {
    var stats = Self.stats
    stats.recent = Array(Self.recent.prefix(1))
    #expect(
      !StatsText.lines(stats, ascii: false, table: Self.table).contains {
        $0.hasPrefix("Trends,")
      })
  }
}
