/// Fixed-width text for the benchmarks' tables; each benchmark extends it with its own columns.
public enum Report {
  /// `text` left-aligned in `width` cells, or followed by one space when it is wider.
  public static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  /// `text` right-aligned in `width` cells, or after one space when it is wider.
  public static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
  }

  /// A count with thousands separators, e.g. `1,234,567`.
  public static func grouped(_ value: some BinaryInteger) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }
}
