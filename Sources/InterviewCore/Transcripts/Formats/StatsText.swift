import Foundation

/// `transcripts stats` as text: totals, a table per segment, recent weeks, and the trend.
public enum StatsText {
  /// Weeks shown: about two months, enough to see a habit without scrolling.
  public static let weeksShown = 8

  /// The report's lines; `table` lays out rows as columns (the caller knows the terminal).
  public static func lines(_ stats: TranscriptStats, table: ([[String]]) -> [String]) -> [String] {
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
        let bar = String(repeating: "█", count: max(1, week.sessions * 20 / most))
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
    return lines
  }

  /// `part` as a whole percentage of `whole`, "0%" when there is no whole.
  static func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "0%" }
    return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
  }
}
