import Foundation
import GRDB
import Testing

/// A store that stops taking writes mid-answer (triggers that abort every write, which even root
/// cannot bypass, unlike file permissions): the text goes to an emergency file, and the next
/// start offers it back.
@Suite(
  "saving fails mid-rehearsal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxEmergencyFileTests {
  /// Runs `sql` on the sandbox's store from outside the app.
  private func execute(_ sql: String, in sandbox: Sandbox) throws {
    let queue = try DatabaseQueue(
      path: sandbox.store.appendingPathComponent("transcripts.sqlite").path)
    try queue.write { db in try db.execute(sql: sql) }
    try queue.close()
  }

  /// How many draft rows the store holds.
  private func drafts(in sandbox: Sandbox) throws -> Int {
    let queue = try DatabaseQueue(
      path: sandbox.store.appendingPathComponent("transcripts.sqlite").path)
    defer { try? queue.close() }
    return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM draft") ?? 0 }
  }

  @Test("the text is written to a 0600 emergency file named on screen, and offered back next time")
  func writtenAndOfferedBack() throws {
    let sandbox = try Sandbox()
    let flags = TmuxRehearsalTests.smallInterview
    let question = try TmuxRehearsalTests.firstQuestion(flags)
    let tmux = try Tmux(sandbox: sandbox)
    // Wide, so the status line naming the file is not cut short.
    try tmux.start(TmuxRehearsalTests.arguments(sandbox, flags), width: 300, height: 24)
    try #require(try tmux.press("Enter", until: question) != nil)
    try tmux.type("first words")
    try #require(Poll.value { (try? drafts(in: sandbox)).flatMap { $0 > 0 ? true : nil } } == true)

    try execute(
      """
      CREATE TRIGGER refuse_draft BEFORE INSERT ON draft
        BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;
      CREATE TRIGGER refuse_session BEFORE UPDATE ON session
        BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;
      CREATE TRIGGER refuse_entry BEFORE INSERT ON entry
        BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;
      """, in: sandbox)
    try tmux.type(" and more")
    let file = sandbox.store.appendingPathComponent("secondround-unsaved-session-1.json").path
    let screen = try #require(
      tmux.waitFor("your text is kept in \(file)"),
      "no emergency file named:\n\((try? tmux.screen()) ?? "")")
    #expect(screen.contains("Not saved"))
    var info = stat()
    #expect(stat(file, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("first words and more"))

    try tmux.press("C-c")
    #expect(tmux.waitForExit() == 130)
    try execute(
      "DROP TRIGGER refuse_draft; DROP TRIGGER refuse_session; DROP TRIGGER refuse_entry;",
      in: sandbox)

    // The next start takes the file back: the resume offer shows every word.
    try tmux.restart(TmuxRehearsalTests.arguments(sandbox, flags))
    let offer = try #require(
      tmux.waitFor("first words and more"), "not offered back:\n\((try? tmux.screen()) ?? "")")
    #expect(offer.contains("An interview was interrupted"))
    #expect(!FileManager.default.fileExists(atPath: file))
  }
}
