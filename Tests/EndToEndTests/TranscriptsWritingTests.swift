import Foundation
import Testing

@Suite("transcripts export and delete")
struct TranscriptsWritingTests {
  /// The names in `directory`, sorted.
  static func names(_ directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  @Test("export to stdout: JSON is an array, CSV one row per entry, Markdown a rule between")
  func toStdout() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "first, with a comma")
    try sandbox.rehearseCulture(seed: 2, answer: "=cmd|' /C calc'!A0")

    let json = try sandbox.transcripts(["export", "2", "1", "--format", "json"])
    #expect(json.exitCode == 0, "\(json.stderr)")
    let sessions = try JSONDecoder().decode([TranscriptRecord].self, from: Data(json.stdout.utf8))
    #expect(sessions.map(\.session.id) == [2, 1])

    let csv = try sandbox.transcripts(["export", "--all", "--format", "csv"])
    #expect(csv.exitCode == 0)
    let rows = csv.stdout.components(separatedBy: "\r\n").dropLast()
    let entries = sessions.reduce(0) { $0 + $1.entries.count }
    #expect(rows.count == 1 + entries, "\(csv.stdout)")
    #expect(rows.first?.hasPrefix("session_id,started,status,company,") == true)
    #expect(rows.contains { $0.contains(",\"first, with a comma\",") })
    #expect(rows.contains { $0.contains(",'=cmd|' /C calc'!A0,") }, "\(csv.stdout)")
    // --all is oldest first.
    #expect(rows.dropFirst().first?.hasPrefix("1,") == true)

    // Plain UTF-8 by default; --excel starts with the byte-order mark Excel needs for "é".
    #expect(!csv.stdout.unicodeScalars.contains("\u{FEFF}"))
    for excelArguments in [["--excel"], ["--excel", "--format", "csv"]] {
      let excel = try sandbox.transcripts(["export", "--all"] + excelArguments)
      #expect(excel.exitCode == 0, "\(excel.stderr)")
      #expect(Array(excel.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(excelArguments)")
      #expect(String(excel.stdout.unicodeScalars.dropFirst()) == csv.stdout)
    }
    let excelJSON = try sandbox.transcripts(["export", "--all", "--excel", "--format", "json"])
    #expect(excelJSON.exitCode == 64)
    #expect(excelJSON.stderrLines.count == 1, "\(excelJSON.stderr)")
    let help = try sandbox.transcripts(["export", "--help"])
    let helpWords = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(helpWords.contains("plain UTF-8 without a byte-order mark"), "\(help.stdout)")

