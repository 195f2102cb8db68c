#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Plays one recording at a time through the player program: started on a file, asked whether
/// it has ended, stopped on request, and always reaped, so review never leaves a player playing
/// on or a zombie behind.
public final class RecordingPlayer {
  /// Where the playback stands, as `poll()` finds it.
  public enum State: Equatable, Sendable {
    /// Nothing was started, or what was has been stopped.
    case idle
    /// The player is running.
    case playing
    /// The player ended by itself: cleanly (nil), or with the one-line reason it failed.
    case ended(problem: String?)
  }

  /// The player command, `{in}` standing for the file.
  public let command: AudioCommand
  /// util-linux's `setpriv`, when installed: a player program started through it is stopped if
  /// the app dies without stopping it (killed with SIGKILL), instead of playing on unseen.
  public let deathSignalWrapper: String?
  /// How long a stopped player is given to end before it is killed: short, since a key waits.
  static let stopGraceMilliseconds = 500
  private var process: ChildProcess?

  /// A player that runs `command`, through `deathSignalWrapper` when given.
  public init(command: AudioCommand, deathSignalWrapper: String? = nil) {
    self.command = command
    self.deathSignalWrapper = deathSignalWrapper
  }

  deinit { stop() }

  /// What is started to play `file`. A program is wrapped so it hears of the app's death; a
  /// user's shell line is not: the signal would reach only the shell, not its pipeline. A line
  /// that is one plain command is run by `exec`, so the player itself is the app's child, reaped
  /// by it when stopped, rather than a grandchild left for init to reap.
  public func arguments(file: String) -> [String] {
    let arguments = command.arguments(file: file)
    switch command.form {
    case .program:
      guard let deathSignalWrapper else { return arguments }
      return [deathSignalWrapper, "--pdeathsig", "TERM", "--"] + arguments
    case .shell(let line):
      guard Self.isOneCommand(line), arguments.count == 3 else { return arguments }
      return [arguments[0], arguments[1], "exec " + arguments[2]]
    }
  }

  /// Whether a shell line is a single command: none of the characters that chain, pipe,
  /// redirect, group or substitute, for which `exec` would change what the line does.
  static func isOneCommand(_ line: String) -> Bool {
    !line.contains { ";&|<>()$`\n".contains($0) }
  }

  /// Starts playing `file`, stopping anything still playing first; throws the one-line reason
  /// when the player cannot start.
  public func play(_ file: String) throws(ChildProcessFailure) {
    stop()
    process = try ChildProcess.start(arguments(file: file))
  }

  /// The player's process id while it runs, for tests that check it is gone.
  public var pid: pid_t? { process?.pid }

  /// Whether the player ended, reaping it if so.
  public func poll() -> State {
    guard let process else { return .idle }
    if process.isRunning { return .playing }
    self.process = nil
    let ending = process.ending ?? .exited(0)
    guard ending.isClean() else {
      return .ended(
        problem: "The player failed: " + (process.lastErrorLine ?? "\(command.display) \(ending)"))
    }
    return .ended(problem: nil)
  }

  /// Stops the player, its whole process group, and waits for it: SIGTERM, then SIGKILL if it
  /// has not ended within half a second.
  public func stop() {
    guard let process else { return }
    self.process = nil
    process.signal(SIGTERM)
    if process.wait(milliseconds: Self.stopGraceMilliseconds) == nil {
      process.signal(SIGKILL)
      _ = process.waitUntilExit()
    }
  }
}
