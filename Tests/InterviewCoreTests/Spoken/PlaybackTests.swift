import Foundation
import Testing

@testable import InterviewCore

/// Timed words for each word of `text`: `word` milliseconds each, `gap` between them, the
/// first at `start`, as a transcriber gives them.
func timedWords(_ text: String, start: Int = 1_000, word: Int = 300, gap: Int = 100)
  -> [WordTiming]
{
  text.split(whereSeparator: \.isWhitespace).enumerated().map { index, written in
    let begins = start + index * (word + gap)
    return WordTiming(
      word: String(written), startMilliseconds: begins, endMilliseconds: begins + word)
  }
}

/// The review transcript with its long answer spoken and transcribed: every word timed.
func spokenReviewTranscript() -> (transcript: Transcript, spoken: Int) {
  var transcript = reviewTranscript()
  guard let long = transcript.entries.firstIndex(where: { $0.answer.hasPrefix("Paragraph 1") })
  else { return (transcript, -1) }
  let answer = transcript.entries[long].answer
  transcript.entries[long].recording.spoken = SpokenAnswer(
    audioPath: "audio/42/4.wav", status: .transcribed, words: timedWords(answer))
  return (transcript, long)
}

@Suite struct SpokenWordClockTests {
  let words = [
    WordTiming(word: "We", startMilliseconds: 1_000, endMilliseconds: 1_300),
    WordTiming(word: "shipped", startMilliseconds: 1_400, endMilliseconds: 1_700),
    WordTiming(word: "it", startMilliseconds: 1_800, endMilliseconds: 2_100),
  ]

  @Test func theWordUnderTheClockOrNoneInASilence() {
    let expected: [(Int, Int?)] = [
      (0, nil), (999, nil), (1_000, 0), (1_299, 0), (1_300, nil), (1_399, nil), (1_400, 1),
      (1_750, nil), (1_800, 2), (2_099, 2), (2_100, nil), (60_000, nil),
    ]
    for (elapsed, word) in expected {
      #expect(SpokenWordClock.word(at: elapsed, in: words) == word, "at \(elapsed) ms")
    }
    #expect(SpokenWordClock.word(at: 1_000, in: []) == nil)
  }

  @Test func wordsAreFoundInTheTextByTheirLetters() {
    let text = "We shipped it, finally."
    let ranges = SpokenWordClock.scalarRanges(
      of: words + [WordTiming(word: "Finally", startMilliseconds: 2_200, endMilliseconds: 2_600)],
      in: text)
    let scalars = Array(text.unicodeScalars)
    let found = ranges.map { range in
      range.map { String(String.UnicodeScalarView(scalars[$0])) }
    }
    #expect(found == ["We", "shipped", "it,", "finally."])
  }

  @Test func aCorrectedTextStillPlacesTheWordsItKeeps() {
    // Corrected in review: a word added, one replaced.
    let text = "We really shipped that"
    let ranges = SpokenWordClock.scalarRanges(of: words, in: text)
    #expect(ranges[0] == 0..<2)
    #expect(ranges[1] == 10..<17)
    #expect(ranges[2] == nil, "a word no longer in the text is not placed on another")
  }
}

@Suite struct TranscriptPlaybackTests {
  func review(height: Int = 10) -> (TranscriptReview, spoken: Int) {
    let (transcript, spoken) = spokenReviewTranscript()
    let review = TranscriptReview(
      transcript: transcript, timeZone: reviewUTC,
      viewport: TranscriptViewport(width: 60, height: height))
    return (review, spoken)
  }

  /// Focuses entry `index` by moving answer by answer.
  func focus(_ index: Int, in review: inout TranscriptReview) {
    while review.focus != index, review.focus.map({ $0 < index }) ?? false {
      _ = review.send(.focusNext)
    }
  }

  @Test func anAnswerWithoutARecordingSaysSoAndStartsNothing() {
    var (review, _) = review()
    #expect(review.focusedEntry?.recording.spoken == nil)
    #expect(review.send(.play).isEmpty)
    #expect(review.playback == nil)
    #expect(review.notice == "No recording for this answer")
    // The line goes with the next key.
    _ = review.send(.scroll(1))
    #expect(review.notice == nil)
  }

  @Test func playingFollowsTheClockWordByWord() throws {
    var (review, spoken) = review()
    focus(spoken, in: &review)
    let reference = try #require(review.focusedReference)
    #expect(review.send(.play) == [.play(reference, audioPath: "audio/42/4.wav")])
    let playback = try #require(review.playback)
    #expect(playback.entry == spoken)
    #expect(playback.answerNumber == 4, "the skipped answer counts too")
    #expect(playback.word == nil)

    review.playbackStarted(at: 50_000)
    review.playbackClock(now: 50_500)
    #expect(review.playback?.elapsedMilliseconds == 500)
    #expect(review.playback?.word == nil, "before the first word")
    review.playbackClock(now: 51_000)
    #expect(review.playback?.word == 0)
    review.playbackClock(now: 51_450)
    #expect(review.playback?.word == 1)
    review.playbackClock(now: 51_350)
    #expect(review.playback?.word == nil, "between two words")
  }

  @Test func theHighlightedWordIsTheOneSpokenAndScrolledIntoView() throws {
    var (review, spoken) = review(height: 4)
    focus(spoken, in: &review)
    _ = review.send(.play)
    review.playbackStarted(at: 0)
    let words = try #require(review.focusedEntry?.recording.spoken?.words)
    // A word well down the long answer, beyond the four lines in view.
    let index = words.count - 3
    review.playbackClock(now: Int64(words[index].startMilliseconds + 10))
    #expect(review.playback?.word == index)
    let span = try #require(review.spokenWordSpans(in: review.layout).first)
    let line = review.layout.lines[span.line]
    #expect(line.item == spoken)
    #expect(line.kind == .answer)
    let text = Array(line.text)
    #expect(String(text[span.range]) == words[index].word)
    #expect(review.scroll <= span.line && span.line < review.scroll + 4, "in view")
  }

  @Test func anyKeyStopsThePlaybackAndDoesNothingElse() throws {
    var (review, spoken) = review()
    focus(spoken, in: &review)
    _ = review.send(.play)
    review.playbackStarted(at: 0)
    let rating = review.focusedEntry?.annotation.rating
    #expect(review.send(.rate(5)) == [.stopPlayback])
    #expect(review.playback == nil)
    #expect(review.focusedEntry?.annotation.rating == rating, "the key only stopped it")
    #expect(review.send(.back) == [.back], "the next key acts again")
  }

  @Test func aResizeKeepsPlaying() {
    var (review, spoken) = review()
    focus(spoken, in: &review)
    _ = review.send(.play)
    #expect(review.send(.resize(TranscriptViewport(width: 38, height: 9))).isEmpty)
    #expect(review.playback != nil)
  }

  @Test func thePlayerEndingReturnsToReadingWithItsProblem() {
    var (review, spoken) = review()
    focus(spoken, in: &review)
    _ = review.send(.play)
    review.playbackStarted(at: 0)
    review.playbackClock(now: 1_100)
    review.playbackEnded(problem: nil)
    #expect(review.playback == nil)
    #expect(review.notice == nil)
    #expect(review.spokenWordSpans(in: review.layout).isEmpty, "no highlight left behind")
    _ = review.send(.play)
    review.playbackEnded(problem: "The recording is missing: audio/42/4.wav")
    #expect(review.playback == nil)
    #expect(review.notice == "The recording is missing: audio/42/4.wav")
  }
}
