import Foundation

/// Starts child processes the way a shell would: every signal unblocked and at its default.
///
/// Foundation's `Process` passes on the spawning thread's signal mask, and the test runner's
/// threads block SIGINT, SIGTERM and SIGHUP; a child started that way never sees those signals,
/// which hides exactly what the signal tests are about. tmux inherits the mask the same way and
/// hands it to the app in its pane, so the tmux commands are started here too.
enum Spawn {
  /// Starts `executable` with `arguments` and exactly `environment` in `directory`, its stdin,
  /// stdout and stderr on the given descriptors, and `blocked` signals blocked (normally none).
  ///
  /// The descriptors are duplicated into the child; the caller keeps and closes its own.
  static func start(
    _ executable: String, arguments: [String], environment: [String: String], directory: String,
    stdin: Int32, stdout: Int32, stderr: Int32, blocked: [Int32] = []
  ) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var mask = sigset_t()
    sigemptyset(&mask)
    for signal in blocked { sigaddset(&mask, signal) }
    posix_spawnattr_setsigmask(&attributes, &mask)
    // SIGPIPE is ignored in the test process (see LiveProcess); the child gets the default back.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    // Descriptors other tests opened without close-on-exec must not leak into this child (a
    // leaked pipe end would keep another test's child from ever seeing end of input).
    _ = closeFrom(&actions, 3)
    _ = changeDirectory(&actions, directory)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard status == 0 else {
      throw BinaryRunnerError(
        description: "cannot start \(executable) \(arguments): \(String(cString: strerror(status)))"
      )
    }
    return pid
  }

  /// glibc's `posix_spawn_file_actions_addclosefrom_np` and `_addchdir_np` (2.34 and 2.29),
  /// which its headers declare only under _GNU_SOURCE, so Swift cannot see them; looked up once.
  private static let closeFrom: FileActionWithDescriptor = lookUp(
    "posix_spawn_file_actions_addclosefrom_np")
  private static let changeDirectory: FileActionWithPath = lookUp(
    "posix_spawn_file_actions_addchdir_np")

  private typealias FileActionWithDescriptor =
    @convention(c) (
      UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32
    ) -> Int32
  private typealias FileActionWithPath =
    @convention(c) (
      UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
    ) -> Int32

  private static func lookUp<T>(_ name: String) -> T {
    // A glibc without these is older than this project supports; failing loudly says so.
    guard let symbol = dlsym(nil, name) else { fatalError("glibc lacks \(name)") }
    return unsafeBitCast(symbol, to: T.self)
  }

  /// Whether `pid` has ended, reaping it: its termination, or nil while it runs.
  static func reap(_ pid: pid_t) -> Termination? {
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG)
    guard result == pid else { return nil }
    // The <sys/wait.h> macros are not visible to Swift; these are their glibc definitions.
    let signal = status & 0x7F
    if signal == 0 { return Termination(status: (status >> 8) & 0xFF, bySignal: false) }
    return Termination(status: signal, bySignal: true)
  }

  /// Runs `executable` to the end (at most `timeout` seconds, then it is killed) and returns
  /// its termination and output; for short helper commands such as tmux's.
  static func run(
    _ executable: String, arguments: [String], environment: [String: String], directory: String,
    scratch: URL, timeout: Double = Poll.deadlineSeconds
  ) throws -> (termination: Termination, stdout: String, stderr: String) {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let name = UUID().uuidString
    let outPath = scratch.appendingPathComponent("\(name).out").path
    let errPath = scratch.appendingPathComponent("\(name).err").path
    let output = open(outPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    let errors = open(errPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    let input = open("/dev/null", O_RDONLY | O_CLOEXEC)
    defer {
      [output, errors, input].forEach { if $0 >= 0 { close($0) } }
      unlink(outPath)
      unlink(errPath)
    }
    guard output >= 0, errors >= 0, input >= 0 else {
      throw BinaryRunnerError(description: "cannot open files in \(scratch.path)")
    }
    let pid = try start(
      executable, arguments: arguments, environment: environment, directory: directory,
      stdin: input, stdout: output, stderr: errors)
    // Helper commands take a few milliseconds; the usual 50 ms poll would dominate every one.
    guard let ended = Poll.value(timeout: timeout, interval: 0.002, { reap(pid) }) else {
      kill(pid, SIGKILL)
      _ = Poll.value { reap(pid) }
      throw BinaryRunnerError(description: "\(executable) \(arguments) took over \(timeout) s")
    }
    let read = { (path: String) in
      String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
    }
    return (ended, read(outPath), read(errPath))
  }
}
