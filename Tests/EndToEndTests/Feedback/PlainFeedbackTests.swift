import Foundation
import Testing

/// A plain rehearsal with a job description and follow-ups: the coach's note after each
/// answer, the probe asked for what the answer lacked, and all of it in the transcript.
@Suite("rehearse --plain with --job and follow-ups")
struct PlainFeedbackTests {
  static let job = """
    Data Analyst, Acme Logistics. You will own SQL reporting, build dashboards in Tableau, \
    tune slow queries and present findings to stakeholders. SQL and Python required.
    """

  /// One behavioural question with no outcome in its answer, then its probe's answer.
  func rehearse(_ sandbox: Sandbox, extra: [String] = [], input: String) throws -> RunResult {
    let job = try sandbox.write(Self.job, to: "job.txt")
    return try sandbox.run(
      sandbox.plainArguments(
        ["--segments", "behavioural", "--per-segment", "1", "--seed", "5", "--job", job.path]
          + extra),
      input: input)
  }

  @Test("the answer lacking an outcome is coached and probed for it; the probe is recorded")
  func probedForTheOutcome() throws {
    let sandbox = try Sandbox()
    let answer = "Last year our nightly SQL export took five hours, so I rewrote the query."
    let result = try rehearse(
      sandbox, input: answer + "\nThe export finished in 20 minutes after that.\n\n\n\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Coach: No outcome yet: what changed because of what you did?"))
    let questions = PrintedQuestion.all(in: result.stdout)
    try #require(questions.count == 2, "\(result.stdout)")
    #expect(questions[1].heading.contains(", follow-up, "))

    let sessions = try sandbox.sessions()
    let show = try sandbox.run(
      ["transcripts", "show", String(sessions[0].id), "--json", "--data-dir", sandbox.store.path])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
    #expect((object["job_description"] as? String)?.contains("Tableau") == true)
    let entries = try #require(object["entries"] as? [[String: Any]])
    let first = try #require(entries.first)
    let feedback = try #require(first["feedback"] as? [String: Any])
    #expect((feedback["verdicts"] as? [String: Bool])?["result"] == false)
    let terms = try #require(feedback["job_terms"] as? [String: [String]])
    #expect(terms["used"]?.contains("SQL") == true)
    #expect(terms["missing"]?.contains("Tableau") == true)
    let followUp = try #require(entries.first { $0["kind"] as? String == "follow-up" })
    #expect(followUp["probe"] as? String == "result")
    #expect((followUp["feedback"] as? [String: Any])?["verdicts"] != nil)
  }

  @Test("--feedback off prints no coach line; --feedback end keeps it for the summary")
  func timing() throws {
    let sandbox = try Sandbox()
    let off = try rehearse(
      sandbox, extra: ["--feedback", "off", "--no-follow-ups"], input: "I rewrote it.\n\n\n\n")
    #expect(off.exitCode == 0, "stderr: \(off.stderr)")
    #expect(!off.stdout.contains("Coach:"))
    let bad = try rehearse(sandbox, extra: ["--feedback", "sometimes"], input: "")
    #expect(bad.exitCode == 64)
    #expect(bad.stderrLines.count == 1)
  }

  @Test("a job file that is missing is one line, exit 66, and no session")
  func missingJob() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments(["--job", "nowhere.txt"]), input: "answer\n")
    #expect(result.exitCode == 66)
    #expect(result.stderrLines.count == 1)
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path + "/transcripts.sqlite"))
  }
}
