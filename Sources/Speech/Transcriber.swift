import InterviewCore

/// What a transcriber made of one audio file: the text, each word with its time, and how long
/// the audio runs.
public struct Transcription: Equatable, Sendable {
  /// The whole transcript as one text, as it goes into the entry's answer.
  public var text: String
  /// Each word with when it starts and ends, from the start of the audio.
  public var words: [WordTiming]
  /// The audio's length, in milliseconds.
  public var durationMilliseconds: Int

  /// A transcription from its parts.
  public init(text: String, words: [WordTiming], durationMilliseconds: Int) {
    self.text = text
    self.words = words
    self.durationMilliseconds = durationMilliseconds
  }
}

/// Why an audio file was not transcribed, in one line the user can act on.
public struct TranscriptionFailure: Error, Equatable, Sendable {
  /// What kind of failure, for a command's exit status and for whether a retry can help.
  public enum Kind: Equatable, Sendable {
    /// No transcriber installed, or its model did not load: `secondround speech setup` helps.
    case unavailable
    /// The audio file is not there.
    case missingAudio
    /// The file is there but is not audio the transcriber can read.
    case notAudio
    /// The transcriber started and then failed: crashed, or said something unreadable.
    case failed
  }

  /// The line to show, for example "The transcriber is not set up: run 'secondround speech
  /// setup'."
  public var message: String
  /// What kind of failure it is.
  public var kind: Kind

  /// A failure with its message.
  public init(_ message: String, kind: Kind = .failed) {
    self.message = message
    self.kind = kind
  }
}

/// Turns one audio file into timed words. The app reaches speech recognition only through this,
/// so the rehearsal's logic stays testable with a stand-in and the recognizer can change.
public protocol Transcriber: Sendable {
  /// Transcribes the audio file at `path`; blocking, so callers run it off the input loop.
  func transcribe(audioFileAt path: String) throws(TranscriptionFailure) -> Transcription
}
