import Foundation
import InterviewCore
import SessionRuntime
import Testing
import TranscriptStore

/// A spoken interview whose answers are recorded: the transcription that lands later reaches the
/// store's row, and recordings still waiting for their text keep the session.
@Suite struct RecordedSpokenAnswerTests {
  /// A spoken interview with its first answer recorded to `audio/1/1.wav` and submitted.
  private func recordedFirstAnswer(_ store: FakeSessionStore) throws -> RecordedInterview {
    var plan = try smallPlan()
    plan.settings.mode = .spoken
    let recorded = try RecordedInterview(
      plan: plan, deckTitle: "General", store: store, now: 0, clock: fixedClock)
    recorded.send(.proceed, at: 0)
    recorded.send(.proceed, at: 0)
    recorded.send(.startRecording(audioPath: "audio/1/1.wav"), at: 2_000)
    recorded.send(.submit, at: 30_000)
    return recorded
  }

  @Test func aTranscriptionThatLandsIsWrittenToTheEntrysRow() throws {
    let store = FakeSessionStore()
    let recorded = try recordedFirstAnswer(store)
    let appended = try #require(store.only?.entries.first?.recording)
    #expect(appended.spoken?.status == .pending)
    let words = [
      WordTiming(word: "I", startMilliseconds: 0, endMilliseconds: 200),
      WordTiming(word: "shipped", startMilliseconds: 300, endMilliseconds: 900),
    ]
    let changed = recorded.transcribed(.transcribed(text: "I shipped", words: words), entry: 1)
    #expect(changed?.answer == "I shipped")
    #expect(store.count("updateTranscription") == 1)
    let row = try #require(store.only?.entries.first?.recording)
    #expect(row == changed)
    #expect(row.spoken?.wordsPerMinute == 133)
    #expect(row.feedback?.delivery?.speakingMilliseconds == 900)
    #expect(recorded.transcribed(.failed(reason: "x"), entry: 7) == nil)
    #expect(store.count("updateTranscription") == 1)
  }

  @Test func recordingsStillBeingTranscribedKeepTheSession() throws {
    let store = FakeSessionStore()
    let recorded = try recordedFirstAnswer(store)
    recorded.send(.choose(.end), at: 31_000)
    recorded.send(.choose(.end), at: 31_000)
    #expect(recorded.isFinished)
    #expect(!recorded.isDiscarded)
    #expect(store.only?.status == .finished)
  }
}
