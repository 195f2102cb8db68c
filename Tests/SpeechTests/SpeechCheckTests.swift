import Speech
import Testing

@Suite struct SpeechCheckTests {
  private let arecord = AudioCommand(.program("/usr/bin/arecord", ["-q", "{out}"]))
  private let aplay = AudioCommand(.program("/usr/bin/aplay", ["{in}"]))

  @Test func everythingFoundIsOneLinePerPartAndWorks() {
    let check = SpeechCheck(
      recorder: arecord, player: aplay, voice: "/usr/bin/espeak-ng",
      transcriber: .ready(directory: "/data/speech"))
    #expect(
      check.lines == [
        "recorder: /usr/bin/arecord",
        "player: /usr/bin/aplay (optional)",
        "transcriber: Whisper (tiny.en, faster-whisper) in /data/speech",
        "voice: /usr/bin/espeak-ng (optional)",
        "Spoken mode can work.",
      ])
    #expect(check.spokenModeWorks)
  }

  @Test func noPlayerAndNoVoiceStillWorkButSaySo() {
    let check = SpeechCheck(
      recorder: arecord, player: nil, voice: nil, transcriber: .ready(directory: "/d/speech"))
    #expect(check.spokenModeWorks)
    #expect(
      check.lines[1]
        == "player: not found (optional: answers cannot be played back): install alsa-utils or sox")
    #expect(
      check.lines[3]
        == "voice: not found (optional: questions are not read aloud): install espeak-ng")
  }

  @Test func noRecorderOrNoTranscriberMeansSpokenModeCannotWork() {
    let noRecorder = SpeechCheck(
      recorder: nil, player: aplay, voice: nil, transcriber: .ready(directory: "/d/speech"))
    #expect(!noRecorder.spokenModeWorks)
    #expect(noRecorder.lines.first == "recorder: not found: install alsa-utils or sox")
    #expect(noRecorder.lines.last == "Spoken mode cannot work: no recorder.")

    let unfinished = SpeechCheck(
      recorder: arecord, player: nil, voice: nil, transcriber: .incomplete(directory: "/d/speech"))
    #expect(!unfinished.spokenModeWorks)
    #expect(unfinished.lines[2].contains("run 'secondround speech setup'"))

    let nothing = SpeechCheck(recorder: nil, player: nil, voice: nil, transcriber: .notSetUp)
    #expect(nothing.lines.last == "Spoken mode cannot work: no recorder, no transcriber.")
  }

  @Test func aModelGivenByPathIsNamed() {
    let check = SpeechCheck(
      recorder: arecord, player: nil, voice: nil, transcriber: .ready(directory: "/d/speech"),
      modelOverride: "/models/base.en")
    #expect(check.lines[2].contains("/models/base.en (SECONDROUND_SPEECH_MODEL)"))
  }
}
