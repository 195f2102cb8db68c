import Foundation
import InterviewCore
import Testing
import TranscriptStore

/// A drill has no company or position: the transcripts commands name it by its deck instead.
@Suite struct TranscriptsDrillTests {
  /// A store in `sandbox` with an interview (Acme) and, started later, a graded drill of the
  /// "Second interview" deck; returns the drill's id.
  private func storeWithADrill(_ sandbox: Sandbox) throws -> Int64 {
    let store = try TranscriptDatabase.open(directory: sandbox.store.path, access: .readWrite)
    defer { store.close() }
    let started = Date(timeIntervalSince1970: 1_794_821_400)
    func session(_ kind: SessionKind, at offset: TimeInterval) -> NewSession {
      NewSession(
        started: started.addingTimeInterval(offset), company: kind == .drill ? "" : "Acme",
        position: kind == .drill ? "" : "Analyst", deckID: "second-interview",
        deckTitle: "Second interview", role: nil, mode: "typed", segments: ["behavioural"],
        seed: 1, salaryRange: nil, walkAway: nil, kind: kind)
    }
    let interview = try store.createSession(session(.interview, at: 0))
    try store.setStatus(.finished, sessionID: interview, at: started)
    let drill = try store.createSession(session(.drill, at: 3_600))
    try store.append(
      Entry(
        TranscriptEntry(
          sequence: 1, kind: .answer, segment: .behavioural, questionID: "launch",
          question: "Tell me about a launch you owned.", answer: "Drilled answer.",
          thinkingMilliseconds: 3_000, answerMilliseconds: 50_000, targetMilliseconds: 120_000,
          parentSequence: nil, skipped: false, spokenNotes: false),
        recorded: started.addingTimeInterval(3_700)),
      to: drill)
    try store.recordGrade(
      .good, schedule: Scheduler.schedule(after: nil, grade: .good, on: StudyDay(ordinal: 20_773)),
      for: CardKey(deckID: "second-interview", questionID: "launch"), sessionID: drill,
      entrySequence: 1, at: started.addingTimeInterval(3_710))
    try store.setStatus(.finished, sessionID: drill, at: started.addingTimeInterval(3_720))
    return drill
  }

  @Test("transcripts list names a drill by its deck, and --json says which kind each is")
  func list() throws {
    let sandbox = try Sandbox()
    let drill = try storeWithADrill(sandbox)

    let text = try sandbox.transcripts(["list"])
    #expect(text.exitCode == 0, "\(text.stderr)")
    let drillLine = try #require(text.stdoutLines.first { $0.hasPrefix("\(drill) ") })
    #expect(drillLine.hasSuffix("Drill · Second interview"), "\(text.stdout)")
    #expect(text.stdoutLines.contains { $0.hasSuffix("Acme — Analyst") }, "\(text.stdout)")

    let json = try sandbox.transcripts(["list", "--json"])
    #expect(json.exitCode == 0, "\(json.stderr)")
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(objects.map { $0["kind"] as? String } == ["drill", "interview"])
    #expect(objects.first?["id"] as? Int64 == drill)
    #expect(objects.first?["company"] as? String == "")
  }

  @Test("a drill of questions from every deck has its title in the DECK column, not a blank")
  func deckColumnOfADrillAcrossDecks() throws {
    let sandbox = try Sandbox()
    let store = try TranscriptDatabase.open(directory: sandbox.store.path, access: .readWrite)
    let started = Date(timeIntervalSince1970: 1_794_821_400)
    for (deckID, title) in [("", "Questions due today"), ("second-interview", "Second interview")] {
      let id = try store.createSession(
        NewSession(
          started: started, company: "", position: "", deckID: deckID, deckTitle: title,
          role: nil, mode: "typed", segments: ["behavioural"], seed: 1, salaryRange: nil,
          walkAway: nil, kind: .drill))
      try store.setStatus(.finished, sessionID: id, at: started)
    }
    store.close()

    let text = try sandbox.transcripts(["list"])
    #expect(text.exitCode == 0, "\(text.stderr)")
    let header = try #require(text.stdoutLines.first)
    let deckColumn = header.distance(
      from: header.startIndex, to: try #require(header.range(of: "DECK")).lowerBound)
    let cells = text.stdoutLines.dropFirst().map { String($0.dropFirst(deckColumn).prefix(19)) }
    #expect(cells == ["Second interview   ", "Questions due today"], "\(text.stdout)")
  }

  @Test("transcripts show and export head a drill with its deck, not an empty company")
  func showAndExport() throws {
    let sandbox = try Sandbox()
    let drill = try storeWithADrill(sandbox)

    let show = try sandbox.transcripts(["show", String(drill)])
    #expect(show.exitCode == 0, "\(show.stderr)")
    #expect(show.stdoutLines.first == "Drill: Second interview", "\(show.stdout)")
    #expect(show.stdout.contains("  Answer: Drilled answer."))

    let markdown = try sandbox.transcripts(["export", String(drill), "--format", "markdown"])
    #expect(markdown.exitCode == 0, "\(markdown.stderr)")
    #expect(markdown.stdoutLines.first == "# Drill · Second interview", "\(markdown.stdout)")

    let json = try sandbox.transcripts(["show", String(drill), "--format", "json"])
    #expect(json.exitCode == 0, "\(json.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "drill")

    let csv = try sandbox.transcripts(["export", String(drill), "--format", "csv"])
    #expect(csv.exitCode == 0, "\(csv.stderr)")
    // session_kind is followed by the nine feedback columns, which hold no commas.
    let rows = csv.stdout.split(separator: "\r\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).suffix(10).first
    }
    #expect(rows.map { $0.map(String.init) } == ["session_kind", "drill"])
  }
}
