import BenchmarkSupport
import Foundation

/// The typing tables: a named first column, then right-aligned figures in µs, ms or seconds.
extension Report {
  /// Width of the first column, which names the measurement.
  static let nameWidth = 42

  /// `name` padded to the first column, then `columns` each right-aligned in `width` cells.
  static func row(_ name: String, _ columns: [String], width: Int = 9) -> String {
    pad(name, nameWidth) + columns.map { leftPad($0, width) }.joined()
  }

  /// A figure that is not a table row: a name, then the value.
  static func fact(_ name: String, _ value: String) -> String {
    pad(name, nameWidth) + value
  }

  /// A rule `width` cells wide.
  static func rule(_ width: Int) -> String { String(repeating: "-", count: width) }

  /// Nanoseconds as microseconds, with two decimals below 100 µs and one above.
  static func micros(_ nanoseconds: Double) -> String {
    let value = nanoseconds / 1_000
    return String(format: value < 100 ? "%.2f" : "%.1f", value)
  }

  /// Nanoseconds as microseconds.
  static func micros(_ nanoseconds: Int64) -> String { micros(Double(nanoseconds)) }

  /// Nanoseconds as milliseconds, with three decimals.
  static func millis(_ nanoseconds: Int64) -> String {
    String(format: "%.3f", Double(nanoseconds) / 1e6)
  }

  /// Nanoseconds as seconds, with two decimals.
  static func seconds(_ nanoseconds: Int64) -> String {
    String(format: "%.2f", Double(nanoseconds) / 1e9)
  }
}
