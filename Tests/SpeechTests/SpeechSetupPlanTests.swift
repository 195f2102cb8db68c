import Speech
import Testing

@Suite struct SpeechSetupPlanTests {
  private let current = SpeechSetupState(
    environmentExists: true, stamp: SpeechInstallation.stampText,
    script: TranscriberScript.source)

  @Test func aFreshMachineGetsEverythingInOrderWithTheStampLast() {
    let steps = SpeechSetupPlan.steps(
      for: SpeechSetupState(environmentExists: false, stamp: nil, script: nil), force: false)
    #expect(
      steps == [
        .createEnvironment, .installPackages(TranscriberScript.requirements), .writeScript,
        .selfTest, .writeStamp,
      ])
  }

  @Test func aSecondRunDoesNothingAndForceStartsAgain() {
    #expect(SpeechSetupPlan.steps(for: current, force: false).isEmpty)
    let forced = SpeechSetupPlan.steps(for: current, force: true)
    #expect(forced.first == .removeEnvironment)
    #expect(forced.dropFirst().first == .createEnvironment)
    #expect(forced.last == .writeStamp)
  }

  @Test func anUnfinishedOrOlderSetUpInstallsAgainInThePlaceItHas() {
    var unfinished = current
    unfinished.stamp = nil
    #expect(
      SpeechSetupPlan.steps(for: unfinished, force: false).first
        == .installPackages(TranscriberScript.requirements))
    var older = current
    older.stamp = "edition 0\nfaster-whisper==1.0.0\n"
    #expect(SpeechSetupPlan.steps(for: older, force: false).contains(.writeStamp))
    var editedScript = current
    editedScript.script = "print('hello')"
    #expect(SpeechSetupPlan.steps(for: editedScript, force: false) == [.writeScript, .selfTest])
  }

  @Test func failuresBecomeOneLineThatSaysWhatToDo() {
    let noVenv = SpeechSetupFailure.environment(
      output: """
        The virtual environment was not created successfully because ensurepip is not
        available.  On Debian/Ubuntu systems, you need to install the python3-venv
        package using the following command.
        """)
    #expect(noVenv.contains("apt-get install python3-venv"))
    let offline = SpeechSetupFailure.install(
      output: """
        WARNING: Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) \
        after connection broken by 'NewConnectionError(': Failed to establish a new connection: \
        [Errno -3] Temporary failure in name resolution')'
        ERROR: Could not find a version that satisfies the requirement faster-whisper==1.2.1
        ERROR: No matching distribution found for faster-whisper==1.2.1
        """)
    #expect(offline.contains("check the network connection"))
    let other = SpeechSetupFailure.install(output: "Collecting x\n  ERROR: something odd\n\n")
    #expect(other == "pip install failed: ERROR: something odd")
    for line in [noVenv, offline, other] { #expect(!line.contains("\n")) }
  }
}
