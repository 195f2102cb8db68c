import Foundation
import Testing

@Suite("speech setup and check")
struct SpeechCommandTests {
  @Test("check names each part and exits 69 without a recorder or a transcriber")
  func checkWithoutTheParts() throws {
    let sandbox = try Sandbox()
    // A PATH with a stand-in recorder only: no player, no voice.
    let bin = sandbox.root.appendingPathComponent("bin")
    let recorder = try sandbox.write("#!/bin/sh\nexit 0\n", to: "arecord", in: bin)
    chmod(recorder.path, 0o755)
    var environment = sandbox.environment
    environment["PATH"] = bin.path
    let result = try sandbox.run(
      ["speech", "check", "--data-dir", sandbox.store.path], environment: environment)
    #expect(result.exitCode == 69)
    #expect(
      result.stdoutLines == [
        "recorder: \(recorder.path)",
        "player: not found (optional: answers cannot be played back): install alsa-utils or sox",
        "transcriber: not set up: run 'secondround speech setup'",
        "voice: not found (optional: questions are not read aloud): install espeak-ng",
        "Spoken mode cannot work: no transcriber.",
      ])
  }

  @Test("setup without python3 says so in one line and exits 69")
  func setupWithoutPython() throws {
    let sandbox = try Sandbox()
    var environment = sandbox.environment
    environment["PATH"] = sandbox.root.appendingPathComponent("empty").path
    let result = try sandbox.run(
      ["speech", "setup", "--data-dir", sandbox.store.path], environment: environment)
    #expect(result.exitCode == 69)
    #expect(result.stdout == "")
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.hasPrefix("secondround: error: python3 not found: install Python"))
  }

  @Test(
    "after setup, a second setup says it is set up and check finds the transcriber",
    .enabled(
      if: SpeechTools.transcribingTestsRun,
      "needs SECONDROUND_SPEECH_TEST_DATA_DIR set up by 'secondround speech setup'"))
  func setUpTwice() throws {
    let (_, data) = try SpeechTools.required()
    let sandbox = try Sandbox()
    let again = try sandbox.run(["speech", "setup", "--data-dir", data])
    #expect(again.exitCode == 0)
    #expect(
      again.stdoutLines == [
        "The transcriber is already set up in \(data)/speech; 'secondround speech setup --force' "
          + "reinstalls it."
      ])
    let bin = sandbox.root.appendingPathComponent("bin")
    let recorder = try sandbox.write("#!/bin/sh\nexit 0\n", to: "arecord", in: bin)
    chmod(recorder.path, 0o755)
    var environment = sandbox.environment
    environment["PATH"] = bin.path
    let check = try sandbox.run(["speech", "check", "--data-dir", data], environment: environment)
    #expect(check.exitCode == 0, "\(check.stdout)")
    #expect(
      check.stdoutLines.contains("transcriber: Whisper (tiny.en, faster-whisper) in \(data)/speech")
    )
    #expect(check.stdoutLines.last == "Spoken mode can work.")
    for path in [data + "/speech", data + "/speech/transcribe.py", data + "/speech/installed"] {
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(mode == (path.hasSuffix("speech") ? 0o700 : 0o600), "\(path)")
    }
  }
}
