import Foundation
import Testing

@Suite("transcripts letter: a plain rehearsal through to its thank-you letter")
struct LetterCommandTests {
  /// One answer, `:end`, then the three reflection prompts, the last being what the follow-up
  /// note should address.
  private static let input = """
    I rebuilt the churn model and cut false alarms by a third.
    :end
    Stayed calm.
    Give numbers sooner.
    my churn answer skipped the cohort analysis I ran at Contoso

    """

  private func rehearsed(_ extra: [String] = []) throws -> Sandbox {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      [
        "rehearse", "--plain", "--start", "--company", "Northwind", "--position", "Data Analyst",
        "--seed", "3", "--data-dir", sandbox.store.path,
      ] + extra,
      input: Self.input)
    try #require(result.exitCode == 0, "stderr: \(result.stderr)")
    return sandbox
  }

  private func letter(_ sandbox: Sandbox, _ extra: [String] = []) throws -> RunResult {
    try sandbox.run(["transcripts", "letter", "1", "--data-dir", sandbox.store.path] + extra)
  }

  @Test("the letter names the company, thanks the panel by role and clarifies the reflection")
  func fromAPlainRehearsal() throws {
    let sandbox = try rehearsed()
    let result = try letter(sandbox)
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stderr == "")
    let text = result.stdout
    #expect(text.hasPrefix("Subject: "))
    #expect(text.contains("Data Analyst role at Northwind"))
    // The bundled deck's interviewers, by role, once each.
    #expect(text.contains("the hiring manager, the team lead and the HR partner"), "\(text)")
    #expect(text.contains("My churn answer skipped the cohort analysis I ran at Contoso."))
    let words = text.split(whereSeparator: { $0.isWhitespace }).count
    #expect(words > 60 && words < 200, "\(words) words")
    // Deterministic: asked again, the same letter.
    #expect(try letter(sandbox).stdout == text)
  }

  @Test("names from --interviewers are greeted; --to and --tone shape the draft")
  func namesAndTone() throws {
    let sandbox = try rehearsed(["--interviewers", "Dana Reyes, Sam Ortiz"])
    let formal = try letter(sandbox)
    #expect(formal.stdout.contains("\nDear Dana Reyes and Sam Ortiz,\n"))
    #expect(!formal.stdout.contains("hiring manager"))
    let warm = try letter(sandbox, ["--tone", "warm", "--to", "Priya Shah"])
    #expect(warm.exitCode == 0)
    #expect(warm.stdout.contains("\nHi Priya,\n"))
  }

  @Test("-o writes 0600 and keeps an existing file without --force; bad input is one line")
  func outputFileAndErrors() throws {
    let sandbox = try rehearsed()
    let path = sandbox.root.appendingPathComponent("letter.txt").path
    let written = try letter(sandbox, ["-o", path])
    #expect(written.exitCode == 0, "stderr: \(written.stderr)")
    #expect(written.stdout == "")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let saved = try String(contentsOfFile: path, encoding: .utf8)
    #expect(saved.contains("Northwind"))

    try "mine\n".write(toFile: path, atomically: true, encoding: .utf8)
    let refused = try letter(sandbox, ["-o", path])
    #expect(refused.exitCode == 73)
    #expect(refused.stderr.split(separator: "\n").count == 1)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
    #expect(try letter(sandbox, ["-o", path, "--force"]).exitCode == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == saved)

    let tone = try letter(sandbox, ["--tone", "chummy"])
    #expect(tone.exitCode == 64)
    #expect(tone.stderr == "secondround: error: unknown tone 'chummy'; choose formal or warm\n")
    let unknown = try sandbox.run(
      ["transcripts", "letter", "42", "--data-dir", sandbox.store.path])
    #expect(unknown.exitCode == 66)
    #expect(unknown.stderr.split(separator: "\n").count == 1)
    #expect(unknown.stderr.contains("no transcript with id 42"))
  }
}
