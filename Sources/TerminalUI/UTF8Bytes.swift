/// Decodes UTF-8 input byte by byte, for terminals read in a locale that is not UTF-8.
///
/// Terminals send UTF-8 today even when `LANG` is unset; a byte that starts no valid sequence is
/// passed to `fallback` (the locale's own meaning of the byte, e.g. Latin-1), else U+FFFD.
struct UTF8Bytes {
  /// The character a lone byte stands for when it is not UTF-8.
  private let fallback: (UInt8) -> Unicode.Scalar?
  /// The bytes of an incomplete sequence.
  private var pending: [UInt8] = []
  /// How many bytes the pending sequence needs in all.
  private var needed = 0

  /// A decoder that reads stray bytes with `fallback`.
  init(fallback: @escaping (UInt8) -> Unicode.Scalar? = { _ in nil }) {
    self.fallback = fallback
  }

  /// Whether a sequence has started and waits for more bytes.
  var isPending: Bool { !pending.isEmpty }

  /// The scalars `byte` completes.
  mutating func feed(_ byte: UInt8) -> [Unicode.Scalar] {
    if pending.isEmpty { return start(byte) }
    guard (0x80...0xBF).contains(byte) else {
      // Cut short: the bytes so far were not UTF-8; this one starts afresh.
      return flush() + start(byte)
    }
    pending.append(byte)
    guard pending.count == needed else { return [] }
    var iterator = pending.makeIterator()
    var decoder = Unicode.UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      pending = []
      return [scalar]
    }
    // Overlong or a surrogate: valid shape, invalid value.
    return flush()
  }

  /// The pending bytes, each read on its own: the sequence will not be completed.
  mutating func flush() -> [Unicode.Scalar] {
    let bytes = pending
    pending = []
    return bytes.map(stray)
  }

  private mutating func start(_ byte: UInt8) -> [Unicode.Scalar] {
    switch byte {
    case 0x00...0x7F: return [Unicode.Scalar(byte)]
    case 0xC2...0xDF: needed = 2
    case 0xE0...0xEF: needed = 3
    case 0xF0...0xF4: needed = 4
    default: return [stray(byte)]
    }
    pending = [byte]
    return []
  }

  private func stray(_ byte: UInt8) -> Unicode.Scalar {
    fallback(byte) ?? "\u{FFFD}"
  }
}
