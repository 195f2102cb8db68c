/// The little of the WAV format the transcriber's callers need: telling a WAV file from other
/// bytes before a model is loaded for it, and making one for the set-up's self-test.
public enum WAVFile {
  /// Whether `header` (a file's first bytes) starts a RIFF WAVE file.
  public static func isWAV(header: [UInt8]) -> Bool {
    header.count >= 12 && header[0..<4].elementsEqual("RIFF".utf8)
      && header[8..<12].elementsEqual("WAVE".utf8)
  }

  /// A 16-bit mono PCM WAV file of `samples` at `sampleRate`.
  public static func pcm16(samples: [Int16], sampleRate: Int) -> [UInt8] {
    let dataSize = samples.count * 2
    var bytes: [UInt8] = []
    bytes.reserveCapacity(44 + dataSize)
    func append(_ text: String) { bytes += Array(text.utf8) }
    func append32(_ value: Int) { bytes += (0..<4).map { UInt8((value >> ($0 * 8)) & 0xFF) } }
    func append16(_ value: Int) { bytes += (0..<2).map { UInt8((value >> ($0 * 8)) & 0xFF) } }
    append("RIFF")
    append32(36 + dataSize)
    append("WAVE")
    append("fmt ")
    append32(16)
    append16(1)  // PCM
    append16(1)  // mono
    append32(sampleRate)
    append32(sampleRate * 2)
    append16(2)  // bytes per frame
    append16(16)
    append("data")
    append32(dataSize)
    for sample in samples { append16(Int(UInt16(bitPattern: sample))) }
    return bytes
  }
}
