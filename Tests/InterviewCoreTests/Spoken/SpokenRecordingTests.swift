import Testing

@testable import InterviewCore

/// When a spoken answer's recording starts and stops, and which answers go to the
/// transcriber: the decisions plain mode and the full screen share.
@Suite struct SpokenRecordingTests {
  /// A spoken interview at its first question, recording as `start` says.
  static func atFirstQuestion(_ start: RecordingStart? = nil) -> Script {
    var plan = samplePlan(mode: .spoken)
    plan.settings.recordingStart = start
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed)
    return script
  }

  @Test func theFirstKeyThatStartsTheAnswerStartsTheRecording() {
    let script = Self.atFirstQuestion()
    let interview = script.interview
    #expect(SpokenRecording.cue(for: .startSpeaking, in: interview) == .instead)
    #expect(SpokenRecording.cue(for: .submit, in: interview) == .instead)
    #expect(SpokenRecording.cue(for: .edit(.insert("S")), in: interview) == .before)
    // Keys that do not start the answer leave the microphone off.
    #expect(SpokenRecording.cue(for: .edit(.left), in: interview) == .none)
    #expect(SpokenRecording.cue(for: .toggleHelp, in: interview) == .none)
    #expect(SpokenRecording.cue(for: .tick, in: interview) == .none)
  }

  @Test func nothingStartsRecordingOnceStartedTypedOrUnderAMenu() {
    var started = Self.atFirstQuestion()
    started.send(.startRecording(audioPath: "audio/1/1.wav"))
    #expect(SpokenRecording.cue(for: .submit, in: started.interview) == .none)
    #expect(SpokenRecording.cue(for: .edit(.insert("x")), in: started.interview) == .none)

    var typed = Script(samplePlan(mode: .typed))
    typed.send(.proceed)
    typed.send(.proceed)
    #expect(SpokenRecording.cue(for: .edit(.insert("x")), in: typed.interview) == .none)

    var menu = Self.atFirstQuestion()
    menu.send(.openMenu)
    #expect(SpokenRecording.cue(for: .submit, in: menu.interview) == .none)
    #expect(!SpokenRecording.awaitsSpeaking(menu.interview))
  }

  @Test func atOnceStartsWhenTheQuestionIsAskedAndOnlyThen() {
    let atOnce = Self.atFirstQuestion(.atOnce)
    #expect(SpokenRecording.startsAtOnce(atOnce.interview, questionAsked: true))
    // Still being read aloud: the recorder must not hear the panel's voice.
    #expect(!SpokenRecording.startsAtOnce(atOnce.interview, questionAsked: false))
    let firstKey = Self.atFirstQuestion(.firstKey)
    #expect(!SpokenRecording.startsAtOnce(firstKey.interview, questionAsked: true))
    let unset = Self.atFirstQuestion()
    #expect(unset.interview.plan.settings.recordingStarts == .firstKey)
    #expect(!SpokenRecording.startsAtOnce(unset.interview, questionAsked: true))
  }

  @Test func aRecordingIsOverOnceItsAnswerIsSubmittedAndItsEntryGoesToTheTranscriber() throws {
    var script = Self.atFirstQuestion()
    script.send(.startRecording(audioPath: "audio/1/1.wav"), after: 2_000)
    #expect(!SpokenRecording.isOver(recordingTo: "audio/1/1.wav", in: script.interview))
    #expect(SpokenRecording.isOver(recordingTo: "audio/1/0.wav", in: script.interview))
    #expect(SpokenRecording.toTranscribe(script.interview.entries, after: 0).isEmpty)
    script.send(.submit, after: 30_000)
    #expect(SpokenRecording.isOver(recordingTo: "audio/1/1.wav", in: script.interview))
    let sent = SpokenRecording.toTranscribe(script.interview.entries, after: 0)
    #expect(sent.map(\.sequence) == [1])
    // Already sent: not again.
    #expect(
      SpokenRecording.toTranscribe(script.interview.entries, after: script.interview.entries.count)
        .isEmpty)
    // A transcribed entry is not pending any more.
    _ = script.interview.applyTranscription(.transcribed(text: "Hi", words: []), toEntry: 1)
    #expect(SpokenRecording.toTranscribe(script.interview.entries, after: 0).isEmpty)
  }

  @Test func eachNewAskingOfAQuestionIsTold() {
    var script = Self.atFirstQuestion()
    let first = SpokenRecording.askedQuestion(script.interview)
    #expect(first == .init(segment: 0, question: 0, isFollowUp: false, entries: 0))
    script.send(.startSpeaking)
    #expect(SpokenRecording.askedQuestion(script.interview) == nil)
    script.send(.submit, after: 5_000)
    let next = SpokenRecording.askedQuestion(script.interview)
    #expect(next != nil && next != first)
  }
}

