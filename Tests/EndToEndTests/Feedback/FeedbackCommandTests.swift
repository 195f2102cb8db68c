import Foundation
import Testing

/// `secondround feedback`: one answer on stdin, its feedback on stdout.
@Suite("feedback: one answer from stdin")
struct FeedbackCommandTests {
  static let story =
    "Last year at a logistics firm our nightly export took five hours. I, um, rewrote the "
    + "query and added an index. After that the export finished in 20 minutes."

  func json(_ result: RunResult) throws -> [String: Any] {
    try #require(result.exitCode == 0, "stderr: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [String: Any])
  }

  @Test("--json has the seven verdicts, fillers with ranges, words, notes and job terms")
  func jsonFields() throws {
    let sandbox = try Sandbox()
    let job = try sandbox.write(
      "Data Analyst. Strong SQL, dashboards in Tableau, query tuning, stakeholder reporting.",
      to: "job.txt")
    let result = try sandbox.run(
      [
        "feedback", "--json", "--target", "2m", "--question", "A time you improved something?",
        "--job", job.path,
      ], input: Self.story)
    let object = try json(result)
    let verdicts = try #require(object["verdicts"] as? [String: Bool])
    #expect(
      Set(verdicts.keys) == [
        "context", "action", "result", "quantified", "filler_heavy", "team_only", "names_figure",
      ])
    #expect(verdicts["context"] == true && verdicts["action"] == true)
    #expect(verdicts["result"] == true && verdicts["quantified"] == true)
    #expect(verdicts["team_only"] == false && verdicts["names_figure"] == false)
    #expect(object["words"] as? Int == Self.story.split(separator: " ").count)
    let fillers = try #require(object["fillers"] as? [[String: Any]])
    #expect(fillers.count == 1)
    let start = try #require(fillers.first?["start"] as? Int)
    let end = try #require(fillers.first?["end"] as? Int)
    let scalars = Array(Self.story.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "um")
    let notes = try #require(object["notes"] as? [[String: Any]])
    #expect(!notes.isEmpty)
    let terms = try #require(object["job_terms"] as? [String: [String]])
    #expect(terms["used"]?.contains("query") == true)
    #expect(
      terms["missing"]?.contains("Tableau") == true || terms["missing"]?.contains("tableau") == true
    )
  }

  @Test("a salary answer without a figure says so; with one it names it")
  func salary() throws {
    let sandbox = try Sandbox()
    let vague = try json(
      sandbox.run(
        ["feedback", "--segment", "salary", "--json"], input: "Whatever is fair for the role."))
    #expect((vague["verdicts"] as? [String: Bool])?["names_figure"] == false)
    let figure = try sandbox.run(
      ["feedback", "--segment", "salary"], input: "I'm looking for 85,000 to 95,000 base.")
    #expect(figure.exitCode == 0)
    #expect(figure.stdout.contains("Names your figure: yes"))
  }

  @Test("the text report names what is missing and the fillers")
  func textReport() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      ["feedback"], input: "Um, so, basically I would, like, talk to the team, you know.")
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("Outcome: no"))
    #expect(result.stdout.contains("Fillers: 4"))
    #expect(result.stdout.contains("too many"))
    #expect(!result.printsRawEscape)
  }

  @Test("bad segment, bad target, no answer and a missing job file are one line each")
  func badInput() throws {
    let sandbox = try Sandbox()
    let segment = try sandbox.run(["feedback", "--segment", "lunch"], input: "x")
    #expect(segment.exitCode == 64)
    #expect(segment.stderrLines.count == 1)
    #expect(segment.stderr.contains("unknown segment 'lunch'"))
    for target in ["2h", "0", "abc", "-5"] {
      let result = try sandbox.run(["feedback", "--target", target], input: "x")
      #expect(result.exitCode == 64, "--target \(target)")
      #expect(result.stderrLines.count == 1, "--target \(target): \(result.stderr)")
    }
    let empty = try sandbox.run(["feedback"], input: "  \n")
    #expect(empty.exitCode == 64)
    #expect(empty.stderr.contains("no answer on standard input"))
    let job = try sandbox.run(["feedback", "--job", "nowhere.txt"], input: "x")
    #expect(job.exitCode == 66)
    #expect(job.stderrLines.count == 1)
    let binary = try sandbox.write(bytes: [0x53, 0x51, 0x4C, 0x00, 0xFF, 0xFE], to: "job.bin")
    let notText = try sandbox.run(["feedback", "--job", binary.path], input: "x")
    #expect(notText.exitCode == 65)
    #expect(notText.stderr.contains("not plain UTF-8 text"))
    let blankJob = try sandbox.write("  \n", to: "empty.txt")
    #expect(try sandbox.run(["feedback", "--job", blankJob.path], input: "x").exitCode == 65)
  }

  @Test("--question by a deck question's id checks its tips and takes its target")
  func deckQuestion() throws {
    let sandbox = try Sandbox()
    let object = try json(
      sandbox.run(
        ["feedback", "--json", "--question", "overcome-challenge"],
        input: "Last year a supplier failed us, so I found a second one and we shipped on time. "
          + "The lesson was to keep a backup; I learned to ask early."))
    let touched = try #require(object["tips_touched"] as? [String])
    #expect(!touched.isEmpty)
    #expect((object["speaking"] as? [String: Any])?["target_seconds"] as? Int != nil)
  }

  @Test("control characters in the answer never reach the terminal")
  func controlCharacters() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      ["feedback", "--segment", "questions"], input: "How \u{1B}[31mdoes the team work?")
    #expect(result.exitCode == 0)
    #expect(!result.printsRawEscape)
    #expect(result.stdout.contains("Open question"))
  }
}