    let markdown = try sandbox.transcripts(["export", "--all", "--format", "markdown"])
    #expect(markdown.exitCode == 0)
    #expect(
      try sandbox.transcripts(["export", "--all", "--format", "md"]).stdout == markdown.stdout)
    #expect(markdown.stdoutLines.filter { $0 == "---" }.count == 1)
    #expect(markdown.stdoutLines.filter { $0 == "# Acme — Analyst" }.count == 2)

    for bad in [
      ["--format", "csv"], ["1", "--all", "--format", "csv"], ["1", "--format", "pdf"],
    ] {
      let refused = try sandbox.transcripts(["export"] + bad)
      #expect(refused.exitCode == 64, "\(bad)")
      #expect(refused.stderrLines.count == 1, "\(bad): \(refused.stderr)")
    }
  }

  @Test("export without --format writes Markdown, and the help says it is the default")
  func markdownByDefault() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "first")

    let plain = try sandbox.transcripts(["export", "1"])
    #expect(plain.exitCode == 0, "\(plain.stderr)")
    let markdown = try sandbox.transcripts(["export", "1", "--format", "markdown"])
    #expect(plain.stdout == markdown.stdout)
    #expect(plain.stdoutLines.first == "# Acme — Analyst", "\(plain.stdout)")

    let help = try sandbox.run(["transcripts", "export", "--help"])
    let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("default: markdown"), "\(help.stdout)")
  }

  @Test("export -o: a 0600 file; an existing one is kept without --force and replaced with it")
  func toFile() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "the first")
    try sandbox.rehearseCulture(seed: 2, answer: "the second")
    let out = sandbox.root.appendingPathComponent("out", isDirectory: true)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let file = out.appendingPathComponent("one.md")

    let stdout = try sandbox.transcripts(["export", "1", "--format", "markdown"])
    let written = try sandbox.transcripts(["export", "1", "--format", "markdown", "-o", file.path])
    #expect(written.exitCode == 0, "\(written.stderr)")
    #expect(written.stdout == "")
    #expect(try String(contentsOf: file, encoding: .utf8) == stdout.stdout)
    #expect(FileFacts.mode(file.path) == 0o600)

    let again = try sandbox.transcripts(["export", "2", "--format", "markdown", "-o", file.path])
    #expect(again.exitCode == 73)
    #expect(again.stderrLines.count == 1, "\(again.stderr)")
    #expect(again.stderr.contains(file.path))
    #expect(try String(contentsOf: file, encoding: .utf8) == stdout.stdout)

    let forced = try sandbox.transcripts([
      "export", "2", "--format", "markdown", "--output", file.path, "--force",
    ])
    #expect(forced.exitCode == 0, "\(forced.stderr)")
    let replaced = try String(contentsOf: file, encoding: .utf8)
    #expect(replaced.contains("the second") && !replaced.contains("the first"))
    #expect(FileFacts.mode(file.path) == 0o600)
    // No temporary file is left beside it.
    #expect(try Self.names(out) == ["one.md"])
  }

  @Test("export: an unknown id or an unwritable place writes nothing, with one line")
  func exportFailures() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1)
    let out = sandbox.root.appendingPathComponent("out", isDirectory: true)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)

    let unknown = try sandbox.transcripts([
      "export", "1", "99", "--format", "json", "-o", out.appendingPathComponent("x.json").path,
    ])
    #expect(unknown.exitCode == 66)
    #expect(unknown.stderrLines.count == 1, "\(unknown.stderr)")
    #expect(unknown.stderr.contains("99"))
    #expect(try Self.names(out).isEmpty)

    let missing = out.appendingPathComponent("no/such/dir/x.csv").path
    let unwritable = try sandbox.transcripts(["export", "1", "--format", "csv", "-o", missing])
    #expect(unwritable.exitCode == 73)
    #expect(unwritable.stderrLines.count == 1, "\(unwritable.stderr)")
    #expect(unwritable.stderr.hasPrefix("secondround: \(missing): error: "))

    let directory = try sandbox.transcripts([
      "export", "1", "--format", "csv", "-o", out.path, "--force",
    ])
    #expect(directory.exitCode == 73)
    #expect(directory.stderrLines.count == 1, "\(directory.stderr)")
    #expect(try Self.names(out).isEmpty)
  }

  @Test("delete --yes removes the session; without --yes and no terminal it refuses")
  func delete() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1)
    try sandbox.rehearseCulture(seed: 2)

    let refused = try sandbox.transcripts(["delete", "1"], input: "y\n")
    #expect(refused.exitCode == 64)
    #expect(refused.stderrLines.count == 1, "\(refused.stderr)")
    #expect(refused.stderr.contains("--yes"))
    #expect(try sandbox.sessions().map(\.id) == [2, 1])

    let deleted = try sandbox.transcripts(["delete", "1", "--yes"])
    #expect(deleted.exitCode == 0, "\(deleted.stderr)")
    #expect(deleted.stdoutLines.count == 1)
    #expect(deleted.stdout.hasPrefix("Deleted transcript 1 (Acme — Analyst"))
    #expect(try sandbox.sessions().map(\.id) == [2])
    #expect(try sandbox.transcripts(["show", "1"]).exitCode == 66)
    // Gone from the search index too.
    #expect(
      try sandbox.transcripts(["search", "a", "--json"]).stdout.contains("\"session_id\" : 1")
        == false)

    let unknown = try sandbox.transcripts(["delete", "1", "--yes"])
    #expect(unknown.exitCode == 66)
    #expect(unknown.stderrLines.count == 1, "\(unknown.stderr)")
  }

  @Test("delete while a rehearsal runs: another transcript goes, the live one is refused (75)")
  func deleteWhileARehearsalRuns() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1)
    let process = try sandbox.rehearsalHoldingTheStore()
    defer { process.stop() }

    let live = try sandbox.transcripts(["delete", "2", "--yes"])
    #expect(live.exitCode == 75)
    #expect(live.stderrLines.count == 1, "\(live.stderr)")
    #expect(live.stderr.contains("rehearsal 2 is running in another terminal"), "\(live.stderr)")
    #expect(try sandbox.sessions().map(\.id).contains(2))

    let other = try sandbox.transcripts(["delete", "1", "--yes"])
    #expect(other.exitCode == 0, "\(other.stderr)")
    #expect(try sandbox.sessions().map(\.id) == [2])
  }
}
