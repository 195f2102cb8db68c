/// A program that records, plays or speaks, with its arguments. `{out}` (recording) and `{in}`
/// (playing) stand for the audio file and are filled in by `arguments(file:)`.
public struct AudioCommand: Equatable, Sendable {
  /// How the command starts: a program with its arguments, or a line the shell runs (a user's
  /// `--recorder CMD` may use pipes and quoting).
  public enum Form: Equatable, Sendable {
    /// The program's path and its arguments, started directly.
    case program(String, [String])
    /// A command line for `/bin/sh -c`.
    case shell(String)
  }

  /// How it starts.
  public var form: Form

  /// A command from its form.
  public init(_ form: Form) {
    self.form = form
  }

  /// A user's command line (`--recorder CMD`, `--player CMD`). If it names no `{placeholder}`,
  /// the file is added at its end, as most programs take it.
  public init(userCommand: String, placeholder: AudioCommand.Placeholder) {
    let line =
      userCommand.contains(placeholder.rawValue)
      ? userCommand : userCommand + " " + placeholder.rawValue
    self.init(.shell(line))
  }

  /// Which file a command names.
  public enum Placeholder: String, Sendable {
    /// The file a recorder writes.
    case output = "{out}"
    /// The file a player reads.
    case input = "{in}"
  }

  /// The program and arguments to start, with the file filled in. A shell line gets the path
  /// single-quoted, so a data directory with spaces or quotes in its name stays one argument.
  public func arguments(file: String) -> [String] {
    switch form {
    case .program(let program, let arguments):
      return [program]
        + arguments.map {
          $0.replacing(Placeholder.output.rawValue, with: file)
            .replacing(Placeholder.input.rawValue, with: file)
        }
    case .shell(let line):
      let quoted = "'" + file.replacing("'", with: "'\\''") + "'"
      let filled = line.replacing(Placeholder.output.rawValue, with: quoted)
        .replacing(Placeholder.input.rawValue, with: quoted)
      return ["/bin/sh", "-c", filled]
    }
  }

  /// What is started on `file`, for a recorder or player the app stops itself. A program goes
  /// through `deathSignalWrapper` (util-linux's `setpriv`, when installed), so it gets
  /// `deathSignal` if the app dies without stopping it (killed with SIGKILL). A shell line that
  /// is one plain command runs by `exec`, so the program is the app's own child, stopped and
  /// reaped by it, not a grandchild left for init; any other line runs as written (a death
  /// signal would reach only the shell, not its pipeline).
  public func launchArguments(
    file: String, deathSignal: String, deathSignalWrapper: String?
  ) -> [String] {
    let arguments = arguments(file: file)
    switch form {
    case .program:
      guard let deathSignalWrapper else { return arguments }
      return [deathSignalWrapper, "--pdeathsig", deathSignal, "--"] + arguments
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

  /// The command as a person would type it, for `speech check` and error messages.
  public var display: String {
    switch form {
    case .program(let program, let arguments): ([program] + arguments).joined(separator: " ")
    case .shell(let line): line
    }
  }
}

/// Which programs spoken mode uses on this machine, found on the PATH in a fixed order of
/// preference: ALSA's tools first (on every Linux with sound), then sox, then PipeWire's and
/// PulseAudio's own. Each records 16 kHz mono 16-bit WAV, what the transcriber reads best.
public enum AudioPrograms {
  /// A program name and the arguments it is started with.
  struct Candidate {
    let name: String
    let arguments: [String]
  }

  static let recorders = [
    Candidate(
      name: "arecord",
      arguments: ["-q", "-f", "S16_LE", "-r", "16000", "-c", "1", "-t", "wav", "{out}"]),
    Candidate(name: "rec", arguments: ["-q", "-r", "16000", "-c", "1", "-b", "16", "{out}"]),
    Candidate(
      name: "pw-record",
      arguments: ["--rate", "16000", "--channels", "1", "--format", "s16", "{out}"]),
    Candidate(
      name: "parecord",
      arguments: ["--rate=16000", "--channels=1", "--format=s16le", "--file-format=wav", "{out}"]),
  ]

  static let players = [
    Candidate(name: "aplay", arguments: ["-q", "{in}"]),
    Candidate(name: "play", arguments: ["-q", "{in}"]),
    Candidate(name: "pw-play", arguments: ["{in}"]),
    Candidate(name: "paplay", arguments: ["{in}"]),
  ]

  /// The recorder to use: the first found, or nil when none is installed.
  /// `findProgram` maps a program's name to its full path when it is on the PATH.
  public static func recorder(findProgram: (String) -> String?) -> AudioCommand? {
    first(of: recorders, findProgram: findProgram)
  }

  /// The player to use: the first found, or nil when none is installed.
  public static func player(findProgram: (String) -> String?) -> AudioCommand? {
    first(of: players, findProgram: findProgram)
  }

  /// The espeak-ng program's path, which reads the panel's questions aloud, or nil.
  public static func voice(findProgram: (String) -> String?) -> String? {
    findProgram("espeak-ng")
  }

  private static func first(of candidates: [Candidate], findProgram: (String) -> String?)
    -> AudioCommand?
  {
    for candidate in candidates {
      if let path = findProgram(candidate.name) {
        return AudioCommand(.program(path, candidate.arguments))
      }
    }
    return nil
  }

  /// Looks a program up on a PATH value the way a shell does: the first directory in which
  /// `isExecutable` says the file can be run. Pure, so tests give their own PATH and checker.
  public static func find(
    _ name: String, path: String, isExecutable: (String) -> Bool
  ) -> String? {
    if name.contains("/") { return isExecutable(name) ? name : nil }
    for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
      let candidate = String(directory.hasSuffix("/") ? directory + name : directory + "/" + name)
      if isExecutable(candidate) { return candidate }
    }
    return nil
  }
}
