import AppFlow
import Foundation
import InterviewCore
import TerminalUI
import Testing

/// Listening back in review, as the runner drives it: `p` asks to play, the clock moves the
/// spoken word, any key stops, the player ending returns to reading.
@Suite struct ReviewPlaybackFlowTests {
  /// A journey whose newest transcript (Globex) has a spoken answer, timed word by word.
  func spokenJourney() -> Journey {
    var journey = Journey()
    var spoken = entry(2, question: "Tell me about a launch", answer: "We shipped it on time.")
    spoken.recording.spoken = SpokenAnswer(
      audioPath: "audio/2/2.wav", status: .transcribed,
      words: [
        WordTiming(word: "We", startMilliseconds: 500, endMilliseconds: 700),
        WordTiming(word: "shipped", startMilliseconds: 800, endMilliseconds: 1_200),
        WordTiming(word: "it", startMilliseconds: 1_300, endMilliseconds: 1_400),
      ])
    journey.store.transcripts[2]?.entries.append(spoken)
    journey.press(.enter)
    return journey
  }

  @Test func pPlaysTheFocusedRecordingAndAnyKeyStopsIt() {
    var journey = spokenJourney()
    // The first answer was typed: nothing to play, and the status line says so.
    journey.press(.character("p"))
    #expect(!journey.flow.isPlaying)
    #expect(journey.transcript?.notice == "No recording for this answer")
    #expect(!journey.store.ran.contains(.play(audioPath: "audio/2/2.wav")))

    journey.press(.tab, .character("p"))
    #expect(journey.store.ran.last == .play(audioPath: "audio/2/2.wav"))
    #expect(journey.flow.isPlaying)
    journey.run(journey.flow.send(.playbackClock(now: 900)))
    #expect(journey.transcript?.playback?.word == 1)

    // A rating key stops the playback and is not taken as a rating.
    journey.press(.character("4"))
    #expect(journey.store.ran.last == .stopPlayback)
    #expect(!journey.flow.isPlaying)
    #expect(journey.store.transcripts[2]?.entries[1].annotation.rating == nil)
    // q stops it too, and only that: review is still open.
    journey.press(.character("p"), .character("q"))
    #expect(journey.store.ran.last == .stopPlayback)
    #expect(journey.transcript != nil)
  }

  @Test func thePlayerEndingOrFailingReturnsToReading() {
    var journey = spokenJourney()
    journey.press(.tab, .character("p"))
    journey.run(journey.flow.send(.playbackEnded(problem: nil)))
    #expect(!journey.flow.isPlaying)
    #expect(journey.transcript?.notice == nil)

    journey.store.failure = "The recording is missing: audio/2/2.wav"
    journey.press(.character("p"))
    #expect(!journey.flow.isPlaying)
    #expect(journey.transcript?.notice == "The recording is missing: audio/2/2.wav")
  }

  @Test func aResizeWhilePlayingKeepsPlaying() {
    var journey = spokenJourney()
    journey.press(.tab, .character("p"))
    journey.run(journey.flow.send(.resize(rows: 12, columns: 40)))
    #expect(journey.flow.isPlaying)
  }
}
