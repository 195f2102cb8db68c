import Foundation
import Testing

/// What the speech end-to-end tests need beyond the binary: espeak-ng to make the audio, and a
/// data directory in which `secondround speech setup` has installed the transcriber, named by
/// `SECONDROUND_SPEECH_TEST_DATA_DIR` (`.ci/run` makes one). In CI (`CI=true`) a missing tool
/// fails the tests; elsewhere they are skipped with the reason printed.
enum SpeechTools {
  private static let environment = ProcessInfo.processInfo.environment

  /// Whether this is a CI run, where nothing may be skipped.
  static let isCI = environment["CI"] == "true"

  /// espeak-ng's path, if installed.
  static let espeak: String? = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The data directory with a finished set-up, if one was given.
  static let setUpDataDirectory: String? = environment["SECONDROUND_SPEECH_TEST_DATA_DIR"].flatMap {
    FileManager.default.fileExists(atPath: $0 + "/speech/installed") ? $0 : nil
  }

  /// Whether the tests that transcribe real speech run: always in CI (where they fail without
  /// their tools), and locally when the tools are there.
  static let transcribingTestsRun = isCI || (espeak != nil && setUpDataDirectory != nil)

  /// The tools, or a failure that says which one is missing.
  static func required() throws -> (espeak: String, dataDirectory: String) {
    let espeak = try #require(espeak, "espeak-ng is not installed (apt-get install espeak-ng)")
    let data = try #require(
      setUpDataDirectory,
      "SECONDROUND_SPEECH_TEST_DATA_DIR names no data directory where speech setup finished")
    return (espeak, data)
  }

  /// Speaks `text` at `wordsPerMinute` into a WAV file at `path`.
  static func speak(_ text: String, wordsPerMinute: Int, to path: String, with espeak: String)
    throws
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: espeak)
    process.arguments = ["-s", String(wordsPerMinute), "-w", path, text]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "espeak-ng failed")
  }
}
