import BenchmarkSupport
import Foundation

/// The store table: one fixed-width line per measurement, the app's times beside the shell's.
extension Report {
  /// Width of the measurement-name column.
  static let nameWidth = 40

  /// The column headings.
  static var header: String {
    pad("measurement", nameWidth) + leftPad("runs", 5) + leftPad("app median", 12)
      + leftPad("app p90", 10) + leftPad("sqlite3 med", 13) + leftPad("sqlite3 p90", 13)
      + "  notes (ms)"
  }

  /// A horizontal rule as wide as the fixed columns.
  static var rule: String { String(repeating: "-", count: nameWidth + 5 + 12 + 10 + 13 + 13 + 12) }

  /// One line for a measurement, in milliseconds.
  static func row(_ name: String, _ app: Samples, _ shell: Samples?, note: String) -> String {
    pad(name, nameWidth) + leftPad("\(app.count)", 5) + leftPad(ms(app.median), 12)
      + leftPad(ms(app.percentile(90)), 10)
      + leftPad(shell.map { ms($0.median) } ?? "-", 13)
      + leftPad(shell.map { ms($0.percentile(90)) } ?? "-", 13)
      + (note.isEmpty ? "" : "  " + note)
  }

  /// One line for a figure that is not a timing.
  static func fact(_ name: String, _ value: String) -> String {
    pad(name, nameWidth) + value
  }

  /// Milliseconds with two decimals.
  static func ms(_ value: Double) -> String {
    String(format: "%.2f", value)
  }
}
