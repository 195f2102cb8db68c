/// An answer's recording playing in review: which answer, since when by the runner's clock, and
/// the word being spoken. Pure: the runner starts the player and passes the clock in.
public struct TranscriptPlayback: Equatable, Sendable {
  /// Index into the transcript's entries of the answer playing.
  public let entry: Int
  /// The answer's place among the transcript's answers, from 1, as the status line names it.
  public let answerNumber: Int
  /// The recording, relative to the data directory.
  public let audioPath: String
  /// The runner's clock, in milliseconds, when the player started; nil until it has.
  public private(set) var startedAt: Int64?
  /// How long it has played, as of the last clock reading.
  public private(set) var elapsedMilliseconds = 0
  /// Index into the answer's timed words of the word being spoken; nil before the first word,
  /// between two and after the last.
  public private(set) var word: Int?

  /// The recording at `audioPath` of entry `entry`, answer `answerNumber`, about to play.
  public init(entry: Int, answerNumber: Int, audioPath: String) {
    self.entry = entry
    self.answerNumber = answerNumber
    self.audioPath = audioPath
  }

  /// The player started at `now`.
  mutating func started(at now: Int64) {
    startedAt = now
    elapsedMilliseconds = 0
    word = nil
  }

  /// The clock reads `now`: the time played and the word under it, in `words`. A clock that
  /// reads earlier than the start (it never should) counts as the start.
  mutating func clock(now: Int64, words: [WordTiming]) {
    guard let startedAt else { return }
    elapsedMilliseconds = Int(max(0, now - startedAt))
    word = SpokenWordClock.word(at: elapsedMilliseconds, in: words)
  }
}
