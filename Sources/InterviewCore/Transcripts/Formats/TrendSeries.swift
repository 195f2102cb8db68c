import Foundation

/// One figure followed session by session, oldest first: what the report's line charts and the
/// sparklines of `transcripts stats` draw, from the same figures the stats trend reads.
///
/// The shares and rates come from `FeedbackTrend.Figures` and the store's per-session counts,
/// so a chart never says something the trend table beside it does not.
public struct TrendSeries: Equatable, Sendable {
  /// How the values read.
  public enum Unit: Equatable, Sendable {
    /// A share from 0 to 1, shown as a whole percentage; charts run from 0% to 100%.
    case share
    /// A rate with one decimal (fillers per 100 words); charts run from 0 to the highest.
    case rate
  }

  /// One session's value.
  public struct Point: Equatable, Sendable {
    /// The session's id.
    public var sessionID: Int64
    /// When it started.
    public var started: Date
    /// The figure: a share from 0 to 1, or a rate.
    public var value: Double

    /// A point from its parts.
    public init(sessionID: Int64, started: Date, value: Double) {
      self.sessionID = sessionID
      self.started = started
      self.value = value
    }
  }

  /// What is measured, as a label: "answers over target".
  public var title: String
  /// Shares or rates.
  public var unit: Unit
  /// The sessions that have the figure, oldest first; a session without (no timed answers, no
  /// analysed behavioural answers) is left out rather than drawn as zero.
  public var points: [Point]

  /// A series from its parts.
  public init(title: String, unit: Unit, points: [Point]) {
    self.title = title
    self.unit = unit
    self.points = points
  }

  /// The four trends of issue 19, in the order they are shown: answers over target, fillers
  /// per 100 words, behavioural answers with a result, and with a number.
  public static func all(_ recent: [TranscriptStats.Recent]) -> [TrendSeries] {
    let timed = recent.filter { $0.timedAnswers > 0 }
    let overTarget = timed.map {
      Point(
        sessionID: $0.sessionID, started: $0.started,
        value: min(1, Double($0.overTarget) / Double($0.timedAnswers)))
    }
    let analysed = FeedbackTrend(recent: recent)?.sessions ?? []
    let started = Dictionary(
      recent.map { ($0.sessionID, $0.started) }, uniquingKeysWith: { first, _ in first })
    func points(_ value: (FeedbackTrend.Figures) -> Double?) -> [Point] {
      analysed.compactMap { session in
        guard let figure = value(session.figures), figure.isFinite,
          let date = started[session.sessionID]
        else { return nil }
        return Point(sessionID: session.sessionID, started: date, value: figure)
      }
    }
    return [
      TrendSeries(title: "answers over target", unit: .share, points: overTarget),
      TrendSeries(
        title: "fillers per 100 words", unit: .rate, points: points { $0.fillersPer100Words }),
      TrendSeries(title: "answers with a result", unit: .share, points: points { $0.resultShare }),
      TrendSeries(
        title: "answers with a number", unit: .share, points: points { $0.quantifiedShare }),
    ]
  }

  /// The highest value a chart of this series runs to: 100% for shares, the highest rate
  /// (at least 1, so a run of zeros still has an axis) for rates.
  public var scaleMaximum: Double {
    switch unit {
    case .share: return 1
    case .rate: return max(1, points.map(\.value).filter(\.isFinite).max() ?? 0)
    }
  }

  /// `value` as the series reads it: "40%" or "2.5".
  public func label(_ value: Double) -> String {
    switch unit {
    case .share:
      let bounded = value.isFinite ? min(max(value, 0), 1) : 0
      return "\(Int((bounded * 100).rounded()))%"
    case .rate: return TranscriptFormat.tenths(value)
    }
  }
}

/// A series as one line of characters, one per value, its height the value's share of
/// `maximum`: "▁▃█▅" where the terminal shows Unicode, "_-#=" where it cannot.
public enum Sparkline {
  /// The eight heights, lowest first, for UTF-8 terminals.
  public static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// Eight ASCII stand-ins, lowest first, that read as rising by their ink.
  public static let asciiLevels: [Character] = ["_", ".", ",", "-", "~", "=", "*", "#"]

  /// One character per value, scaled from 0 to `maximum`; values past it are drawn full.
  public static func text(_ values: [Double], maximum: Double, ascii: Bool) -> String {
    let levels = ascii ? asciiLevels : unicodeLevels
    let top = maximum.isFinite && maximum > 0 ? maximum : 1
    return String(
      values.map { value in
        let share = value.isFinite ? min(max(value / top, 0), 1) : 0
        return levels[min(levels.count - 1, Int((share * Double(levels.count - 1)).rounded()))]
      })
  }
}
