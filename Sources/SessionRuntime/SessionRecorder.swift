import Foundation
import InterviewCore
import TranscriptStore

/// A write a session owes the store, kept in order until it is done.
public enum SessionWrite: Equatable, Sendable {
  /// An answer (or skip) to append.
  case entry(TranscriptEntry)
  /// A drill card's grade and new schedule, for the entry `entrySequence`.
  case grade(CardKey, DrillGrade, CardSchedule, entrySequence: Int)
  /// A drill card's grade taken back: the entry's grade cleared, the schedule put back.
  case ungrade(CardKey, restoring: CardSchedule?, entrySequence: Int)
  /// Where the session stands.
  case status(SessionStatus)
  /// What a transcription that landed changed in an entry appended before.
  case transcription(TranscriptEntry)
}

/// The one place that saves a running session, interview or drill: it owns the writes still
/// owed, when the draft is due, and what failed, so a failing store never ends the rehearsal.
///
/// Time comes in two kinds, both from outside: the monotonic `now` (milliseconds) that decides
/// when an autosave is due, and the wall clock (`clock`) whose dates are stored.
public final class SessionRecorder {
  /// How often a changing draft is saved: the most typing a SIGKILL can lose.
  public static let autosaveInterval: Int64 = 1_000
  /// After a failed save, how long to wait before trying again: a full disk is not hammered
  /// every second, and the status line does not flicker.
  public static let retryInterval: Int64 = 5_000

  /// Where the session is saved.
  public let store: any SessionStore
  /// The session's id, once it exists in the store.
  public private(set) var sessionID: Int64?
  /// The last save that failed, as one line naming the emergency file that keeps the text;
  /// nil once everything owed is saved.
  public var saveProblem: String? {
    guard let failure else { return nil }
    guard let emergencyPath else { return failure }
    return "\(failure); your text is kept in \(emergencyPath)"
  }
  /// Where unsaved text goes when the store fails, best first (see `EmergencyFile`).
  public var emergencyDirectories: [String]
  /// The emergency file written for this session, while the store is behind.
  public private(set) var emergencyPath: String?
  /// Whether the session was removed because it held nothing worth keeping.
  public private(set) var isDiscarded = false

  private let clock: () -> Date
  /// The last failure, as one line.
  private var failure: String?
  /// What to create on the first write worth keeping, for a session created lazily.
  private let lazySession: NewSession?
  private var pending: [SessionWrite] = []
  private var lastSave: Int64?
  private var unsavedDraftSince: Int64?
  /// No autosave is tried before this after a failure.
  private var retryNotBefore: Int64?
  /// Set while the last full save failed: a draft row alone would not fit the stored
  /// snapshot (it belongs to a later question), so the next autosave writes everything.
  private var needsFullSave = false
  /// The problem already handed out by `takeNewProblem`, so it is reported once.
  private var reportedProblem: String?
  /// This process's hold on the session, so other windows list it as live; dropped when the
  /// session is finished or discarded (and by the kernel if the process dies).
  private var claim: AnyObject?
  /// Set when another process owns the session: then nothing is written, so two writers never
  /// interleave one transcript.
  private var ownedElsewhere: StoreError?

  /// A session created in the store now; throws if it cannot be (nothing to keep it in).
  public init(
    store: any SessionStore, clock: @escaping () -> Date, creating session: NewSession
  ) throws(StoreError) {
    self.store = store
    self.clock = clock
    emergencyDirectories = Self.defaultEmergencyDirectories(store)
    lazySession = nil
    let id = try store.createSession(session)
    sessionID = id
    own(id)
  }

  /// A session created at its first write worth keeping (an entry with text or a grade), so
  /// one left before anything was typed leaves nothing behind.
  public init(store: any SessionStore, clock: @escaping () -> Date, lazily session: NewSession) {
    self.store = store
    self.clock = clock
    emergencyDirectories = Self.defaultEmergencyDirectories(store)
    lazySession = session
  }

