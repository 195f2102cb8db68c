import Foundation
import InterviewCore
import Speech
import Testing

/// `ProcessTranscriber` run against stand-in helpers: shell scripts that print canned JSON,
/// crash halfway or print garbage, so no model is needed.
@Suite struct ProcessTranscriberTests {
  /// A folder with a WAV-named file and a stand-in helper whose body is `script`.
  private func standIn(_ script: String) throws -> (ProcessTranscriber, audio: String) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("process-transcriber-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let helper = folder + "/helper.sh"
    try script.write(toFile: helper, atomically: true, encoding: .utf8)
    let audio = folder + "/answer.wav"
    try Data("RIFF....WAVE".utf8).write(to: URL(fileURLWithPath: audio))
    return (ProcessTranscriber(python: "/bin/sh", script: helper), audio)
  }

  private func failure(of transcriber: ProcessTranscriber, _ audio: String) -> TranscriptionFailure?
  {
    do {
      _ = try transcriber.transcribe(audioFileAt: audio)
      return nil
    } catch {
      return error
    }
  }

  @Test func cannedJSONComesBackAsWordsAndTheFileIsPassedOn() throws {
    let (transcriber, audio) = try standIn(
      #"""
      case "$1" in *answer.wav) ;; *) echo "wrong file: $1" >&2; exit 1;; esac
      echo "a warning the libraries print" >&2
      printf '{"text": "We shipped.", "words": [{"word": "We", "start": 0.1, "end": 0.3}, {"word": "shipped.", "start": 0.3, "end": 0.9}], "duration": 1.5}\n'
      """#)
    let transcription = try transcriber.transcribe(audioFileAt: audio)
    #expect(transcription.text == "We shipped.")
    #expect(transcription.words.map(\.endMilliseconds) == [300, 900])
  }

  @Test func aCrashHalfwaySaysItCrashedAndKeepsTheAudio() throws {
    let (transcriber, audio) = try standIn(
      #"""
      printf '{"text": "We shi'
      echo "Segmentation fault in ctranslate2" >&2
      kill -SEGV $$
      """#)
    let crash = try #require(failure(of: transcriber, audio))
    #expect(crash.kind == .failed)
    #expect(crash.message.contains("crashed (signal 11)"))
    #expect(crash.message.contains("Segmentation fault in ctranslate2"))
    #expect(FileManager.default.fileExists(atPath: audio))
  }

  @Test func aHelperThatHangsIsStoppedAtTheTimeLimit() throws {
    let (standIn, audio) = try standIn("exec sleep 60")
    let transcriber = ProcessTranscriber(
      python: standIn.python, script: standIn.script, timeLimitSeconds: 0.5)
    let stopped = try #require(failure(of: transcriber, audio))
    #expect(stopped.kind == .failed)
    #expect(stopped.message.contains("was stopped; the audio is kept"))
  }

  @Test func garbageOnStandardOutputIsUnreadableOutput() throws {
    let (transcriber, audio) = try standIn("echo 'Loading model... done'")
    let garbage = try #require(failure(of: transcriber, audio))
    #expect(garbage.kind == .failed)
    #expect(garbage.message.contains("could not be read"))
  }

  @Test func theHelpersOwnLastLineAndStatusSayWhatWentWrong() throws {
    let (notAudio, audio) = try standIn(
      "echo 'Traceback ...' >&2; echo \"$1: not a WAV file\" >&2; exit 65")
    let refused = try #require(failure(of: notAudio, audio))
    #expect(refused == TranscriptionFailure("\(audio): not a WAV file", kind: .notAudio))

    let (noModel, audio2) = try standIn("echo 'the Whisper model failed to load' >&2; exit 69")
    #expect(failure(of: noModel, audio2)?.kind == .unavailable)

    let (silent, audio3) = try standIn("exit 3")
    let unexplained = try #require(failure(of: silent, audio3))
    #expect(
      unexplained.message == "The transcriber failed: it exited with status 3 and said nothing")
  }

  @Test func noSetUpAndNoAudioAreToldApartBeforeAnythingRuns() throws {
    let (transcriber, audio) = try standIn("exit 0")
    let missing = try #require(failure(of: transcriber, audio + ".gone"))
    #expect(missing.kind == .missingAudio)
    #expect(missing.message.hasSuffix("answer.wav.gone: no such file"))

    let installation = SpeechInstallation(dataDirectory: "/nonexistent/secondround")
    let notSetUp = try #require(failure(of: ProcessTranscriber(installation: installation), audio))
    #expect(notSetUp.kind == .unavailable)
    #expect(notSetUp.message.contains("secondround speech setup"))
  }
}
