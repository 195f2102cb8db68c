import Foundation

/// The pieces every transcript format shares: statuses, clocks, segment titles and dates.
///
/// Dates take a `TimeZone` so that what a person reads is local to them while tests (and golden
/// files) pin one zone and stay stable wherever they run.
public enum TranscriptFormat {
  /// The status users see: a session left in progress by a process that died is interrupted.
  public static func status(_ status: SessionStatus) -> String {
    switch status {
    case .finished: return "finished"
    case .interrupted, .inProgress: return "interrupted"
    }
  }

  /// `milliseconds` as a clock reads it, `2:05`; a missing time reads `0:00`.
  public static func clock(milliseconds: Int?) -> String {
    TargetDuration.clock(seconds: max(0, milliseconds ?? 0) / 1000)
  }

  /// The heading for a segment's raw value; entries without a segment are the reflection.
  public static func segmentTitle(_ segment: String?) -> String {
    guard let segment else { return "Reflection" }
    return SegmentKind(rawValue: segment)?.defaultTitle ?? segment
  }

  /// `Sat 21 Nov 2026 14:05` in `timeZone`, for people.
  public static func longDate(_ date: Date, timeZone: TimeZone) -> String {
    formatted(date, "EEE d MMM yyyy HH:mm", timeZone: timeZone)
  }

  /// `Sat 21 Nov 14:05` in `timeZone`, for tables where the year is clutter.
  public static func shortDate(_ date: Date, timeZone: TimeZone) -> String {
    formatted(date, "EEE d MMM HH:mm", timeZone: timeZone)
  }

  /// `21 Nov 2026` in `timeZone`.
  public static func day(_ date: Date, timeZone: TimeZone) -> String {
    formatted(date, "d MMM yyyy", timeZone: timeZone)
  }

  /// `2026-11-21T14:05:09Z`: the machine-readable form JSON and CSV carry.
  public static func iso8601(_ date: Date) -> String {
    date.formatted(.iso8601)
  }

  /// `thinking 0:12 · answer 1:40 / 2:00 target · over · skipped`, or nil for a reflection,
  /// which is not timed.
  public static func timing(_ entry: Entry) -> String? {
    guard entry.kind != .reflection else { return nil }
    var parts = ["thinking \(clock(milliseconds: entry.thinkingMilliseconds))"]
    var answer = "answer \(clock(milliseconds: entry.answerMilliseconds))"
    if let target = entry.targetMilliseconds {
      answer += " / \(clock(milliseconds: target)) target"
    }
    parts.append(answer)
    if entry.isOverTarget { parts.append("over") }
    if entry.skipped { parts.append("skipped") }
    return parts.joined(separator: " · ")
  }

  /// `rating 4/5 · practise again`, or nil when neither is set; the note is shown apart.
  public static func verdict(_ annotation: Annotation) -> String? {
    var parts: [String] = []
    if let rating = annotation.rating { parts.append("rating \(rating)/5") }
    if annotation.practiseAgain { parts.append("practise again") }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  private static func formatted(_ date: Date, _ pattern: String, timeZone: TimeZone) -> String {
    // A fixed English locale: the formats are part of the app's voice, like its messages.
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.timeZone = timeZone
    formatter.dateFormat = pattern
    return formatter.string(from: date)
  }
}
