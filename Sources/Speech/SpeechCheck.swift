/// What `secondround speech check` says about each part spoken mode uses, and whether spoken
/// mode can work with them: it needs a recorder and a transcriber; a player and a voice are
/// extras.
public struct SpeechCheck: Equatable, Sendable {
  /// Where the transcriber stands.
  public enum TranscriberState: Equatable, Sendable {
    /// Set up and current in `directory`.
    case ready(directory: String)
    /// Set up by an older SecondRound, or a set-up that did not finish.
    case incomplete(directory: String)
    /// Nothing installed.
    case notSetUp
  }

  /// One line per part, then the verdict.
  public var lines: [String]
  /// Whether spoken mode can record and transcribe.
  public var spokenModeWorks: Bool

  /// The report for what was found. `modelOverride` is `SECONDROUND_SPEECH_MODEL` when set.
  public init(
    recorder: AudioCommand?, player: AudioCommand?, voice: String?,
    transcriber: TranscriberState, modelOverride: String? = nil
  ) {
    let install = "install alsa-utils or sox"
    var lines = [
      "recorder: " + (recorder.map(Self.program) ?? "not found: \(install)"),
      "player: "
        + (player.map { Self.program($0) + " (optional)" }
          ?? "not found (optional: answers cannot be played back): \(install)"),
    ]
    let model = modelOverride.map { "the model in \($0) (SECONDROUND_SPEECH_MODEL)" }
    switch transcriber {
    case .ready(let directory):
      lines.append(
        "transcriber: Whisper (\(model ?? "tiny.en"), faster-whisper) in \(directory)")
    case .incomplete(let directory):
      lines.append(
        "transcriber: set-up in \(directory) is incomplete or out of date: run 'secondround "
          + "speech setup'")
    case .notSetUp:
      lines.append("transcriber: not set up: run 'secondround speech setup'")
    }
    lines.append(
      "voice: "
        + (voice.map { $0 + " (optional)" }
          ?? "not found (optional: questions are not read aloud): install espeak-ng"))
    var missing: [String] = []
    if recorder == nil { missing.append("no recorder") }
    if case .ready = transcriber {} else { missing.append("no transcriber") }
    lines.append(
      missing.isEmpty
        ? "Spoken mode can work."
        : "Spoken mode cannot work: \(missing.joined(separator: ", ")).")
    self.lines = lines
    spokenModeWorks = missing.isEmpty
  }

  /// The program a command starts, as a path.
  private static func program(_ command: AudioCommand) -> String {
    switch command.form {
    case .program(let path, _): path
    case .shell(let line): line
    }
  }
}
