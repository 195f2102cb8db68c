import Foundation
import Testing

@Suite("speech setup and check")
struct SpeechCommandTests {
  @Test("check names each part and exits 69 without a recorder or a transcriber")
  func checkWithoutTheParts() throws {
    let sandbox = try Sandbox()
    // A PATH with a stand-in recorder only: no player, no voice.
    let bin = sandbox.root.appendingPathComponent("bin")
    let recorder = bin.appendingPathComponent("arecord")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try ExecutableScript.write("#!/bin/sh\nexit 0\n", toPath: recorder.path)
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

  /// A sandbox environment whose PATH holds only a stand-in `python3` with `body`.
  private func standInPython(_ body: String, in sandbox: Sandbox) throws -> [String: String] {
    let bin = sandbox.root.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try ExecutableScript.write(
      "#!/bin/sh\n" + body, toPath: bin.appendingPathComponent("python3").path)
    var environment = sandbox.environment
    environment["PATH"] = bin.path + ":/usr/bin:/bin"
    return environment
  }

  @Test("setup with a python3 that has no venv module says what to install, exit 69")
  func setupWithoutVenv() throws {
    let sandbox = try Sandbox()
    let environment = try standInPython(
      """
      echo "The virtual environment was not created successfully because ensurepip is not"
      echo "available.  On Debian/Ubuntu systems, you need to install the python3-venv"
      exit 1
      """, in: sandbox)
    let result = try sandbox.run(
      ["speech", "setup", "--data-dir", sandbox.store.path], environment: environment)
    #expect(result.exitCode == 69)
    #expect(
      result.stderrLines == [
        "secondround: error: python3 cannot make virtual environments: install its venv module "
          + "(on Debian and Ubuntu: apt-get install python3-venv) and run 'secondround speech "
          + "setup' again"
      ])
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path + "/speech/installed"))
  }

  @Test("setup without the network says so in one line, exit 69, and a rerun tries again")
  func setupWithoutNetwork() throws {
    let sandbox = try Sandbox()
    // The stand-in makes a venv whose pip cannot reach the registry.
    let environment = try standInPython(
      """
      mkdir -p "$3/bin"
      printf '#!/bin/sh\necho "ERROR: No matching distribution found for faster-whisper==1.2.1"\nexit 1\n' > "$3/bin/python3"
      chmod 755 "$3/bin/python3"
      echo "created $3"
      """, in: sandbox)
    let result = try sandbox.run(
      ["speech", "setup", "--data-dir", sandbox.store.path], environment: environment)
    #expect(result.exitCode == 69)
    #expect(result.stdout.contains("Installing faster-whisper==1.2.1"))
    #expect(result.stdout.contains("No matching distribution found"))
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("check the network connection"))
    let mode =
      try FileManager.default.attributesOfItem(atPath: sandbox.store.path + "/speech")[
        .posixPermissions] as? Int
    #expect(mode == 0o700)

    let again = try sandbox.run(
      ["speech", "setup", "--data-dir", sandbox.store.path], environment: environment)
    #expect(again.exitCode == 69)
    #expect(!again.stdout.contains("Creating a Python environment"))
    #expect(again.stdout.contains("Installing faster-whisper==1.2.1"))
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
    let recorder = bin.appendingPathComponent("arecord")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try ExecutableScript.write("#!/bin/sh\nexit 0\n", toPath: recorder.path)
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
