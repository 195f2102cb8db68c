import Foundation
import InterviewCore
import Testing

@Suite struct SpokenDeliveryTests {
  private func word(_ text: String, _ start: Int, _ end: Int) -> WordTiming {
    WordTiming(word: text, startMilliseconds: start, endMilliseconds: end)
  }

  @Test func fillersAreCountedFromTheTranscribedWordsWhateverTheirPunctuation() throws {
    let delivery = try #require(
      SpokenDelivery(timings: [
        word("So,", 0, 200), word("Um,", 300, 500), word("we", 600, 700),
        word("uh", 800, 900), word("basically", 1000, 1400), word("shipped.", 1500, 2000),
        word("Umbrella", 2100, 2500),
      ]))
    #expect(delivery.fillers == 3)
  }

  @Test func paceIsOverTheVoicedTimeSoALongSilenceDoesNotSlowIt() throws {
    // Four words in two seconds, a five-second silence, four more in two seconds.
    let words = (0..<8).map { index in
      let start = index * 500 + (index >= 4 ? 5_000 : 0)
      return word("w", start, start + 500)
    }
    let delivery = try #require(SpokenDelivery(timings: words))
    #expect(delivery.longPauses == [5_000])
    #expect(delivery.speakingMilliseconds == 9_000)
    #expect(delivery.wordsPerMinute == 120)
    #expect(SpokenDelivery(timings: []) == nil)
  }

  @Test func aSummarySavedBeforeFillersWereCountedStillReads() throws {
    let old = Data(
      #"{"words_per_minute": 140, "long_pauses_ms": [], "longest_pause_ms": 900, "speaking_ms": 30000}"#
        .utf8)
    let delivery = try JSONDecoder().decode(SpokenDelivery.self, from: old)
    #expect(delivery.wordsPerMinute == 140)
    #expect(delivery.fillers == 0)
  }
}
