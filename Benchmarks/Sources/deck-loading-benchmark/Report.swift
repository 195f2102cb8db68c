import Foundation

/// Prints the benchmark's results as fixed-width lines, one per measurement.
enum Report {
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

  /// A count with thousands separators, e.g. `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width
      ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width
      ? " " + text : String(repeating: " ", count: width - text.count) + text
  }
}

/// Writes `message` to stderr and exits with status 1: the benchmark measured the wrong thing.
func fail(_ message: String) -> Never {
  TemporaryFiles.removeAll()
  FileHandle.standardError.write(Data("deck-loading-benchmark: error: \(message)\n".utf8))
  exit(1)
}
