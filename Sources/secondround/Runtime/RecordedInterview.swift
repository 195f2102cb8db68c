import Foundation
import InterviewCore
import TranscriptStore

/// An interview bound to its session in the store: sends actions to the state machine and
/// performs the effects, so every answer is committed before the next question shows and the
/// draft is saved at least once a second while it changes.
final class RecordedInterview {
  /// The state machine.
  private(set) var interview: Interview
  /// The session's id in the store.
  let sessionID: Int64
  /// Where it is saved.
  let store: TranscriptDatabase
  /// The last save that failed, as one line; nil once a save succeeds again.
  private(set) var saveProblem: String?

  /// How often a changing draft is saved: the most typing a SIGKILL can lose.
  static let autosaveInterval: Int64 = 1_000

  /// When the last save succeeded; nil until one does (no sentinel to subtract from).
  private var lastSave: Int64?
  private var unsavedDraftSince: Int64?
  /// Entries whose commit failed (a full disk, say); retried before every later save.
  private var unrecorded: [TranscriptEntry] = []

  /// A new session for `plan`, created in `store`.
  init(plan: InterviewPlan, deckTitle: String, store: TranscriptDatabase, now: Int64)
    throws(StoreError)
  {
    let settings = plan.settings
    interview = Interview(plan: plan)
    self.store = store
    sessionID = try store.createSession(
      NewSession(
        started: Date(), company: settings.company, position: settings.position,
        deckID: settings.deckID, deckTitle: deckTitle, role: settings.role,
        mode: settings.mode.rawValue, segments: settings.segments.map(\.rawValue),
        seed: settings.seed, salaryRange: settings.salaryRange, walkAway: settings.walkAway,
        jobDescription: settings.jobDescription))
    save(now: now)
  }

  /// A session read back from its snapshot, its clocks continuing from their saved values.
  init(resuming interview: Interview, sessionID: Int64, store: TranscriptDatabase, now: Int64) {
    var interview = interview
    interview.restarted()
    self.interview = interview
    self.sessionID = sessionID
    self.store = store
    try? store.setStatus(.inProgress, sessionID: sessionID, at: Date())
    save(now: now)
  }

  /// Whether the interview reached its summary (and is saved as finished).
  var isFinished: Bool { interview.stage == .summary }

  /// When the next autosave is due, if the draft has unsaved changes.
  var autosaveDeadline: Int64? {
    unsavedDraftSince.map { _ in lastSave.map { $0 + Self.autosaveInterval } ?? 0 }
  }

  /// Sends `action` at `now` and performs what it asks.
  func send(_ action: InterviewAction, at now: Int64) {
    let effects = interview.send(action, at: now)
    for effect in effects {
      switch effect {
      case .record(let entry):
        unrecorded.append(entry)
        recordPending()
      case .saveProgress:
        save(now: now)
      case .draftChanged:
        if unsavedDraftSince == nil { unsavedDraftSince = now }
      case .finished:
        attempt { () throws(StoreError) in
          try store.setStatus(.finished, sessionID: sessionID, at: Date())
        }
      }
    }
    saveIfDue(now: now)
  }

  /// Saves the draft if it has waited long enough.
  func saveIfDue(now: Int64) {
    guard unsavedDraftSince != nil else { return }
    // Never saved yet: due at once.
    if let lastSave, now - lastSave < Self.autosaveInterval { return }
    save(now: now)
  }

  /// Saves everything and marks the session interrupted, for a signal or Ctrl-C.
  func interrupt(now: Int64) {
    guard !isFinished else { return }
    _ = interview.send(.tick, at: now)
    save(now: now)
    attempt { () throws(StoreError) in
      try store.setStatus(.interrupted, sessionID: sessionID, at: Date())
    }
  }

  /// Commits the entries not yet in the store, oldest first.
  private func recordPending() {
    while let entry = unrecorded.first {
      let recorded = attempt { () throws(StoreError) in
        try store.append(Entry(entry, recorded: Date()), to: sessionID)
      }
      guard recorded else { return }
      unrecorded.removeFirst()
    }
  }

  /// Writes the whole state, draft included, so a restart can resume it.
  private func save(now: Int64) {
    recordPending()
    guard let snapshot = try? JSONEncoder().encode(interview) else { return }
    let saved = attempt { () throws(StoreError) in
      try store.saveProgress(
        sessionID: sessionID, snapshot: snapshot,
        interviewMilliseconds: interview.interviewMilliseconds, at: Date())
    }
    if saved {
      lastSave = now
      unsavedDraftSince = nil
    }
  }

  /// Runs a store call; a failure is shown on screen and retried at the next save, never fatal.
  @discardableResult
  private func attempt(_ body: () throws(StoreError) -> Void) -> Bool {
    do {
      try body()
      if unrecorded.isEmpty { saveProblem = nil }
      return true
    } catch {
      saveProblem = "Not saved: \(error.description)"
      return false
    }
  }
}

extension Entry {
  /// The store's form of an entry the interview recorded.
  init(_ entry: TranscriptEntry, recorded: Date) {
    self.init(
      sequence: entry.sequence, kind: entry.kind,
      segment: entry.segment?.rawValue, questionID: entry.questionID, question: entry.question,
      answer: entry.answer, thinkingMilliseconds: entry.thinkingMilliseconds,
      answerMilliseconds: entry.answerMilliseconds,
      targetMilliseconds: entry.targetMilliseconds, parentSequence: entry.parentSequence,
      skipped: entry.skipped, spokenNotes: entry.spokenNotes, recorded: recorded,
      feedback: entry.feedback, probe: entry.probe?.rawValue)
  }
}
