import Foundation
import InterviewCore
import TerminalUI
import TranscriptStore

/// Stepping through decks and drilling as a stack of pages (picker → stepper → drill), carrying
/// out their effects on the store: loading progress, saving stars, recording drills.
///
/// The state machines stay pure; a failed write becomes a line on the screen, never a crash.
final class PracticeNavigator {
  /// One page of the stack.
  private enum Page {
    case picker(DeckPicker)
    case stepper(DeckStepper)
    case drill(RecordedDrill)
  }

  /// What the app should do after a key.
  enum Outcome {
    /// Stay here.
    case stay
    /// The last page was left: back to wherever practice was opened from.
    case leave
  }

  private let library: DeckLibrary
  private let store: TranscriptDatabase
  /// Why stars and drills cannot be saved (a rehearsal elsewhere holds the store), if so.
  private let readOnlyReason: String?
  /// How `d` drills: typed or spoken.
  private let mode: AnswerMode
  private var pages: [Page] = []

  private init(
    library: DeckLibrary, store: TranscriptDatabase, readOnlyReason: String?, mode: AnswerMode
  ) {
    self.library = library
    self.store = store
    self.readOnlyReason = readOnlyReason
    self.mode = mode
  }

  /// Stepping through the deck `deckID`, or through the deck picked first when nil.
  convenience init(
    stepping deckID: String?, library: DeckLibrary, store: TranscriptDatabase,
    readOnlyReason: String?, mode: AnswerMode
  ) {
    self.init(library: library, store: store, readOnlyReason: readOnlyReason, mode: mode)
    if let deckID, let deck = library.deck(withID: deckID) {
      pages = [.stepper(stepper(for: deck))]
    } else {
      pages = [.picker(picker(selecting: nil))]
    }
  }

  /// A drill of `request`'s cards, started at `now`.
  convenience init(
    drilling request: DrillRequest, library: DeckLibrary, store: TranscriptDatabase, now: Int64
  ) {
    self.init(library: library, store: store, readOnlyReason: nil, mode: request.mode)
    let drill = Drill(
      cards: request.cards, progress: request.progress, mode: request.mode, today: request.today,
      startingAt: now, jobDescription: request.jobDescription)
    pages = [
      .drill(
        RecordedDrill(
          drill: drill, deckID: request.deckID, deckTitle: request.deckTitle, store: store,
          now: now))
    ]
  }

  /// The drill on top, if one is open, for the message after an interrupt.
  var liveDrill: RecordedDrill? { drill }

  /// The drill on top, if a question is being drilled.
  private var drill: RecordedDrill? {
    if case .drill(let recorded)? = pages.last { return recorded }
    return nil
  }

  /// Whether clocks run on screen (a drilled question is being answered), so the run loop ticks.
  var isTiming: Bool { drill?.interview != nil }

  /// When the drill's draft is next due to be saved.
  var autosaveDeadline: Int64? { drill?.autosaveDeadline }

  /// Advances the clocks of a drilled answer to `now`.
  func tick(now: Int64) {
    guard let drill, drill.interview != nil else { return }
    drill.send(.interview(.tick), at: now)
  }

  /// Saves a drilled answer's draft if it has waited long enough.
  func saveIfDue(now: Int64) { drill?.saveIfDue(now: now) }

  /// For Ctrl-C or a signal: keeps what is typed in a drill.
  func interrupt(now: Int64) { drill?.interrupt(now: now) }

  // MARK: - Drawing

  /// Draws the page on top.
  func render(into screen: inout some Screen) {
    switch pages.last {
    case .picker(let picker)?: DeckPickerScreen.render(picker, into: &screen)
    case .stepper(let stepper)?: DeckStepScreen.render(stepper, into: &screen)
    case .drill(let recorded)?:
      var context = InterviewScreenContext(saveProblem: recorded.saveProblem)
      if let id = recorded.sessionID { context.transcriptPath = "\(store.path) (session \(id))" }
      DrillScreen.render(recorded.drill, context: context, into: &screen)
    case nil: screen.clear()
    }
  }

  // MARK: - Keys

