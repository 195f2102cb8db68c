import Foundation
import Testing

@Suite("transcripts list and show")
struct TranscriptsCommandTests {
  /// Parses the ISO 8601 timestamps the JSON carries.
  private static func date(_ text: String) -> Date? {
    try? Date(text, strategy: .iso8601)
  }

  @Test("with no store yet: list says so, --json is [], show exits 66; nothing is created")
  func emptyStore() throws {
    let sandbox = try Sandbox()
    let directory = ["--data-dir", sandbox.store.path]
    let list = try sandbox.run(["transcripts", "list"] + directory)
    #expect(list.exitCode == 0)
    #expect(list.stdoutLines == ["No transcripts yet: run 'secondround rehearse' to record one."])
    let json = try sandbox.run(["transcripts", "list", "--json"] + directory)
    #expect(json.exitCode == 0)
    let decoded = try JSONDecoder().decode([SessionRecord].self, from: Data(json.stdout.utf8))
    #expect(decoded.isEmpty)
    #expect(json.stdout == "[]\n")
    let show = try sandbox.run(["transcripts", "show", "1"] + directory)
    #expect(show.exitCode == 66)
    #expect(show.stderrLines.count == 1, "\(show.stderr)")
    // Reading never makes a store.
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path))
  }

  @Test("a regular file given as --data-dir is named as not a directory, exit 73")
  func dataDirectoryIsAFile() throws {
    let sandbox = try Sandbox()
    let file = sandbox.root.appendingPathComponent("notes.txt")
    try Data("mine".utf8).write(to: file)
    for arguments in [["transcripts", "list"], ["transcripts", "show", "1", "--json"]] {
      let result = try sandbox.run(arguments + ["--data-dir", file.path])
      #expect(result.exitCode == 73)
      #expect(result.stderrLines == ["secondround: \(file.path): error: not a directory"])
      #expect(result.stdout == "")
    }
    #expect(try Data(contentsOf: file) == Data("mine".utf8))
  }

  @Test("show with an unknown id exits 66 with one line; a non-number is a usage error")
  func unknownID() throws {
    let sandbox = try Sandbox()
    _ = try sandbox.run(sandbox.plainArguments(["--seed", "1"]), input: "a\n")
    let missing = try sandbox.run(
      ["transcripts", "show", "99", "--json", "--data-dir", sandbox.store.path])
    #expect(missing.exitCode == 66)
    #expect(missing.stdout == "")
    #expect(missing.stderrLines.count == 1, "\(missing.stderr)")
    #expect(missing.stderr.contains("99"))
    let word = try sandbox.run(["transcripts", "show", "first", "--data-dir", sandbox.store.path])
    #expect(word.exitCode == 64)
    #expect(word.stderrLines.count == 1, "\(word.stderr)")
  }

  @Test("list is newest first, with ISO 8601 times; show --json matches its list row")
  func listAndShowAgree() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.run(
      sandbox.plainArguments(["--seed", "1", "--segments", "culture"]), input: "a\nb\n")
    #expect(first.exitCode == 0)
    let second = try sandbox.run(
      [
        "rehearse", "--plain", "--start", "--company", "Café 日本", "--position", "Lead",
        "--seed", "2", "--mode", "spoken", "--data-dir", sandbox.store.path,
      ], input: "\nnotes\n")
    #expect(second.exitCode == 0)

    let sessions = try sandbox.sessions()
    #expect(sessions.map(\.id) == [2, 1])
    #expect(sessions.map(\.company) == ["Café 日本", "Acme"])
    #expect(sessions.map(\.mode) == ["spoken", "typed"])
    #expect(sessions.map(\.segments) == [Bundled.generalSegments, ["culture"]])
    for session in sessions {
      let started = try #require(Self.date(session.started), "\(session.started)")
      let updated = try #require(Self.date(session.updated), "\(session.updated)")
      #expect(started <= updated)
      #expect(abs(started.timeIntervalSinceNow) < 600, "started \(session.started)")
      #expect(session.salaryRange == nil && session.walkAway == nil)
      #expect(session.role == nil)

      let transcript = try sandbox.transcript(session.id)
      #expect(transcript.session.id == session.id)
      #expect(transcript.session.company == session.company)
      #expect(transcript.session.status == session.status)
      #expect(transcript.session.answers == session.answers)
      #expect(transcript.session.interviewMs == session.interviewMs)
      for entry in transcript.entries {
        #expect(Self.date(entry.recorded) != nil, "\(entry.recorded)")
      }
    }
  }

  @Test(
    "the text forms: a table for list, the questions and answers with times for show",
    .enabled(if: Tmux.isAvailable))
  func textForms() throws {
    let sandbox = try Sandbox()
    // Typed on a terminal: piped answers are untimed and would show no times.
    try sandbox.rehearseOnTerminal(
      ["--seed", "3", "--segments", "behavioural", "--no-follow-ups"],
      lines: ["I owned the launch.", ":skip"])
    let transcript = try sandbox.onlyTranscript()

    let list = try sandbox.run(["transcripts", "list", "--data-dir", sandbox.store.path])
    #expect(list.exitCode == 0)
    try #require(list.stdoutLines.count == 2, "\(list.stdout)")
    for column in ["ID", "STARTED", "STATUS", "ANSWERS", "TIME", "COMPANY"] {
      #expect(list.stdoutLines[0].contains(column), "\(column) in \(list.stdoutLines[0])")
    }
    #expect(list.stdoutLines[1].hasPrefix("1 "))
    #expect(list.stdoutLines[1].contains("finished"))
    #expect(list.stdoutLines[1].contains("Acme — Analyst"))

    let show = try sandbox.run(["transcripts", "show", "1", "--data-dir", sandbox.store.path])
    #expect(show.exitCode == 0)
    #expect(show.stdoutLines.first == "Acme — Analyst")
    #expect(show.stdout.contains("Segment: Behavioural"))
    #expect(show.stdoutLines.contains("  Answer: I owned the launch."))
    for entry in transcript.entries {
      // Numbered as 'transcripts rate' and 'note' name it, its times on the next line.
      let heading = try #require(
        show.stdoutLines.firstIndex(of: "\(entry.sequence). \(entry.question)"),
        "no line for \(entry.question)")
      let timing = show.stdoutLines[heading + 1]
      // A piped answer is untimed once pipes are marked so; either way the target is said.
      #expect(timing.hasPrefix("  Thinking ") || timing.hasPrefix("  Untimed"), "\(timing)")
      #expect(timing.contains("target "), "\(timing)")
    }
    #expect(show.stdoutLines.filter { $0.hasSuffix(", skipped.") }.count == 2)
  }
}
