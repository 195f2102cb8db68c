import Speech
import Testing

@Suite struct AudioProgramsTests {
  /// A machine's PATH as a set of executable files.
  private func finder(_ installed: Set<String>) -> (String) -> String? {
    { name in
      AudioPrograms.find(name, path: "/usr/local/bin:/usr/bin", isExecutable: installed.contains)
    }
  }

  @Test func alsaIsPreferredThenSoxThenPipeWireThenPulse() {
    let all: Set = [
      "/usr/bin/arecord", "/usr/bin/aplay", "/usr/bin/rec", "/usr/bin/play", "/usr/bin/pw-record",
      "/usr/bin/pw-play", "/usr/bin/parecord", "/usr/bin/paplay",
    ]
    #expect(
      AudioPrograms.recorder(findProgram: finder(all))?.arguments(file: "a.wav").first
        == "/usr/bin/arecord")
    #expect(
      AudioPrograms.player(findProgram: finder(all))?.arguments(file: "a.wav").first
        == "/usr/bin/aplay")
    let noAlsa = all.subtracting(["/usr/bin/arecord", "/usr/bin/aplay"])
    #expect(
      AudioPrograms.recorder(findProgram: finder(noAlsa))?.arguments(file: "a.wav").first
        == "/usr/bin/rec")
    let pulseOnly: Set = ["/usr/bin/parecord", "/usr/bin/paplay"]
    #expect(
      AudioPrograms.recorder(findProgram: finder(pulseOnly))?.arguments(file: "a.wav").first
        == "/usr/bin/parecord")
    #expect(AudioPrograms.recorder(findProgram: finder([])) == nil)
    #expect(
      AudioPrograms.voice(findProgram: finder(["/usr/local/bin/espeak-ng"]))
        == "/usr/local/bin/espeak-ng")
  }

  @Test func aFoundRecorderWritesSixteenKilohertzMonoToTheFile() {
    let recorder = AudioPrograms.recorder(findProgram: finder(["/usr/bin/arecord"]))
    let arguments = recorder?.arguments(file: "/data/answer 1.wav") ?? []
    #expect(arguments.last == "/data/answer 1.wav")
    #expect(arguments.contains("16000"))
    #expect(!arguments.contains("{out}"))
  }

  @Test func aUserCommandRunsInTheShellWithTheFileQuotedAndAddedWhenNotNamed() {
    let named = AudioCommand(userCommand: "sox -d -r 16000 {out} trim 0 60", placeholder: .output)
    #expect(
      named.arguments(file: "/tmp/it's.wav") == [
        "/bin/sh", "-c", "sox -d -r 16000 '/tmp/it'\\''s.wav' trim 0 60",
      ])
    let unnamed = AudioCommand(userCommand: "cat /tmp/canned.wav >", placeholder: .output)
    #expect(
      unnamed.arguments(file: "/tmp/a.wav") == [
        "/bin/sh", "-c", "cat /tmp/canned.wav > '/tmp/a.wav'",
      ])
    let player = AudioCommand(userCommand: "mpv --no-video", placeholder: .input)
    #expect(player.display == "mpv --no-video {in}")
  }

  @Test func lookingUpAProgramFollowsThePathInOrderAndTakesAPathAsIs() {
    let executables: Set = ["/opt/bin/espeak-ng", "/usr/bin/espeak-ng", "/home/me/rec.sh"]
    #expect(
      AudioPrograms.find("espeak-ng", path: "/opt/bin:/usr/bin", isExecutable: executables.contains)
        == "/opt/bin/espeak-ng")
    #expect(
      AudioPrograms.find(
        "espeak-ng", path: "/usr/bin/::/opt/bin", isExecutable: executables.contains)
        == "/usr/bin/espeak-ng")
    #expect(
      AudioPrograms.find("/home/me/rec.sh", path: "", isExecutable: executables.contains)
        == "/home/me/rec.sh")
    #expect(AudioPrograms.find("sox", path: "/usr/bin", isExecutable: executables.contains) == nil)
  }

  @Test func aProgramIsWrappedToHearOfTheAppsDeathAOneCommandLineRunsByExec() {
    let program = AudioCommand(.program("/usr/bin/aplay", ["-q", "{in}"]))
    #expect(
      program.launchArguments(file: "/d/a.wav", deathSignal: "HUP", deathSignalWrapper: "/w")
        == ["/w", "--pdeathsig", "HUP", "--", "/usr/bin/aplay", "-q", "/d/a.wav"])
    #expect(
      program.launchArguments(file: "/d/a.wav", deathSignal: "HUP", deathSignalWrapper: nil)
        == ["/usr/bin/aplay", "-q", "/d/a.wav"])
    // A user's one-command line: the program replaces the shell, the app's own child.
    let line = AudioCommand(userCommand: "paplay", placeholder: .input)
    #expect(
      line.launchArguments(file: "/d/a.wav", deathSignal: "HUP", deathSignalWrapper: "/w")
        == ["/bin/sh", "-c", "exec paplay '/d/a.wav'"])
  }

  @Test func aLineThatIsMoreThanOneCommandIsLeftAsWritten() {
    for line in ["sox {in} -d; echo done", "cat {in} | aplay", "aplay {in} 2>/dev/null"] {
      let command = AudioCommand(userCommand: line, placeholder: .input)
      let launched = command.launchArguments(
        file: "/d/a.wav", deathSignal: "TERM", deathSignalWrapper: "/w")
      #expect(launched == command.arguments(file: "/d/a.wav"), "\(line)")
    }
  }
}
