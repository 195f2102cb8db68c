import Foundation
import Speech

/// Which transcriber the app uses: the one place that chooses, so the transcription set-up
/// (`speech setup`) slots in here without the rehearsal or `transcripts transcribe` changing.
enum TranscriberChoice {
  /// The environment variable naming a transcriber command: given a WAV file's path (`{in}`,
  /// or added at the end), it prints the transcript as JSON (see `CommandTranscriber`).
  static let variable = "SECONDROUND_TRANSCRIBER"

  /// The transcriber to use, or the one line saying why there is none: a command the
  /// environment names, else the one `speech setup` installed in `dataDirectory`.
  static func transcriber(environment: [String: String], dataDirectory: String) -> Result<
    any Transcriber, TranscriptionFailure
  > {
    if let line = environment[variable], !line.trimmingCharacters(in: .whitespaces).isEmpty {
      return .success(CommandTranscriber(commandLine: line))
    }
    let installation = SpeechInstallation(dataDirectory: dataDirectory)
    if FileManager.default.fileExists(atPath: installation.stamp) {
      return .success(ProcessTranscriber(installation: installation))
    }
    return .failure(
      TranscriptionFailure(
        "no transcriber is set up: run 'secondround speech setup', or set \(variable) to a command")
    )
  }
}

/// Stands in when no transcriber is set up: every recording is kept, marked not transcribed
/// with the reason, for `transcripts transcribe` to retry later.
struct MissingTranscriber: Transcriber {
  let failure: TranscriptionFailure

  func transcribe(audioFileAt path: String) throws(TranscriptionFailure) -> Transcription {
    throw failure
  }
}

/// Finds programs on this process's PATH, as a shell would.
enum ProgramSearch {
  /// The full path of `name` on the PATH, or nil.
  static func find(_ name: String, environment: [String: String]) -> String? {
    AudioPrograms.find(
      name, path: environment["PATH"] ?? "/usr/bin:/bin",
      isExecutable: { access($0, X_OK) == 0 })
  }
}
