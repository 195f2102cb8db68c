import Foundation

/// Fixed-width lines for the benchmark's tables.
enum Report {
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

  /// A count with thousands separators, e.g. `1,234,567`.
  static func grouped(_ value: some BinaryInteger) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
  }
}
