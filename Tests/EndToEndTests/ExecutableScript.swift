import Foundation

/// Stand-in programs written so that running them cannot fail with "Text file busy".
enum ExecutableScript {
  /// Writes `text` to `path` as an executable (0755). Closed on exec: a descriptor left open
  /// for writing in a child another test starts meanwhile (Foundation's atomic write keeps its
  /// temporary file's open across exec) makes every exec of the file fail until that child
  /// ends.
  static func write(_ text: String, toPath path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard descriptor >= 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count, fchmod(descriptor, 0o755) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
  }
}
