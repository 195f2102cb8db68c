import Foundation
import Testing

/// The `feedback` object of an entry in `transcripts show --json`, as scripts read it.
struct FeedbackRecord: Decodable {
  struct Span: Decodable {
    var text: String
    var start: Int
    var end: Int
  }

  struct Note: Decodable {
    var kind: String
    var code: String
    var text: String
  }

  struct JobTerms: Decodable {
    var used: [String]
    var missing: [String]
  }

  var version: Int
  var words: Int
  var verdicts: [String: Bool]
  var fillers: [Span]
  var fillersPer100Words: Double
  var notes: [Note]
  var jobTerms: JobTerms

  enum CodingKeys: String, CodingKey {
    case version, words, verdicts, fillers, notes
    case fillersPer100Words = "fillers_per_100_words"
    case jobTerms = "job_terms"
  }
}

/// An entry of `transcripts show --json` with its feedback, which is `null` until analysed.
struct FeedbackEntryRecord: Decodable {
  var sequence: Int
  var kind: String
  var feedback: FeedbackRecord?
  var probe: String?
}

/// A transcript's entries with their feedback, and its job description.
struct FeedbackTranscriptRecord: Decodable {
  var entries: [FeedbackEntryRecord]
  var jobDescription: String?

  enum CodingKeys: String, CodingKey {
    case entries
    case jobDescription = "job_description"
  }
}

extension Sandbox {
  /// `transcripts show ID --json`, decoded for its feedback; the run must succeed.
  func feedbackTranscript(_ id: Int, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> FeedbackTranscriptRecord
  {
    let result = try transcripts(["show", String(id), "--json"])
    try #require(result.exitCode == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    return try JSONDecoder().decode(FeedbackTranscriptRecord.self, from: Data(result.stdout.utf8))
  }
}

@Suite("transcripts analyse")
struct TranscriptsAnalyseTests {
  static let story = """
    Last year, um, our onboarding took 3 weeks and I had to cut it. I wrote a checklist, \
    paired every new hire with a buddy and automated the SQL access requests. Onboarding \
    dropped to 6 days and new hires shipped in their first week.
    """

  static let vague = "Um, I think, like, I am a team player and, you know, I work hard."

