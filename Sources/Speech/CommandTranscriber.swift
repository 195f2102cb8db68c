import Foundation
import InterviewCore

/// A transcriber that is a command: it is given the WAV file's path and prints the transcript
/// as JSON, `{"text", "words": [{"word", "start", "end"}], "duration"}` with times in seconds,
/// the shape the transcription helper prints. `SECONDROUND_TRANSCRIBER` names one, so tests
/// and users can put any recogniser behind spoken mode.
public struct CommandTranscriber: Transcriber {
  /// The command, `{in}` standing for the audio file (added at the end when missing).
  public let command: AudioCommand

  /// A transcriber that runs `commandLine` through the shell.
  public init(commandLine: String) {
    command = AudioCommand(userCommand: commandLine, placeholder: .input)
  }

  /// Runs the command on `path` and reads what it printed.
  public func transcribe(audioFileAt path: String) throws(TranscriptionFailure) -> Transcription {
    let process: ChildProcess
    do {
      process = try ChildProcess.start(command.arguments(file: path), capturesOutput: true)
    } catch {
      throw TranscriptionFailure("the transcriber could not start: \(error.message)")
    }
    let ending = process.waitUntilExit()
    guard ending.isClean() else {
      let why = process.lastErrorLine ?? "it ended with \(ending)"
      throw TranscriptionFailure("the transcriber failed: \(why)")
    }
    return try Self.parse(process.output)
  }

  /// `bytes` as the transcriber's JSON (read by `TranscriberOutput`, the one reader of it); a
  /// one-line failure quoting what the command printed instead.
  public static func parse(_ bytes: [UInt8]) throws(TranscriptionFailure) -> Transcription {
    do {
      return try TranscriberOutput.parse(Data(bytes))
    } catch {
      let start =
        String(decoding: bytes.prefix(60), as: UTF8.self)
        .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      throw TranscriptionFailure(
        "the transcriber printed something other than its JSON: '\(start.inert)'")
    }
  }
}
