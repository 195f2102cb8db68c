import Foundation

/// The environment the process started with, read once.
///
/// `ProcessInfo.processInfo.environment` builds a new dictionary of every variable on each
/// call, and a rehearsal asked for it four times before its first frame. Read once, here, and
/// split at the first `=` byte by byte: Foundation finds it by walking each entry's
/// Characters, which was most of its cost. Nothing here changes the environment, so one
/// reading serves.
enum ProcessEnvironment {
  /// Every variable of the environment, by name.
  static let current: [String: String] = variables(of: environ)

  /// The variables of a C environment block (`NAME=value` entries up to a null pointer); an
  /// entry without `=` is skipped, and a name given twice keeps its first value, as `getenv`
  /// finds it.
  static func variables(of block: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?)
    -> [String: String]
  {
    var variables: [String: String] = [:]
    guard var entry = block else { return variables }
    while let text = entry.pointee {
      let bytes = UnsafeRawBufferPointer(start: text, count: strlen(text))
      if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(decoding: bytes[..<equals], as: UTF8.self)
        if variables[name] == nil {
          variables[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
        }
      }
      entry += 1
    }
    return variables
  }
}