/// What the full screen shows of a spoken rehearsal: the meter's fill and the transcription
/// line as answers go to the transcriber and land.
@Suite struct SpokenStatusTests {
  @Test func theMeterFillsByDecibels() {
    var status = SpokenStatus(sessionID: 4)
    #expect(status.meterCells(width: 20) == 0)
    status.level = 1
    #expect(status.meterCells(width: 20) == 20)
    status.level = 0.001  // −60 dBFS: nothing
    #expect(status.meterCells(width: 20) == 0)
    status.level = 0.0316  // −30 dBFS: half
    #expect(status.meterCells(width: 20) == 10)
    status.level = 0.1  // −20 dBFS
    #expect(status.meterCells(width: 30) == 20)
    status.level = 0
    #expect(status.meterCells(width: 20) == 0)
  }

  @Test func theTranscriptionLineFollowsEachAnswer() {
    var status = SpokenStatus(sessionID: 9)
    #expect(status.transcriptionLine == nil)
    status.transcriptionStarted(answer: 2)
    #expect(status.transcriptionLine == "transcribing answer 2…")
    status.transcriptionStarted(answer: 3)
    #expect(status.transcriptionLine == "transcribing answer 2 and 1 more…")
    status.transcriptionLanded(answer: 2, failure: nil)
    #expect(status.transcriptionLine == "transcribing answer 3…")
    status.transcriptionLanded(answer: 3, failure: nil)
    #expect(status.transcriptionLine == "answer 3 transcribed")
    #expect(!status.transcriptionFailed)
  }

  @Test func aFailureStaysWithTheRetryCommandUntilTheNextLands() {
    var status = SpokenStatus(sessionID: 9)
    status.transcriptionStarted(answer: 3)
    status.transcriptionLanded(answer: 3, failure: "the model failed to load")
    let failure =
      "answer 3 not transcribed: the model failed to load — transcripts transcribe 9"
    #expect(status.transcriptionLine == failure)
    #expect(status.transcriptionFailed)
    status.transcriptionStarted(answer: 4)
    #expect(status.transcriptionLine == failure)
    status.transcriptionLanded(answer: 4, failure: nil)
    #expect(status.transcriptionLine == "answer 4 transcribed")
  }
}

/// The line review shows under a spoken answer.
@Suite struct SpokenReviewLineTests {
  @Test func transcribedShowsPaceAndPauses() {
    // Three words, then 3 s of silence, then two more: one long pause.
    let words = [
      WordTiming(word: "I", startMilliseconds: 0, endMilliseconds: 300),
      WordTiming(word: "led", startMilliseconds: 400, endMilliseconds: 700),
      WordTiming(word: "it", startMilliseconds: 800, endMilliseconds: 1_000),
      WordTiming(word: "and", startMilliseconds: 4_000, endMilliseconds: 4_300),
      WordTiming(word: "won", startMilliseconds: 4_400, endMilliseconds: 4_700),
    ]
    let spoken = SpokenAnswer(
      audioPath: "audio/2/1.wav", status: .transcribed, words: words, wordsPerMinute: 150)
    #expect(
      spoken.reviewLine(sessionID: 2)
        == "Transcribed · 150 words a minute · 1 pause over 2 s, longest 0:03")
    let steady = SpokenAnswer(
      audioPath: "a", status: .transcribed, words: Array(words.prefix(3)), wordsPerMinute: 180)
    #expect(
      steady.reviewLine(sessionID: 2) == "Transcribed · 180 words a minute · no pauses over 2 s")
  }

  @Test func notTranscribedSaysWhyAndHowToRetry() {
    let failed = SpokenAnswer(audioPath: "a", status: .notTranscribed(reason: "model missing"))
    #expect(
      failed.reviewLine(sessionID: 7) == "Not transcribed: model missing — transcripts transcribe 7"
    )
    #expect(
      SpokenAnswer(audioPath: "a").reviewLine(sessionID: 7)
        == "Recorded, not transcribed yet — transcripts transcribe 7")
  }
}
