import Foundation

/// Bounded polling: tests wait for something to become true, never for a fixed time alone.
enum Poll {
  /// How long a test waits for the app to react before it gives up and fails.
  static let deadlineSeconds = 10.0
  /// How often a condition is checked.
  static let intervalSeconds = 0.05

  /// Checks `condition` every `interval` until it holds (true) or `timeout` passes (false).
  static func until(
    timeout: Double = deadlineSeconds, interval: Double = intervalSeconds,
    _ condition: () throws -> Bool
  ) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if try condition() { return true }
      if Date() >= deadline { return false }
      Thread.sleep(forTimeInterval: interval)
    }
  }

  /// The first non-nil value of `probe`, checked every `interval`, or nil after `timeout`.
  static func value<T>(
    timeout: Double = deadlineSeconds, interval: Double = intervalSeconds,
    _ probe: () throws -> T?
  ) rethrows -> T? {
    var found: T?
    _ = try until(timeout: timeout, interval: interval) {
      found = try probe()
      return found != nil
    }
    return found
  }
}

/// How a live process ended.
struct Termination: Equatable, CustomStringConvertible {
  /// The exit status, or the signal number when `bySignal`.
  var status: Int32
  /// Whether a signal killed it (rather than it calling exit).
  var bySignal: Bool

  var description: String { bySignal ? "killed by signal \(status)" : "exit \(status)" }
}

/// The binary running in the background with a stdin pipe the test writes to, for what a
/// one-shot run cannot show: a process waiting for input, holding the store's lock, or taking
/// a signal. It is started with `Spawn`, so signals reach it as they would from a shell.
///
/// Output goes to files, read while the process runs, so the child never blocks on a full pipe.
final class LiveProcess {
  /// The child's pid, for signals.
  let pid: pid_t
  private let input: FileHandle
  private let stdoutURL: URL
  private let stderrURL: URL
  private var ended: Termination?

  /// Starts `binary` with exactly `environment` in `directory`; output files go in `scratch`.
  /// `blocked` signals start blocked, as a careless parent might leave them.
  init(
    binary: URL, arguments: [String], environment: [String: String], directory: URL,
    scratch: URL, blocked: [Int32] = []
  ) throws {
    // A write to the pipe of a child that already exited must fail the test, not kill the
    // test process with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let name = UUID().uuidString
    stdoutURL = scratch.appendingPathComponent("\(name).stdout")
    stderrURL = scratch.appendingPathComponent("\(name).stderr")
    let output = open(stdoutURL.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    let errors = open(stderrURL.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    // Close-on-exec, so no other test's child inherits the write end and keeps it open
    // (pipe2 is not visible from Swift; Foundation's spawns close stray descriptors anyway).
    var ends: [Int32] = [-1, -1]
    var piped = pipe(&ends)
    for end in ends where piped == 0 {
      piped = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    defer {
      [output, errors, ends[0]].forEach { if $0 >= 0 { close($0) } }
    }
    guard output >= 0, errors >= 0, piped == 0 else {
      if ends[1] >= 0 { close(ends[1]) }
      throw BinaryRunnerError(description: "cannot open files or a pipe in \(scratch.path)")
    }
    input = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    pid = try Spawn.start(
      binary.path, arguments: arguments, environment: environment, directory: directory.path,
      stdin: ends[0], stdout: output, stderr: errors, blocked: blocked)
  }

  deinit {
    // A failed test must not leave the app running (and holding a store lock) behind it.
    if ended == nil, Spawn.reap(pid) == nil {
      kill(pid, SIGKILL)
      _ = Poll.value { Spawn.reap(pid) }
    }
    try? input.close()
  }

  /// Everything the process has written to stdout so far.
  var stdout: String { Self.read(stdoutURL) }

  /// Everything the process has written to stderr so far.
  var stderr: String { Self.read(stderrURL) }

  /// Writes `text` to the process's stdin.
  func send(_ text: String) throws {
    try send(bytes: Array(text.utf8))
  }

  /// Writes raw `bytes` to the process's stdin.
  func send(bytes: [UInt8]) throws {
    try input.write(contentsOf: Data(bytes))
  }

  /// Closes stdin: the process reads end of input.
  func closeInput() {
    try? input.close()
  }

  /// Sends `signal` to the process.
  func send(signal: Int32) {
    kill(pid, signal)
  }

  /// Whether the process is still running (reaping it if it has just ended).
  var isRunning: Bool {
    if ended != nil { return false }
    ended = Spawn.reap(pid)
    return ended == nil
  }

  /// Waits until stdout satisfies `predicate`; nil if it does not within `timeout` or the process
  /// exits first.
  @discardableResult
  func waitForStdout(timeout: Double = Poll.deadlineSeconds, _ predicate: (String) -> Bool)
    -> String?
  {
    var matched: String?
    _ = Poll.until(timeout: timeout) {
      // Whether it exited is read before the output, so output written just before exiting
      // is still seen.
      let exited = !isRunning
      let text = stdout
      if predicate(text) { matched = text }
      return matched != nil || exited
    }
    return matched
  }

  /// Waits for the process to end; nil if it is still running after `timeout`.
  func waitForExit(timeout: Double = Poll.deadlineSeconds) -> Termination? {
    _ = Poll.until(timeout: timeout) { !isRunning }
    return ended
  }

  private static func read(_ url: URL) -> String {
    String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
  }
}

extension Sandbox {
  /// Starts the built binary in the background with a stdin pipe; see `LiveProcess`.
  func start(
    _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil,
    blocked: [Int32] = []
  ) throws -> LiveProcess {
    try LiveProcess(
      binary: BinaryRunner.binaryURL(), arguments: arguments,
      environment: environment ?? self.environment, directory: directory ?? work,
      scratch: scratch, blocked: blocked)
  }
}

/// Drives `rehearse --plain` through its prompts: the app prints a prompt (`> ` or `? `) without
/// a newline whenever it waits for a line, so "stdout grew and ends with a prompt" means the
/// app has handled the last line and is waiting for the next.
final class PlainDriver {
  /// The running rehearsal.
  let process: LiveProcess
  /// How much of stdout earlier prompts have accounted for.
  private var consumed = 0

  init(_ process: LiveProcess) {
    self.process = process
  }

  /// The output since the last prompt, up to and including the next one; nil if the app does
  /// not prompt again within the deadline (it exited, or hangs).
  func nextPrompt(timeout: Double = Poll.deadlineSeconds) -> String? {
    let start = consumed
    guard
      let text = process.waitForStdout(
        timeout: timeout,
        { text in
          text.utf8.count > start && (text.hasSuffix("> ") || text.hasSuffix("? "))
        })
    else { return nil }
    let bytes = Array(text.utf8)
    consumed = bytes.count
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  /// Sends one answer line.
  func answer(_ line: String) throws {
    try process.send(line + "\n")
  }
}
