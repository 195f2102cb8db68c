import Foundation
import Testing

/// Listening back in review, in a real terminal: `p` plays a recorded answer through a
/// stand-in player, the word being spoken is shown in reverse video, any key stops the player
/// (killed and reaped, not left playing), and an answer with nothing to play says so.
@Suite(
  "review: listen back to a spoken answer (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxPlaybackTests {
  /// A spoken plain rehearsal of two questions: the first answered aloud (recorded by the
  /// stand-in, transcribed word by word), the second skipped, so nothing is recorded for it.
  func recordSession(_ standIns: SpokenStandIns, sandbox: Sandbox) throws {
    let result = try standIns.runLive(
      sandbox.plainArguments(
        SpokenRehearsalTests.twoInterviewers + [
          "--recorder", standIns.bin.appendingPathComponent("copy-recorder").path,
        ]),
      environment: standIns.environment(), lines: [.startRecording, .line(""), .line(":skip")])
    try #require(result.end == Termination(status: 0, bySignal: false), "\(result.stdout)")
  }

  /// Whether process `pid` still exists, as a zombie too.
  func exists(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

  /// The pid the stand-in player wrote, once it has started.
  func playerPID(_ file: URL) -> pid_t? {
    Poll.value { () -> pid_t? in
      let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
      return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  @Test("p plays with the spoken word shown, any key stops and reaps the player, Ctrl-C too")
  func listenBack() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    try recordSession(standIns, sandbox: sandbox)
    let transcript = try sandbox.onlyTranscript()
    let audio = try #require(transcript.entries("answer").first?.spoken?.audio)

    // Plays for ten seconds unless stopped: writes its pid and the file it was given first.
    let pidFile = sandbox.root.appendingPathComponent("player.pid")
    let player = try standIns.program(
      "slow-player",
      "echo $$ > '\(pidFile.path)'\necho \"$1\" >> '\(standIns.playerLog.path)'\nexec sleep 10")
    let tmux = try Tmux(sandbox: sandbox)
    tmux.extraEnvironment = standIns.environment()
    try tmux.start(["review", "--data-dir", sandbox.store.path, "--player", player])
    try #require(tmux.waitFor("Acme") != nil, "no list:\n\((try? tmux.screen()) ?? "")")
    try #require(
      try tmux.press("Enter", until: "p play", maxPresses: 1) != nil,
      "no play key:\n\((try? tmux.screen()) ?? "")")

    try tmux.press("p")
    let playing = tmux.waitFor("Playing answer 1")
    try #require(playing != nil, "not playing:\n\((try? tmux.screen()) ?? "")")
    // The stand-in words run from 0.5 s to 3.15 s: one of them shows in reverse video.
    let words = Set(SpokenStandIns.text.split(separator: " ").map(String.init))
    let highlighted = tmux.waitForStyledScreen { rows in
      rows.contains { row in
        let reversed = String(row.filter { $0.attributes.contains(.reverse) }.map(\.character))
        return words.contains(reversed)
      }
    }
    #expect(highlighted != nil, "no word highlighted:\n\((try? tmux.screen()) ?? "")")
    let pid = try #require(playerPID(pidFile))
    #expect(exists(pid))
    let played = (try? String(contentsOf: standIns.playerLog, encoding: .utf8)) ?? ""
    #expect(played == sandbox.store.path + "/" + audio + "\n", "\(played)")

    // Any key stops it: the player is killed and reaped, and the page reads as before.
    try tmux.press("x")
    let stopped = tmux.waitForScreen { !$0.contains("Playing") && $0.contains("answer 1 of 2") }
    #expect(stopped != nil, "still playing:\n\((try? tmux.screen()) ?? "")")
    #expect(Poll.until { !exists(pid) }, "the player \(pid) was left running or unreaped")

    // The skipped answer has no recording: one line, nothing started.
    try FileManager.default.removeItem(at: pidFile)
    try tmux.press("Tab")
    try #require(tmux.waitFor("answer 2 of 2") != nil)
    try tmux.press("p")
    #expect(tmux.waitFor("No recording for this answer") != nil, "\((try? tmux.screen()) ?? "")")
    #expect(!FileManager.default.fileExists(atPath: pidFile.path), "a player was started")

    // Quitting while playing (Ctrl-C) leaves no player behind.
    try tmux.press("BTab")
    try #require(tmux.waitFor("answer 1 of 2") != nil)
    try tmux.press("p")
    try #require(tmux.waitFor("Playing answer 1") != nil)
    let second = try #require(playerPID(pidFile))
    try tmux.press("C-c")
    #expect(tmux.waitForExit() == 130)
    #expect(Poll.until { !exists(second) }, "the player \(second) played on after the app quit")
  }

  @Test("a recording that is gone, or a player that fails, is one line on the status line")
  func missingRecordingAndFailingPlayer() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    try recordSession(standIns, sandbox: sandbox)
    let audio = try #require(try sandbox.onlyTranscript().entries("answer").first?.spoken?.audio)
    let failing = try standIns.program(
      "failing-player", "echo 'aplay: audio open error: No such device' >&2\nexit 1")
    let tmux = try Tmux(sandbox: sandbox)
    tmux.extraEnvironment = standIns.environment()
    try tmux.start(["review", "--data-dir", sandbox.store.path, "--player", failing])
    try #require(tmux.waitFor("Acme") != nil, "no list:\n\((try? tmux.screen()) ?? "")")
    try #require(try tmux.press("Enter", until: "p play", maxPresses: 1) != nil)
    try tmux.press("p")
    let failed = tmux.waitFor("The player failed: aplay: audio open error")
    #expect(failed != nil, "\((try? tmux.screen()) ?? "")")

    try FileManager.default.removeItem(at: sandbox.store.appendingPathComponent(audio))
    try tmux.press("p")
    #expect(
      tmux.waitFor("The recording is missing: \(audio)") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.press("q", "q")
    #expect(tmux.waitForExit() == 0)
  }
}
