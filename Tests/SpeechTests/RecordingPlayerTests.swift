import Foundation
import Testing

@testable import Speech

/// Review's player: it plays the file it is given, says when it ended and why it failed, and a
/// stop leaves neither a player running nor a zombie.
@Suite struct RecordingPlayerTests {
  /// A folder for one test, removed after.
  func withFolder(_ body: (String) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "secondround-player-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
  }

  /// Polls `condition` for up to five seconds.
  func eventually(_ condition: () -> Bool) -> Bool {
    for _ in 0..<250 {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
  }

  /// Whether process `pid` exists at all, a zombie included.
  func exists(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

  @Test func aStopEndsThePlayerAndReapsIt() throws {
    try withFolder { folder in
      let script = folder + "/player"
      try ExecutableScript.write(
        "#!/bin/sh\necho \"$1\" > '\(folder)/played'\nexec sleep 30\n", toPath: script)
      let player = RecordingPlayer(command: AudioCommand(.program(script, ["{in}"])))
      #expect(player.poll() == .idle)
      try player.play(folder + "/answer.wav")
      let pid = try #require(player.pid)
      #expect(player.poll() == .playing)
      #expect(
        eventually {
          (try? String(contentsOfFile: folder + "/played", encoding: .utf8))?.hasSuffix("\n")
            == true
        })
      let played = try String(contentsOfFile: folder + "/played", encoding: .utf8)
      #expect(played == folder + "/answer.wav\n")
      player.stop()
      #expect(!exists(pid), "stopped and reaped: not even a zombie is left")
      #expect(player.poll() == .idle)
    }
  }

  @Test func aPlayerThatEndsByItselfIsReapedWithHowItWent() throws {
    let clean = RecordingPlayer(command: AudioCommand(userCommand: "true", placeholder: .input))
    try clean.play("/tmp/answer.wav")
    #expect(eventually { clean.poll() != .playing })
    #expect(clean.pid == nil)

    let failing = RecordingPlayer(
      command: AudioCommand(
        userCommand: "echo 'aplay: audio open error: No such device' >&2; exit 1 #",
        placeholder: .input))
    try failing.play("/tmp/answer.wav")
    var state = RecordingPlayer.State.playing
    #expect(
      eventually {
        state = failing.poll()
        return state != .playing
      })
    #expect(state == .ended(problem: "The player failed: aplay: audio open error: No such device"))
  }

  @Test func aPlayerThatCannotStartSaysWhy() {
    let missing = RecordingPlayer(command: AudioCommand(.program("/nonexistent/aplay", ["{in}"])))
    #expect(throws: ChildProcessFailure.self) { try missing.play("/tmp/answer.wav") }
    #expect(missing.poll() == .idle)
  }

  @Test func aPlayerHearsOfTheAppsDeathAsATerminate() {
    let player = RecordingPlayer(
      command: AudioCommand(.program("/usr/bin/aplay", ["-q", "{in}"])),
      deathSignalWrapper: "/usr/bin/setpriv")
    #expect(
      player.arguments(file: "/d/a.wav")
        == ["/usr/bin/setpriv", "--pdeathsig", "TERM", "--", "/usr/bin/aplay", "-q", "/d/a.wav"])
  }

  @Test func aOneCommandLineMakesThePlayerTheAppsOwnChild() throws {
    try withFolder { folder in
      let script = folder + "/player"
      try ExecutableScript.write(
        "#!/bin/sh\necho $$ > '\(folder)/pid'\nexec sleep 30\n", toPath: script)
      let player = RecordingPlayer(
        command: AudioCommand(userCommand: script, placeholder: .input))
      try player.play(folder + "/a.wav")
      let started = try #require(player.pid)
      // Whole once it ends with its newline.
      #expect(
        eventually {
          (try? String(contentsOfFile: folder + "/pid", encoding: .utf8))?.hasSuffix("\n") == true
        })
      let written = try String(contentsOfFile: folder + "/pid", encoding: .utf8)
      #expect(pid_t(written.trimmingCharacters(in: .whitespacesAndNewlines)) == started)
      player.stop()
      #expect(!exists(started))
    }
  }
}
