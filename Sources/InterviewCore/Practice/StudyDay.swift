import Foundation

/// A calendar day in the user's time zone: what "due today" and "again in 6 days" count in.
///
/// Kept as the number of days since 1970-01-01, so days compare and add as integers; stored and
/// shown as `YYYY-MM-DD`, which also sorts as text.
public struct StudyDay: Comparable, Hashable, Codable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let ordinal: Int

  /// The day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) {
    self.ordinal = ordinal
  }

  /// The day `date` falls on in `timeZone`.
  public init(_ date: Date, timeZone: TimeZone) {
    let seconds =
      Int(date.timeIntervalSince1970.rounded(.down))
      + timeZone.secondsFromGMT(for: date)
    // Floor division, so the second before midnight UTC 1970 is day -1, not day 0.
    ordinal = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
  }

  /// The day written `YYYY-MM-DD`, or nil for anything else (an edited store, say).
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      // Int() would take "+1" for 1.
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    ordinal = Self.ordinal(year: year, month: month, day: day)
  }

  /// The day `days` later (earlier when negative).
  public func adding(days: Int) -> StudyDay { StudyDay(ordinal: ordinal + days) }

  /// Whole days from `other` to this day (negative when this one is earlier).
  public func days(since other: StudyDay) -> Int { ordinal - other.ordinal }

  /// How long before `today` this day was, as the cards say it: "today", "yesterday",
  /// "3 days ago".
  public func age(today: StudyDay) -> String {
    switch today.days(since: self) {
    case ...0: return "today"
    case 1: return "yesterday"
    case let days: return "\(days) days ago"
    }
  }

  /// Year, month (1–12) and day of the month.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days: exact for the proleptic Gregorian calendar.
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    let (year, month, day) = components
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = String(year)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-"
      + two(month) + "-" + two(day)
  }

  /// "21 Nov": the day as the screens show it.
  public var short: String {
    let (_, month, day) = components
    return "\(day) \(Self.monthNames[month - 1])"
  }

  /// "Thursday 10 December": the day in whole words, for plain mode, whose lines are read
  /// aloud by screen readers (which say "Thu" and "Dec" as syllables).
  public var spelledOut: String {
    let (_, month, day) = components
    // Day 0, 1 January 1970, was a Thursday.
    let weekday = ((ordinal % 7) + 7 + 4) % 7
    return "\(Self.weekdayNames[weekday]) \(day) \(Self.fullMonthNames[month - 1])"
  }

  /// `YYYY-MM-DD`.
  public var description: String { iso }

  /// Days since 1970-01-01 of a civil date (Hinnant's days_from_civil).
  static func ordinal(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// English month abbreviations, as every date the app prints names them.
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// English weekday names, Sunday first.
  static let weekdayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]

  /// English month names in full.
  static let fullMonthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Earlier days first.
  public static func < (lhs: StudyDay, rhs: StudyDay) -> Bool { lhs.ordinal < rhs.ordinal }
}
