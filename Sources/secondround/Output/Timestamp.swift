import Foundation
import InterviewCore

/// Dates as the commands print them, for the person at this machine.
enum Timestamp {
  /// `2026-11-21T14:05:09Z`.
  static func iso8601(_ date: Date) -> String {
    TranscriptFormat.iso8601(date)
  }

  /// `Sat 21 Nov 14:05`, in the local time zone: a list's form, for people.
  static func short(_ date: Date) -> String {
    DateStyle.list(date, timeZone: .current)
  }
}
