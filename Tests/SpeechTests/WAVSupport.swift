import Foundation

/// 16-bit mono PCM WAV files made in the test, so no test needs a microphone or a sound card.
enum TestWAV {
  /// A WAV file's bytes holding `samples` at `rate`; `declaredSize` overrides the sizes in the
  /// header (a recorder still writing leaves 0 there).
  static func bytes(_ samples: [Int16], rate: Int = 16_000, declaredSize: UInt32? = nil)
    -> [UInt8]
  {
    func le32(_ value: UInt32) -> [UInt8] {
      (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    let data = samples.flatMap { le16(UInt16(bitPattern: $0)) }
    var bytes = Array("RIFF".utf8) + le32(declaredSize ?? UInt32(36 + data.count))
    bytes += Array("WAVE".utf8) + Array("fmt ".utf8) + le32(16) + le16(1) + le16(1)
    bytes += le32(UInt32(rate)) + le32(UInt32(rate * 2)) + le16(2) + le16(16)
    bytes += Array("data".utf8) + le32(declaredSize ?? UInt32(data.count)) + data
    return bytes
  }

  /// A sine tone of `amplitude` (0 to 1) for `milliseconds`.
  static func tone(milliseconds: Int, amplitude: Double, rate: Int = 16_000) -> [Int16] {
    (0..<(rate * milliseconds / 1000)).map { index in
      Int16(amplitude * 32_767 * sin(2 * Double.pi * 440 * Double(index) / Double(rate)))
    }
  }

  /// Silence for `milliseconds`.
  static func silence(milliseconds: Int, rate: Int = 16_000) -> [Int16] {
    Array(repeating: 0, count: rate * milliseconds / 1000)
  }
}

/// A private folder for one test's files, removed after.
struct TestFolder {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-speech-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes an executable shell script named `name` and returns its path.
  func script(_ name: String, _ body: String) throws -> String {
    let file = path + "/" + name
    try ExecutableScript.write("#!/bin/sh\n" + body + "\n", toPath: file)
    return file
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The permission bits of `path`.
func mode(_ path: String) -> Int? {
  (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
}
