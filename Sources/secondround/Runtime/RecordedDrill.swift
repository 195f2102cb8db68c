import Foundation
import InterviewCore
import TranscriptStore

/// A drill bound to the store: sends actions to the `Drill` state machine and performs its
/// effects, so each answer is committed before it is graded, each grade with the card's new
/// schedule, and a draft at least once a second while it changes.
///
/// The drill's session is created with its first save, so opening a drill and leaving at once
/// leaves no empty transcript behind.
final class RecordedDrill {
  /// The state machine.
  private(set) var drill: Drill
  /// Where it is saved.
  let store: TranscriptDatabase
  /// The drill's session, once something was saved.
  private(set) var sessionID: Int64?
  /// The last save that failed, as one line; nil once saving works again.
  private(set) var saveProblem: String?

  private let deckID: String
  private let deckTitle: String
  private var lastSave: Int64 = .min
  private var unsavedDraftSince: Int64?
  /// Writes whose commit failed (a full disk, say), oldest first; retried before later saves.
  private var pending: [PendingWrite] = []

  /// A write waiting for the store.
  private enum PendingWrite {
    case entry(TranscriptEntry)
    case grade(CardKey, DrillGrade, CardSchedule, entrySequence: Int)
    case status(SessionStatus)
  }

  /// A drill of `drill`'s cards (its first clock started), saved to `store` as a session of deck `deckID` (`deckTitle`).
  init(drill: Drill, deckID: String, deckTitle: String, store: TranscriptDatabase, now: Int64) {
    self.drill = drill
    self.store = store
    self.deckID = deckID
    self.deckTitle = deckTitle
  }

  /// Whether the drill reached its summary.
  var isFinished: Bool { drill.phase == .finished }

  /// The question being answered, if one is.
  var interview: Interview? {
    if case .answering(let interview) = drill.phase { return interview }
    return nil
  }

  /// When the next autosave is due, if the draft has unsaved changes.
  var autosaveDeadline: Int64? {
    unsavedDraftSince.map { _ in max(lastSave &+ RecordedInterview.autosaveInterval, 0) }
  }

  /// Sends `action` at `now` and performs what it asks; returns whether the drill is left.
  @discardableResult
  func send(_ action: DrillAction, at now: Int64) -> Bool {
    let effects = drill.send(action, at: now)
    let leaves = perform(effects, now: now)
    saveIfDue(now: now)
    return leaves
  }

  /// Saves the draft if it has waited long enough.
  func saveIfDue(now: Int64) {
    // Never saved yet (`lastSave` is .min): due at once, and the subtraction must not overflow.
    guard unsavedDraftSince != nil,
      lastSave == .min || now - lastSave >= RecordedInterview.autosaveInterval
    else { return }
    save(now: now)
  }

  /// For Ctrl-C or a signal: keeps what is typed as a skipped answer and marks the session
  /// interrupted.
  func interrupt(now: Int64) {
    let wasFinished = isFinished
    _ = perform(drill.interrupted(at: now), now: now)
    guard sessionID != nil, !wasFinished else { return }
    enqueue(.status(.interrupted))
  }

  /// Leaving by choice ends the session: a drill is done when the user says so.
  func leave() {
    guard sessionID != nil, !isFinished else { return }
    enqueue(.status(.finished))
  }

  // MARK: - Effects

  private func perform(_ effects: [DrillEffect], now: Int64) -> Bool {
    var leaves = false
    for effect in effects {
      switch effect {
      case .record(let entry):
        enqueue(.entry(entry))
      case .saveProgress:
        save(now: now)
      case .draftChanged:
        if unsavedDraftSince == nil { unsavedDraftSince = now }
      case .grade(let key, let grade, let schedule, let sequence):
        enqueue(.grade(key, grade, schedule, entrySequence: sequence))
      case .finished:
        if sessionID != nil { enqueue(.status(.finished)) }
      case .leave:
        leave()
        leaves = true
      }
    }
    return leaves
  }

  private func enqueue(_ write: PendingWrite) {
    pending.append(write)
    writePending()
  }

  /// Commits the waiting writes in order; stops at the first failure to keep that order.
  private func writePending() {
    while let write = pending.first {
      let written = attempt { () throws(StoreError) in
        let session = try ensureSession()
        switch write {
        case .entry(let entry):
          try store.append(Entry(entry, recorded: Date()), to: session)
        case .grade(let key, let grade, let schedule, let sequence):
          try store.recordGrade(
            grade, schedule: schedule, for: key, sessionID: session, entrySequence: sequence)
        case .status(let status):
          try store.setStatus(status, sessionID: session, at: Date())
        }
      }
      guard written else { return }
      pending.removeFirst()
    }
    saveProblem = nil
  }

  /// Writes the question in progress, draft included, so a crash loses at most a second.
  private func save(now: Int64) {
    writePending()
    guard let interview else {
      unsavedDraftSince = nil
      return
    }
    // Nothing typed and nothing saved yet: no session is worth creating for that.
    guard sessionID != nil || interview.draft?.text.isEmpty == false else {
      unsavedDraftSince = nil
      return
    }
    guard let snapshot = try? JSONEncoder().encode(interview) else { return }
    let saved = attempt { () throws(StoreError) in
      try store.saveProgress(
        sessionID: try ensureSession(), snapshot: snapshot,
        interviewMilliseconds: interview.interviewMilliseconds, at: Date())
    }
    if saved {
      lastSave = now
      unsavedDraftSince = nil
      if pending.isEmpty { saveProblem = nil }
    }
  }

  /// The drill's session, created on first use.
  private func ensureSession() throws(StoreError) -> Int64 {
    if let sessionID { return sessionID }
    var segments: [String] = []
    for card in drill.cards where !segments.contains(card.segment.rawValue) {
      segments.append(card.segment.rawValue)
    }
    let id = try store.createSession(
      NewSession(
        started: Date(), company: "", position: "", deckID: deckID, deckTitle: deckTitle,
        role: nil, mode: drill.mode.rawValue, segments: segments, seed: 0, salaryRange: nil,
        walkAway: nil, kind: .drill))
    sessionID = id
    return id
  }

  /// Runs a store call; a failure is shown on screen and retried at the next save, never fatal.
  private func attempt(_ body: () throws(StoreError) -> Void) -> Bool {
    do {
      try body()
      return true
    } catch {
      saveProblem = "Not saved: \(error.description)"
      return false
    }
  }
}
