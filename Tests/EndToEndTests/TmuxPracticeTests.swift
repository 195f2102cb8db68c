import Foundation
import GRDB
import Testing

/// Stepping through a deck and drilling in a real terminal (tmux): step, turn a card over, star
/// it, drill it, grade it, then see it come due again after the scheduled interval, with the
/// days moved through the store rather than waited for.
@Suite(
  "stepping and drilling in a terminal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxPracticeTests {
  /// The sample deck's id; its questions are "Tell me about a launch you led.", "Why {company}?"
  /// and a data-role technical question.
  static let deckID = "drill-test"
  static let firstQuestion = "Tell me about a launch you led."

  /// The answer drilled; "zeppelin" is searched for afterwards.
  static let answer = "We launched the zeppelin tracker in six weeks."

  private func sandboxWithDeck() throws -> Sandbox {
    let sandbox = try Sandbox()
    _ = try sandbox.writeUserDeck(SampleDeck.valid(id: Self.deckID), named: "drill-test.yaml")
    return sandbox
  }

  private func screen(_ tmux: Tmux) -> String { (try? tmux.screen()) ?? "" }

  /// Today and later days as the app shows them ("21 Nov"), in this machine's time zone.
  private func shortDay(inDays days: Int) -> String {
    let date = Date().addingTimeInterval(Double(days) * 86_400)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let parts = calendar.dateComponents([.day, .month], from: date)
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    return "\(parts.day ?? 0) \(months[(parts.month ?? 1) - 1])"
  }

  /// `drill --due` without a terminal (and without input): what it prints.
  private func dueReport(_ sandbox: Sandbox) throws -> String {
    let result = try sandbox.run(["drill", "--due", "--data-dir", sandbox.store.path])
    return "\(result.exitCode): \(result.stdout)\(result.stderr)"
  }

  /// Moves every day the store keeps for drills back by `days`, as if they had passed.
  private func pass(days: Int, in sandbox: Sandbox) throws {
    let path = sandbox.store.appendingPathComponent("transcripts.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      let shift = "-\(days) days"
      try db.execute(
        sql: """
          UPDATE card SET due = date(due, ?), last_drilled = date(last_drilled, ?)
            WHERE due IS NOT NULL;
          UPDATE drill_grade SET day = date(day, ?);
          """, arguments: [shift, shift, shift])
    }
    try queue.close()
  }

  /// Answers the drilled question on screen with `answer` and submits it.
  private func answer(in tmux: Tmux) throws {
    try #require(tmux.waitFor("Drill 1/1") != nil, "no drill:\n\(screen(tmux))")
    try tmux.type(Self.answer)
    try #require(
      tmux.waitForScreen { Tmux.flat($0).contains(Tmux.flat(Self.answer)) } != nil,
      "the answer never showed:\n\(screen(tmux))")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Easy") != nil, "no grading:\n\(screen(tmux))")
  }

  @Test("step through a deck, turn a card over, star it, drill it, grade it; it comes due again")
  func stepDrillAndComeDue() throws {
    let sandbox = try sandboxWithDeck()
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["decks", "step", Self.deckID, "--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("1/3") != nil, "no first card:\n\(screen(tmux))")
    #expect(screen(tmux).contains(Self.firstQuestion))

    // Next and previous, as a pager.
    try tmux.press("l")
    try #require(tmux.waitFor("2/3") != nil, "l did not step:\n\(screen(tmux))")
    #expect(screen(tmux).contains("Why the company?"))
    try tmux.press("Left")
    try #require(tmux.waitFor("1/3") != nil, "← did not step back:\n\(screen(tmux))")

    // The back of the card: the tip, the follow-up, and no answer yet.
    try tmux.press("Space")
    try #require(tmux.waitFor("Ownership and a result.") != nil, "no back:\n\(screen(tmux))")
    #expect(screen(tmux).contains("What went wrong?"))

    // Star it; the Starred filter keeps it alone.
    try tmux.press("*")
    try #require(tmux.waitFor("★") != nil, "no star:\n\(screen(tmux))")
    try tmux.press("/")
    try #require(tmux.waitFor("Starred") != nil, "no filter menu:\n\(screen(tmux))")
    try tmux.press("Down")
    try tmux.press("Enter")
    try #require(tmux.waitFor("1/1") != nil, "the starred filter did not apply:\n\(screen(tmux))")

    // Drill it, grade it Good: a first good grade is due in 3 days.
    try tmux.press("d")
    try answer(in: tmux)
    try tmux.press("3")
    let inThreeDays = shortDay(inDays: 3)
    try #require(
      tmux.waitFor(inThreeDays) != nil, "no summary with \(inThreeDays):\n\(screen(tmux))")
    try tmux.press("q")
    // Back on the card, which now shows the answer just given.
    try #require(tmux.waitFor("1/1") != nil, "not back on the card:\n\(screen(tmux))")
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)

    // Saved as a drill, found by search, not due today.
    let search = try sandbox.run([
      "transcripts", "search", "zeppelin", "--data-dir", sandbox.store.path,
    ])
    #expect(search.exitCode == 0 && search.stdout.contains("zeppelin"), "\(search.stdout)")
    let notYet = try dueReport(sandbox)
    #expect(
      notYet.hasPrefix("0: Nothing is due today. Next: 1 question on \(inThreeDays)."),
      "\(notYet)")

    // The deck is edited: the question reworded under the same id keeps its schedule.
    let edited = SampleDeck.valid(id: Self.deckID).replacingOccurrences(
      of: Self.firstQuestion, with: "Tell me about a launch you led from start to finish.")
    _ = try sandbox.writeUserDeck(edited, named: "drill-test.yaml")

    // Three days pass: due again, and drilled again from `drill --due`.
    try pass(days: 3, in: sandbox)
    let nowDue = try dueReport(sandbox)
    #expect(nowDue.contains("SecondRound drill: 1 question."), "\(nowDue)")
    try tmux.restart(["drill", "--due", "--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("from start to finish") != nil, "not the edited question")
    try answer(in: tmux)
    // The second good grade is SM-2's 6 days.
    #expect(Tmux.flat(screen(tmux)).contains("in 6 days"), "\(screen(tmux))")
    try tmux.press("3")
    let inSixDays = shortDay(inDays: 6)
    try #require(tmux.waitFor(inSixDays) != nil, "no summary with \(inSixDays):\n\(screen(tmux))")
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)
    let later = try dueReport(sandbox)
    #expect(
      later.hasPrefix("0: Nothing is due today. Next: 1 question on \(inSixDays)."), "\(later)")
  }
}
