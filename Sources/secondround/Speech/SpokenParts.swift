import Foundation
import InterviewCore
import Speech
import TranscriptStore

/// What a spoken rehearsal records, transcribes and reads aloud with, chosen and checked before
/// the interview starts, so a recorder or voice that cannot work is one line, not a surprise
/// halfway through.
struct SpokenParts {
  /// The recorder; nil when none is installed and none was given (answers are then timed only).
  var recorder: SpokenAnswerRecorder?
  /// Why the recorder found on the PATH is not used (it could not start), for a note.
  var recorderProblem: String?
  /// Plays a recording back (`:play`); nil without one.
  var player: AudioCommand?
  /// espeak-ng's path, when `--voice` reads the questions aloud.
  var voiceProgram: String?
  /// Turns each recording into text, in the background.
  var transcriber: any Transcriber
  /// The data directory, which recordings' paths are relative to.
  var dataDirectory: String

  /// The exit status for a part that cannot work (sysexits' EX_UNAVAILABLE).
  static let unavailable: Int32 = 69

  /// Chooses the parts for `settings` from the options and the PATH, and checks them: a
  /// `--recorder` that cannot start and a voice asked for but missing are errors here. A
  /// recorder only found on the PATH that cannot start (arecord on a machine without a
  /// microphone) leaves spoken mode as it was without one, timed only, with a note: the user
  /// did not ask for it.
  static func choose(
    settings: RehearsalSettings, recorderOption: String?, playerOption: String?,
    dataDirectory: String, environment: [String: String]
  ) throws(SpokenPartsFailure) -> SpokenParts {
    let find = { (name: String) in ProgramSearch.find(name, environment: environment) }
    var voiceProgram: String?
    if settings.readsQuestionsAloud {
      guard let program = AudioPrograms.voice(findProgram: find) else {
        throw SpokenPartsFailure(
          message: "--voice needs espeak-ng, which is not installed (on Debian and Ubuntu: "
            + "apt-get install espeak-ng)")
      }
      voiceProgram = program
    }
    let transcriber: any Transcriber
    switch TranscriberChoice.transcriber(environment: environment, dataDirectory: dataDirectory) {
    case .success(let chosen): transcriber = chosen
    case .failure(let failure): transcriber = MissingTranscriber(failure: failure)
    }
    var parts = SpokenParts(
      recorder: nil, recorderProblem: nil,
      player: playerOption.map { AudioCommand(userCommand: $0, placeholder: .input) }
        ?? AudioPrograms.player(findProgram: find),
      voiceProgram: voiceProgram, transcriber: transcriber, dataDirectory: dataDirectory)
    guard settings.mode == .spoken else { return parts }
    let command =
      recorderOption.map { AudioCommand(userCommand: $0, placeholder: .output) }
      ?? AudioPrograms.recorder(findProgram: find)
    guard let command else { return parts }
    let recorder = SpokenAnswerRecorder(command: command, deathSignalWrapper: find("setpriv"))
    let probe = "\(dataDirectory)/\(SessionAudio.folderName)/.recorder-check.wav"
    if let problem = recorder.check(probeFile: probe) {
      guard recorderOption == nil else {
        throw SpokenPartsFailure(message: problem)
      }
      parts.recorderProblem = problem
      return parts
    }
    parts.recorder = recorder
    return parts
  }
}

/// What the command line says about spoken mode's programs (`--recorder`, `--player`), with
/// the environment they are looked up in.
struct SpokenOptions {
  /// `--recorder CMD`.
  var recorder: String?
  /// `--player CMD`.
  var player: String?
  /// Where programs and the transcriber are looked up.
  var environment: [String: String] = ProcessEnvironment.current

  /// The parts `settings` need, chosen and checked; nil for a typed interview not read aloud.
  func parts(for settings: RehearsalSettings, dataDirectory: String) throws(SpokenPartsFailure)
    -> SpokenParts?
  {
    guard settings.mode == .spoken || settings.readsQuestionsAloud else { return nil }
    return try SpokenParts.choose(
      settings: settings, recorderOption: recorder, playerOption: player,
      dataDirectory: dataDirectory, environment: environment)
  }
  /// What review plays recordings with: `--player`, else the first player on the PATH; nil when
  /// there is none.
  func recordingPlayer() -> RecordingPlayer? {
    let find = { (name: String) in ProgramSearch.find(name, environment: environment) }
    let command =
      player.map { AudioCommand(userCommand: $0, placeholder: .input) }
      ?? AudioPrograms.player(findProgram: find)
    return command.map { RecordingPlayer(command: $0, deathSignalWrapper: find("setpriv")) }
  }
}

/// Why spoken mode cannot start as asked (a `--recorder` that cannot record, a voice asked for
/// and missing), in one line; the command exits with `SpokenParts.unavailable`.
struct SpokenPartsFailure: Error {
  /// The reason, one line.
  var message: String
}
