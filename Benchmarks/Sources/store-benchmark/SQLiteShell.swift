import BenchmarkSupport
import Foundation

/// Runs statements in the `sqlite3` command-line shell on the generated file, for comparison.
///
/// Times come from the shell's own `.timer on` ("Run Time: real …", wall clock, printed to
/// millisecond resolution): they cover preparing and stepping each statement and formatting its
/// rows (written to /dev/null), not the process start or opening the file. Each measurement is
/// one shell process that runs its statements `warmUp + runs` times; a measurement of several
/// statements sums their times per run.
struct SQLiteShell {
  /// The shell, as the task names it.
  static let executable = "/usr/bin/sqlite3"

  let databasePath: String

  /// Whether the shell is installed.
  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }

  /// The times of `statements` (each ending in a semicolon) run together `runs` times.
  func time(_ statements: [String], warmUp: Int = 2, runs: Int) throws -> Samples {
    var script = ".timer on\n.output /dev/null\n"
    for _ in 0..<(warmUp + runs) {
      for statement in statements { script += statement + "\n" }
    }
    let output = try run(script)
    let times = output.split(separator: "\n").compactMap { line -> Double? in
      guard line.hasPrefix("Run Time: real ") else { return nil }
      return line.dropFirst("Run Time: real ".count).split(separator: " ").first
        .flatMap { Double($0) }.map { $0 * 1_000 }
    }
    guard times.count == statements.count * (warmUp + runs) else {
      throw ShellFailure(
        message: "expected \(statements.count * (warmUp + runs)) timings, got \(times.count): "
          + output.prefix(300))
    }
    let perRun = stride(from: 0, to: times.count, by: statements.count).map {
      times[$0..<($0 + statements.count)].reduce(0, +)
    }
    return Samples(milliseconds: Array(perRun.dropFirst(warmUp)))
  }

  /// The shell's `EXPLAIN QUERY PLAN` for `statement`, as printed.
  func plan(_ statement: String) throws -> String {
    try run("EXPLAIN QUERY PLAN " + statement + "\n")
  }

  /// Whole-process times of `sqlite3 -readonly FILE statement` (start and open included).
  func processTimes(_ statement: String, warmUp: Int = 2, runs: Int) throws -> Samples {
    let clock = ContinuousClock()
    var times: [Double] = []
    for round in 0..<(warmUp + runs) {
      let start = clock.now
      _ = try run(statement + "\n", arguments: [])
      if round >= warmUp { times.append((clock.now - start).milliseconds) }
    }
    return Samples(milliseconds: times)
  }

  private func run(_ script: String, arguments: [String] = ["-batch"]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.executable)
    process.arguments = arguments + ["-readonly", databasePath]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    // Write from another thread: a large script could fill the pipe while output does too.
    let writer = Thread {
      input.fileHandleForWriting.write(Data(script.utf8))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard process.terminationStatus == 0, !text.contains("Error:") else {
      throw ShellFailure(message: "sqlite3 failed: " + text.prefix(300))
    }
    return text
  }
}

/// The shell did not run or printed something unexpected.
struct ShellFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
