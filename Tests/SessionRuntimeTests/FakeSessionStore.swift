import Foundation
import InterviewCore
import SessionRuntime
import TranscriptStore

/// An in-memory store that fails on cue, for the recorder's fault tests.
final class FakeSessionStore: SessionStore {
  /// One session as the fake keeps it.
  struct Session {
    var new: NewSession
    var status: SessionStatus = .inProgress
    var entries: [Entry] = []
    var snapshot: Data?
    var draft: Data?
    var grades: [(CardKey, DrillGrade, Int)] = []
  }

  /// A private directory standing for the data directory, where emergency files land.
  let directory: String
  let path: String

  init() {
    directory =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-fake-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    path = directory + "/transcripts.sqlite"
  }

  deinit {
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// The emergency files written so far.
  var emergencyFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
      $0.hasPrefix("secondround-unsaved-")
    }
  }
  /// The sessions, by id.
  var sessions: [Int64: Session] = [:]
  /// What every call throws while set (nil: calls succeed).
  var failure: StoreError?
  /// How many calls are still to fail before `failure` clears itself; nil: fail until changed.
  var failuresLeft: Int?
  /// Every call made, by name, failed or not: what the store was asked to do.
  private(set) var calls: [String] = []
  private var nextID: Int64 = 1

  /// The disk-full error SQLite gives.
  static func diskFull(_ path: String) -> StoreError {
    .sqlite(path, message: "database or disk is full")
  }

  /// How many calls named `name` were made.
  func count(_ name: String) -> Int { calls.filter { $0 == name }.count }

  /// The one session, if exactly one exists.
  var only: Session? { sessions.count == 1 ? sessions.values.first : nil }

  /// The draft text a resume would put back: the snapshot's, or the newer draft row's.
  func savedDraft(_ id: Int64) -> String? {
    guard let snapshot = sessions[id]?.snapshot else {
      // A drill's first autosave makes a session with a draft row and no snapshot.
      guard let data = sessions[id]?.draft,
        let draft = try? JSONDecoder().decode(InterviewDraft.self, from: data),
        case .answering(let turn) = draft.stage
      else { return nil }
      return turn.buffer.text
    }
    return SessionResume.interview(snapshot: snapshot, draft: sessions[id]?.draft)?.draft?.text
  }

  private func call(_ name: String) throws(StoreError) {
    calls.append(name)
    guard let failure else { return }
    if let left = failuresLeft {
      if left <= 1 {
        self.failure = nil
        failuresLeft = nil
      } else {
        failuresLeft = left - 1
      }
    }
    throw failure
  }

  private func existing(_ id: Int64) throws(StoreError) -> Session {
    guard let session = sessions[id] else { throw .noSuchSession(path, id: id) }
    return session
  }

  func createSession(_ session: NewSession) throws(StoreError) -> Int64 {
    try call("createSession")
    let id = nextID
    nextID += 1
    sessions[id] = Session(new: session)
    return id
  }

  func append(_ entry: Entry, to sessionID: Int64) throws(StoreError) {
    try call("append")
    var session = try existing(sessionID)
    session.entries.append(entry)
    sessions[sessionID] = session
  }

  func updateTranscription(of entry: TranscriptEntry, sessionID: Int64) throws(StoreError) {
    try call("updateTranscription")
    var session = try existing(sessionID)
    guard let index = session.entries.firstIndex(where: { $0.sequence == entry.sequence }) else {
      throw .noSuchEntry(path, sessionID: sessionID, sequence: entry.sequence)
    }
    session.entries[index].recording = entry
    sessions[sessionID] = session
  }

  func saveProgress(sessionID: Int64, snapshot: Data, interviewMilliseconds: Int, at: Date)
    throws(StoreError)
  {
    try call("saveProgress")
    var session = try existing(sessionID)
    session.snapshot = snapshot
    session.draft = nil
    sessions[sessionID] = session
  }

  func saveDraft(sessionID: Int64, draft: Data, at: Date) throws(StoreError) {
    try call("saveDraft")
    var session = try existing(sessionID)
    session.draft = draft
    sessions[sessionID] = session
  }

  func setStatus(_ status: SessionStatus, sessionID: Int64, at: Date) throws(StoreError) {
    try call("setStatus")
    var session = try existing(sessionID)
    session.status = status
    sessions[sessionID] = session
  }

  func recordGrade(
    _ grade: DrillGrade, schedule: CardSchedule, for key: CardKey, sessionID: Int64,
    entrySequence: Int, at graded: Date
  ) throws(StoreError) {
    try call("recordGrade")
    var session = try existing(sessionID)
    session.grades.append((key, grade, entrySequence))
    sessions[sessionID] = session
  }

  func undoGrade(
    for key: CardKey, restoring schedule: CardSchedule?, sessionID: Int64, entrySequence: Int
  ) throws(StoreError) {
    try call("undoGrade")
    var session = try existing(sessionID)
    session.grades.removeAll { $0.0 == key && $0.2 == entrySequence }
    sessions[sessionID] = session
  }

  /// Sessions another process owns: claiming them fails.
  var ownedElsewhere: Set<Int64> = []
  /// Sessions this process holds, while their token lives.
  var claimed: Set<Int64> { Set(tokens.filter { $0.value.value != nil }.keys) }
  private var tokens: [Int64: WeakToken] = [:]

  /// A token the fake hands out and watches, to see when the recorder lets go.
  final class Token {}
  private struct WeakToken { weak var value: Token? }

  func claim(_ sessionID: Int64) throws(StoreError) -> AnyObject {
    calls.append("claim")
    if ownedElsewhere.contains(sessionID) { throw .sessionInUse(path, id: sessionID) }
    let token = Token()
    tokens[sessionID] = WeakToken(value: token)
    return token
  }

  func deleteSession(id: Int64) throws(StoreError) {
    try call("deleteSession")
    _ = try existing(id)
    sessions[id] = nil
  }
}
