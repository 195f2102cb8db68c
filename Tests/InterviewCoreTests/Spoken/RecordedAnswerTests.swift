import Testing

@testable import InterviewCore

/// A recorded spoken answer: the entry keeps its audio, and a transcription that lands later
/// becomes its text, words, pace and feedback; a failure keeps everything else.
@Suite struct RecordedAnswerTests {
  /// Words spoken at a steady 0.4 s each, from `start` milliseconds.
  static func timed(_ text: String, from start: Int = 500) -> [WordTiming] {
    text.split(separator: " ").enumerated().map { index, word in
      WordTiming(
        word: String(word), startMilliseconds: start + index * 400,
        endMilliseconds: start + index * 400 + 350)
    }
  }

  /// A spoken interview with its first answer recorded to `audio/3/1.wav`, notes "STAR".
  static func recordedFirstAnswer() -> Script {
    var script = Script(samplePlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed)
    script.send(.startRecording(audioPath: "audio/3/1.wav"), after: 4_000)
    script.type("STAR", after: 1_000)
    script.send(.submit, after: 60_000)
    return script
  }

  @Test func theEntryKeepsItsRecordingPendingTranscription() throws {
    let script = Self.recordedFirstAnswer()
    let entry = try #require(script.recorded.first)
    #expect(entry.spoken == SpokenAnswer(audioPath: "audio/3/1.wav", status: .pending))
    #expect(entry.thinkingMilliseconds == 4_000)
    #expect(entry.answerMilliseconds == 61_000)
    #expect(entry.spokenNotes)
  }

  @Test func aTranscriptionBecomesTheAnswerWithWordsPaceAndDelivery() throws {
    var script = Self.recordedFirstAnswer()
    let text = "I led the launch and we shipped in six weeks"
    let applied = script.interview.applyTranscription(
      .transcribed(text: text, words: Self.timed(text)), toEntry: 1)
    let entry = try #require(applied)
    #expect(entry.answer == text + "\n\nNotes: STAR")
    #expect(!entry.spokenNotes)
    #expect(entry.spoken?.status == .transcribed)
    #expect(entry.spoken?.words.count == 10)
    // Ten words from 0.5 s to 4.45 s: 3.95 s of speech, 151 words a minute.
    #expect(entry.spoken?.wordsPerMinute == 151)
    #expect(entry.feedback?.delivery?.wordsPerMinute == 151)
    #expect(entry.feedback?.words == 10)
    // The times and the audio stay as recorded; the interview's copy changed too.
    #expect(entry.answerMilliseconds == 61_000)
    #expect(entry.spoken?.audioPath == "audio/3/1.wav")
    #expect(script.interview.entries.first == entry)
  }

  @Test func aFailureKeepsTheNotesTimesAndAudioMarkedNotTranscribed() throws {
    var script = Self.recordedFirstAnswer()
    let applied = script.interview.applyTranscription(
      .failed(reason: "no transcriber"), toEntry: 1)
    let entry = try #require(applied)
    #expect(entry.spoken?.status == .notTranscribed(reason: "no transcriber"))
    #expect(entry.answer == "STAR")
    #expect(entry.spokenNotes)
    #expect(entry.feedback == nil)
    #expect(entry.spoken?.audioPath == "audio/3/1.wav")
  }

  @Test func anEntryWithoutARecordingIsLeftAlone() {
    var script = Script(samplePlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed)
    script.send(.startSpeaking, after: 1_000)
    script.send(.submit, after: 1_000)
    #expect(
      script.interview.applyTranscription(.transcribed(text: "x", words: []), toEntry: 1) == nil)
    #expect(
      script.interview.applyTranscription(.transcribed(text: "x", words: []), toEntry: 9) == nil)
    #expect(script.interview.entries.first?.spoken == nil)
  }

  @Test func thinkingTimeStartsWhenTheQuestionHasBeenReadAloud() {
    var script = Script(samplePlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed)
    script.send(.tick, after: 6_000)
    script.send(.questionRead)
    script.send(.startSpeaking, after: 2_500)
    #expect(script.turn?.thinkingMilliseconds == 2_500)
  }

  @Test func theStatusRoundTripsThroughItsStoredName() throws {
    for status: SpokenAnswer.Status in [.pending, .transcribed, .notTranscribed(reason: "x")] {
      #expect(SpokenAnswer.Status(name: status.name, reason: status.reason) == status)
    }
    #expect(SpokenAnswer.Status(name: "later", reason: nil) == nil)
  }
}
