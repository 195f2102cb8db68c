import Foundation
import Testing

/// What `transcripts show --format json` and `export --format json` add to the first release's
/// keys: each entry's verdict and whether it ran over.
struct AnnotatedEntryRecord: Decodable {
  var sequence: Int
  var overTarget: Bool
  var rating: Int?
  var note: String
  var practiseAgain: Bool

  enum CodingKeys: String, CodingKey {
    case sequence, rating, note
    case overTarget = "over_target"
    case practiseAgain = "practise_again"
  }
}

/// `transcripts search --json`, one hit.
struct SearchHitRecord: Decodable {
  var sessionID: Int64
  var sequence: Int
  var question: String
  var field: String
  var snippet: String

  enum CodingKeys: String, CodingKey {
    case sequence, question, field, snippet
    case sessionID = "session_id"
  }
}

extension Sandbox {
  /// `transcripts ARGUMENTS --data-dir store`.
  func transcripts(_ arguments: [String], input: String? = nil) throws -> RunResult {
    try run(["transcripts"] + arguments + ["--data-dir", store.path], input: input)
  }

  /// Rehearses one culture segment (seed `seed`) answering `answer`; the run must succeed.
  func rehearseCulture(
    seed: Int, answer: String = "a", sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try run(
      plainArguments(["--seed", String(seed), "--segments", "culture", "--no-follow-ups"]),
      input: answer + "\n")
    try #require(result.exitCode == 0, "\(result.stderr)", sourceLocation: sourceLocation)
  }

  /// Starts a rehearsal and stops it with SIGTERM after one answer: an interrupted session.
  func rehearseInterrupted(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let process = try start(plainArguments(["--seed", "6", "--no-follow-ups"]))
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no question", sourceLocation: sourceLocation)
    try driver.answer("kept")
    try #require(driver.nextPrompt() != nil, "no second question", sourceLocation: sourceLocation)
    process.send(signal: SIGTERM)
    try #require(process.waitForExit() != nil, sourceLocation: sourceLocation)
  }
}

@Suite("transcripts list, show, search and stats")
struct TranscriptsReadingTests {
  @Test("list --limit keeps the newest; --status filters; bad values are one-line usage errors")
  func limitAndStatus() throws {
    let sandbox = try Sandbox()
    for seed in 1...3 { try sandbox.rehearseCulture(seed: seed) }
    try sandbox.rehearseInterrupted()

    func ids(_ arguments: [String]) throws -> [Int64] {
      let result = try sandbox.transcripts(["list", "--json"] + arguments)
      try #require(result.exitCode == 0, "\(result.stderr)")
      return try JSONDecoder().decode([SessionRecord].self, from: Data(result.stdout.utf8))
        .map(\.id)
    }
    #expect(try ids([]) == [4, 3, 2, 1])
    #expect(try ids(["--limit", "2"]) == [4, 3])
    #expect(try ids(["--status", "finished"]) == [3, 2, 1])
    #expect(try ids(["--status", "interrupted"]) == [4])
    #expect(try ids(["--status", "finished", "--limit", "1"]) == [3])

    let text = try sandbox.transcripts(["list", "--status", "interrupted"])
    #expect(text.exitCode == 0)
    try #require(text.stdoutLines.count == 2, "\(text.stdout)")
    for column in ["DECK", "OVER", "ANSWERS"] {
      #expect(text.stdoutLines[0].contains(column), "\(column) in \(text.stdoutLines[0])")
    }
    #expect(text.stdoutLines[1].hasPrefix("4 "))
    #expect(text.stdoutLines[1].contains("interrupted"))
    // The deck by its title, as review's list shows it.
    #expect(text.stdoutLines[1].contains("Second interview"))

    for bad in [["--limit", "0"], ["--limit", "many"], ["--status", "paused"]] {
      let result = try sandbox.transcripts(["list"] + bad)
      #expect(result.exitCode == 64, "\(bad)")
      #expect(result.stderrLines.count == 1, "\(bad): \(result.stderr)")
      #expect(result.stdout == "")
    }
  }

