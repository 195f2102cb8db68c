import Foundation
import Speech
import Testing

@Suite struct PanelVoiceTests {
  let voice = PanelVoice(
    program: "/usr/bin/espeak-ng", panel: ["Hiring manager", "Team lead", "HR partner"])

  @Test func eachInterviewerHasAVoiceOfTheirOwn() {
    let voices = voice.panel.map(voice.voice(of:))
    #expect(Set(voices.map(\.name)).count == 3)
    #expect(voice.voice(of: "Hiring manager").name == "en+m3")
    #expect(voice.voice(of: "Team lead").name == "en+f3")
    #expect(voice.voice(of: "Someone else") == voice.voice(of: "Hiring manager"))
  }

  @Test func theQuestionGoesOnStandardInputNotTheCommandLine() {
    #expect(
      voice.arguments(for: "HR partner")
        == ["/usr/bin/espeak-ng", "-v", "en+m7", "-p", "25", "-s", "150", "--stdin"])
  }

  @Test func readingRunsTheProgramAndWaitsForIt() throws {
    let folder = try TestFolder()
    defer { folder.remove() }
    let log = folder.path + "/log"
    let program = try folder.script(
      "espeak-ng", "sleep 0.2; { echo \"$*\"; cat; echo; } >> '\(log)'")
    let reader = PanelVoice(program: program, panel: ["Hiring manager", "Team lead"])
    #expect(reader.read("-Why us?", by: "Team lead") == nil)
    // Returned only once the reading was done: the log is complete.
    #expect(
      try String(contentsOfFile: log, encoding: .utf8)
        == "-v en+f3 -p 60 -s 170 --stdin\n-Why us?\n")
    let failing = try folder.script("broken", "echo 'no audio device' >&2; exit 1")
    #expect(
      PanelVoice(program: failing, panel: []).read("Hello", by: "x")
        == "the panel's voice failed (\(failing)): no audio device")
  }
}
