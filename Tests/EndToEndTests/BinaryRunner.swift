import Foundation

/// What one run of the binary produced.
struct RunResult {
  var arguments: [String]
  var exitCode: Int32
  var stdout: String
  var stderr: String
  /// Whether the run was killed for taking longer than the timeout.
  var timedOut: Bool

  /// The stdout lines, without the empty string after a final newline.
  var stdoutLines: [String] { Self.lines(stdout) }

  /// The stderr lines, without the empty string after a final newline.
  var stderrLines: [String] { Self.lines(stderr) }

  /// Whether either stream holds a raw ESC byte (which a terminal would obey).
  var printsRawEscape: Bool {
    stdout.unicodeScalars.contains("\u{1B}") || stderr.unicodeScalars.contains("\u{1B}")
  }

  private static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// Why the binary could not be found or run.
struct BinaryRunnerError: Error, CustomStringConvertible {
  var description: String
}

/// Finds the built `secondround` binary and runs it as a user would.
enum BinaryRunner {
  /// How long one run may take before it is killed and the test fails.
  static let timeoutSeconds = 30.0

  /// The binary under test, found once per test process.
  static let binary: Result<URL, BinaryRunnerError> = locate()

  /// The binary, or an error that says where it was looked for.
  static func binaryURL() throws -> URL {
    try binary.get()
  }

  /// Runs `binary` with exactly `environment`, in `directory`, with stdin reading `input` (from
  /// /dev/null when nil).
  ///
  /// Output goes through files in `scratchDirectory`, so a chatty child can never block on a
  /// full pipe. Input goes through a file too: a regular file ends cleanly at its last byte and
  /// cannot leave the child waiting on a pipe the test forgot to close. A run that outlives the
  /// timeout is killed and reported with `timedOut`.
  static func run(
    binary: URL, arguments: [String], environment: [String: String], directory: URL,
    scratchDirectory: URL, input: [UInt8]? = nil
  ) throws -> RunResult {
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: scratchDirectory, withIntermediateDirectories: true)
    let name = UUID().uuidString
    let stdoutURL = scratchDirectory.appendingPathComponent("\(name).stdout")
    let stderrURL = scratchDirectory.appendingPathComponent("\(name).stderr")
    guard fileManager.createFile(atPath: stdoutURL.path, contents: nil),
      fileManager.createFile(atPath: stderrURL.path, contents: nil)
    else {
      throw BinaryRunnerError(description: "cannot create output files in \(scratchDirectory.path)")
    }
    let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
    let stderrHandle = try FileHandle(forWritingTo: stderrURL)
    var stdinPath = "/dev/null"
    if let input {
      let stdinURL = scratchDirectory.appendingPathComponent("\(name).stdin")
      try Data(input).write(to: stdinURL)
      stdinPath = stdinURL.path
    }
    defer { if input != nil { try? fileManager.removeItem(atPath: stdinPath) } }
    guard let stdinHandle = FileHandle(forReadingAtPath: stdinPath) else {
      throw BinaryRunnerError(description: "cannot open \(stdinPath)")
    }

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = directory
    process.standardInput = stdinHandle
    process.standardOutput = stdoutHandle
    process.standardError = stderrHandle
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }

    do {
      try process.run()
    } catch {
      throw BinaryRunnerError(
        description: "cannot start \(binary.path) \(arguments): \(error)")
    }
    var timedOut = false
    if finished.wait(timeout: .now() + timeoutSeconds) == .timedOut {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
    }
    try? stdoutHandle.close()
    try? stderrHandle.close()
    try? stdinHandle.close()

    let stdout = try Data(contentsOf: stdoutURL)
    let stderr = try Data(contentsOf: stderrURL)
    try? fileManager.removeItem(at: stdoutURL)
    try? fileManager.removeItem(at: stderrURL)
    return RunResult(
      arguments: arguments,
      exitCode: process.terminationStatus,
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self),
      timedOut: timedOut)
  }

  /// Next to the test bundle (the test target depends on the executable, so SwiftPM builds it
  /// into the same directory), else `$SECONDROUND_BINARY`.
  private static func locate() -> Result<URL, BinaryRunnerError> {
    var directories: [URL] = []
    let main = Bundle.main
    directories.append(main.bundleURL)
    directories.append(main.bundleURL.deletingLastPathComponent())
    if let executable = main.executableURL {
      directories.append(executable.deletingLastPathComponent())
    }
    if let first = CommandLine.arguments.first {
      directories.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    // On macOS the tests are a loadable .xctest bundle inside the build directory.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }

    var tried: [String] = []
    for directory in directories {
      let candidate = directory.appendingPathComponent("secondround")
      tried.append(candidate.path)
      if FileManager.default.isExecutableFile(atPath: candidate.path) {
        return .success(candidate.standardizedFileURL)
      }
    }
    if let override = ProcessInfo.processInfo.environment["SECONDROUND_BINARY"], !override.isEmpty {
      if FileManager.default.isExecutableFile(atPath: override) {
        return .success(URL(fileURLWithPath: override))
      }
      tried.append("$SECONDROUND_BINARY=\(override)")
    }
    return .failure(
      BinaryRunnerError(
        description: """
          cannot find the built 'secondround' binary; run 'swift build' first or set \
          SECONDROUND_BINARY to its path. Looked at: \(tried.joined(separator: ", "))
          """))
  }
}