  @Test(
    "show: text, markdown and json forms of the same answers; --json is --format json",
    .enabled(if: Tmux.isAvailable))
  func showFormats() throws {
    let sandbox = try Sandbox()
    // Typed on a terminal: piped answers are untimed and would show no times.
    try sandbox.rehearseOnTerminal(
      ["--seed", "3", "--segments", "behavioural", "--no-follow-ups"],
      lines: ["I owned the *launch*.", ":skip"])

    let text = try sandbox.transcripts(["show", "1", "--format", "text"])
    #expect(text.exitCode == 0)
    #expect(text.stdoutLines.first == "Acme — Analyst")
    #expect(text.stdoutLines.contains("  Answer: I owned the *launch*."))

    let markdown = try sandbox.transcripts(["show", "1", "--format", "markdown"])
    #expect(markdown.exitCode == 0)
    // `md` is Markdown's short name.
    #expect(try sandbox.transcripts(["show", "1", "--format", "md"]).stdout == markdown.stdout)
    #expect(markdown.stdoutLines.first == "# Acme — Analyst")
    #expect(markdown.stdoutLines.contains("## Behavioural"))
    #expect(markdown.stdoutLines.contains("> I owned the \\*launch\\*."))
    #expect(markdown.stdoutLines.contains { $0.hasPrefix("*thinking ") && $0.contains("target") })

    let json = try sandbox.transcripts(["show", "1", "--format", "json"])
    #expect(json.exitCode == 0)
    let alias = try sandbox.transcripts(["show", "1", "--json"])
    #expect(alias.stdout == json.stdout)
    let decoded = try JSONDecoder().decode(TranscriptRecord.self, from: Data(json.stdout.utf8))
    #expect(decoded.entries.first?.answer == "I owned the *launch*.")
    struct Entries: Decodable { var entries: [AnnotatedEntryRecord] }
    let annotated = try JSONDecoder().decode(Entries.self, from: Data(json.stdout.utf8))
    #expect(annotated.entries.map(\.sequence) == decoded.entries.map(\.sequence))
    #expect(annotated.entries.allSatisfy { $0.rating == nil && $0.note == "" && !$0.practiseAgain })

    for bad in [["--format", "yaml"], ["--json", "--format", "text"]] {
      let refused = try sandbox.transcripts(["show", "1"] + bad)
      #expect(refused.exitCode == 64, "\(bad)")
      #expect(refused.stderrLines.count == 1, "\(bad): \(refused.stderr)")
      #expect(refused.stdout == "")
    }
  }

