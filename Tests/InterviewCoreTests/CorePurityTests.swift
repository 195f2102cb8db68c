import Foundation
import Testing

/// The core is pure: it reads no clock, calendar, time zone, environment or file itself; they
/// are passed in. A scan of its sources fails when one of those calls comes back.
@Suite struct CorePurityTests {
  /// Calls that read the world instead of taking it as an argument.
  static let forbidden = [
    "Date()", "Date.now", "TimeZone.current", "TimeZone = .current", "Calendar.current",
    "Locale.current", "ProcessInfo", "FileManager", "FileHandle", "fopen", "Data(contentsOf",
    "String(contentsOf", "clock_gettime", "DispatchTime.now", "getenv",
  ]

  /// `Sources/InterviewCore`, found from this file's place in the repository.
  static var coreDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/InterviewCore")
  }

  /// The forbidden calls on one line of code; none on a comment line.
  static func calls(in line: Substring) -> [String] {
    let code = line.trimmingCharacters(in: .whitespaces)
    guard !code.hasPrefix("//") else { return [] }
    return forbidden.filter { code.contains($0) }
  }

  /// Every forbidden call in the core's code (comments left out), by file and call.
  static func occurrences() throws -> [String: [String: Int]] {
    let directory = coreDirectory
    let paths = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
    var found: [String: [String: Int]] = [:]
    for path in paths.sorted() where path.hasSuffix(".swift") {
      let text = try String(
        contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
      for line in text.split(separator: "\n") {
        for call in calls(in: line) {
          found[path, default: [:]][call, default: 0] += 1
        }
      }
    }
    return found
  }

  @Test("the core reads no clock, calendar, time zone, environment or file")
  func noWorldReads() throws {
    let found = try Self.occurrences()
    #expect(found.isEmpty, "calls that read the world, by file: \(found)")
  }

  @Test("the scan sees the core's sources and would see a forbidden call")
  func theScanWorks() throws {
    let paths = try FileManager.default.subpathsOfDirectory(atPath: Self.coreDirectory.path)
    #expect(paths.contains("Rehearsal/Interview.swift"))
    #expect(paths.filter { $0.hasSuffix(".swift") }.count > 30)
    // A read of the world in code is caught; the same words in a comment are prose.
    #expect(Self.calls(in: "    let now = Date()") == ["Date()"])
    #expect(Self.calls(in: "  init(zone: TimeZone = .current) {") == ["TimeZone = .current"])
    #expect(Self.calls(in: "  let names = FileManager.default.contents") == ["FileManager"])
    #expect(Self.calls(in: "  /// Never calls Date() itself.").isEmpty)
  }
}
