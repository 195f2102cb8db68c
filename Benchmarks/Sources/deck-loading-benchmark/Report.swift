import BenchmarkSupport
import Foundation

/// The deck-loading table: one fixed-width line per measurement, min to max in milliseconds.
extension Report {
  /// Width of the measurement-name column.
  static let nameWidth = 44

  /// The column headings for timed measurements.
  static var header: String {
    pad("measurement", nameWidth) + leftPad("runs", 5) + leftPad("min ms", 10)
      + leftPad("median ms", 11) + leftPad("p95 ms", 10) + leftPad("max ms", 10) + "  notes"
  }

  /// A horizontal rule as wide as the table's fixed columns.
  static var rule: String { String(repeating: "-", count: nameWidth + 5 + 10 + 11 + 10 + 10 + 8) }

  /// One line for a timed measurement.
  static func row(_ name: String, _ samples: Samples, note: String = "") -> String {
    pad(name, nameWidth) + leftPad("\(samples.count)", 5) + leftPad(ms(samples.min), 10)
      + leftPad(ms(samples.median), 11) + leftPad(ms(samples.percentile(95)), 10)
      + leftPad(ms(samples.max), 10) + (note.isEmpty ? "" : "  " + note)
  }

  /// One line for a figure that is not a timing: a name, then the value.
  static func fact(_ name: String, _ value: String) -> String {
    pad(name, nameWidth) + value
  }

  /// Milliseconds with three decimals.
  static func ms(_ value: Double) -> String {
    String(format: "%.3f", value)
  }
}
