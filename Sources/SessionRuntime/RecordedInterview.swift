import Foundation
import InterviewCore
import TranscriptStore

/// An interview bound to its session in the store: sends actions to the state machine and hands
/// its effects to a `SessionRecorder`, so every answer is committed before the next question
/// shows and a changing draft is saved within a second, outside the keystroke's path.
public final class RecordedInterview {
  /// How often a changing draft is saved: the most typing a SIGKILL can lose.
  public static let autosaveInterval = SessionRecorder.autosaveInterval

  /// The state machine.
  public private(set) var interview: Interview {
    // Lent, not copied: the screen reads it on every key, and a copy retains each of its
    // parts.
    _read { yield storage.pointee }
    _modify { yield &storage.pointee }
  }
  /// Where the interview lives: memory of its own, so `withInterview` can lend it to a closure.
  /// Lent from a stored property, it was copied first, since the closure might change this
  /// object meanwhile; the closures it is lent to (the screen's drawing and the flow's keys)
  /// never reach this object.
  private let storage: UnsafeMutablePointer<Interview>
  /// The session's id in the store.
  public let sessionID: Int64
  /// Where the session is saved.
  public var store: any SessionStore { recorder.store }
  /// The last save that failed, as one line; nil once everything is saved again.
  public var saveProblem: String? { recorder.saveProblem }
  /// Whether the session was removed on ending: nothing was answered, so nothing is kept.
  public var isDiscarded: Bool { recorder.isDiscarded }

  private let recorder: SessionRecorder

  /// A new session for `plan`, created in `store`; `clock` dates what is stored.
  public init(
    plan: InterviewPlan, deckTitle: String, store: any SessionStore, now: Int64,
    clock: @escaping () -> Date = Date.init
  ) throws(StoreError) {
    let settings = plan.settings
    recorder = try SessionRecorder(
      store: store, clock: clock,
      creating: NewSession(
        started: clock(), company: settings.company, position: settings.position,
        deckID: settings.deckID, deckTitle: deckTitle, role: settings.role,
        mode: settings.mode.rawValue, segments: settings.segments.map(\.rawValue),
        seed: settings.seed, salaryRange: settings.salaryRange, walkAway: settings.walkAway,
        jobDescription: settings.jobDescription,
        interviewers: settings.interviewers.flatMap(Interviewers.normalized)))
    // `creating` either returns with an id or throws.
    sessionID = recorder.sessionID ?? 0
    storage = .allocate(capacity: 1)
    storage.initialize(to: Interview(plan: plan))
    recorder.save(interview, now: now)
  }

  /// A session read back from its snapshot, its clocks continuing from their saved values.
  public init(
    resuming interview: Interview, sessionID: Int64, store: any SessionStore, now: Int64,
    clock: @escaping () -> Date = Date.init
  ) {
    var interview = interview
    interview.restarted()
    storage = .allocate(capacity: 1)
    storage.initialize(to: interview)
    self.sessionID = sessionID
    recorder = SessionRecorder(store: store, clock: clock, resuming: sessionID)
    recorder.enqueue(.status(.inProgress))
    recorder.save(interview, now: now)
  }

  /// Runs `body` with the interview lent: read, never changed (`send` changes it). `inout`
  /// only because that is how a large value is lent to a closure without a copy: lent as a
  /// plain argument, from here or from a stored property, the interview was copied whole,
  /// each of its parts retained and released, twice on every key.
  public func withInterview<Result>(_ body: (inout Interview) -> Result) -> Result {
    body(&storage.pointee)
  }

  deinit {
    storage.deinitialize(count: 1)
    storage.deallocate()
  }

  /// Whether the interview reached its summary (and is saved as finished).
  public var isFinished: Bool { interview.stage.isSummary }

  /// When the next autosave is due, if the draft has unsaved changes.
  public var autosaveDeadline: Int64? { recorder.autosaveDeadline }

  /// Sends `action` at `now` and performs what it asks. A keystroke only marks the draft
  /// changed: the save waits for `saveIfDue`, which the run loop calls when idle.
  public func send(_ action: InterviewAction, at now: Int64) {
    for effect in interview.send(action, at: now) {
      switch effect {
      case .record(let entry):
        recorder.enqueue(.entry(entry))
      case .saveProgress:
        recorder.save(interview, now: now)
      case .draftChanged:
        recorder.draftChanged(at: now)
      case .finished:
        // A recorded answer counts though its text is still being transcribed.
        if interview.entries.contains(where: { !$0.answer.isEmpty || $0.spoken != nil }) {
          recorder.enqueue(.status(.finished))
        } else {
          // Ended before anything was answered: a transcript of nothing would only pad the
          // counts, so the session goes.
          recorder.discard()
        }
      }
    }
  }

  /// Takes a transcription of entry `sequence`'s recording that landed while the interview went
  /// on: the interview's entry changes (text, words, feedback) and the store's row with it.
  /// Returns the changed entry, or nil when no recorded entry has that sequence.
  @discardableResult
  public func transcribed(_ outcome: TranscriptionOutcome, entry sequence: Int)
    -> TranscriptEntry?
  {
    guard let entry = interview.applyTranscription(outcome, toEntry: sequence) else { return nil }
    recorder.enqueue(.transcription(entry))
    return entry
  }

  /// Saves the draft if it has waited long enough.
  public func saveIfDue(now: Int64) {
    // Checked first: handing the interview over copies it, and on nearly every key nothing is
    // due.
    guard let deadline = recorder.autosaveDeadline, now >= deadline else { return }
    recorder.saveIfDue(interview, now: now)
  }

  /// The save problem if it was not handed out before (see `SessionRecorder.takeNewProblem`).
  public func takeNewProblem() -> String? { recorder.takeNewProblem() }

  /// Saves everything and marks the session interrupted, for a signal or Ctrl-C.
  public func interrupt(now: Int64) {
    guard !isFinished else { return }
    _ = interview.send(.tick, at: now)
    recorder.save(interview, now: now)
    recorder.enqueue(.status(.interrupted))
  }
}
