import Foundation
import InterviewCore

/// Reads what the transcriber helper prints: `{"text", "words": [{"word", "start", "end"}],
/// "duration"}`, times in seconds. Pure, so every shape of bad output is tested without a model.
public enum TranscriberOutput {
  private struct Document: Decodable {
    struct Word: Decodable {
      let word: String
      let start: Double
      let end: Double
    }
    let text: String
    let words: [Word]
    let duration: Double
  }

  /// The transcription in `output`, or why it cannot be one.
  public static func parse(_ output: Data) throws(TranscriptionFailure) -> Transcription {
    let document: Document
    do {
      document = try JSONDecoder().decode(Document.self, from: output)
    } catch {
      throw unreadable(output.isEmpty ? "it printed nothing" : "it is not the expected JSON")
    }
    guard document.duration.isFinite, document.duration >= 0 else {
      throw unreadable("the audio's duration is \(document.duration)")
    }
    var words: [WordTiming] = []
    var previousStart = 0
    for word in document.words {
      guard word.start.isFinite, word.end.isFinite, word.start >= 0, word.end >= word.start
      else {
        throw unreadable("the word \"\(word.word.inert)\" has impossible times")
      }
      let start = milliseconds(word.start)
      guard start >= previousStart else {
        throw unreadable("the words are out of order at \"\(word.word.inert)\"")
      }
      previousStart = start
      // Whisper writes each word with the space before it; a word is the word alone.
      words.append(
        WordTiming(
          word: word.word.trimmingCharacters(in: .whitespaces), startMilliseconds: start,
          endMilliseconds: milliseconds(word.end)))
    }
    return Transcription(
      text: document.text.trimmingCharacters(in: .whitespacesAndNewlines), words: words,
      durationMilliseconds: milliseconds(document.duration))
  }

  private static func milliseconds(_ seconds: Double) -> Int {
    Int((seconds * 1000).rounded())
  }

  private static func unreadable(_ reason: String) -> TranscriptionFailure {
    TranscriptionFailure(
      "The transcriber's output could not be read (\(reason)): run 'secondround speech setup "
        + "--force' to reinstall it.", kind: .failed)
  }
}
