import ArgumentParser
import Foundation

/// Writing to the standard streams, line by line.
enum Terminal {
  /// Prints `line` on stderr.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Prints `secondround: error: MESSAGE` on stderr and returns the exit to throw.
  ///
  /// Used for errors found after parsing, where ArgumentParser's `ValidationError` would add a
  /// usage block for the wrong command.
  static func failure(_ message: String, exitCode: Int32 = 64) -> ExitCode {
    error("secondround: error: \(message)")
    return ExitCode(exitCode)
  }

  /// Prints `value` as pretty, key-sorted JSON on stdout.
  static func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    print(String(decoding: data, as: UTF8.self))
  }

  /// `rows` as left-aligned columns separated by two spaces, the last column unpadded.
  static func table(_ rows: [[String]]) -> [String] {
    guard let width = rows.first?.count else { return [] }
    let widths = (0..<width).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == width - 1
          ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: "  ")
    }
  }
}
