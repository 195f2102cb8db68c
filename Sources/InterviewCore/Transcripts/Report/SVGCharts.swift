import Foundation

/// The report's charts as inline SVG: sized by a viewBox so they shrink with a narrow window,
/// coloured by CSS classes so they follow the page's light or dark scheme and print, every bar
/// and point with a `<title>` (its tooltip, and what a screen reader reads) and text labels
/// that say the figures without hovering.
enum SVGCharts {
  /// The width every chart is drawn at; the page scales it to the column.
  static let width = 640

  /// One answer on the timeline.
  struct TimelineRow: Equatable {
    /// "3. Design a rate limiter."
    var label: String
    var thinkingMilliseconds: Int
    var answerMilliseconds: Int
    var targetMilliseconds: Int?
    var isOverTarget: Bool
    var skipped: Bool
  }

  /// The rows of `entries` that were timed, numbered as the report numbers the questions.
  static func timelineRows(_ entries: [Entry], numbers: [Int: Int]) -> [TimelineRow] {
    entries.compactMap { entry in
      guard entry.kind != .reflection, !TranscriptFormat.isUntimed(entry),
        let number = numbers[entry.sequence]
      else { return nil }
      let question = entry.kind == .candidateQuestion ? "You asked" : oneLine(entry.question)
      return TimelineRow(
        label: "\(number). " + shortened(question, to: 46),
        thinkingMilliseconds: max(0, entry.thinkingMilliseconds ?? 0),
        answerMilliseconds: max(0, entry.answerMilliseconds ?? 0),
        targetMilliseconds: entry.targetMilliseconds.map { max(0, $0) },
        isOverTarget: entry.isOverTarget, skipped: entry.skipped)
    }
  }

  /// Each answer as a row: its label and times above, below it a bar of thinking time then
  /// answer time, and a mark where the target ends (measured from the start of the answer).
  static func timeline(_ rows: [TimelineRow]) -> String {
    let rowHeight = 42
    let left = 4
    let usable = width - 2 * left
    let longest = rows.map {
      $0.thinkingMilliseconds + max($0.answerMilliseconds, $0.targetMilliseconds ?? 0)
    }.max()
    let scale = Double(usable) / Double(max(1, longest ?? 1))
    let height = max(1, rows.count) * rowHeight + 4
    var svg = [
      "<svg class=\"chart timeline\" viewBox=\"0 0 \(width) \(height)\" role=\"img\""
        + " aria-label=\"Thinking and answer time of each answer against its target\">"
    ]
    for (index, row) in rows.enumerated() {
      let top = index * rowHeight
      let thinking = Double(row.thinkingMilliseconds) * scale
      let answer = Double(row.answerMilliseconds) * scale
      var times =
        "thinking \(TranscriptFormat.clock(milliseconds: row.thinkingMilliseconds)), "
        + "answer \(TranscriptFormat.clock(milliseconds: row.answerMilliseconds))"
      if let target = row.targetMilliseconds {
        times += " of \(TranscriptFormat.clock(milliseconds: target))"
      }
      if row.isOverTarget { times += ", over" }
      if row.skipped { times += ", skipped" }
      svg.append("<g class=\"row\(row.isOverTarget ? " over" : "")\">")
      svg.append("<title>\(HTMLText.escape(row.label + " — " + times))</title>")
      svg.append(
        "<text class=\"label\" x=\"\(left)\" y=\"\(top + 14)\">\(HTMLText.escape(row.label))</text>"
      )
      svg.append(
        "<text class=\"figure\" x=\"\(width - left)\" y=\"\(top + 14)\" text-anchor=\"end\">"
          + "\(HTMLText.escape(times))</text>")
      svg.append(
        "<rect class=\"track\" x=\"\(left)\" y=\"\(top + 20)\" width=\"\(usable)\" height=\"14\" />"
      )
      svg.append(
        "<rect class=\"thinking\" x=\"\(left)\" y=\"\(top + 20)\" width=\"\(number(thinking))\""
          + " height=\"14\" />")
      svg.append(
        "<rect class=\"answer\" x=\"\(number(Double(left) + thinking))\" y=\"\(top + 20)\""
          + " width=\"\(number(answer))\" height=\"14\" />")
      if let target = row.targetMilliseconds {
        let x = number(Double(left) + thinking + Double(target) * scale)
        svg.append(
          "<line class=\"target\" x1=\"\(x)\" y1=\"\(top + 17)\" x2=\"\(x)\" y2=\"\(top + 37)\" />")
      }
      svg.append("</g>")
    }
    svg.append("</svg>")
    return svg.joined(separator: "\n")
  }

