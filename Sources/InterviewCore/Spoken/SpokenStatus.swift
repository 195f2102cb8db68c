import Foundation

/// What the full screen shows of a spoken rehearsal beside the interview: whether the answer is
/// being recorded, the level of the sound arriving, a silent microphone, the panel's voice, and
/// where the transcriptions stand. A value the run loop updates on the clock's tick, so the
/// view drawing it stays a pure function.
public struct SpokenStatus: Equatable, Sendable {
  /// Whether an answer is being recorded now.
  public var isRecording = false
  /// The level of the newest sound recorded (0 to 1, RMS); nil before any arrives.
  public var level: Double?
  /// Whether the microphone has given nothing for two seconds of this recording.
  public var isMicrophoneSilent = false
  /// Whether the panel's voice is reading the question.
  public var isReadingAloud = false
  /// Why answers are not recorded or not read aloud, in one line; nil when all works.
  public var problem: String?
  /// The session, named in the retry command of a failed transcription.
  public var sessionID: Int64
  /// The answers (entry numbers) whose transcription has started and not landed.
  public private(set) var transcribing: [Int] = []
  /// The transcription that landed last: the answer's number and how it went.
  public private(set) var landed: Landed?

  /// A transcription that landed.
  public struct Landed: Equatable, Sendable {
    /// The answer's number (its entry's, as `transcripts show` numbers them).
    public var answer: Int
    /// Why it failed; nil when it was transcribed.
    public var failure: String?
  }

  /// The status of session `sessionID` before anything is recorded.
  public init(sessionID: Int64) {
    self.sessionID = sessionID
  }

  /// Notes that answer `number`'s recording went to the transcriber.
  public mutating func transcriptionStarted(answer number: Int) {
    if !transcribing.contains(number) { transcribing.append(number) }
  }

  /// Notes that answer `number`'s transcription landed: `failure` is why it failed, nil when
  /// the answer was transcribed.
  public mutating func transcriptionLanded(answer number: Int, failure: String?) {
    transcribing.removeAll { $0 == number }
    landed = Landed(answer: number, failure: failure)
  }

  /// The transcription line: a failure stays until the next transcription lands (it names the
  /// command that tries again), else the answers still being transcribed, else the last one
  /// done; nil before any answer went to the transcriber.
  public var transcriptionLine: String? {
    if let landed, let failure = landed.failure {
      return "answer \(landed.answer) not transcribed: \(failure) — "
        + "transcripts transcribe \(sessionID)"
    }
    if let first = transcribing.first {
      let more = transcribing.count - 1
      return "transcribing answer \(first)"
        + (more > 0 ? " and \(counted(more, "more", "more"))" : "") + "…"
    }
    if let landed { return "answer \(landed.answer) transcribed" }
    return nil
  }

  /// Whether the transcription line reports a failure (shown as an error).
  public var transcriptionFailed: Bool { landed?.failure != nil }

  /// How many of `width` cells the level fills: decibels from −60 dBFS (none) to 0 (all), as a
  /// voice at speaking distance fills about half; nothing before sound arrives.
  public func meterCells(width: Int) -> Int {
    guard let level, level > 0, width > 0 else { return 0 }
    let decibels = 20 * log10(min(1, level))
    let share = max(0, min(1, (decibels + 60) / 60))
    return Int((share * Double(width)).rounded())
  }
}
