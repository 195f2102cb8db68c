#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A program spoken mode starts (the recorder, the player, the voice, a transcriber command):
/// in a process group of its own, so a stop reaches every process of a shell pipeline; reading
/// nothing from the terminal (stdin is /dev/null), so it never takes the user's keys; its error
/// output kept for the one-line message when it fails.
public final class ChildProcess {
  /// How a child ended.
  public enum Ending: Equatable, Sendable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it.
    case signalled(Int32)

    /// Whether it exited with status 0, or ended by the signal it was asked to stop with.
    public func isClean(stoppedWith signal: Int32? = nil) -> Bool {
      switch self {
      case .exited(let status): status == 0
      case .signalled(let received): received == signal
      }
    }
  }

  /// The process id.
  public let pid: pid_t
  private let errorOutput: Int32
  private let standardOutput: Int32?
  private var collected: [UInt8] = []
  private var printed: [UInt8] = []
  /// How it ended, once it has.
  public private(set) var ending: Ending?

  private init(pid: pid_t, errorOutput: Int32, standardOutput: Int32?) {
    self.pid = pid
    self.errorOutput = errorOutput
    self.standardOutput = standardOutput
  }

  deinit {
    close(errorOutput)
    if let standardOutput { close(standardOutput) }
  }

  /// Starts `arguments` (a program's path, then its arguments). `input` is written to its
  /// stdin (nil: /dev/null); `capturesOutput` keeps its stdout to read with `output`, else it
  /// goes to /dev/null. Throws a one-line reason when it cannot start.
  public static func start(
    _ arguments: [String], input: String? = nil, capturesOutput: Bool = false
  ) throws(ChildProcessFailure) -> ChildProcess {
    guard let program = arguments.first else { throw ChildProcessFailure("no program given") }
    var errorPipe: [Int32] = [-1, -1]
    var outputPipe: [Int32] = [-1, -1]
    var inputPipe: [Int32] = [-1, -1]
    guard pipe(&errorPipe) == 0 else { throw ChildProcessFailure(String(cString: strerror(errno))) }
    if capturesOutput, pipe(&outputPipe) != 0 {
      close(errorPipe[0])
      close(errorPipe[1])
      throw ChildProcessFailure(String(cString: strerror(errno)))
    }
    if input != nil, pipe(&inputPipe) != 0 {
      for descriptor in errorPipe + outputPipe where descriptor >= 0 { close(descriptor) }
      throw ChildProcessFailure(String(cString: strerror(errno)))
    }
    #if canImport(Glibc)
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #else
      var actions: posix_spawn_file_actions_t?
      var attributes: posix_spawnattr_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    if input != nil {
      posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
    } else {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    }
    if capturesOutput {
      posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
    for descriptor in errorPipe + outputPipe + inputPipe where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    // Its own group: a stop signals the whole pipeline, and Ctrl-C at the terminal reaches the
    // app, which stops it in order, rather than the recorder directly.
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var result = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
    // "Text file busy": a program written a moment ago (a stand-in script) is still open for
    // writing in a child another thread is starting; that child closes it when it execs.
    var retries = 0
    while result == ETXTBSY, retries < 20 {
      retries += 1
      usleep(10_000)
      result = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
    }
    close(errorPipe[1])
    if capturesOutput { close(outputPipe[1]) }
    if input != nil { close(inputPipe[0]) }
    guard result == 0 else {
      close(errorPipe[0])
      if capturesOutput { close(outputPipe[0]) }
      if input != nil { close(inputPipe[1]) }
      throw ChildProcessFailure("\(program): \(String(cString: strerror(result)))")
    }
    if let input {
      // Small texts (a question to read aloud): the pipe holds them whole.
      writeHoldingBackBrokenPipe(Array(input.utf8), to: inputPipe[1])
      close(inputPipe[1])
    }
    _ = fcntl(errorPipe[0], F_SETFL, fcntl(errorPipe[0], F_GETFL) | O_NONBLOCK)
    if capturesOutput {
      _ = fcntl(outputPipe[0], F_SETFL, fcntl(outputPipe[0], F_GETFL) | O_NONBLOCK)
    }
    return ChildProcess(
      pid: pid, errorOutput: errorPipe[0], standardOutput: capturesOutput ? outputPipe[0] : nil)
  }

  /// Writes `bytes` to `descriptor` with SIGPIPE held back on this thread: a program that
  /// ends without reading its input (a voice that fails at once) must not end the app with it.
  /// The write then fails with EPIPE, which is all the caller needs to know.
  static func writeHoldingBackBrokenPipe(_ bytes: [UInt8], to descriptor: Int32) {
    var brokenPipe = sigset_t()
    sigemptyset(&brokenPipe)
    sigaddset(&brokenPipe, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &brokenPipe, &previous)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if written < 0, errno == EPIPE, sigismember(&previous, SIGPIPE) == 0 {
      // Take the signal this write raised, so it is not delivered when unblocked.
      var pending = sigset_t()
      sigpending(&pending)
      if sigismember(&pending, SIGPIPE) == 1 {
        var now = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&brokenPipe, nil, &now)
      }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
  }

  /// Whether it is still running (reaping it if it has ended).
  public var isRunning: Bool {
    poll()
    return ending == nil
  }

  /// Whether the process `pid`, a child of this one, has ended, asked without collecting how
  /// (its `ChildProcess` still does): safe from another thread while the owner waits for it.
  public static func hasEnded(_ pid: pid_t) -> Bool {
    var info = siginfo_t()
    // ECHILD: the owner already collected it.
    guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return true }
    return info._sifields._sigchld.si_pid == pid
  }

  /// Sends `signal` to its process group.
  public func signal(_ signal: Int32) {
    guard ending == nil else { return }
    kill(-pid, signal)
  }

  /// Waits up to `milliseconds` for it to end; returns how it ended, or nil if it still runs.
  @discardableResult
  public func wait(milliseconds: Int) -> Ending? {
    var waited = 0
    while true {
      poll()
      if let ending { return ending }
      guard waited < milliseconds else { return nil }
      usleep(10_000)
      waited += 10
    }
  }

  /// Waits for it to end, however long that takes.
  public func waitUntilExit() -> Ending {
    while true {
      if let ending = wait(milliseconds: 60_000) { return ending }
    }
  }

  /// Stops it as a recorder expects: SIGINT (arecord and sox finish the file's header), then
  /// SIGTERM and SIGKILL if it does not end within `grace` milliseconds each.
  @discardableResult
  public func stop(grace: Int = 2_000) -> Ending {
    for stopSignal in [SIGINT, SIGTERM] {
      signal(stopSignal)
      if let ending = wait(milliseconds: grace) { return ending }
    }
    signal(SIGKILL)
    return waitUntilExit()
  }

  /// The last line it wrote to its error output, for a one-line message.
  public var lastErrorLine: String? {
    drain()
    let text = String(decoding: collected, as: UTF8.self)
    return text.split(whereSeparator: \.isNewline).last.map(String.init)
  }

  /// What it wrote to its standard output so far (with `capturesOutput`).
  public var output: [UInt8] {
    drain()
    return printed
  }

  private func poll() {
    guard ending == nil else { return }
    drain()
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG)
    guard result == pid else { return }
    // WIFEXITED and friends are macros Swift cannot call: the low 7 bits are the signal.
    let signal = status & 0x7F
    ending = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    drain()
  }

  /// Reads what the pipes hold now, so a chatty child never blocks on a full pipe.
  private func drain() {
    Self.read(errorOutput, into: &collected)
    if let standardOutput { Self.read(standardOutput, into: &printed) }
  }

  private static func read(_ descriptor: Int32, into buffer: inout [UInt8]) {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      buffer += chunk[0..<count]
      // Only the end matters for messages; a child that prints megabytes is not kept whole.
      if buffer.count > 1 << 20 { buffer.removeFirst(buffer.count - (1 << 20)) }
    }
  }
}

/// Why a program could not be started, in one line.
public struct ChildProcessFailure: Error, Equatable, Sendable {
  /// The reason.
  public var message: String

  /// A failure with its reason.
  public init(_ message: String) {
    self.message = message
  }
}

/// The C library's `read`, under a name the type's own `read` does not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
