import AppFlow
import Foundation
import InterviewCore
import SessionRuntime
import TerminalUI
import TranscriptStore

/// Runs practice's effects (loading progress, saving stars, recording drills) and feeds their
/// results back to `PracticeFlow`, which makes every decision. The live drill is recorded here,
/// by `RecordedDrill`; a failed write becomes a line on the screen, never a crash.
final class PracticeNavigator {
  /// What the app should do after a key.
  enum Outcome {
    /// Stay here.
    case stay
    /// The last page was left: back to wherever practice was opened from.
    case leave
  }

  private let store: TranscriptDatabase
  private var flow: PracticeFlow
  /// The drill being recorded, while the flow's top page is a drill.
  private var drill: RecordedDrill?
  /// When the drill was started, for a drill the flow starts (its `now`).
  private var now: Int64 = 0

  /// Stepping through the deck `deckID`, or through the deck picked first when nil.
  init(
    stepping deckID: String?, library: DeckLibrary, store: TranscriptDatabase,
    readOnlyReason: String?, mode: AnswerMode
  ) {
    self.store = store
    let (flow, effects) = PracticeFlow.stepping(
      deckID, decks: library.decks, today: StudyDay.today, readOnlyReason: readOnlyReason,
      mode: mode, rows: 24, columns: 80)
    self.flow = flow
    run(effects)
  }

  /// A drill of `request`'s cards, started at `now`.
  init(drilling request: DrillRequest, library: DeckLibrary, store: TranscriptDatabase, now: Int64)
  {
    self.store = store
    flow = PracticeFlow.drilling(
      request.cards.map(\.key), decks: library.decks, today: request.today, mode: request.mode,
      rows: 24, columns: 80)
    let drill = Drill(
      cards: request.cards, progress: request.progress, mode: request.mode, today: request.today,
      startingAt: now, jobDescription: request.jobDescription)
    self.drill = RecordedDrill(
      drill: drill, deckID: request.deckID, deckTitle: request.deckTitle, store: store, now: now)
  }

  /// The drill being recorded, if one is open, for the message after an interrupt.
  var liveDrill: RecordedDrill? { drill }

  /// Whether clocks run on screen (a drilled question is being answered), so the run loop ticks.
  var isTiming: Bool { drill?.interview != nil }

  /// When the drill's draft is next due to be saved.
  var autosaveDeadline: Int64? { drill?.autosaveDeadline }

  /// Advances the clocks of a drilled answer to `now`.
  func tick(now: Int64) {
    guard let drill, drill.interview != nil else { return }
    drill.send(.interview(.tick), at: now)
  }

  /// Tells a drilled answer whether the terminal is too small to show it (its clocks stop).
  func screenTooSmall(_ tooSmall: Bool, now: Int64) {
    guard let drill, drill.interview != nil else { return }
    drill.send(.interview(.screenTooSmall(tooSmall)), at: now)
  }

  /// Saves a drilled answer's draft if it has waited long enough.
  func saveIfDue(now: Int64) { drill?.saveIfDue(now: now) }

  /// For Ctrl-C or a signal: keeps what is typed in a drill.
  func interrupt(now: Int64) { drill?.interrupt(now: now) }

  // MARK: - Drawing

  /// Draws the page on top.
  func render(into screen: inout some Screen) {
    switch flow.top {
    case .picker(let picker)?: DeckPickerScreen.render(picker, into: &screen)
    case .stepper(let stepper)?: DeckStepScreen.render(stepper, into: &screen)
    case .drill?:
      guard let drill else { return screen.clear() }
      var context = InterviewScreenContext(saveProblem: drill.saveProblem)
      if let id = drill.sessionID { context.transcriptPath = "\(store.path) (session \(id))" }
      DrillScreen.render(drill.drill, context: context, into: &screen)
    case nil: screen.clear()
    }
  }

  // MARK: - Keys

  /// Applies `key` to the page on top at `now`, then carries out its effects.
  func handle(_ key: Key, rows: Int, columns: Int, now: Int64) -> Outcome {
    self.now = now
    if rows != flow.rows || columns != flow.columns {
      run(flow.send(.resize(rows: rows, columns: columns)))
    }
    run(
      flow.send(.key(key, seed: UInt64.random(in: 0...UInt64.max), drill: drill?.drill)))
    return flow.hasLeft ? .leave : .stay
  }

  /// Runs `effects` in order, each result sent back before the next effect runs.
  private func run(_ effects: [PracticeFlow.Effect]) {
    var queue = effects
    while !queue.isEmpty {
      guard let result = result(of: queue.removeFirst()) else { continue }
      queue += flow.send(result)
    }
  }

  private func result(of effect: PracticeFlow.Effect) -> PracticeFlow.Action? {
    switch effect {
    case .loadProgress(let keys, let purpose):
      do {
        return .progressLoaded(.success(try store.progress(for: keys)), for: purpose)
      } catch {
        return .progressLoaded(.failure(FlowProblem(error.description)), for: purpose)
      }
    case .setStar(let key, let starred):
      do {
        try store.setStarred(starred, for: key)
        return .starSaved(key, starred: starred, nil)
      } catch {
        return .starSaved(key, starred: starred, FlowProblem(error.description))
      }
    case .startDrill(let start):
      let started = Drill(
        cards: [start.card], progress: [start.card.key: start.progress], mode: start.mode,
        today: start.today, startingAt: now)
      drill = RecordedDrill(
        drill: started, deckID: start.card.key.deckID, deckTitle: start.card.deckTitle,
        store: store, now: now)
      return nil
    case .sendToDrill(let action):
      guard let drill else { return nil }
      let leaves = drill.send(action, at: now)
      if leaves { self.drill = nil }
      return .drillSent(leaves: leaves)
    case .leave:
      return nil
    }
  }
}
