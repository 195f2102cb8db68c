import InterviewCore
import Speech
import Testing

/// A stand-in transcriber, as the rehearsal's tests use: the boundary is a protocol, so a test
/// decides what comes back without a model.
private struct CannedTranscriber: Transcriber {
  let result: Result<Transcription, TranscriptionFailure>

  func transcribe(audioFileAt path: String) throws(TranscriptionFailure) -> Transcription {
    try result.get()
  }
}

@Suite struct TranscriptionTests {
  @Test func aStandInTranscriberHandsBackItsWordsOrItsOneLineFailure() {
    let words = [WordTiming(word: "Hello", startMilliseconds: 0, endMilliseconds: 400)]
    let transcription = Transcription(text: "Hello", words: words, durationMilliseconds: 900)
    let working: any Transcriber = CannedTranscriber(result: .success(transcription))
    #expect((try? working.transcribe(audioFileAt: "/tmp/a.wav")) == transcription)

    let failing: any Transcriber = CannedTranscriber(
      result: .failure(TranscriptionFailure("No model.")))
    #expect(throws: TranscriptionFailure("No model.")) {
      try failing.transcribe(audioFileAt: "/tmp/a.wav")
    }
  }
}
