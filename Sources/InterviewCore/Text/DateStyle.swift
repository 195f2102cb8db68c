import Foundation

/// The two ways SecondRound shows a moment to people, from one place: a row of a list and a
/// heading over one session. Machine-readable forms (JSON, CSV) use
/// `TranscriptFormat.iso8601` instead.
///
/// The time zone is always passed in: the core never reads the user's zone itself.
public enum DateStyle {
  /// `Sat 21 Nov 14:05` in `timeZone`: a row of a list, where the year is clutter and the
  /// weekday is what people remember ("the one on Tuesday"). `compact` leaves out the weekday,
  /// `21 Nov 14:05`, for narrow terminals.
  public static func list(_ date: Date, timeZone: TimeZone, compact: Bool = false) -> String {
    let parts = CalendarParts(date, timeZone: timeZone)
    let day = "\(parts.day) \(parts.month) \(parts.time)"
    return compact ? day : "\(parts.weekday) \(day)"
  }

  /// `Sat 21 Nov 2026 14:05` in `timeZone`: the heading over one session, the list's form with
  /// its year, since a heading stands alone.
  public static func header(_ date: Date, timeZone: TimeZone) -> String {
    let parts = CalendarParts(date, timeZone: timeZone)
    return "\(parts.weekday) \(parts.day) \(parts.month) \(parts.year) \(parts.time)"
  }
}

/// A date's fields in one zone, named in English.
///
/// Computed by arithmetic from the zone's offset (through `StudyDay`) rather than through a
/// `DateFormatter` or `Calendar`: those cost more than the line they format, and listing or
/// exporting thousands of sessions made one per date. The names are fixed English, like the
/// app's messages.
struct CalendarParts {
  static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

  var year: Int
  var monthNumber: Int
  var day: Int
  var weekday: String
  var month: String
  /// `14:05`.
  var time: String
  var second: Int

  init(_ date: Date, timeZone: TimeZone) {
    let calendarDay = StudyDay(date, timeZone: timeZone)
    let seconds =
      Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    let secondOfDay = seconds - calendarDay.ordinal * 86_400
    // 1970-01-01 was a Thursday.
    weekday = Self.weekdays[((calendarDay.ordinal + 4) % 7 + 7) % 7]
    (year, monthNumber, day) = calendarDay.components
    month = StudyDay.monthNames[monthNumber - 1]
    time = "\(Self.pad(secondOfDay / 3600)):\(Self.pad(secondOfDay % 3600 / 60))"
    second = secondOfDay % 60
  }

  /// `number` in two digits.
  static func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }
}
