/// Bytes read from a terminal in non-canonical mode, turned into keys: UTF-8 decoded, then escape
/// sequences and bracketed pastes decoded as the full screen decodes them (`KeyDecoder`), so plain
/// mode and the full screen agree on every key. Pure: the caller reads the bytes and decides when
/// an escape has waited long enough.
public struct PlainKeyInput {
  private var bytes = UTF8Bytes()
  private var decoder = KeyDecoder()

  /// Input between keys.
  public init() {}

  /// How long a lone ESC waits for the rest of a sequence before it counts as Escape, in
  /// milliseconds: terminals send a sequence in one write, so a short wait is enough.
  public static let escapeDelayMilliseconds: Int32 = 40

  /// Whether a key has started and not finished (an escape sequence or a UTF-8 character): the
  /// caller waits up to `escapeDelayMilliseconds` for more, then calls `flush()`.
  public var isAwaitingMore: Bool { decoder.isAwaitingSequence || bytes.isPending }

  /// The keys `input` completes.
  public mutating func feed(_ input: some Sequence<UInt8>) -> [Key] {
    var keys: [Key] = []
    for byte in input {
      for scalar in bytes.feed(byte) { keys += decoder.feed(.character(scalar)) }
    }
    return keys
  }

  /// The keys of a sequence that timed out: a lone ESC is Escape, a partial sequence is dropped
  /// (never typed), a cut-short UTF-8 character is U+FFFD.
  public mutating func flush() -> [Key] {
    var keys: [Key] = []
    for scalar in bytes.flush() { keys += decoder.feed(.character(scalar)) }
    return keys + decoder.flush()
  }

  /// What arrived of a paste whose end marker never came (input ended inside it).
  public mutating func finishPaste() -> [Key] {
    decoder.finishPaste()
  }
}