  /// `series` as a line over its sessions, oldest on the left: the axis from 0 to the series'
  /// maximum labelled at both ends and the middle, each session a point with its value in a
  /// `<title>`, dates under the axis (thinned so they do not overlap).
  static func line(_ series: TrendSeries, timeZone: TimeZone) -> String {
    let height = 176
    // Room on the right for half of the last date, centred under its point.
    let (left, right, top, bottom) = (52, width - 30, 12, 148)
    let maximum = series.scaleMaximum
    let count = series.points.count
    func x(_ index: Int) -> Double {
      count == 1
        ? Double(left + right) / 2
        : Double(left) + Double(index) * Double(right - left) / Double(count - 1)
    }
    func y(_ value: Double) -> Double {
      let share = value.isFinite ? min(max(value / maximum, 0), 1) : 0
      return Double(bottom) - share * Double(bottom - top)
    }
    var svg = [
      "<svg class=\"chart trend\" viewBox=\"0 0 \(width) \(height)\" role=\"img\""
        + " aria-label=\"\(HTMLText.escape(capitalised(series.title)) + " by session, oldest first")\">"
    ]
    for value in [0, maximum / 2, maximum] {
      let level = number(y(value))
      svg.append(
        "<line class=\"grid\" x1=\"\(left)\" y1=\"\(level)\" x2=\"\(right)\" y2=\"\(level)\" />")
      svg.append(
        "<text class=\"axis\" x=\"\(left - 6)\" y=\"\(number(y(value) + 4))\" text-anchor=\"end\">"
          + "\(series.label(value))</text>")
    }
    // Every date when they fit, else every second, third…: about eight under a 640 wide chart.
    let step = max(1, (count + 7) / 8)
    for (index, point) in series.points.enumerated() where index % step == 0 {
      svg.append(
        "<text class=\"axis\" x=\"\(number(x(index)))\" y=\"\(bottom + 20)\" text-anchor=\"middle\">"
          + "\(shortDay(point.started, timeZone: timeZone))</text>")
    }
    if count > 1 {
      let path = series.points.indices.map {
        "\(number(x($0))),\(number(y(series.points[$0].value)))"
      }
      svg.append("<polyline class=\"line\" points=\"\(path.joined(separator: " "))\" />")
    }
    for (index, point) in series.points.enumerated() {
      let day = TranscriptFormat.day(point.started, timeZone: timeZone)
      svg.append("<g class=\"point\">")
      svg.append(
        "<title>Session \(point.sessionID), \(day): \(series.label(point.value)) "
          + "\(HTMLText.escape(series.title))</title>")
      svg.append(
        "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(point.value)))\" r=\"4\" />")
      svg.append("</g>")
    }
    svg.append("</svg>")
    return svg.joined(separator: "\n")
  }

  /// A coordinate to one decimal, without a trailing ".0": the same text on every machine.
  static func number(_ value: Double) -> String {
    let tenths = Int((value.isFinite ? value * 10 : 0).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0
      ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }

  /// "16 Nov": dates under a trend's axis, where the year would crowd them.
  static func shortDay(_ date: Date, timeZone: TimeZone) -> String {
    let parts = CalendarParts(date, timeZone: timeZone)
    return "\(parts.day) \(parts.month)"
  }

  /// `text` cut to `limit` characters with "…" when longer.
  static func shortened(_ text: String, to limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  /// `text` with its first letter in capitals: "Answers over target".
  static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
