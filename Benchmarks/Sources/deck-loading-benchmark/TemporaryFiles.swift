import BenchmarkSupport
import Foundation

/// The folder the benchmark writes its deck files to, removed when it ends or fails.
enum TemporaryFiles {
  /// A folder of this process's own under the system's temporary folder.
  static let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("deck-loading-benchmark-\(ProcessInfo.processInfo.processIdentifier)")

  /// Writes `bytes` to `name` in the folder and returns the file's path; exits if it cannot.
  static func write(_ name: String, _ bytes: [UInt8]) -> String {
    let url = directory.appendingPathComponent(name)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    } catch {
      fail("cannot write \(url.path): \(error)")
    }
    return url.path
  }

  /// Deletes the folder and everything in it.
  static func removeAll() {
    try? FileManager.default.removeItem(at: directory)
  }
}
