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

/// Start-up reads the directories emergency files go to, the shared temporary directory among
/// them: only this user's regular files named as ours are read, in name order.
@Suite struct EmergencyFileRecoveryListingTests {
  @Test func recoveryReadsOnlyItsOwnFilesAndKeepsThemInNameOrder() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-emergency-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try TranscriptDatabase.open(directory: directory, access: .readWrite)
    let interview = Interview(plan: try smallPlan())
    func record(session: Int64?, store path: String = store.path) throws -> Data {
      try JSONEncoder().encode(
        EmergencyRecord(store: path, sessionID: session, unsavedText: "x", interview: interview))
    }
    func write(_ data: Data, _ name: String) throws -> String {
      let path = directory + "/" + name
      #expect(FileManager.default.createFile(atPath: path, contents: data))
      return path
    }
    // Sessions the store never had: each file is kept and named, in the order of its name,
    // whatever order the directory lists them in.
    var orphans: [String] = []
    for session: Int64 in [7, 31, 2, 105, 4, 16] {
      orphans.append(
        try write(try record(session: session), "secondround-unsaved-session-\(session).json"))
    }
    orphans.append(try write(try record(session: nil), "secondround-unsaved-new-77.json"))
    // Not ours by name, another store's, not a regular file, or another user's: left alone.
    let others = [
      try write(try record(session: 9), "notes.json"),
      try write(try record(session: 9), "xsecondround-unsaved-session-9.json"),
      try write(try record(session: 9), "secondround-unsaved-session-9.json.partial"),
      try write(try record(session: 9), "secondround-unsaved-session-9.txt"),
      try write(
        try record(session: 9, store: "/elsewhere/transcripts.sqlite"),
        "secondround-unsaved-session-19.json"),
    ]
    try FileManager.default.createDirectory(
      atPath: directory + "/secondround-unsaved-session-29.json", withIntermediateDirectories: false
    )
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/secondround-unsaved-session-39.json", withDestinationPath: orphans[0])
    var foreign: String?
    if getuid() == 0 {
      let path = try write(try record(session: 49), "secondround-unsaved-session-49.json")
      #expect(chown(path, 4242, 4242) == 0)
      foreign = path
    } else {
      print("skipped: another user's file needs root to make (chown)")
    }

    let recovery = EmergencyFile.recover(into: store, from: [directory, directory]) {
      fixedClock()
    }
    #expect(recovery.restored.isEmpty)
    #expect(recovery.kept == orphans.sorted())
    for path in orphans + others + [foreign].compactMap(\.self) {
      #expect(FileManager.default.fileExists(atPath: path))
    }
  }
}
