import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

/// The review transcript with its long answer (the fourth) spoken: each word timed, 300 ms
/// spoken then 100 ms of silence, the first at one second.
func spokenReview(rows: Int, columns: Int) -> TranscriptReview {
  var transcript = reviewTranscript()
  let answer = transcript.entries[3].answer
  let words = answer.split(whereSeparator: \.isWhitespace).enumerated().map { index, word in
    WordTiming(
      word: String(word), startMilliseconds: 1_000 + index * 400,
      endMilliseconds: 1_300 + index * 400)
  }
  transcript.entries[3].recording.spoken = SpokenAnswer(
    audioPath: "audio/42/4.wav", status: .transcribed, words: words)
  var review = TranscriptReview(transcript: transcript, timeZone: reviewUTC)
  _ = ReviewTranscriptKeys.handle(.resize, review: &review, rows: rows, columns: columns)
  while review.focus != 3 { _ = review.send(.focusNext) }
  return review
}

/// `review` playing its focused answer, the clock on the word `word` of it.
func playing(_ review: TranscriptReview, word: Int) -> TranscriptReview {
  var review = review
  _ = review.send(.play)
  review.playbackStarted(at: 100_000)
  let timing = review.focusedEntry?.recording.spoken?.words[word]
  review.playbackClock(now: 100_000 + Int64((timing?.startMilliseconds ?? 0) + 50))
  return review
}

@Suite struct ReviewPlaybackKeysTests {
  @Test func pPlaysAndNAndShiftNMoveBetweenAnswers() {
    let review = spokenReview(rows: 24, columns: 80)
    func action(_ key: Key) -> TranscriptReviewAction? {
      ReviewTranscriptKeys.action(for: key, in: review, editorWidth: 60)
    }
    #expect(action(.character("p")) == .play)
    #expect(action(.character("n")) == .focusNext)
    #expect(action(.character("N")) == .focusPrevious)
    #expect(
      ReviewTranscriptKeys.footer(for: review).contains(KeyBinding(keys: "p", summary: "play")))
    #expect(ReviewTranscriptKeys.help(for: review).contains(KeyBinding(keys: "p", summary: "play")))
    // An answer with nothing recorded keeps the footer's room for the other keys.
    let typed = sizedReview(rows: 24, columns: 80)
    #expect(!ReviewTranscriptKeys.footer(for: typed).contains { $0.keys == "p" })
  }

  @Test func whilePlayingEveryKeyStopsItButTheRuntimesOwn() {
    let review = playing(spokenReview(rows: 24, columns: 80), word: 5)
    let keys: [Key] = [
      .character("q"), .escape, .character("4"), .character("j"), .down, .character(" "), .enter,
      .character("p"), .character("D"), .tab, .function(1), .character("?"),
    ]
    for key in keys {
      #expect(
        ReviewTranscriptKeys.action(for: key, in: review, editorWidth: 60) == .stopPlayback,
        "\(key)")
    }
    for key in [Key.control("c"), .control("l")] {
      #expect(ReviewTranscriptKeys.action(for: key, in: review, editorWidth: 60) == nil)
    }
    #expect(
      ReviewTranscriptKeys.footer(for: review) == [
        KeyBinding(keys: "any key", summary: "stop playing")
      ])
    var stopped = review
    #expect(
      ReviewTranscriptKeys.handle(.character("q"), review: &stopped, rows: 24, columns: 80)
        == [.stopPlayback])
    #expect(stopped.playback == nil)
  }
}

@Suite struct ReviewPlaybackScreenTests {
  /// The cells drawn in reverse video, row by row, as text: the word being spoken.
  func reversed(_ screen: GridScreen) -> [(row: Int, text: String)] {
    var found: [(row: Int, text: String)] = []
    for (row, line) in screen.lines.enumerated() {
      var text = ""
      for (column, character) in line.enumerated()
      where screen.style(row: row, column: column)?.attributes.contains(.reverse) == true {
        text.append(character)
      }
      if !text.isEmpty { found.append((row, text)) }
    }
    return found
  }

  @Test func theWordUnderThePlaybackClockIsHighlightedAndInView() throws {
    for size in ReviewSnapshotTests.sizes {
      let review = spokenReview(rows: size.rows, columns: size.columns)
      let words = try #require(review.focusedEntry?.recording.spoken?.words)
      // Deep in the long answer, far below the first screenful.
      for index in [0, 57, words.count - 2] {
        let screen = rendered(rows: size.rows, columns: size.columns) {
          ReviewTranscriptScreen.render(playing(review, word: index), into: &$0)
        }
        let highlighted = reversed(screen)
        #expect(highlighted.count == 1, "\(size.name) word \(index)")
        #expect(highlighted.first?.text == words[index].word, "\(size.name) word \(index)")
        // On the transcript, between the header and the status line.
        let row = try #require(highlighted.first?.row)
        #expect(row >= 1 && row < size.rows - 2)
        #expect(screen.style(row: row, column: 0)?.attributes.contains(.reverse) != true)
      }
    }
  }

  @Test func theStatusLineSaysWhatPlaysForHowLongAndHowToStop() throws {
    for size in ReviewSnapshotTests.sizes {
      let review = playing(spokenReview(rows: size.rows, columns: size.columns), word: 57)
      // Word 57 starts 1 + 57 × 0.4 = 23.8 s in.
      let screen = rendered(rows: size.rows, columns: size.columns) {
        ReviewTranscriptScreen.render(review, into: &$0)
      }
      let status = screen.lines[size.rows - 2]
      #expect(status.contains("0:23"), "\(status)")
      #expect(status.contains("any key stops"), "\(status)")
      #expect(status.contains(size.columns >= 80 ? "Playing answer 4" : "Playing 4"))
      #expect(screen.lines[size.rows - 1].contains("any key stop playing"))

      let ascii = rendered(rows: size.rows, columns: size.columns, glyphs: .ascii) {
        ReviewTranscriptScreen.render(review, into: &$0)
      }
      #expect(ascii.lines[size.rows - 2].unicodeScalars.allSatisfy { $0.isASCII })
      #expect(reversed(ascii).first?.text == review.focusedEntry?.recording.spoken?.words[57].word)
    }
  }

  @Test func noRecordingIsOneLineOnTheStatusLine() {
    for size in ReviewSnapshotTests.sizes {
      var review = sizedReview(rows: size.rows, columns: size.columns)
      _ = ReviewTranscriptKeys.handle(
        .character("p"), review: &review, rows: size.rows, columns: size.columns)
      let screen = rendered(rows: size.rows, columns: size.columns) {
        ReviewTranscriptScreen.render(review, into: &$0)
      }
      #expect(screen.lines[size.rows - 2].contains("No recording for this answer"))
    }
  }

  @Test func snapshots() {
    ReviewSnapshotTests().expectBoth("review-transcript-playing") { rows, columns, screen in
      let review = playing(spokenReview(rows: rows, columns: columns), word: 57)
      ReviewTranscriptScreen.render(review, into: &screen)
    }
  }
}
