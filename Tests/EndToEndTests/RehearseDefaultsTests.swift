import Foundation
import Testing

/// `rehearse --start` without `--company` or `--position`: the last interview's are used, and
/// before there is one, the help and the error say what to pass.
@Suite("rehearse: company and position default to the last interview's")
struct RehearseDefaultsTests {
  /// A plain, started rehearsal of one behavioural question, kept in the sandbox's store.
  func arguments(_ names: [String]) -> [String] {
    ["rehearse", "--plain", "--start", "--segments", "behavioural", "--per-segment", "1"]
      + names + ["--data-dir"]
  }

  @Test("a second rehearsal without them takes the last interview's company and position")
  func defaultsFromTheLastInterview() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.run(
      arguments(["--company", "Initech", "--position", "Analyst"]) + [sandbox.store.path],
      input: "An answer\n:quit\n")
    try #require(first.exitCode == 0, "\(first.stderr)")
    // Each answers once: an interview with no answer keeps no transcript to default from.
    let second = try sandbox.run(
      arguments(["--position", "Lead"]) + [sandbox.store.path], input: "An answer\n:quit\n")
    #expect(second.exitCode == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Initech, Lead;"), "\(second.stdout)")
    let sessions = try sandbox.sessions()
    #expect(sessions.map(\.company) == ["Initech", "Initech"])
    #expect(sessions.map(\.position) == ["Lead", "Analyst"])
  }

  @Test("with no interview yet, the error names the flags and the help says they are needed")
  func firstRehearsalNeedsThem() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      arguments(["--position", "Lead"]) + [sandbox.store.path], input: ":quit\n")
    #expect(result.exitCode == 64)
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("--company"), "\(result.stderr)")
    #expect(result.stderr.contains("last interview"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path))
    let help = try sandbox.run(["rehearse", "--help"])
    let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("default to the last interview's"), "\(help.stdout)")
  }
}
