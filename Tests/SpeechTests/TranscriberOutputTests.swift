import Foundation
import InterviewCore
import Speech
import Testing

@Suite struct TranscriberOutputTests {
  private func parse(_ text: String) throws(TranscriptionFailure) -> Transcription {
    try TranscriberOutput.parse(Data(text.utf8))
  }

  @Test func theHelpersJSONBecomesWordsInMilliseconds() throws {
    let transcription = try parse(
      #"{"text": "Um, we shipped.", "words": [{"word": "Um,", "start": 0.0, "end": 0.3124},"#
        + #" {"word": "we", "start": 0.5, "end": 0.7}, {"word": "shipped.", "start": 0.7,"#
        + #" "end": 1.2996}], "duration": 2.5}"#)
    #expect(transcription.text == "Um, we shipped.")
    #expect(
      transcription.words == [
        WordTiming(word: "Um,", startMilliseconds: 0, endMilliseconds: 312),
        WordTiming(word: "we", startMilliseconds: 500, endMilliseconds: 700),
        WordTiming(word: "shipped.", startMilliseconds: 700, endMilliseconds: 1300),
      ])
    #expect(transcription.durationMilliseconds == 2500)
  }

  @Test func silenceIsNoWordsNotAFailure() throws {
    let transcription = try parse(#"{"text": "", "words": [], "duration": 1.0}"#)
    #expect(transcription.words.isEmpty)
    #expect(transcription.durationMilliseconds == 1000)
  }

  @Test(arguments: [
    ("", "it printed nothing"),
    ("Traceback (most recent call last):", "not the expected JSON"),
    (#"{"text": "a", "words": []}"#, "not the expected JSON"),
    (
      #"{"text": "a", "words": [{"word": "a", "start": 2, "end": 1}], "duration": 3}"#,
      "impossible times"
    ),
    (
      #"{"text": "a b", "words": [{"word": "a", "start": 2, "end": 3}, {"word": "b", "start": 1, "end": 3}], "duration": 3}"#,
      "out of order"
    ),
    (#"{"text": "", "words": [], "duration": -1}"#, "duration"),
  ])
  func badOutputIsOneActionableLine(output: String, reason: String) {
    #expect {
      try parse(output)
    } throws: { error in
      guard let failure = error as? TranscriptionFailure else { return false }
      return failure.kind == .failed && failure.message.contains(reason)
        && failure.message.contains("speech setup --force") && !failure.message.contains("\n")
    }
  }
}
