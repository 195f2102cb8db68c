import Foundation
import InterviewCore
import SessionRuntime
import Testing
import TranscriptStore

/// When saving fails, the text goes to a private emergency file, and back into the store later.
@Suite struct EmergencyFileTests {
  @Test func aFailingStoreLeavesThePrivateFileNamedInTheStatusLine() throws {
    let store = FakeSessionStore()
    let recorded = try RecordedInterview(
      plan: smallPlan(), deckTitle: "General", store: store, now: 0, clock: fixedClock)
    recorded.send(.proceed, at: 0)
    recorded.send(.proceed, at: 0)
    store.failure = FakeSessionStore.diskFull(store.path)
    recorded.send(.edit(.insert("kept somewhere safe")), at: 100)
    recorded.saveIfDue(now: 1_000)
    let name = try #require(store.emergencyFiles.first)
    let path = store.directory + "/" + name
    #expect(recorded.saveProblem?.hasSuffix("your text is kept in \(path)") == true)
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    let record = try JSONDecoder().decode(
      EmergencyRecord.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(record.unsavedText == "kept somewhere safe")
    #expect(record.sessionID == recorded.sessionID)
    // Saved again: the emergency copy goes.
    store.failure = nil
    recorded.send(.edit(.insert("!")), at: 1_100)
    recorded.saveIfDue(now: 1_000 + SessionRecorder.retryInterval)
    #expect(recorded.saveProblem == nil)
    #expect(store.emergencyFiles.isEmpty)
  }

  @Test func theNextStartPutsTheTextBackForTheResumeOfferOrKeepsAnOrphan() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-emergency-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try TranscriptDatabase.open(directory: directory, access: .readWrite)
    var interview = Interview(plan: try smallPlan())
    let id = try store.createSession(
      NewSession(
        started: fixedClock(), company: "Acme", position: "Analyst", deckID: "second-interview",
        deckTitle: "General", role: nil, mode: "typed", segments: ["behavioural"], seed: 5,
        salaryRange: nil, walkAway: nil))
    try store.saveProgress(
      sessionID: id, snapshot: try JSONEncoder().encode(interview), interviewMilliseconds: 0,
      at: fixedClock())
    try store.setStatus(.interrupted, sessionID: id, at: fixedClock())
    // What the store never got: an answer and a new draft.
    _ = interview.send(.proceed, at: 0)
    _ = interview.send(.proceed, at: 0)
    _ = interview.send(.edit(.insert("never committed")), at: 100)
    _ = interview.send(.submit, at: 200)
    _ = interview.send(.edit(.insert("half typed")), at: 300)
    let saved = EmergencyFile.save(
      EmergencyRecord(
        store: store.path, sessionID: id, unsavedText: "half typed", interview: interview),
      in: [directory])
    let orphan = EmergencyFile.save(
      EmergencyRecord(
        store: store.path, sessionID: 99, unsavedText: "orphan", interview: interview),
      in: [directory])

    // The next start is an hour later, by a scripted clock: what is restored carries its time.
    let nextStart = fixedClock().addingTimeInterval(3_600)
    let recovery = EmergencyFile.recover(into: store, from: [directory]) { nextStart }
    #expect(recovery.restored == [id])
    #expect(recovery.kept == [try #require(orphan)])
    #expect(!FileManager.default.fileExists(atPath: try #require(saved)))
    let restored = try #require(try store.session(id: id))
    #expect(restored.entries.map(\.answer) == ["never committed"])
    #expect(restored.entries.map(\.recorded) == [nextStart])
    #expect(restored.summary.updated == nextStart)
    #expect(restored.summary.status == .interrupted)
    let offered = try #require(try store.resumable())
    #expect(offered.summary.id == id)
    let resumed = SessionResume.interview(
      snapshot: offered.snapshot, draft: try store.draft(of: id))
    #expect(resumed?.draft?.text == "half typed")
  }
}
