import Foundation
import InterviewCore
import TranscriptStore

/// A drill bound to the store: sends actions to the `Drill` state machine and hands its effects
/// to a `SessionRecorder`, so each answer is committed before it is graded, each grade with the
/// card's new schedule, and a changing draft within a second.
///
/// The drill's session is created with its first write worth keeping (an answer with text, a
/// grade, a draft with text), so a drill left before anything was typed leaves no session.
public final class RecordedDrill {
  /// The state machine.
  public private(set) var drill: Drill
  /// Where the session is saved.
  public var store: any SessionStore { recorder.store }
  /// The drill's session, once something was saved.
  public var sessionID: Int64? { recorder.sessionID }
  /// The last save that failed, as one line; nil once saving works again.
  public var saveProblem: String? { recorder.saveProblem }

  private let recorder: SessionRecorder

  /// A drill of `drill`'s cards (its first clock started), saved to `store` as a session of
  /// deck `deckID` (`deckTitle`); `clock` dates what is stored.
  public init(
    drill: Drill, deckID: String, deckTitle: String, store: any SessionStore, now: Int64,
    clock: @escaping () -> Date = Date.init
  ) {
    self.drill = drill
    var segments: [String] = []
    for card in drill.cards where !segments.contains(card.segment.rawValue) {
      segments.append(card.segment.rawValue)
    }
    recorder = SessionRecorder(
      store: store, clock: clock,
      lazily: NewSession(
        started: clock(), company: "", position: "", deckID: deckID, deckTitle: deckTitle,
        role: nil, mode: drill.mode.rawValue, segments: segments, seed: 0, salaryRange: nil,
        walkAway: nil, kind: .drill))
  }

  /// Whether the drill reached its summary.
  public var isFinished: Bool { drill.phase == .finished }

  /// The question being answered, if one is.
  public var interview: Interview? {
    if case .answering(let interview) = drill.phase { return interview }
    return nil
  }

  /// When the next autosave is due, if the draft has unsaved changes.
  public var autosaveDeadline: Int64? { recorder.autosaveDeadline }

  /// Sends `action` at `now` and performs what it asks; returns whether the drill is left.
  @discardableResult
  public func send(_ action: DrillAction, at now: Int64) -> Bool {
    perform(drill.send(action, at: now), now: now)
  }

  /// Saves the draft if it has waited long enough.
  public func saveIfDue(now: Int64) {
    recorder.saveIfDue(interview, now: now)
  }

  /// Stops the drill by choice (see `Drill.stop(at:)`): a question left with nothing typed is
  /// not saved; the session is finished.
  public func stop(now: Int64) {
    _ = perform(drill.stop(at: now), now: now)
    leave()
  }

  /// For Ctrl-C or a signal: keeps what is typed as a skipped answer and marks the session
  /// interrupted.
  public func interrupt(now: Int64) {
    let wasFinished = isFinished
    _ = perform(drill.interrupted(at: now), now: now)
    guard !wasFinished else { return }
    recorder.enqueue(.status(.interrupted))
  }

  /// Leaving by choice ends the session: a drill is done when the user says so.
  public func leave() {
    guard !isFinished else { return }
    recorder.enqueue(.status(.finished))
  }

  private func perform(_ effects: [DrillEffect], now: Int64) -> Bool {
    var leaves = false
    for effect in effects {
      switch effect {
      case .record(let entry):
        recorder.enqueue(.entry(entry))
      case .saveProgress:
        recorder.save(interview, now: now)
      case .draftChanged:
        recorder.draftChanged(at: now)
      case .grade(let key, let grade, let schedule, let sequence):
        recorder.enqueue(.grade(key, grade, schedule, entrySequence: sequence))
      case .ungrade(let key, let schedule, let sequence):
        recorder.enqueue(.ungrade(key, restoring: schedule, entrySequence: sequence))
      case .finished:
        recorder.enqueue(.status(.finished))
      case .leave:
        leave()
        leaves = true
      }
    }
    return leaves
  }
}
