#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Records spoken answers with the recorder program: one recording per answer, started when
/// the candidate starts speaking and stopped on Enter. Files are made owner-only before the
/// recorder opens them (0600 in 0700 folders): an answer is as private as a transcript.
public struct SpokenAnswerRecorder: Sendable {
  /// The recorder and its arguments, `{out}` standing for the file.
  public let command: AudioCommand
  /// util-linux's `setpriv`, when installed: a recorder program started through it is sent
  /// SIGINT if the app dies without stopping it (killed with SIGKILL), so it finishes its file
  /// instead of recording on, unseen, until the disk fills.
  public let deathSignalWrapper: String?
  /// How long the start check lets the recorder run: a recorder that cannot open the
  /// microphone (or a command that is not found) fails well within it.
  public static let checkMilliseconds = 400

  /// A recorder that runs `command`, through `deathSignalWrapper` when given.
  public init(command: AudioCommand, deathSignalWrapper: String? = nil) {
    self.command = command
    self.deathSignalWrapper = deathSignalWrapper
  }

  /// What is started to record to `file` (see `AudioCommand.launchArguments`): SIGINT on the
  /// app's death, which recorders take as "stop and finish the file".
  public func arguments(file: String) -> [String] {
    command.launchArguments(file: file, deathSignal: "INT", deathSignalWrapper: deathSignalWrapper)
  }

  /// Tries the recorder once, before the interview starts, recording briefly to `probeFile`
  /// (removed after): nil when it started, else the one-line reason. A recorder that finishes
  /// at once without an error (a stand-in that copies a file) has started well enough.
  public func check(probeFile: String) -> String? {
    defer { unlink(probeFile) }
    let recording: Recording
    do {
      recording = try start(recordingTo: probeFile)
    } catch {
      return error.message
    }
    if let ending = recording.process.wait(milliseconds: Self.checkMilliseconds) {
      guard ending.isClean() else { return Self.failure(command, recording.process, ending) }
      return nil
    }
    recording.process.stop()
    return nil
  }

  /// Starts recording to `file` (absolute), creating its folder 0700 and the file 0600 first.
  public func start(recordingTo file: String) throws(RecordingFailure) -> Recording {
    try PrivateFiles.prepare(file)
    do {
      let process = try ChildProcess.start(arguments(file: file))
      return Recording(file: file, process: process, command: command)
    } catch {
      throw RecordingFailure("the recorder could not start (\(command.display)): \(error.message)")
    }
  }

  /// The one line for a recorder that ended badly: its last error line, else its status.
  static func failure(
    _ command: AudioCommand, _ process: ChildProcess, _ ending: ChildProcess.Ending
  )
    -> String
  {
    let why: String
    if let line = process.lastErrorLine, !line.isEmpty {
      why = line
    } else {
      switch ending {
      case .exited(let status): why = "it exited with status \(status)"
      case .signalled(let signal): why = "it was stopped by signal \(signal)"
      }
    }
    return "the recorder could not start (\(command.display)): \(why)"
  }
}

/// One answer being recorded.
public final class Recording {
  /// The file being written.
  public let file: String
  /// The recorder.
  let process: ChildProcess
  let command: AudioCommand

  init(file: String, process: ChildProcess, command: AudioCommand) {
    self.file = file
    self.process = process
    self.command = command
  }

  /// Whether the recorder is still recording; one that ended by itself has simply finished.
  public var isRecording: Bool { process.isRunning }

  /// The recorder's process id, for a watcher on another thread (`ChildProcess.hasEnded`).
  public var recorderID: pid_t { process.pid }

  /// Stops the recorder (SIGINT, as arecord and sox expect to finish the file, then harder if
  /// it hangs) and makes sure the file is owner-only. Returns a one-line problem when the
  /// recorder failed rather than finished, else nil; the file is kept either way.
  @discardableResult
  public func stop() -> String? {
    let ending = process.isRunning ? process.stop() : process.waitUntilExit()
    // A recorder may have replaced the file rather than written into it.
    chmod(file, 0o600)
    guard ending.isClean(stoppedWith: SIGINT) else {
      // arecord exits 1 after SIGINT on some systems; what it wrote is still the answer.
      if case .exited(1) = ending, (try? PrivateFiles.size(file)) ?? 0 > 44 { return nil }
      return SpokenAnswerRecorder.failure(command, process, ending)
        .replacing("could not start", with: "failed")
    }
    return nil
  }
}

/// Why recording could not start, in one line.
public struct RecordingFailure: Error, Equatable, Sendable {
  /// The reason.
  public var message: String

  /// A failure with its reason.
  public init(_ message: String) {
    self.message = message
  }
}

/// Owner-only folders and files for recordings.
public enum PrivateFiles {
  /// Creates the folders above `file` (0700 each, tightened if they exist) and `file` itself
  /// empty and 0600, so no moment exists when the recording is readable by others.
  public static func prepare(_ file: String) throws(RecordingFailure) {
    let folder = String(file[..<(file.lastIndex(of: "/") ?? file.startIndex)])
    try makeFolders(folder)
    let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else {
      throw RecordingFailure("cannot create \(file): \(String(cString: strerror(errno)))")
    }
    fchmod(descriptor, 0o600)
    close(descriptor)
  }

  /// Creates `folder` and the folders above it that are missing, 0700; an existing `folder` is
  /// tightened to 0700.
  public static func makeFolders(_ folder: String) throws(RecordingFailure) {
    guard !folder.isEmpty else { return }
    var path = folder.hasPrefix("/") ? "" : "."
    for part in folder.split(separator: "/") {
      path += "/" + part
      if mkdir(path, 0o700) != 0, errno != EEXIST {
        throw RecordingFailure("cannot create \(path): \(String(cString: strerror(errno)))")
      }
    }
    chmod(folder, 0o700)
  }

  /// The size of `file` in bytes.
  public static func size(_ file: String) throws(RecordingFailure) -> Int {
    var status = stat()
    guard stat(file, &status) == 0 else {
      throw RecordingFailure("cannot read \(file): \(String(cString: strerror(errno)))")
    }
    return Int(status.st_size)
  }
}
