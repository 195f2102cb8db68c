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

  /// What is started to play `file` (see `AudioCommand.launchArguments`).
  public func arguments(file: String) -> [String] {
    command.launchArguments(
      file: file, deathSignal: "TERM", deathSignalWrapper: deathSignalWrapper)
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
