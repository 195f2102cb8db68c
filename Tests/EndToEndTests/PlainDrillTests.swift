import Foundation
import GRDB
import Testing

/// `drill --plain`, and `drill` without a terminal: question, answer line, feedback, grade 1 to
/// 4 and the next due day, saved as the full-screen drill saves; from a pipe and from a pty.
@Suite("drill --plain from a pipe and a terminal")
struct PlainDrillTests {
  /// The sample deck: "Tell me about a launch you led.", "Why {company}?" and a technical
  /// question, drilled in that order.
  static let deckID = "plain-drill"

  private func sandboxWithDeck() throws -> Sandbox {
    let sandbox = try Sandbox()
    _ = try sandbox.writeUserDeck(SampleDeck.valid(id: Self.deckID), named: "plain.yaml")
    return sandbox
  }

  private func arguments(_ sandbox: Sandbox, _ extra: [String] = []) -> [String] {
    ["drill", "--deck", Self.deckID] + extra + ["--data-dir", sandbox.store.path]
  }

  /// Grades saved for the deck's cards: question id to (grade, due day).
  private func grades(in sandbox: Sandbox) throws -> [String: (grade: String, due: String?)] {
    let path = sandbox.store.appendingPathComponent("transcripts.sqlite").path
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT drill_grade.question_id, drill_grade.grade, card.due FROM drill_grade
          LEFT JOIN card ON card.deck_id = ? AND card.question_id = drill_grade.question_id
          """, arguments: [Self.deckID])
      var found: [String: (grade: String, due: String?)] = [:]
      for row in rows { found[row["question_id"]] = (row["grade"], row["due"]) }
      return found
    }
  }

  @Test("from a pipe: card, answer, feedback, grade, next due; saved untimed as a drill")
  func pipe() throws {
    let sandbox = try sandboxWithDeck()
    let input =
      ":help\n:undo\nI led the launch and cut costs by 20%.\n1\n:undo\n3\n:skip\n2\n:quit\n"
    // Without --plain: a pipe is enough.
    let result = try sandbox.run(arguments(sandbox), input: input)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("Card 1 of 3, "), "\(out)")
    #expect(out.contains("Tell me about a launch you led."), "\(out)")
    #expect(out.contains("  :skip  "), "\(out)")
    #expect(out.contains("Your answer: untimed, target "), "\(out)")
    #expect(out.contains("Coach: "), "\(out)")
    #expect(out.contains("Grade 1 to 4 (1 again, 2 hard, 3 good, 4 easy): "), "\(out)")
    #expect(out.contains("Next due in 3 days, "), "\(out)")
    // :undo before any grade finds nothing; after "again" it takes it back, and good is given.
    #expect(out.contains("Took back the last grade; grade that answer again."), "\(out)")
    #expect(out.contains("There is no grade to take back"), "\(out)")
    #expect(out.contains("Card 2 of 3, "), "\(out)")
    #expect(out.contains("Your answer: untimed, target 1 minute 30 seconds, skipped."), "\(out)")
    #expect(out.contains("Grade 1 or 2 (1 again, 2 hard): "), "\(out)")
    #expect(out.contains("Next due tomorrow, "), "\(out)")
    #expect(out.contains("Drill stopped: 2 graded, 1 question not reached."), "\(out)")
    #expect(!out.contains("·") && !out.contains("✓"), "\(out)")

    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    let answers = transcript.entries.map(\.answer)
    #expect(answers == ["I led the launch and cut costs by 20%.", ""], "\(answers)")
    #expect(transcript.entries.allSatisfy { $0.answerMs == nil && $0.thinkingMs == nil })
    let saved = try grades(in: sandbox)
    #expect(saved.values.map(\.grade).sorted() == ["good", "hard"], "\(saved)")
  }

  @Test("from a pipe, a bad grade exits 64 with the reason; the answer stays saved")
  func badGradeFromAPipe() throws {
    let sandbox = try sandboxWithDeck()
    let result = try sandbox.run(
      arguments(sandbox, ["--plain"]), input: "An answer worth keeping\n7\n3\n")
    #expect(result.exitCode == 64, "\(result.stdout)\n\(result.stderr)")
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("'7' is not a grade: type 1, 2, 3 or 4."), "\(result.stderr)")
    #expect(result.stderr.contains("saved without a grade"), "\(result.stderr)")
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.entries.map(\.answer) == ["An answer worth keeping"])
    #expect(try grades(in: sandbox).isEmpty)
  }

  @Test("drill --due from a pipe drills what is due instead of refusing")
  func dueFromAPipe() throws {
    let sandbox = try sandboxWithDeck()
    // Nothing is due yet: it says so and exits 0.
    let none = try sandbox.run(arguments(sandbox, ["--due"]), input: "")
    #expect(none.exitCode == 0, "\(none.stderr)")
    #expect(none.stdout.contains("Nothing is due today"), "\(none.stdout)")
    // "Again" makes the first card due today.
    let first = try sandbox.run(arguments(sandbox), input: "A first try\n1\n:quit\n")
    #expect(first.exitCode == 0, "\(first.stderr)")
    let due = try sandbox.run(arguments(sandbox, ["--due"]), input: "A second try\n4\n")
    #expect(due.exitCode == 0, "\(due.stderr)")
    #expect(due.stdout.contains("Card 1 of 1, "), "\(due.stdout)")
    #expect(due.stdout.contains("Drill done: 1 answer, 1 easy."), "\(due.stdout)")
  }

  @Test("SIGTERM while answering: exit 143, what was graded is kept, the session interrupted")
  func signal() throws {
    let sandbox = try sandboxWithDeck()
    let process = try sandbox.start(arguments(sandbox, ["--plain"]))
    try #require(
      process.waitForStdout { $0.hasSuffix("> ") } != nil, "no question: \(process.stdout)")
    try process.send("I led the launch.\n")
    try #require(
      process.waitForStdout { $0.hasSuffix("4 easy): ") } != nil, "no grade: \(process.stdout)")
    try process.send("4\n")
    try #require(
      process.waitForStdout { $0.contains("Card 2 of 3, ") && $0.hasSuffix("> ") } != nil,
      "no second card: \(process.stdout)")
    process.send(signal: SIGTERM)
    let end = try #require(process.waitForExit(), "still running after SIGTERM")
    #expect(end == Termination(status: 143, bySignal: false))
    let transcript = try sandbox.onlyTranscript()
    // It says where the answers went.
    #expect(
      process.stdout.contains(
        "Interrupted; what you answered is saved as drill session \(transcript.session.id) in "
          + "\(sandbox.store.path)"), "\(process.stdout)")
    #expect(transcript.session.status == "interrupted")
    #expect(transcript.entries.map(\.answer) == ["I led the launch."])
    #expect(try grades(in: sandbox).values.map(\.grade) == ["easy"])
  }

  @Test(
    "in a terminal (tmux): a bad grade is asked again, and the drill is timed",
    .enabled(if: Tmux.isAvailable, "tmux is not installed"))
  func terminal() throws {
    let sandbox = try sandboxWithDeck()
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(arguments(sandbox, ["--plain"]))
    try #require(tmux.waitFor("Card 1 of 3, ") != nil, "\((try? tmux.screen()) ?? "")")
    #expect(try !tmux.screen().contains("not timed"))
    try tmux.type("I led the launch.")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Grade 1 to 4") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("9")
    try tmux.press("Enter")
    try #require(
      tmux.waitFor("'9' is not a grade") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("good")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Next due in 3 days") != nil, "\((try? tmux.screen()) ?? "")")
    try #require(tmux.waitFor("Card 2 of 3, ") != nil)
    try tmux.type(":quit")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Drill stopped") != nil, "\((try? tmux.screen()) ?? "")")
    try #require(tmux.waitFor("Saved as drill session") != nil, "\((try? tmux.screen()) ?? "")")
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.entries.count == 1)
    #expect(transcript.entries.first?.answerMs != nil, "a terminal drill is timed")
    #expect(try grades(in: sandbox).values.map(\.grade) == ["good"])
  }
}
