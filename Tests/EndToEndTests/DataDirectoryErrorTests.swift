import Foundation
import Testing

/// A data directory that cannot be created or read: every command says so in one line naming
/// the path and exits 73 (cannot create) or 74 (I/O error), never printing an empty result.
@Suite("unusable data directories")
struct DataDirectoryErrorTests {
  /// Every command that reads or writes transcripts, as run from a script.
  static let commands: [[String]] = [
    ["transcripts", "list"], ["transcripts", "list", "--json"],
    ["transcripts", "show", "1"], ["transcripts", "show", "1", "--json"],
    ["transcripts", "export", "1", "--format", "markdown"], ["transcripts", "search", "word"],
    ["transcripts", "stats"], ["transcripts", "analyse", "--all"],
    ["transcripts", "delete", "1", "--yes"],
    ["rehearse", "--plain", "--start", "--company", "Acme", "--position", "Analyst"],
  ]

  /// A path the data directory cannot be at, and the exit code that says why.
  private static func cases(_ sandbox: Sandbox) throws -> [(String, path: String, exit: Int32)] {
    let file = try sandbox.write("not a directory\n", to: "plain-file")
    let loop = sandbox.root.appendingPathComponent("loop").path
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
    return [
      ("below a file", file.path + "/store", 73),
      ("a file", file.path, 73),
      // A symlink to itself: neither readable nor creatable.
      ("a symlink loop", loop, 0),
    ]
  }

  @Test("every command: one line naming the path, exit 73 or 74, nothing on stdout")
  func everyCommand() throws {
    let sandbox = try Sandbox()
    for (label, path, exit) in try Self.cases(sandbox) {
      for command in Self.commands {
        let result = try sandbox.run(command + ["--data-dir", path], input: "an answer\n")
        let context = "\(label): \(command.joined(separator: " "))"
        if exit == 0 {
          #expect([73, 74].contains(result.exitCode), "\(context): \(result.exitCode)")
        } else {
          #expect(result.exitCode == exit, "\(context): \(result.stderr)")
        }
        #expect(result.stderrLines.count == 1, "\(context): \(result.stderr)")
        #expect(
          result.stderr.hasPrefix("secondround: \(path): error: "), "\(context): \(result.stderr)")
        #expect(result.stdout == "", "\(context): \(result.stdout)")
      }
    }
  }

  @Test("the issue's case: list --json below /etc/passwd is exit 73, not an empty list")
  func belowPasswd() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["transcripts", "list", "--json", "--data-dir", "/etc/passwd/x"])
    #expect(result.exitCode == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == ["secondround: /etc/passwd/x: error: cannot create: Not a directory"])
  }
}