  @Test("analyse stores feedback on old answers; show, export and stats then carry it")
  func analyseEndToEnd() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: Self.story)
    try sandbox.rehearseCulture(seed: 2, answer: Self.vague)
    let path = sandbox.store.appendingPathComponent("transcripts.sqlite").path
    // Stored as before feedback existed; the job description as a rehearsal would keep it.
    #expect(
      try TranscriptsReadingTests.sqlite(
        path,
        """
        UPDATE entry SET feedback = NULL, feedback_words = NULL, feedback_fillers = NULL,
          feedback_verdicts = NULL;
        UPDATE session SET job_description = 'Analyst: SQL reporting, onboarding automation, \
        stakeholder dashboards. SQL daily.' WHERE id = 1;
        """) == "")
    let before = try sandbox.transcripts(["show", "1", "--json"])
    #expect(before.stdout.contains("\"feedback\" : null"), "\(before.stdout)")
    #expect(try sandbox.feedbackTranscript(1).entries.allSatisfy { $0.feedback == nil })

    let one = try sandbox.transcripts(["analyse", "1"])
    #expect(one.exitCode == 0, "\(one.stderr)")
    #expect(one.stdout == "Analysed 1 answer in 1 session.\n")
    let first = try sandbox.feedbackTranscript(1)
    #expect(first.jobDescription?.hasPrefix("Analyst: SQL") == true)
    let feedback = try #require(first.entries.first { $0.kind == "answer" }?.feedback)
    #expect(
      Set(feedback.verdicts.keys)
        == [
          "context", "action", "result", "quantified", "filler_heavy", "team_only", "names_figure",
        ])
    #expect(feedback.verdicts["result"] == true)
    #expect(feedback.verdicts["quantified"] == true)
    #expect(feedback.fillers.map(\.text) == ["um"])
    #expect(feedback.words > 30)
    #expect(!feedback.notes.isEmpty)
    #expect(feedback.jobTerms.used.contains("SQL"), "\(feedback.jobTerms)")
    #expect(!feedback.jobTerms.missing.isEmpty)
    // The other session was not asked for.
    #expect(try sandbox.feedbackTranscript(2).entries.allSatisfy { $0.feedback == nil })

    let all = try sandbox.transcripts(["analyse", "--all"])
    #expect(all.exitCode == 0, "\(all.stderr)")
    #expect(all.stdout == "Analysed 2 answers in 2 sessions.\n")
    let second = try #require(
      try sandbox.feedbackTranscript(2).entries.first { $0.kind == "answer" }?.feedback)
    #expect(second.verdicts["filler_heavy"] == true)
    #expect(second.jobTerms.used.isEmpty && second.jobTerms.missing.isEmpty)
    // Running again makes the same feedback: nothing depends on when it ran.
    let again = try sandbox.transcripts(["analyse", "--all"])
    #expect(again.stdout == all.stdout)

    let text = try sandbox.transcripts(["show", "2"])
    let line = try #require(text.stdoutLines.first { $0.hasPrefix("  Coach: ") })
    #expect(line.contains("context no"), "\(line)")
    #expect(line.contains("per 100 words"), "\(line)")
    let markdown = try sandbox.transcripts(["export", "1", "--format", "markdown"])
    #expect(markdown.stdoutLines.contains { $0.hasPrefix("**Feedback:** context ✓") })
    let csv = try sandbox.transcripts(["export", "--all", "--format", "csv"])
    let rows = csv.stdout.components(separatedBy: "\r\n")
    #expect(
      rows.first?.hasSuffix(
        ",context,action,result,quantified,filler_heavy,team_only,names_figure,words,fillers")
        == true)

    let stats = try sandbox.transcripts(["stats"])
    #expect(stats.exitCode == 0)
    #expect(
      stats.stdoutLines.contains {
        $0.hasPrefix("Feedback across the last 2 sessions with analysed answers")
      }, "\(stats.stdout)")
    let json = try sandbox.transcripts(["stats", "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let trend = try #require(object["feedback_trend"] as? [String: Any])
    let sessions = try #require(trend["sessions"] as? [[String: Any]])
    #expect(sessions.map { $0["session_id"] as? Int } == [1, 2])
    #expect((sessions.last?["fillers_per_100_words"] as? Double ?? 0) > 10)
    #expect(trend["earlier"] is [String: Any] && trend["later"] is [String: Any])
  }

  @Test("analyse needs ids or --all (64), knows its ids (66), and an empty store is no error")
  func usage() throws {
    let sandbox = try Sandbox()
    let empty = try sandbox.transcripts(["analyse", "--all"])
    #expect(empty.exitCode == 0, "\(empty.stderr)")
    #expect(empty.stdout == "Analysed 0 answers in 0 sessions.\n")
    // Nothing to analyse made no store.
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path + "/transcripts.sqlite"))

    try sandbox.rehearseCulture(seed: 1)
    for bad in [[], ["1", "--all"]] {
      let refused = try sandbox.transcripts(["analyse"] + bad)
      #expect(refused.exitCode == 64, "\(bad)")
      #expect(refused.stderrLines.count == 1, "\(bad): \(refused.stderr)")
    }
    let unknown = try sandbox.transcripts(["analyse", "1", "42"])
    #expect(unknown.exitCode == 66)
    #expect(unknown.stderrLines.count == 1, "\(unknown.stderr)")
    #expect(unknown.stdout == "")
  }

  @Test("analyse while a rehearsal runs in another terminal: it works beside it")
  func whileARehearsalRuns() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1)
    let process = try sandbox.rehearsalHoldingTheStore()
    defer { process.stop() }

    let beside = try sandbox.transcripts(["analyse", "--all"])
    #expect(beside.exitCode == 0, "\(beside.stderr)")
    #expect(beside.stderr == "", "\(beside.stderr)")
  }
}
