import Foundation
import InterviewCore

/// Milliseconds on a clock that never jumps: the time interviews are measured in.
enum MonotonicClock {
  /// Now, in milliseconds since an arbitrary point (boot).
  static func now() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
  }
}

extension StudyDay {
  /// Today in the user's time zone: the one place the app reads the calendar for practice.
  static var today: StudyDay { StudyDay(Date(), timeZone: .current) }
}
