/// What a spoken answer kept beside its text: the recording, whether it was transcribed, and the
/// words with their times. An entry without one was typed (or spoken before answers were
/// recorded); these fields live here, once, for the entry, the store and the exports to share.
public struct SpokenAnswer: Codable, Equatable, Hashable, Sendable {
  /// Where the transcription of the recording stands.
  public enum Status: Equatable, Hashable, Sendable {
    /// Recorded; the transcriber has not answered yet (or the app stopped before it did).
    case pending
    /// The entry's answer is the transcriber's text.
    case transcribed
    /// The transcriber failed, for the reason given; the audio waits for a retry.
    case notTranscribed(reason: String)

    /// The name stored and exported: `pending`, `transcribed` or `not-transcribed`.
    public var name: String {
      switch self {
      case .pending: "pending"
      case .transcribed: "transcribed"
      case .notTranscribed: "not-transcribed"
      }
    }

    /// Why it was not transcribed; nil otherwise.
    public var reason: String? {
      if case .notTranscribed(let reason) = self { return reason }
      return nil
    }

    /// The status stored under `name` (with `reason` for a failure); nil for a name this build
    /// does not know.
    public init?(name: String, reason: String?) {
      switch name {
      case "pending": self = .pending
      case "transcribed": self = .transcribed
      case "not-transcribed": self = .notTranscribed(reason: reason ?? "")
      default: return nil
      }
    }
  }

  /// The recording, relative to the data directory (`audio/<session>/<sequence>.wav`), so the
  /// data directory can move.
  public var audioPath: String
  /// Where its transcription stands.
  public var status: Status
  /// Each transcribed word with its time from the start of the recording; empty until
  /// transcribed.
  public var words: [WordTiming]
  /// Words per minute over the time spent speaking; nil until transcribed.
  public var wordsPerMinute: Int?

  enum CodingKeys: String, CodingKey {
    case words
    case audioPath = "audio"
    case status = "transcription"
    case reason = "transcription_error"
    case wordsPerMinute = "words_per_minute"
  }

  /// A recording's record from its parts.
  public init(
    audioPath: String, status: Status = .pending, words: [WordTiming] = [],
    wordsPerMinute: Int? = nil
  ) {
    self.audioPath = audioPath
    self.status = status
    self.words = words
    self.wordsPerMinute = wordsPerMinute
  }

  /// Decodes the shape `encode(to:)` writes; an unknown status reads as pending, so a
  /// recording is retried rather than lost.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    audioPath = try container.decode(String.self, forKey: .audioPath)
    let name = try container.decode(String.self, forKey: .status)
    let reason = try container.decodeIfPresent(String.self, forKey: .reason)
    status = Status(name: name, reason: reason) ?? .pending
    words = try container.decodeIfPresent([WordTiming].self, forKey: .words) ?? []
    wordsPerMinute = try container.decodeIfPresent(Int.self, forKey: .wordsPerMinute)
  }

  /// Writes every key, a null reason and pace included, so the shape never varies.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(audioPath, forKey: .audioPath)
    try container.encode(status.name, forKey: .status)
    try container.encode(status.reason, forKey: .reason)
    try container.encode(words, forKey: .words)
    try container.encode(wordsPerMinute, forKey: .wordsPerMinute)
  }
}

/// What the transcriber made of a recording, as the entry takes it: the text and its words, or
/// why there are none.
public enum TranscriptionOutcome: Equatable, Sendable {
  /// The text and each word with its time.
  case transcribed(text: String, words: [WordTiming])
  /// Why the recording was not transcribed, in one line.
  case failed(reason: String)
}
