/// What `secondround speech setup` finds before it starts.
public struct SpeechSetupState: Equatable, Sendable {
  /// Whether the virtual environment's Python is there.
  public var environmentExists: Bool
  /// The stamp's text, nil when there is none.
  public var stamp: String?
  /// The helper script's text as installed, nil when there is none.
  public var script: String?

  /// A state from what is on disk.
  public init(environmentExists: Bool, stamp: String?, script: String?) {
    self.environmentExists = environmentExists
    self.stamp = stamp
    self.script = script
  }
}

/// One thing `speech setup` does.
public enum SpeechSetupStep: Equatable, Sendable {
  /// Deletes the virtual environment, for `--force`.
  case removeEnvironment
  /// `python3 -m venv`.
  case createEnvironment
  /// `pip install` of the pinned packages.
  case installPackages([String])
  /// Writes the helper script from the binary.
  case writeScript
  /// Transcribes a second of silence with the installed helper and model.
  case selfTest
  /// Records that the set-up is complete, last, so a broken run is redone next time.
  case writeStamp
}

/// Decides what `speech setup` has to do, so that a second run does nothing and a run after a
/// failure or an upgrade does only what is missing.
public enum SpeechSetupPlan {
  /// The steps for `state`; empty when everything is already in place.
  public static func steps(for state: SpeechSetupState, force: Bool) -> [SpeechSetupStep] {
    let install: [SpeechSetupStep] = [
      .installPackages(TranscriberScript.requirements), .writeScript, .selfTest, .writeStamp,
    ]
    if force {
      return (state.environmentExists ? [.removeEnvironment] : []) + [.createEnvironment]
        + install
    }
    guard state.environmentExists else { return [.createEnvironment] + install }
    guard state.stamp == SpeechInstallation.stampText else { return install }
    guard state.script == TranscriberScript.source else { return [.writeScript, .selfTest] }
    return []
  }
}

/// Turns what a failed set-up command printed into one line the user can act on.
public enum SpeechSetupFailure {
  /// The line for a failed `python3 -m venv`.
  public static func environment(output: String) -> String {
    // Python wraps this message over lines ("ensurepip is not\navailable"): match it as prose.
    let prose = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if prose.contains("ensurepip is not available") || prose.contains("No module named venv")
      || prose.contains("No module named 'venv'")
    {
      return "python3 cannot make virtual environments: install its venv module "
        + "(on Debian and Ubuntu: apt-get install python3-venv) and run 'secondround speech "
        + "setup' again"
    }
    return "python3 -m venv failed: \(lastLine(output) ?? "it said nothing")"
  }

  /// The line for a failed `pip install`.
  public static func install(output: String) -> String {
    let offline = [
      "Failed to establish a new connection", "Temporary failure in name resolution",
      "Network is unreachable", "No matching distribution found", "Could not find a version",
      "Read timed out", "Name or service not known",
    ]
    let prose = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if offline.contains(where: prose.contains) {
      return "could not download the transcriber's packages from PyPI: check the network "
        + "connection and run 'secondround speech setup' again"
    }
    if prose.contains("No space left on device") {
      return "no space left to install the transcriber (it needs about 550 MB)"
    }
    return "pip install failed: \(lastLine(output) ?? "it said nothing")"
  }

  private static func lastLine(_ output: String) -> String? {
    output.split(whereSeparator: \.isNewline).last { !$0.allSatisfy(\.isWhitespace) }
      .map { $0.trimmingPrefix(while: \.isWhitespace) }.map(String.init)
  }
}
