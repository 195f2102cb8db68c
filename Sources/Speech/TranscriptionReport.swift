import InterviewCore

/// What `secondround transcribe --json` prints: the words with their times in seconds, and the
/// delivery measured from them.
public struct TranscriptionReport: Encodable, Equatable, Sendable {
  /// One word and when it was said, in seconds from the start of the audio.
  public struct Word: Encodable, Equatable, Sendable {
    /// The word as transcribed, punctuation included.
    public var word: String
    /// When it starts.
    public var start: Double
    /// When it ends.
    public var end: Double
  }

  /// The whole transcript.
  public var text: String
  /// Every word with its times.
  public var words: [Word]
  /// Words per minute over the voiced time; 0 without words.
  public var wordsPerMinute: Int
  /// Each silence of more than two seconds between words, in seconds.
  public var pauses: [Double]
  /// The longest silence between two words, in seconds.
  public var longestPause: Double
  /// How many of the words were fillers ("um", "uh").
  public var fillers: Int
  /// The audio's length, in seconds.
  public var duration: Double

  enum CodingKeys: String, CodingKey {
    case text, words, pauses, fillers, duration
    case wordsPerMinute = "words_per_minute"
    case longestPause = "longest_pause"
  }

  /// The report of `transcription`.
  public init(_ transcription: Transcription) {
    let delivery = SpokenDelivery(timings: transcription.words)
    text = transcription.text
    words = transcription.words.map {
      Word(
        word: $0.word, start: Self.seconds($0.startMilliseconds),
        end: Self.seconds($0.endMilliseconds))
    }
    wordsPerMinute = delivery?.wordsPerMinute ?? 0
    pauses = (delivery?.longPauses ?? []).map(Self.seconds)
    longestPause = Self.seconds(delivery?.longestPauseMilliseconds ?? 0)
    fillers = delivery?.fillers ?? 0
    duration = Self.seconds(transcription.durationMilliseconds)
  }

  private static func seconds(_ milliseconds: Int) -> Double {
    Double(milliseconds) / 1000
  }
}