  /// Applies `key` to the page on top at `now`, then carries out its effects.
  func handle(_ key: Key, rows: Int, columns: Int, now: Int64) -> Outcome {
    guard let top = pages.popLast() else { return .leave }
    switch top {
    case .picker(var picker):
      let effects = DeckPickerKeys.handle(key, picker: &picker)
      pages.append(.picker(picker))
      for effect in effects {
        switch effect {
        case .choose(let id):
          if let deck = library.deck(withID: id) { pages.append(.stepper(stepper(for: deck))) }
        case .quit:
          pages.removeLast()
        }
      }
    case .stepper(var stepper):
      let effects = DeckStepperKeys.handle(
        key, stepper: &stepper, seed: UInt64.random(in: 0...UInt64.max), rows: rows,
        columns: columns)
      for effect in effects { carryOut(effect, on: &stepper) }
      pages.append(.stepper(stepper))
      if effects.contains(.quit) { leaveStepper() }
      if case .drill(let card)? = effects.last, readOnlyReason == nil {
        startDrill(of: card, progress: stepper.progress(of: card), today: stepper.today, now: now)
      }
    case .drill(let recorded):
      pages.append(.drill(recorded))
      let width = InterviewScreen.editorWidth(rows: rows, columns: columns)
      guard let action = DrillKeys.action(for: key, in: recorded.drill, editorWidth: width)
      else { return .stay }
      if recorded.send(action, at: now) { leaveDrill() }
    }
    return pages.isEmpty ? .leave : .stay
  }

  private func carryOut(_ effect: DeckStepperEffect, on stepper: inout DeckStepper) {
    switch effect {
    case .setStar(let key, let starred):
      var problem = readOnlyReason
      if problem == nil {
        do {
          try store.setStarred(starred, for: key)
        } catch {
          problem = "Not saved: \(error.description)"
        }
      }
      guard let problem else { return }
      // Undo what the screen already shows, and say why.
      if let card = stepper.cards.first(where: { $0.key == key }) {
        var known = stepper.progress(of: card)
        known.starred = !starred
        stepper.update(progress: known, for: key)
      }
      stepper.notice = problem
    case .drill:
      if let readOnlyReason { stepper.notice = readOnlyReason }
    case .quit:
      break
    }
  }

  /// Leaves the stepper for the picker (refreshing its due counts) or out.
  private func leaveStepper() {
    guard case .stepper(let stepper)? = pages.popLast() else { return }
    guard case .picker? = pages.last else { return }
    pages.removeLast()
    pages.append(.picker(picker(selecting: stepper.cards.first?.key.deckID)))
  }

  private func startDrill(of card: DeckCard, progress: CardProgress, today: StudyDay, now: Int64) {
    let drill = Drill(
      cards: [card], progress: [card.key: progress], mode: mode, today: today, startingAt: now)
    pages.append(
      .drill(
        RecordedDrill(
          drill: drill, deckID: card.key.deckID, deckTitle: card.deckTitle, store: store, now: now)
      ))
  }

  /// Back from a drill: the stepper below learns the card's new schedule and latest answer.
  private func leaveDrill() {
    guard case .drill(let recorded)? = pages.popLast() else { return }
    guard case .stepper(var stepper)? = pages.popLast() else { return }
    let keys = recorded.drill.cards.map(\.key)
    if let fresh = try? store.progress(for: keys) {
      for key in keys { stepper.update(progress: fresh[key] ?? CardProgress(), for: key) }
    }
    pages.append(.stepper(stepper))
  }

  // MARK: - Pages

  /// Stars, schedules and latest answers of `decks`, or none with the problem shown.
  private func progress(of decks: [Deck]) -> ([CardKey: CardProgress], problem: String?) {
    let keys = decks.flatMap { DeckCard.cards(of: $0).map(\.key) }
    do {
      return (try store.progress(for: keys), nil)
    } catch {
      return ([:], error.description)
    }
  }

  private func picker(selecting deckID: String?) -> DeckPicker {
    let (known, _) = progress(of: library.decks)
    return DeckPicker(
      decks: library.decks, progress: known, today: StudyDay.today, selectedID: deckID)
  }

  private func stepper(for deck: Deck) -> DeckStepper {
    let (known, problem) = progress(of: [deck])
    var stepper = DeckStepper(
      cards: DeckCard.cards(of: deck), progress: known, today: StudyDay.today)
    stepper.notice = problem ?? readOnlyReason
    return stepper
  }
}
