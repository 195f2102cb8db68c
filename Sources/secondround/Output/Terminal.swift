import ArgumentParser
import Foundation
import InterviewCore

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
    print(try JSONText.string(value))
  }

  /// Whether stdout may carry ANSI styling: a terminal, and the user has not set `NO_COLOR`.
  static var stylesOutput: Bool {
    guard isatty(STDOUT_FILENO) == 1 else { return false }
    return ProcessEnvironment.current["NO_COLOR"].map(\.isEmpty) ?? true
  }

  /// The terminal's width when stdout is one; nil for pipes and files, which get full lines.
  static var outputWidth: Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// `rows` as left-aligned columns separated by two spaces, the last column unpadded.
  ///
  /// With a `width`, the `shrinking` column is cut (ending in "…") so lines fit instead of wrapping.
  static func table(_ rows: [[String]], width: Int? = nil, shrinking: Int? = nil) -> [String] {
    guard let columnCount = rows.first?.count else { return [] }
    var widths = (0..<columnCount).map { column in
      rows.map { $0[column].terminalColumns }.max() ?? 0
    }
    if let width, let shrinking {
      let total = widths.reduce(0, +) + 2 * (columnCount - 1)
      widths[shrinking] = max(8, widths[shrinking] - max(0, total - width))
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        let fitted =
          cell.terminalColumns > widths[column]
          ? cell.prefix(columns: widths[column] - 1) + "…" : Substring(cell)
        return column == columnCount - 1
          ? String(fitted)
          : fitted + String(repeating: " ", count: widths[column] - fitted.terminalColumns)
      }.joined(separator: "  ")
    }
  }
}
