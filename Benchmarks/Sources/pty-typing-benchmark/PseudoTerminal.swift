import Glibc

/// A program running on the far side of a pseudo-terminal of its own, as `script` or `expect`
/// would run it: the benchmark writes keys to the master side and reads the screen output back.
final class PseudoTerminal {
  /// The child's process id.
  let pid: pid_t
  /// The master side of the pty.
  private let master: Int32
  /// When the child was spawned, on the monotonic clock.
  let spawned: UInt64
  /// Output bytes read so far.
  private(set) var bytesRead = 0
  /// Every byte read since `startCapture()`, to look for text on screen.
  private(set) var captured: [UInt8] = []
  private var capturing = false

  /// Spawns `arguments[0]` (an absolute path) with `environment` on a new 80x24 pty.
  init(arguments: [String], environment: [String: String], rows: UInt16 = 24, columns: UInt16 = 80)
  {
    // Everything the child needs is built before the fork: after it, only exec is safe.
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard let program = argv[0] else { fatalError("no program to run") }
    var masterSide: Int32 = -1
    let started = Clock.nanoseconds()
    let child = forkpty(&masterSide, nil, nil, &size)
    if child == 0 {
      execve(program, argv, envp)
      _exit(127)
    }
    guard child > 0 else { fatalError("forkpty failed: errno \(errno)") }
    for pointer in argv + envp { free(pointer) }
    pid = child
    master = masterSide
    spawned = started
  }

  deinit { close(master) }

  /// Writes `bytes` to the terminal as if typed; returns when the kernel has them.
  func type(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        fatalError("write to pty failed: errno \(errno)")
      }
      offset += written
    }
  }

  /// Starts keeping the output read from now on, for `screenContains`.
  func startCapture() {
    captured = []
    capturing = true
  }

  /// Whether the captured output holds `text` (drawn in one run, as curses draws a label).
  func capturedContains(_ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard needle.count <= captured.count else { return false }
    for start in 0...(captured.count - needle.count)
    where captured[start] == needle[0] && Array(captured[start..<start + needle.count]) == needle {
      return true
    }
    return false
  }

  /// Waits up to `timeoutMicroseconds` for output, reads what is there, and returns the time
  /// the first byte was read, or nil when nothing came.
  @discardableResult
  func read(timeoutMicroseconds: Int) -> UInt64? {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    var timeout = timespec(
      tv_sec: timeoutMicroseconds / 1_000_000,
      tv_nsec: (timeoutMicroseconds % 1_000_000) * 1000)
    let ready = pollWithTimespec(&descriptor, 1, &timeout, nil)
    guard ready > 0 else { return nil }
    let arrived = Clock.nanoseconds()
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    bytesRead += count
    if capturing { captured.append(contentsOf: buffer[0..<count]) }
    return arrived
  }

  /// Reads until the output has been quiet for `quietMicroseconds`; returns when the last
  /// byte came, or nil if none did.
  @discardableResult
  func drain(quietMicroseconds: Int) -> UInt64? {
    var last: UInt64?
    while let arrived = read(timeoutMicroseconds: quietMicroseconds) { last = arrived }
    return last
  }

  /// Asks the child to stop with `signal`, then kills it if it is still there after two
  /// seconds; returns its resource usage, draining the output meanwhile so it never blocks.
  func finish(signal: Int32) -> rusage {
    kill(pid, signal)
    var usage = rusage()
    var status: Int32 = 0
    let deadline = Clock.nanoseconds() + 2_000_000_000
    var killed = false
    while true {
      let done = wait4(pid, &status, WNOHANG, &usage)
      if done == pid { return usage }
      if !killed, Clock.nanoseconds() > deadline {
        kill(pid, SIGKILL)
        killed = true
      }
      read(timeoutMicroseconds: 10_000)
    }
  }
}

/// The monotonic clock in nanoseconds.
enum Clock {
  static func nanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
  }
}

/// ppoll(2), which Glibc's module leaves out (it needs _GNU_SOURCE): poll's millisecond timeout
/// is too coarse to wait a fraction of a millisecond for the rest of a frame.
@_silgen_name("ppoll")
private func pollWithTimespec(
  _ descriptors: UnsafeMutablePointer<pollfd>, _ count: UInt, _ timeout: UnsafePointer<timespec>?,
  _ signalMask: UnsafeRawPointer?
) -> Int32
