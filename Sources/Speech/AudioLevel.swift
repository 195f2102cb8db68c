/// The layout of a WAV file's samples, read from its header: enough to find the newest samples
/// of a recording still being written.
public struct WAVFormat: Equatable, Sendable {
  /// Samples per second, per channel.
  public var sampleRate: Int
  /// Interleaved channels.
  public var channels: Int
  /// Bits per sample; only 16-bit PCM is measured.
  public var bitsPerSample: Int
  /// Where the samples start in the file.
  public var dataOffset: Int

  /// A format from its parts.
  public init(sampleRate: Int, channels: Int, bitsPerSample: Int, dataOffset: Int) {
    self.sampleRate = sampleRate
    self.channels = channels
    self.bitsPerSample = bitsPerSample
    self.dataOffset = dataOffset
  }

  /// Bytes per frame (one sample of every channel).
  public var frameBytes: Int { max(1, channels * bitsPerSample / 8) }

  /// The format in the first bytes of a WAV file, or nil when they are not a 16-bit PCM WAV
  /// header (yet: a recorder may not have written it). The sizes in the header are not trusted:
  /// a recorder still writing leaves them at 0 or at their maximum.
  public static func parse(_ bytes: [UInt8]) -> WAVFormat? {
    guard WAVFile.isWAV(header: bytes) else { return nil }
    var offset = 12
    var format: (rate: Int, channels: Int, bits: Int)?
    while offset + 8 <= bytes.count {
      let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
      let size = Int(littleEndian: bytes, at: offset + 4, count: 4)
      let body = offset + 8
      if id == "fmt ", body + 16 <= bytes.count {
        let encoding = Int(littleEndian: bytes, at: body, count: 2)
        // 1 is PCM; 0xFFFE (extensible) carries PCM too in the files recorders write.
        guard encoding == 1 || encoding == 0xFFFE else { return nil }
        format = (
          Int(littleEndian: bytes, at: body + 4, count: 4),
          Int(littleEndian: bytes, at: body + 2, count: 2),
          Int(littleEndian: bytes, at: body + 14, count: 2)
        )
      } else if id == "data" {
        guard let format, format.bits == 16, format.channels > 0, format.rate > 0 else {
          return nil
        }
        return WAVFormat(
          sampleRate: format.rate, channels: format.channels, bitsPerSample: format.bits,
          dataOffset: body)
      }
      // Chunks are padded to an even size.
      offset = body + size + (size % 2)
    }
    return nil
  }
}

extension Int {
  /// The unsigned little-endian number in `count` bytes of `bytes` from `offset`.
  fileprivate init(littleEndian bytes: [UInt8], at offset: Int, count: Int) {
    var value = 0
    for index in (0..<count).reversed() { value = value << 8 | Int(bytes[offset + index]) }
    self = value
  }
}

/// How loud a recording is right now, for the level meter: pure arithmetic over samples.
public enum AudioLevel {
  /// How much of the newest audio the meter measures.
  public static let windowMilliseconds = 100

  /// How many bytes from the end of the samples the meter needs: 100 ms of whole frames.
  public static func windowBytes(_ format: WAVFormat) -> Int {
    format.sampleRate * windowMilliseconds / 1000 * format.frameBytes
  }

  /// The root mean square of the 16-bit samples in `bytes` (all channels), from 0 (silence)
  /// to 1 (full scale); nil when there is not one whole sample.
  public static func rms(_ bytes: some Collection<UInt8>) -> Double? {
    let bytes = Array(bytes)
    let count = bytes.count / 2
    guard count > 0 else { return nil }
    var sum = 0.0
    for index in 0..<count {
      let sample = Int16(bitPattern: UInt16(bytes[2 * index]) | UInt16(bytes[2 * index + 1]) << 8)
      let value = Double(sample) / 32768
      sum += value * value
    }
    return (sum / Double(count)).squareRoot()
  }

  /// The level of the newest 100 ms of a recording whose samples so far are `samples` (the
  /// bytes after the header, possibly cut mid-frame by a recorder still writing).
  public static func newest(_ samples: [UInt8], format: WAVFormat) -> Double? {
    let whole = samples.count - samples.count % format.frameBytes
    let window = min(whole, windowBytes(format))
    return rms(samples[(whole - window)..<whole])
  }
}

/// Notices a silent microphone: a level near zero (or no samples at all) for two seconds from
/// the start, or since sound last arrived. Said once per recording, so plain mode prints one
/// line and the full screen can show a mark.
public struct SilenceWatch: Equatable, Sendable {
  /// Below this RMS (about −60 dBFS) the microphone is taken as giving nothing: a muted or
  /// unplugged one gives zeros, while a quiet room still measures above it.
  public static let threshold = 0.001
  /// How long the silence must last before it is reported.
  public static let limitMilliseconds: Int64 = 2_000

  private var silentSince: Int64?
  private var reported = false

  /// A watch for a recording that starts at `start` (milliseconds, monotonic).
  public init(start: Int64) {
    silentSince = start
  }

  /// Takes the level measured at `now` (nil: nothing recorded yet); true exactly once, when
  /// the microphone has been silent for two seconds.
  public mutating func observe(level: Double?, at now: Int64) -> Bool {
    if let level, level >= Self.threshold {
      silentSince = nil
      return false
    }
    let since = silentSince ?? now
    silentSince = since
    guard !reported, now - since >= Self.limitMilliseconds else { return false }
    reported = true
    return true
  }

  /// Whether the microphone has given nothing for two seconds up to `now`: unlike `observe`'s
  /// one report, this reads false again as soon as sound arrives, for a screen that shows it.
  public func isSilent(at now: Int64) -> Bool {
    guard let silentSince else { return false }
    return now - silentSince >= Self.limitMilliseconds
  }
}