  /// A session already in the store, taken up again.
  public init(store: any SessionStore, clock: @escaping () -> Date, resuming sessionID: Int64) {
    self.store = store
    self.clock = clock
    emergencyDirectories = Self.defaultEmergencyDirectories(store)
    lazySession = nil
    self.sessionID = sessionID
    own(sessionID)
  }

  /// When the next autosave is due, if the draft has unsaved changes.
  public var autosaveDeadline: Int64? {
    guard unsavedDraftSince != nil else { return nil }
    var deadline = lastSave.map { Self.instant(after: $0, Self.autosaveInterval) } ?? 0
    if let retryNotBefore { deadline = max(deadline, retryNotBefore) }
    return deadline
  }

  /// Notes that the draft changed at `now`; it is saved when due, never here.
  public func draftChanged(at now: Int64) {
    if unsavedDraftSince == nil { unsavedDraftSince = now }
  }

  /// Queues `write` and writes everything owed, oldest first.
  public func enqueue(_ write: SessionWrite) {
    guard !isDiscarded else { return }
    // A status for a session that never came to exist has nothing to describe.
    if case .status = write, sessionID == nil, !isWorthCreating { return }
    pending.append(write)
    writePending()
  }

  /// Saves `interview` whole (a question boundary, or before quitting); nil saves only what is
  /// owed.
  public func save(_ interview: Interview?, now: Int64) {
    guard !isDiscarded, !refusedAsNotOwner() else { return }
    writePending()
    guard let interview else {
      unsavedDraftSince = nil
      return
    }
    guard sessionID != nil || interview.draft?.text.isEmpty == false else {
      // Nothing typed and nothing saved yet: no session is worth creating for that.
      unsavedDraftSince = nil
      return
    }
    guard let snapshot = try? JSONEncoder().encode(interview) else { return }
    let saved = attempt { () throws(StoreError) in
      try store.saveProgress(
        sessionID: try ensureSession(), snapshot: snapshot,
        interviewMilliseconds: interview.interviewMilliseconds, at: clock())
    }
    needsFullSave = !saved
    settle(saved: saved, now: now, interview: interview)
  }

  /// Saves the draft of `interview` if it has waited long enough (and a failed save is not
  /// still cooling down): only the answer being typed, one row, not the whole interview.
  public func saveIfDue(_ interview: Interview?, now: Int64) {
    guard let deadline = autosaveDeadline, now >= deadline else { return }
    guard !isDiscarded, !refusedAsNotOwner() else { return }
    if needsFullSave {
      save(interview, now: now)
      return
    }
    writePending()
    guard let interview, let text = interview.draft?.text,
      sessionID != nil || !text.isEmpty,
      let draft = try? JSONEncoder().encode(interview.draftState)
    else {
      // Nothing being typed (or nothing yet worth a session): nothing to save.
      unsavedDraftSince = nil
      return
    }
    let saved = attempt { () throws(StoreError) in
      try store.saveDraft(sessionID: try ensureSession(), draft: draft, at: clock())
    }
    settle(saved: saved, now: now, interview: interview)
  }

  /// After a save: on success the draft is clean and writes waiting for a new session go; on
  /// failure the next try waits out the retry interval.
  private func settle(saved: Bool, now: Int64, interview: Interview) {
    if saved {
      lastSave = now
      retryNotBefore = nil
      unsavedDraftSince = nil
      // A lazily created session may have owed writes that were waiting for it.
      writePending()
      if pending.isEmpty { failure = nil }
    } else {
      retryNotBefore = Self.instant(after: now, Self.retryInterval)
    }
    if failure == nil {
      // The store has it all again: the emergency copy would only offer stale text.
      if let emergencyPath { unlink(emergencyPath) }
      emergencyPath = nil
    } else {
      rescue(interview)
    }
  }

  /// Writes what the store refused to an emergency file, so nothing typed is lost.
  private func rescue(_ interview: Interview) {
    let record = EmergencyRecord(
      store: store.path, sessionID: sessionID, unsavedText: interview.draft?.text ?? "",
      interview: interview)
    guard let path = EmergencyFile.save(record, in: emergencyDirectories) else { return }
    if let emergencyPath, emergencyPath != path { unlink(emergencyPath) }
    emergencyPath = path
  }

