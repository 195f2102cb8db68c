import Foundation
import InterviewCore
import Testing
import TranscriptStore

/// `drill` as its help describes it: the segments it offers are the ones it drills, and
/// without a terminal it drills line by line.
@Suite struct DrillCommandTests {
  /// A store in `sandbox` where the bundled "overcome-challenge" question was drilled long ago, so it is
  /// due today whatever today is.
  private func storeWithADueCard(_ sandbox: Sandbox) throws {
    let store = try TranscriptDatabase.open(directory: sandbox.store.path, access: .readWrite)
    defer { store.close() }
    let started = Date(timeIntervalSince1970: 1_700_000_000)
    let drill = try store.createSession(
      NewSession(
        started: started, company: "", position: "", deckID: "second-interview",
        deckTitle: "Second interview", role: nil, mode: "typed", segments: ["behavioural"],
        seed: 1, salaryRange: nil, walkAway: nil, kind: .drill))
    try store.append(
      Entry(
        TranscriptEntry(
          sequence: 1, kind: .answer, segment: .behavioural, questionID: "overcome-challenge",
          question: "Tell me about a launch you owned.", answer: "Drilled answer.",
          thinkingMilliseconds: 3_000, answerMilliseconds: 50_000, targetMilliseconds: 120_000,
          parentSequence: nil, skipped: false, spokenNotes: false), recorded: started),
      to: drill)
    try store.recordGrade(
      .good, schedule: Scheduler.schedule(after: nil, grade: .good, on: StudyDay(ordinal: 19_000)),
      for: CardKey(deckID: "second-interview", questionID: "overcome-challenge"), sessionID: drill,
      entrySequence: 1, at: started)
    try store.setStatus(.finished, sessionID: drill, at: started)
  }

  @Test("the help offers only the segments drilled, and describes plain mode")
  func help() throws {
    let sandbox = try Sandbox()
    let help = try sandbox.run(["drill", "--help"])
    #expect(help.exitCode == 0)
    let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("behavioural, technical, culture, salary"), "\(help.stdout)")
    #expect(!flat.contains("salary, questions"), "\(help.stdout)")
    #expect(flat.contains("--plain"), "\(help.stdout)")
    #expect(flat.contains("a bad grade from a pipe exits 64"), "\(help.stdout)")
    #expect(!flat.contains("Drills need a terminal"), "\(help.stdout)")
    // The promise of a plain mode is gone.
    #expect(!flat.contains("--due only says"), "\(help.stdout)")
  }

  @Test("--segment questions is refused with a line that says why")
  func questionsSegment() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run([
      "drill", "--segment", "questions", "--data-dir", sandbox.store.path,
    ])
    #expect(result.exitCode == 64)
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("not drilled"), "\(result.stderr)")
  }

  @Test("drill --due with questions due and no terminal: the due card is asked, plainly")
  func dueWithoutATerminal() throws {
    let sandbox = try Sandbox()
    try storeWithADueCard(sandbox)
    // No input at all: the question is shown and end of input stops the drill, saving nothing.
    let result = try sandbox.run(["drill", "--due", "--data-dir", sandbox.store.path])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Card 1 of 1, "), "\(result.stdout)")
    #expect(result.stdout.contains("Drill stopped: nothing was answered."), "\(result.stdout)")
    #expect(!result.stderr.contains("need a terminal"), "\(result.stderr)")
  }
}
