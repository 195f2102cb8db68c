import Foundation
import Testing

/// Review in a real terminal (tmux): a transcript recorded by a real rehearsal is opened,
/// rated, annotated and marked, then found again from the command line.
///
/// What was saved is read back through `transcripts show --format json` and `transcripts
/// search --json`, decoded loosely here so the test does not share models with the app.
@Suite(
  "review in a terminal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxReviewTests {
  /// One behavioural question, then the candidate's questions, no follow-ups.
  static let smallInterview = TmuxRehearsalTests.smallInterview

  /// The answer typed in the rehearsal; "zeppelin" is the word searched for afterwards.
  static let answer = "We shipped the zeppelin dashboard in two sprints."

  /// Rehearses `smallInterview` full screen in `tmux`, answering the one question with
  /// `answer`, skipping the rest, and quitting from the summary.
  private func rehearse(in tmux: Tmux, sandbox: Sandbox, question: String) throws {
    try tmux.start(TmuxRehearsalTests.arguments(sandbox, Self.smallInterview))
    try #require(
      try tmux.press("Enter", until: question) != nil,
      "never reached the question:\n\((try? tmux.screen()) ?? "")")
    try tmux.type(Self.answer)
    try #require(tmux.waitForScreen { Tmux.boxText($0).hasSuffix(Tmux.flat(Self.answer)) } != nil)
    try tmux.press("Enter")
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    try #require(try tmux.press("Enter", until: "Summary", maxPresses: 4) != nil)
    try tmux.press("q")
    try #require(tmux.waitForExit() == 0)
  }

  /// A JSON object or array printed by a `transcripts` command; the run must succeed.
  private func json(_ sandbox: Sandbox, _ arguments: [String]) throws -> Any {
    let result = try sandbox.run(["transcripts"] + arguments + ["--data-dir", sandbox.store.path])
    try #require(result.exitCode == 0, "transcripts \(arguments): \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  @Test("rehearse, then review: rate 4, write a note, mark it, and find it again by search")
  func rateNoteAndFind() throws {
    let sandbox = try Sandbox()
    let question = try TmuxRehearsalTests.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try rehearse(in: tmux, sandbox: sandbox, question: question)

    try tmux.restart(["review", "--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("Acme") != nil, "no list:\n\((try? tmux.screen()) ?? "")")
    try #require(try tmux.press("Enter", until: "zeppelin", maxPresses: 1) != nil)
    let opened = try tmux.screen()
    #expect(Tmux.flat(opened).contains(Tmux.flat(String(question.prefix(30)))), "\(opened)")

    try tmux.press("4")
    try #require(tmux.waitFor("4/5") != nil, "no rating shown:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("e")
    try #require(tmux.waitFor("Note on answer") != nil, "no note editor")
    try tmux.type("Lead with the quorum result — 結果")
    try #require(tmux.waitFor("quorum result") != nil)
    try tmux.press("Enter")
    try #require(tmux.waitForScreen { !$0.contains("Note on answer") } != nil)
    try tmux.press("a")
    try #require(tmux.waitFor("practise again") != nil)
    // Back to the list, then out: review opened on its own ends the app.
    try tmux.press("q")
    try #require(tmux.waitFor("Transcripts") != nil)
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)

    let shown = try #require(
      try json(sandbox, ["show", "1", "--format", "json"]) as? [String: Any])
    let entries = try #require(shown["entries"] as? [[String: Any]])
    let rated = try #require(entries.first { ($0["answer"] as? String) == Self.answer })
    #expect(rated["rating"] as? Int == 4)
    #expect(rated["note"] as? String == "Lead with the quorum result — 結果")
    #expect(rated["practise_again"] as? Bool == true)

    for (word, field) in [("zeppelin", "answer"), ("quorum", "note")] {
      let hits = try #require(try json(sandbox, ["search", word, "--json"]) as? [[String: Any]])
      try #require(hits.count == 1, "search \(word): \(hits)")
      #expect(hits[0]["question"] as? String == question)
      #expect(hits[0]["session_id"] as? Int == 1)
      #expect(hits[0]["field"] as? String == field)
    }
  }

  @Test("from the home screen: review opens, survives a resize to 40x12, and returns home")
  func fromHomeWithResize() throws {
    let sandbox = try Sandbox()
    let made = try sandbox.run(sandbox.plainArguments(Self.smallInterview), input: "Ok\n\n\n\n\n")
    try #require(made.exitCode == 0, "plain rehearsal: \(made.stderr)")
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("Review transcripts (1 saved)") != nil)
    // Review is the fourth entry, after rehearsing, stepping and drilling.
    for _ in 0..<3 { try tmux.press("Down") }
    try #require(try tmux.press("Enter", until: "Acme — Analyst", maxPresses: 1) != nil)

    try tmux.resize(width: 40, height: 12)
    let small = try #require(
      tmux.waitForScreen { $0.contains("Acme") && $0.split(separator: "\n").count <= 12 },
      "not redrawn at 40x12:\n\((try? tmux.screen()) ?? "")")
    #expect(small.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(small)")
    try tmux.resize(width: 80, height: 24)
    try #require(tmux.waitFor("Acme — Analyst") != nil)

    try tmux.press("q")
    let home = try #require(tmux.waitFor("Rehearse a new interview"))
    #expect(home.contains("Review transcripts (1 saved)"))
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)
  }

  @Test("delete asks first: n keeps the session, y deletes it")
  func deleteAsksFirst() throws {
    let sandbox = try Sandbox()
    let made = try sandbox.run(sandbox.plainArguments(Self.smallInterview), input: "Ok\n\n\n\n\n")
    try #require(made.exitCode == 0, "plain rehearsal: \(made.stderr)")
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["review", "--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("Acme") != nil)

    // d is "drill" by the key convention: in review it deletes nothing.
    try tmux.press("d")
    try tmux.press("y")
    #expect(try sandbox.sessions().count == 1)

    // Open the transcript: D asks, naming the company, the position and how many answers go.
    try tmux.press("Enter")
    try #require(tmux.waitFor("H history") != nil, "no transcript:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("D")
    let fromTranscript = try #require(
      tmux.waitForScreen { $0.contains("Delete this transcript?") })
    let named = Tmux.flat(fromTranscript)
    #expect(named.contains("Acme") && named.contains("answer"), "\(fromTranscript)")
    try tmux.press("Escape")
    try #require(tmux.waitForScreen { !$0.contains("Delete this") } != nil)
    try tmux.press("q")
    try #require(tmux.waitFor("newest first") != nil)

    try tmux.press("D")
    let asked = try #require(tmux.waitForScreen { $0.contains("Delete") && $0.contains("y") })
    #expect(asked.contains("Acme"), "\(asked)")
    try tmux.press("n")
    try #require(tmux.waitForScreen { !$0.contains("Delete") } != nil)
    #expect(try sandbox.sessions().count == 1)

    try tmux.press("D")
    try #require(tmux.waitFor("Delete") != nil)
    try tmux.press("y")
    try #require(tmux.waitForScreen { !$0.contains("Acme") } != nil)
    #expect(try sandbox.sessions().isEmpty)
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)
  }
}