  @Test("search finds a company and an answer by their words, accents and case ignored")
  func searchFoldsAccentsAndFindsTheCompany() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "I like quiet mornings")
    let result = try sandbox.run(
      [
        "rehearse", "--plain", "--start", "--company", "Société Générale", "--position",
        "Ingénieure", "--seed", "2", "--segments", "culture", "--no-follow-ups",
        "--data-dir", sandbox.store.path,
      ],
      input: "Our café team met at the SOCIÉTÉ office\n")
    try #require(result.exitCode == 0, "\(result.stderr)")

    for query in ["Société", "societe", "SOCIETE"] {
      let found = try sandbox.transcripts(["search", query])
      #expect(found.exitCode == 0, "\(found.stderr)")
      // The answer first (it says the word), then the session by its company.
      try #require(found.stdoutLines.count == 4, "\(query): \(found.stdout)")
      #expect(found.stdoutLines[0].contains("#2  Société Générale — "), "\(query)")
      #expect(found.stdoutLines[1].contains("at the [SOCIÉTÉ] office"), "\(query)")
      #expect(found.stdoutLines[2].contains("#2  Société Générale — "), "\(query)")
      #expect(found.stdoutLines[3] == "    company: [Société] Générale", "\(query)")
    }
    let position = try sandbox.transcripts(["search", "ingenieure", "--json"])
    let hits = try JSONDecoder().decode([SearchHitRecord].self, from: Data(position.stdout.utf8))
    #expect(hits.map(\.sessionID) == [2])
    #expect(hits.map(\.field) == ["position"])
    let cafe = try sandbox.transcripts(["search", "CAFE", "generale"])
    #expect(cafe.stdoutLines == ["No matches for 'CAFE generale'."])
  }

  @Test("search finds a word typed in a rehearsal, with its snippet, session and question")
  func search() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "I like quiet mornings")
    try sandbox.rehearseCulture(seed: 2, answer: "We moved billing to Kubernetes last spring")
    let question = try sandbox.transcript(2).entries[0].question

    let found = try sandbox.transcripts(["search", "kubernetes"])
    #expect(found.exitCode == 0, "\(found.stderr)")
    try #require(found.stdoutLines.count == 2, "\(found.stdout)")
    #expect(found.stdoutLines[0].contains("#2  Acme — \(question)"), "\(found.stdoutLines[0])")
    #expect(found.stdoutLines[1].contains("billing to [Kubernetes] last"), "\(found.stdout)")
    #expect(!found.printsRawEscape)

    let json = try sandbox.transcripts(["search", "billing", "kubernetes", "--json"])
    #expect(json.exitCode == 0)
    let hits = try JSONDecoder().decode([SearchHitRecord].self, from: Data(json.stdout.utf8))
    try #require(hits.count == 1)
    #expect(hits[0].sessionID == 2)
    #expect(hits[0].sequence == 1)
    #expect(hits[0].question == question)
    #expect(hits[0].field == "answer")
    #expect(hits[0].snippet.contains("Kubernetes"))

    let none = try sandbox.transcripts(["search", "zebra"])
    #expect(none.exitCode == 0)
    #expect(none.stdoutLines == ["No matches for 'zebra'."])
    let noneJSON = try sandbox.transcripts(["search", "zebra", "--json"])
    #expect(noneJSON.stdout == "[]\n")

    let empty = try sandbox.transcripts(["search", "***"])
    #expect(empty.exitCode == 64)
    #expect(empty.stderrLines.count == 1, "\(empty.stderr)")
    #expect(empty.stdout == "")
  }

  @Test(
    "stats --json agrees with the sessions rehearsed; the text names the totals",
    .enabled(if: Tmux.isAvailable))
  func stats() throws {
    let sandbox = try Sandbox()
    // Typed on a terminal, so every session has times for the trend (piped ones are untimed).
    try sandbox.rehearseOnTerminal(
      ["--seed", "1", "--segments", "culture", "--no-follow-ups"], lines: ["a"])
    try sandbox.rehearseOnTerminal(
      ["--seed", "3", "--segments", "behavioural", "--no-follow-ups"], lines: ["one", ":skip"])
    let interrupted = try PlainTerminal(
      sandbox: sandbox, arguments: sandbox.plainArguments(["--seed", "6", "--no-follow-ups"]))
    try #require(interrupted.nextPrompt() != nil, "\(interrupted.output)")
    try interrupted.answer("kept")
    try #require(interrupted.nextPrompt() != nil, "\(interrupted.output)")
    try interrupted.press("C-c")
    try #require(interrupted.waitForExit() == 130)
    let sessions = try sandbox.sessions()
    try #require(sessions.count == 3)

    struct Stats: Decodable {
      struct Segment: Decodable { var segment: String; var answers: Int }
      struct Week: Decodable { var sessions: Int; var answers: Int }
      struct Trend: Decodable { var sessions: Int }
      var sessions: Int
      var finished: Int
      var answers: Int
      var overTarget: Int
      var segments: [Segment]
      var weeks: [Week]
      var trend: Trend?

      enum CodingKeys: String, CodingKey {
        case sessions, finished, answers, segments, weeks, trend
        case overTarget = "over_target"
      }
    }
    let json = try sandbox.transcripts(["stats", "--json"])
    #expect(json.exitCode == 0, "\(json.stderr)")
    let stats = try JSONDecoder().decode(Stats.self, from: Data(json.stdout.utf8))
    #expect(stats.sessions == 3)
    #expect(stats.finished == sessions.filter { $0.status == "finished" }.count)
    #expect(stats.finished == 2)
    #expect(stats.answers == sessions.reduce(0) { $0 + $1.answers })
    #expect(stats.answers == 3)
    #expect(stats.segments.reduce(0) { $0 + $1.answers } == stats.answers)
    #expect(Set(stats.segments.map(\.segment)) == ["behavioural", "culture"])
    #expect(stats.weeks.reduce(0) { $0 + $1.sessions } == 3)
    #expect(stats.weeks.reduce(0) { $0 + $1.answers } == stats.answers)
    #expect(stats.trend?.sessions == 3)
    #expect(stats.overTarget <= stats.answers)

    let text = try sandbox.transcripts(["stats"])
    #expect(text.exitCode == 0)
    #expect(text.stdoutLines.first == "Sessions: 3 (2 finished)")
    #expect(text.stdout.contains("Culture & team fit"))
    #expect(text.stdout.contains("Across the last 3 sessions"))
  }

  @Test("a store last written by the previous release is upgraded once, then read")
  func olderSchema() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "kept through the upgrade")
    let path = sandbox.store.appendingPathComponent("transcripts.sqlite").path
    // Undo schemas v8 to v2 by hand, leaving the file as the first release wrote it.
    let downgrade = """
      ALTER TABLE session DROP COLUMN interviewers; ALTER TABLE session DROP COLUMN letter;
      ALTER TABLE entry DROP COLUMN spoken;
      DROP TABLE draft;
      ALTER TABLE session DROP COLUMN job_description; ALTER TABLE entry DROP COLUMN feedback;
      ALTER TABLE entry DROP COLUMN probe; ALTER TABLE entry DROP COLUMN feedback_words;
      ALTER TABLE entry DROP COLUMN feedback_fillers;
      ALTER TABLE entry DROP COLUMN feedback_verdicts;
      DROP INDEX entry_practise_again; DROP INDEX entry_answer_recorded;
      DROP INDEX drill_grade_card; DROP TABLE drill_grade; DROP TABLE card;
      ALTER TABLE session DROP COLUMN kind;
      DROP INDEX entry_session_answers; DROP INDEX entry_segment_answers;
      DROP TRIGGER entry_text_insert; DROP TRIGGER entry_text_delete;
      DROP TRIGGER entry_text_update; DROP TABLE entry_text; DROP INDEX session_started;
      DROP INDEX entry_question_id; DROP INDEX entry_question;
      ALTER TABLE entry DROP COLUMN rating; ALTER TABLE entry DROP COLUMN note;
      ALTER TABLE entry DROP COLUMN practise_again;
      DELETE FROM grdb_migrations WHERE identifier NOT LIKE 'v1 %'; PRAGMA user_version = 1;
      """
    #expect(try Self.sqlite(path, downgrade) == "")
    #expect(try Self.sqlite(path, "PRAGMA user_version") == "1")

    let list = try sandbox.transcripts(["list", "--json"])
    #expect(list.exitCode == 0, "\(list.stderr)")
    #expect(list.stderr == "")
    #expect(try Self.sqlite(path, "PRAGMA user_version") == "8")
    #expect(list.stdout.contains("\"kind\" : \"interview\""), "\(list.stdout)")
    let search = try sandbox.transcripts(["search", "upgrade"])
    #expect(search.stdoutLines.last?.contains("[upgrade]") == true, "\(search.stdout)")
  }

  /// Runs the `sqlite3` shell on `path` and returns its trimmed output.
  static func sqlite(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, sql]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test("every transcripts command explains itself in --help")
  func help() throws {
    let sandbox = try Sandbox()
    let top = try sandbox.run(["transcripts", "--help"])
    #expect(top.exitCode == 0)
    for name in ["list", "show", "export", "search", "stats", "analyse", "delete"] {
      #expect(top.stdout.contains("  \(name) "), "\(name) in \(top.stdout)")
      let help = try sandbox.run(["transcripts", name, "--help"])
      #expect(help.exitCode == 0, "\(name)")
      #expect(help.stdout.contains("USAGE: secondround transcripts \(name)"), "\(help.stdout)")
      #expect(help.stdout.contains("--data-dir"))
    }
  }
}

extension Sandbox {
  /// A plain rehearsal started in `store` and waiting at its first question, so the store is
  /// held; `stop()` it when done.
  func rehearsalHoldingTheStore(sourceLocation: SourceLocation = #_sourceLocation) throws
    -> LiveProcess
  {
    let process = try start(plainArguments(["--seed", "2"]))
    guard PlainDriver(process).nextPrompt() != nil else {
      process.stop()
      Issue.record("no question: \(process.stdout)", sourceLocation: sourceLocation)
      throw BinaryRunnerError(description: "the rehearsal asked no question")
    }
    return process
  }
}

extension LiveProcess {
  /// Kills the process and reaps it.
  func stop() {
    send(signal: SIGKILL)
    _ = waitForExit()
  }
}
