import Foundation
import GRDB
import Testing

/// A drill as people who use Anki expect it, in a real terminal (tmux): an unanswered question
/// offers only Again and Hard, Again brings the card back later in the same drill, and the last
/// grade is undone with its schedule, in the store too.
@Suite(
  "a drill with Again, undo and an unanswered card (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxDrillAnkiTests {
  /// The sample deck: "Tell me about a launch you led.", "Why {company}?" and a technical
  /// question, drilled in that order.
  static let deckID = "anki-test"

  private func screen(_ tmux: Tmux) -> String { (try? tmux.screen()) ?? "" }

  /// What the store holds for card `questionID` of the deck and its grades, by entry sequence.
  private struct Stored {
    var due: String?
    var lapses: Int?
    var repetitions: Int?
    var grades: [Int: String]
  }

  private func stored(_ questionID: String, in sandbox: Sandbox) throws -> Stored {
    let path = sandbox.store.appendingPathComponent("transcripts.sqlite").path
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { db in
      let card = try Row.fetchOne(
        db, sql: "SELECT due, lapses, repetitions FROM card WHERE deck_id = ? AND question_id = ?",
        arguments: [Self.deckID, questionID])
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT entry.sequence, drill_grade.grade FROM drill_grade
          JOIN entry ON entry.id = drill_grade.entry_id WHERE drill_grade.question_id = ?
          """, arguments: [questionID])
      var grades: [Int: String] = [:]
      for row in rows { grades[row["sequence"]] = row["grade"] }
      return Stored(
        due: card?["due"], lapses: card?["lapses"], repetitions: card?["repetitions"],
        grades: grades)
    }
  }

  /// Types `text` on the question shown, submits it and waits for its grading.
  private func answer(_ text: String, in tmux: Tmux) throws {
    try tmux.type(text)
    try #require(
      tmux.waitForScreen { Tmux.flat($0).contains(text) } != nil,
      "the answer never showed:\n\(screen(tmux))")
    try tmux.press("Enter")
    try #require(tmux.waitFor("4 Easy") != nil, "no grading:\n\(screen(tmux))")
  }

  @Test("skip with nothing typed, Again, Ctrl-Z and u in one drill")
  func drillWithAgainUndoAndAnUnansweredCard() throws {
    let sandbox = try Sandbox()
    _ = try sandbox.writeUserDeck(SampleDeck.valid(id: Self.deckID), named: "anki.yaml")
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["drill", "--deck", Self.deckID, "--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("Drill 1/3") != nil, "no drill:\n\(screen(tmux))")

    // Skipped with nothing typed: only Again and Hard are offered, and 4 does nothing.
    try tmux.press("Escape")
    try #require(tmux.waitFor("Skip this question") != nil, "no menu:\n\(screen(tmux))")
    try tmux.press("s")
    let unanswered = try #require(
      tmux.waitFor("Nothing was answered"), "no grading:\n\(screen(tmux))")
    #expect(unanswered.contains("1 Again") && unanswered.contains("2 Hard"))
    #expect(!unanswered.contains("3 Good") && !unanswered.contains("4 Easy"), "\(unanswered)")
    #expect(!unanswered.contains("3 good") && !unanswered.contains("4 easy"), "\(unanswered)")
    try tmux.press("4")
    try tmux.press("2")
    try #require(tmux.waitFor("Drill 2/3") != nil, "Hard did not move on:\n\(screen(tmux))")

    // Again: the card will come back, so the drill now has four questions.
    try answer("Because of the zeppelin launch.", in: tmux)
    try tmux.press("1")
    try #require(tmux.waitFor("Drill 3/4") != nil, "Again did not requeue:\n\(screen(tmux))")
    #expect(try stored("second", in: sandbox).grades == [2: "again"])

    // On the untouched next question, Ctrl-Z undoes that grade, in the store too.
    try #require(tmux.waitFor("Ctrl-Z undo grade") != nil, "no way in:\n\(screen(tmux))")
    try tmux.press("C-z")
    try #require(tmux.waitFor("4 Easy") != nil, "not back to grading:\n\(screen(tmux))")
    #expect(screen(tmux).contains("Drill 2/3"), "\(screen(tmux))")
    let undone = try stored("second", in: sandbox)
    #expect(undone.grades.isEmpty && undone.due == nil, "\(undone)")

    // Again once more, then the card comes back after the last one.
    try tmux.press("1")
    try #require(tmux.waitFor("Drill 3/4") != nil, "\(screen(tmux))")
    try answer("Check the variance first.", in: tmux)
    try tmux.press("3")
    try #require(tmux.waitFor("Drill 4/4") != nil, "\(screen(tmux))")
    #expect(screen(tmux).contains("Why the company?"), "the card did not come back")
    let afterAgain = try stored("second", in: sandbox)
    #expect(afterAgain.lapses == 1 && afterAgain.repetitions == 0, "\(afterAgain)")
    try answer("Their tracker is the one I use.", in: tmux)
    try tmux.press("3")
    try #require(tmux.waitFor("Drill done") != nil, "no summary:\n\(screen(tmux))")
    #expect(try stored("second", in: sandbox).repetitions == 1)

    // u on the summary takes back the last grade: the schedule is Again's again.
    try #require(tmux.waitFor("u undo last grade") != nil, "no way in:\n\(screen(tmux))")
    try tmux.press("u")
    try #require(tmux.waitFor("4 Easy") != nil, "not back to grading:\n\(screen(tmux))")
    let restored = try stored("second", in: sandbox)
    #expect(restored.lapses == 1 && restored.repetitions == 0, "\(restored)")
    #expect(restored.due == afterAgain.due)
    #expect(restored.grades == [2: "again"], "\(restored)")

    try tmux.press("2")
    try #require(tmux.waitFor("Drill done") != nil, "no summary:\n\(screen(tmux))")
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)
    #expect(try stored("first", in: sandbox).grades == [1: "hard"])
    #expect(try stored("second", in: sandbox).grades == [2: "again", 4: "hard"])
    #expect(try stored("data-only", in: sandbox).grades == [3: "good"])
  }
}
