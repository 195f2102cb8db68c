import Foundation
import Speech
import Testing

/// The recorder with stand-in programs: shell scripts that behave as recorders do.
@Suite struct SpokenAnswerRecorderTests {
  @Test func recordsUntilStoppedWithSIGINTIntoAPrivateFile() throws {
    let folder = try TestFolder()
    defer { folder.remove() }
    // Like arecord: writes until SIGINT, then finishes the file and exits 0.
    let program = try folder.script(
      "recorder",
      """
      trap 'printf done >> "$1"; exit 0' INT
      printf RIFF > "$1"
      while true; do sleep 0.05; done
      """)
    let recorder = SpokenAnswerRecorder(command: AudioCommand(.program(program, ["{out}"])))
    let file = folder.path + "/audio/3/1.wav"
    let recording = try recorder.start(recordingTo: file)
    #expect(mode(folder.path + "/audio/3") == 0o700)
    #expect(mode(file) == 0o600)
    Thread.sleep(forTimeInterval: 0.2)
    #expect(recording.isRecording)
    #expect(recording.stop() == nil)
    #expect(!recording.isRecording)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "RIFFdone")
    #expect(mode(file) == 0o600)
  }

  @Test func aRecorderThatExitsEarlyHasFinished() throws {
    let folder = try TestFolder()
    defer { folder.remove() }
    let recorder = SpokenAnswerRecorder(
      command: AudioCommand(userCommand: "printf x >", placeholder: .output))
    let file = folder.path + "/a/1.wav"
    let recording = try recorder.start(recordingTo: file)
    Thread.sleep(forTimeInterval: 0.3)
    #expect(!recording.isRecording)
    #expect(recording.stop() == nil)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
  }

  @Test func aRecorderThatCannotStartFailsTheCheckInOneLine() throws {
    let folder = try TestFolder()
    defer { folder.remove() }
    let missing = SpokenAnswerRecorder(
      command: AudioCommand(userCommand: "no-such-recorder-anywhere {out}", placeholder: .output))
    let message = try #require(missing.check(probeFile: folder.path + "/check.wav"))
    #expect(message.hasPrefix("the recorder could not start (no-such-recorder-anywhere"))
    #expect(message.contains("not found"))
    #expect(!message.contains("\n"))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/check.wav"))
    let noMicrophone = try folder.script(
      "recorder",
      "echo 'arecord: main:831: audio open error: No such file or directory' >&2; exit 1")
    let failing = SpokenAnswerRecorder(command: AudioCommand(.program(noMicrophone, ["{out}"])))
    #expect(
      failing.check(probeFile: folder.path + "/check.wav")
        == "the recorder could not start (\(noMicrophone) {out}): arecord: main:831: audio open "
        + "error: No such file or directory")
    let notAProgram = SpokenAnswerRecorder(command: AudioCommand(.program("/nonexistent/rec", [])))
    #expect(
      notAProgram.check(probeFile: folder.path + "/check.wav")?.contains("/nonexistent/rec") == true
    )
  }

  @Test func aWorkingRecorderPassesTheCheckAndIsStopped() throws {
    let folder = try TestFolder()
    defer { folder.remove() }
    let forever = try folder.script(
      "recorder", "trap 'exit 0' INT\nwhile true; do sleep 0.05; done")
    let recorder = SpokenAnswerRecorder(command: AudioCommand(.program(forever, ["{out}"])))
    #expect(recorder.check(probeFile: folder.path + "/check.wav") == nil)
    let copier = SpokenAnswerRecorder(
      command: AudioCommand(userCommand: "true", placeholder: .output))
    #expect(copier.check(probeFile: folder.path + "/check.wav") == nil)
  }

  @Test func aRecorderHearsOfTheAppsDeathAsAnInterrupt() {
    // SIGINT: recorders take it as "stop and finish the file" (the launch itself is
    // `AudioCommand.launchArguments`'s, tested there).
    let program = SpokenAnswerRecorder(
      command: AudioCommand(.program("/usr/bin/arecord", ["-q", "{out}"])),
      deathSignalWrapper: "/usr/bin/setpriv")
    #expect(
      program.arguments(file: "/d/a.wav")
        == ["/usr/bin/setpriv", "--pdeathsig", "INT", "--", "/usr/bin/arecord", "-q", "/d/a.wav"])
  }
}
