import Foundation

/// `transcripts stats` as text: totals, a table per segment, recent weeks, the trend, and the
/// trends drawn as sparklines.
public enum StatsText {
  /// Weeks shown: about two months, enough to see a habit without scrolling.
  public static let weeksShown = 8

  /// The report's lines; `table` lays out rows as columns (the caller knows the terminal).
  /// With `ascii` (a terminal whose locale is not UTF-8, or `--ascii`) the bars and sparklines
  /// are drawn in ASCII.
  public static func lines(
    _ stats: TranscriptStats, ascii: Bool = false, table: ([[String]]) -> [String]
  ) -> [String] {
    guard stats.sessions > 0 else {
      return ["No transcripts yet: run 'secondround rehearse' to record one."]
    }
    var lines = [
      "Sessions: \(stats.sessions) (\(stats.finished) finished)",
      "Answers: \(stats.answers), \(percent(stats.overTarget, of: stats.answers)) over target",
    ]
    if !stats.segments.isEmpty {
      lines.append("")
      var rows = [["SEGMENT", "ANSWERS", "THINKING", "ANSWER", "OVER"]]
      for segment in stats.segments {
        rows.append([
          TranscriptFormat.segmentTitle(segment.segment), String(segment.answers),
          TranscriptFormat.clock(milliseconds: segment.meanThinkingMilliseconds),
          TranscriptFormat.clock(milliseconds: segment.meanAnswerMilliseconds),
          percent(segment.overTarget, of: segment.answers),
        ])
      }
      lines += table(rows)
    }
    let weeks = stats.weeks.suffix(weeksShown)
    if !weeks.isEmpty {
      lines.append("")
      lines.append("Weeks (sessions, answers):")
      let most = max(1, weeks.map(\.sessions).max() ?? 1)
      var rows: [[String]] = []
      for week in weeks {
        // Weeks are Monday 00:00 UTC, so they are named in UTC: elsewhere the label would slip
        // to the Sunday before.
        let bar = String(repeating: ascii ? "#" : "█", count: max(1, week.sessions * 20 / most))
        rows.append([
          "from " + TranscriptFormat.day(week.start, timeZone: .gmt), String(week.sessions),
          String(week.answers), bar,
        ])
      }
      lines += table(rows).map { "  " + $0 }
    }
    lines.append("")
    if let trend = TranscriptTrend(recent: stats.recent) {
      let sentences = trend.sentences
      lines.append(sentences[0])
      lines += sentences.dropFirst().map { "  " + $0 }
    } else {
      lines.append("Trend: rehearse at least two sessions with answers to see one.")
    }
    if let feedback = FeedbackTrend(recent: stats.recent) {
      lines.append("")
      lines += feedback.lines(table: table)
    }
    lines += sparklines(TrendSeries.all(stats.recent), ascii: ascii, table: table)
    return lines
  }

  /// The trends as one sparkline a row, oldest session on the left, with the first and the
  /// latest value beside it; nothing when no figure has two sessions to draw.
  public static func sparklines(
    _ series: [TrendSeries], ascii: Bool, table: ([[String]]) -> [String]
  ) -> [String] {
    let drawn = series.filter { $0.points.count >= 2 }
    guard !drawn.isEmpty else { return [] }
    let arrow = ascii ? "->" : "→"
    let rows = drawn.map { line -> [String] in
      let values = line.points.map(\.value)
      let first = values.first ?? 0
      let last = values.last ?? 0
      return [
        line.title, Sparkline.text(values, maximum: line.scaleMaximum, ascii: ascii),
        "\(line.label(first)) \(arrow) \(line.label(last))",
      ]
    }
    return ["", "Trends, oldest session first:"] + table(rows).map { "  " + $0 }
  }

  /// `part` as a whole percentage of `whole`, "0%" when there is no whole.
  static func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "0%" }
    return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
  }
}