/// A fresh directory tree for one test: home, config, data and a working directory, removed
/// when the sandbox goes away. Every run gets an explicit environment pointing inside it, so the
/// developer's own decks and config never leak into a test.
final class Sandbox {
  /// The sandbox's root directory.
  let root: URL

  init() throws {
    let base = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
    root = base.appendingPathComponent("secondround-e2e-\(UUID().uuidString)", isDirectory: true)
    for directory in [root, home, configHome, dataHome, work] {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// `$HOME` for the runs.
  var home: URL { root.appendingPathComponent("home", isDirectory: true) }
  /// `$XDG_CONFIG_HOME` for the runs.
  var configHome: URL { root.appendingPathComponent("config", isDirectory: true) }
  /// `$XDG_DATA_HOME` for the runs.
  var dataHome: URL { root.appendingPathComponent("data", isDirectory: true) }
  /// The working directory the binary runs in unless a test says otherwise.
  var work: URL { root.appendingPathComponent("work", isDirectory: true) }
  /// Where the runs' output, input and other throwaway files go.
  var scratch: URL { root.appendingPathComponent("io", isDirectory: true) }
  /// A data directory for `--data-dir`, not created until the binary makes it.
  var store: URL { root.appendingPathComponent("store", isDirectory: true) }
  /// Where user decks are read from, as the binary builds the path from `$XDG_CONFIG_HOME`.
  var userDeckDirectoryPath: String { configHome.path + "/secondround/decks" }

  /// The environment every run gets unless a test passes its own.
  var environment: [String: String] {
    [
      "HOME": home.path,
      "XDG_CONFIG_HOME": configHome.path,
      "XDG_DATA_HOME": dataHome.path,
      "PATH": "/usr/local/bin:/usr/bin:/bin",
      "LANG": "C.UTF-8",
    ]
  }

  /// Runs the built binary with `arguments`, in `directory` (default: `work`), with `input` on
  /// stdin (default: nothing, from /dev/null).
  func run(
    _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil,
    binary: URL? = nil, input: String? = nil
  ) throws -> RunResult {
    try run(
      arguments, environment: environment, in: directory, binary: binary,
      inputBytes: input.map { Array($0.utf8) })
  }

  /// Runs the built binary with raw `inputBytes` on stdin.
  func run(
    _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil,
    binary: URL? = nil, inputBytes: [UInt8]?
  ) throws -> RunResult {
    let result = try BinaryRunner.run(
      binary: binary ?? BinaryRunner.binaryURL(), arguments: arguments,
      environment: environment ?? self.environment, directory: directory ?? work,
      scratchDirectory: scratch, input: inputBytes)
    if result.timedOut {
      throw BinaryRunnerError(
        description: "secondround \(arguments) was killed after \(BinaryRunner.timeoutSeconds) s")
    }
    return result
  }

  /// Writes `text` to `relativePath` under `directory` (default: `work`), creating folders.
  @discardableResult
  func write(_ text: String, to relativePath: String, in directory: URL? = nil) throws -> URL {
    try write(bytes: Array(text.utf8), to: relativePath, in: directory)
  }

  /// Writes raw `bytes` to `relativePath` under `directory` (default: `work`), creating folders.
  @discardableResult
  func write(bytes: [UInt8], to relativePath: String, in directory: URL? = nil) throws -> URL {
    let url = (directory ?? work).appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url
  }

  /// Writes a user deck into `$XDG_CONFIG_HOME/secondround/decks/NAME` and returns its path as
  /// the binary names it.
  @discardableResult
  func writeUserDeck(_ text: String, named name: String) throws -> String {
    try writeUserDeck(bytes: Array(text.utf8), named: name)
  }

  /// Writes raw bytes as a user deck and returns its path as the binary names it.
  @discardableResult
  func writeUserDeck(bytes: [UInt8], named name: String) throws -> String {
    let directory = URL(fileURLWithPath: userDeckDirectoryPath, isDirectory: true)
    try write(bytes: bytes, to: name, in: directory)
    return userDeckDirectoryPath + "/" + name
  }
}