  /// The data directory's, the runtime directory's and the temporary directory's.
  private static func defaultEmergencyDirectories(_ store: any SessionStore) -> [String] {
    EmergencyFile.directories(
      storePath: store.path, environment: ProcessInfo.processInfo.environment)
  }

  /// Removes the session from the store: it holds nothing worth keeping.
  public func discard() {
    pending.removeAll()
    unsavedDraftSince = nil
    isDiscarded = true
    guard let sessionID, ownedElsewhere == nil else { return }
    // Let go first: the store will not delete a session a live process holds.
    claim = nil
    attempt { () throws(StoreError) in try store.deleteSession(id: sessionID) }
  }

  /// The save problem if it was not handed out before: for output that cannot be redrawn in
  /// place (plain mode), so a failure is said once rather than at every prompt.
  public func takeNewProblem() -> String? {
    guard let saveProblem, saveProblem != reportedProblem else { return nil }
    reportedProblem = saveProblem
    return saveProblem
  }

  /// `instant` plus `interval`, saturating: a clock near its end must not trap.
  private static func instant(after instant: Int64, _ interval: Int64) -> Int64 {
    let (sum, overflow) = instant.addingReportingOverflow(interval)
    return overflow ? .max : sum
  }

  // MARK: - Writing

  /// Whether the writes owed hold anything worth a new session: an answer with text, a grade.
  private var isWorthCreating: Bool {
    pending.contains { write in
      switch write {
      case .entry(let entry): return !entry.answer.isEmpty
      case .grade: return true
      case .ungrade, .status, .transcription: return false
      }
    }
  }

  /// Takes the session for this process; one another process owns is never written.
  private func own(_ id: Int64) {
    do {
      claim = try store.claim(id)
    } catch {
      // Without a lock file (an unwritable sessions folder) the session is still ours to save;
      // only another owner stops the writes.
      if case .sessionInUse = error {
        ownedElsewhere = error
        failure = "Not saved: \(error.description)"
      }
    }
  }

  /// Whether writes are refused because another process owns the session.
  private func refusedAsNotOwner() -> Bool {
    guard let ownedElsewhere else { return false }
    failure = "Not saved: \(ownedElsewhere.description)"
    return true
  }

  /// Commits the writes owed in order; stops at the first failure to keep that order.
  private func writePending() {
    guard sessionID != nil || isWorthCreating, !refusedAsNotOwner() else { return }
    while let write = pending.first {
      let written = attempt { () throws(StoreError) in
        let session = try ensureSession()
        let now = clock()
        switch write {
        case .entry(let entry):
          try store.append(Entry(entry, recorded: now), to: session)
        case .grade(let key, let grade, let schedule, let sequence):
          try store.recordGrade(
            grade, schedule: schedule, for: key, sessionID: session, entrySequence: sequence,
            at: now)
        case .ungrade(let key, let schedule, let sequence):
          try store.undoGrade(
            for: key, restoring: schedule, sessionID: session, entrySequence: sequence)
        case .status(let status):
          try store.setStatus(status, sessionID: session, at: now)
        case .transcription(let entry):
          try store.updateTranscription(of: entry, sessionID: session)
        }
      }
      guard written else { return }
      pending.removeFirst()
      // A finished session is no longer live: other windows may review it at once.
      if write == .status(.finished) { claim = nil }
    }
    if retryNotBefore == nil { failure = nil }
  }

  /// The session, created on first use when it is created lazily.
  private func ensureSession() throws(StoreError) -> Int64 {
    if let sessionID { return sessionID }
    guard let lazySession else {
      // Only lazy recorders start without an id; this is a programming error, reported safely.
      throw StoreError.closed(store.path)
    }
    var session = lazySession
    session.started = clock()
    let id = try store.createSession(session)
    sessionID = id
    own(id)
    return id
  }

  /// Runs a store call; a failure is kept for the status line and retried later, never fatal.
  @discardableResult
  private func attempt(_ body: () throws(StoreError) -> Void) -> Bool {
    do {
      try body()
      return true
    } catch {
      failure = "Not saved: \(error.description)"
      return false
    }
  }
}
