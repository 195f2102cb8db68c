import Foundation

/// How long a WAV file's speech is voiced: from the first loud frame to the last, less any
/// silence over two seconds, as `SpokenDelivery` counts the time a pace is measured over.
enum VoicedAudio {
  /// The 16-bit mono samples of a PCM WAV file and its sample rate.
  static func samples(ofWAV bytes: [UInt8]) -> (samples: [Int16], rate: Int)? {
    func word32(_ at: Int) -> Int {
      (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << ($1 * 8) }
    }
    guard bytes.count > 12, bytes[0..<4].elementsEqual("RIFF".utf8) else { return nil }
    var offset = 12
    var rate = 0
    while offset + 8 <= bytes.count {
      let name = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
      let size = word32(offset + 4)
      let body = offset + 8
      if name == "fmt " { rate = word32(body + 4) }
      if name == "data" {
        let end = min(bytes.count, body + size)
        let samples = stride(from: body, to: end - 1, by: 2).map {
          Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8)
        }
        return rate > 0 ? (samples, rate) : nil
      }
      offset = body + size + size % 2
    }
    return nil
  }

  /// The voiced duration in seconds: 20 ms frames louder than 5 % of the loudest frame count
  /// as voiced; first voiced to last, less the silences over two seconds.
  static func seconds(samples: [Int16], rate: Int) -> Double {
    let frame = rate / 50
    let loudness = stride(from: 0, to: samples.count - frame, by: frame).map { start in
      let slice = samples[start..<start + frame]
      return (slice.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(frame)).squareRoot()
    }
    let threshold = (loudness.max() ?? 0) * 0.05
    let voiced = loudness.indices.filter { loudness[$0] > threshold }
    guard let first = voiced.first, let last = voiced.last else { return 0 }
    var frames = last - first + 1
    for (previous, next) in zip(voiced, voiced.dropFirst()) where next - previous - 1 > 100 {
      frames -= next - previous - 1
    }
    return Double(frames) / 50
  }
}
