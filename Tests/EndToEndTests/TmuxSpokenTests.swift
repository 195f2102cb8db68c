import Foundation
import Testing

/// The full-screen spoken rehearsal in a real terminal: each answer recorded by a stand-in
/// recorder, transcribed by a stand-in transcriber, the questions read by a stand-in voice.
@Suite(
  "rehearse --mode spoken in a terminal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxSpokenTests {
  @Test("the meter and the status line show, and the transcript lands with its audio and pace")
  func spokenInterviewOnTheFullScreen() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    let recorder = try standIns.program(
      "recorder",
      "trap 'exit 0' INT TERM\ncp '\(standIns.canned.path)' \"$1\"\nwhile :; do sleep 0.05; done")
    let tmux = try Tmux(sandbox: sandbox)
    tmux.extraEnvironment = standIns.environment()
    try tmux.start(
      [
        "rehearse", "--start", "--company", "Acme", "--position", "Analyst", "--mode", "spoken",
        "--seed", "3", "--per-segment", "2", "--segments", "behavioural,questions",
        "--no-follow-ups", "--voice", "--recorder", recorder + " {out}",
        "--data-dir", sandbox.store.path,
      ])
    try #require(try tmux.press("Enter", until: "Answer aloud") != nil)
    try tmux.press("Space")
    let recording = tmux.waitFor("Recording")
    try #require(recording != nil, "no meter:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("Enter")
    // The next question shows at once; the status line follows the first answer's transcription.
    let landed = tmux.waitFor("answer 1 transcribed")
    #expect(landed != nil, "no status line:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("Space")
    #expect(tmux.waitFor("Recording") != nil)
    try tmux.press("Enter")
    // The question was read aloud by the stand-in voice, given to its standard input.
    let voice = (try? String(contentsOf: standIns.voiceLog, encoding: .utf8)) ?? ""
    #expect(voice.contains("--stdin"), "voice log: \(voice)")
    // No questions of our own, then the reflection and the summary.
    try #require(try tmux.press("Enter", until: "What would you do differently") != nil)
    try #require(try tmux.press("Enter", until: "Summary", maxPresses: 4) != nil)
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)

    let transcript = try sandbox.onlyTranscript()
    let answers = transcript.entries("answer")
    try #require(answers.count == 2, "\(transcript.entries)")
    for answer in answers {
      let spoken = try #require(answer.spoken)
      #expect(answer.answer == SpokenStandIns.text)
      #expect(spoken.transcription == "transcribed")
      #expect(spoken.wordsPerMinute == SpokenStandIns.wordsPerMinute)
      #expect(spoken.audio == "audio/\(transcript.session.id)/\(answer.sequence).wav")
      #expect(standIns.mode(spoken.audio) == 0o600)
    }
  }
}
