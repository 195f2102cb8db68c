import InterviewCore
import TerminalUI

/// Stepping through decks and drilling as a stack of pages (picker → stepper → drill), pure:
/// a key or a store result gives the new pages and the work to do. The live drill is recorded
/// by the runner; the flow receives its current value with each key and says what to send it.
public struct PracticeFlow: Sendable {
  /// One page of the stack.
  public enum Page: Sendable {
    /// Choosing a deck.
    case picker(DeckPicker)
    /// One card at a time.
    case stepper(DeckStepper)
    /// A live drill of these cards, recorded by the runner.
    case drill(cards: [CardKey])
  }

  /// What progress is read for.
  public enum Purpose: Equatable, Sendable {
    /// A picker, highlighting `selecting` (the deck just left) if given.
    case picker(selecting: String?)
    /// A stepper through the deck `deckID`.
    case stepper(deckID: String)
    /// The stepper below a drill, which learns the drilled cards' new schedules.
    case afterDrill([CardKey])
  }

  /// A drill to start: the cards and what is known of them.
  public struct DrillStart: Equatable, Sendable {
    /// The card drilled.
    public var card: DeckCard
    /// Its progress.
    public var progress: CardProgress
    /// The study day its schedule counts from.
    public var today: StudyDay
    /// Typed or spoken.
    public var mode: AnswerMode
  }

  /// What happened.
  public enum Action: Sendable {
    /// A key; `seed` shuffles if the key does, `drill` is the live drill's value if one is on top.
    case key(Key, seed: UInt64, drill: Drill?)
    /// The terminal is now `rows` by `columns`.
    case resize(rows: Int, columns: Int)
    /// Progress read for `purpose`, or why it could not be.
    case progressLoaded(Result<[CardKey: CardProgress], FlowProblem>, for: Purpose)
    /// A star was saved, or why not.
    case starSaved(CardKey, starred: Bool, FlowProblem?)
    /// The live drill took an action; `leaves` when it was left.
    case drillSent(leaves: Bool)
  }

  /// What the runner must do.
  public enum Effect: Equatable, Sendable {
    /// Read the progress of `keys`.
    case loadProgress([CardKey], for: Purpose)
    /// Save a star.
    case setStar(CardKey, Bool)
    /// Start recording a drill.
    case startDrill(DrillStart)
    /// Send an action to the live drill.
    case sendToDrill(DrillAction)
    /// The last page was left.
    case leave
  }

  /// The pages, the first at the bottom.
  public private(set) var pages: [Page] = []
  /// Whether every page was left.
  public private(set) var hasLeft = false
  /// The terminal's size.
  public private(set) var rows: Int
  /// The terminal's width.
  public private(set) var columns: Int
  private let decks: [Deck]
  private let today: StudyDay
  private let readOnlyReason: String?
  private let mode: AnswerMode

  /// Stepping through `deckID`, or through the deck picked first when nil or unknown, over
  /// `decks` on `today`; and the effects that load it.
  public static func stepping(
    _ deckID: String?, decks: [Deck], today: StudyDay, readOnlyReason: String?,
    mode: AnswerMode, rows: Int, columns: Int
  ) -> (PracticeFlow, [Effect]) {
    let flow = PracticeFlow(
      decks: decks, today: today, readOnlyReason: readOnlyReason, mode: mode, rows: rows,
      columns: columns)
    if let deckID, let deck = decks.first(where: { $0.id == deckID }) {
      return (flow, [.loadProgress(Self.keys(of: [deck]), for: .stepper(deckID: deck.id))])
    }
    return (flow, [.loadProgress(Self.keys(of: decks), for: .picker(selecting: nil))])
  }

  /// A drill of `cards` already started by the runner (`secondround drill`, home's drill).
  public static func drilling(
    _ cards: [CardKey], decks: [Deck], today: StudyDay, mode: AnswerMode, rows: Int,
    columns: Int
  ) -> PracticeFlow {
    var flow = PracticeFlow(
      decks: decks, today: today, readOnlyReason: nil, mode: mode, rows: rows, columns: columns)
    flow.pages = [.drill(cards: cards)]
    return flow
  }

  private init(
    decks: [Deck], today: StudyDay, readOnlyReason: String?, mode: AnswerMode, rows: Int,
    columns: Int
  ) {
    self.decks = decks
    self.today = today
    self.readOnlyReason = readOnlyReason
    self.mode = mode
    self.rows = rows
    self.columns = columns
  }

  private static func keys(of decks: [Deck]) -> [CardKey] {
    decks.flatMap { DeckCard.cards(of: $0).map(\.key) }
  }

  /// The page on top, if any.
  public var top: Page? { pages.last }

  /// Applies `action`; returns the effects to run, in order.
  public mutating func send(_ action: Action) -> [Effect] {
    switch action {
    case .resize(let rows, let columns):
      self.rows = rows
      self.columns = columns
      return []
    case .key(let key, let seed, let drill):
      return press(key, seed: seed, drill: drill)
    case .progressLoaded(let result, let purpose):
      return loaded(result, for: purpose)
    case .starSaved(let key, let starred, let problem):
      guard let problem else { return [] }
      updateStepper { stepper in
        // Undo what the screen already shows, and say why.
        if let card = stepper.cards.first(where: { $0.key == key }) {
          var known = stepper.progress(of: card)
          known.starred = !starred
          stepper.update(progress: known, for: key)
        }
        stepper.notice = "Not saved: " + problem.message
      }
      return []
    case .drillSent(let leaves):
      guard leaves, case .drill(let cards)? = pages.popLast() else { return [] }
      guard case .stepper? = pages.last else { return leaveIfEmpty() }
      return [.loadProgress(cards, for: .afterDrill(cards))]
    }
  }

  private mutating func press(_ key: Key, seed: UInt64, drill: Drill?) -> [Effect] {
    switch pages.last {
    case .picker(var picker)?:
      let effects = DeckPickerKeys.handle(key, picker: &picker)
      pages[pages.count - 1] = .picker(picker)
      for effect in effects {
        switch effect {
        case .choose(let id):
          guard let deck = decks.first(where: { $0.id == id }) else { continue }
          return [.loadProgress(Self.keys(of: [deck]), for: .stepper(deckID: id))]
        case .quit:
          pages.removeLast()
          return leaveIfEmpty()
        }
      }
      return []
    case .stepper(var stepper)?:
      let effects = DeckStepperKeys.handle(
        key, stepper: &stepper, seed: seed, rows: rows, columns: columns)
      pages[pages.count - 1] = .stepper(stepper)
      var work: [Effect] = []
      for effect in effects {
        switch effect {
        case .setStar(let key, let starred):
          if let readOnlyReason {
            _ = send(.starSaved(key, starred: starred, FlowProblem(readOnlyReason)))
            updateStepper { $0.notice = readOnlyReason }
          } else {
            work.append(.setStar(key, starred))
          }
        case .drill(let card):
          if let readOnlyReason {
            updateStepper { $0.notice = readOnlyReason }
          } else {
            pages.append(.drill(cards: [card.key]))
            work.append(
              .startDrill(
                DrillStart(
                  card: card, progress: stepper.progress(of: card), today: stepper.today,
                  mode: mode)))
          }
        case .quit:
          return work + leaveStepper(stepper)
        }
      }
      return work
    case .drill?:
      guard let drill else { return [] }
      let width = InterviewScreen.editorWidth(rows: rows, columns: columns)
      guard let action = DrillKeys.action(for: key, in: drill, editorWidth: width) else {
        return []
      }
      return [.sendToDrill(action)]
    case nil:
      return []
    }
  }

  /// Leaves the stepper for the picker (its due counts read again) or out.
  private mutating func leaveStepper(_ stepper: DeckStepper) -> [Effect] {
    pages.removeLast()
    guard case .picker? = pages.last else { return leaveIfEmpty() }
    return [
      .loadProgress(
        Self.keys(of: decks), for: .picker(selecting: stepper.cards.first?.key.deckID))
    ]
  }

  private mutating func leaveIfEmpty() -> [Effect] {
    guard pages.isEmpty else { return [] }
    hasLeft = true
    return [.leave]
  }

  private mutating func loaded(
    _ result: Result<[CardKey: CardProgress], FlowProblem>, for purpose: Purpose
  ) -> [Effect] {
    let progress = (try? result.get()) ?? [:]
    var problem: String?
    if case .failure(let failure) = result { problem = failure.message }
    switch purpose {
    case .picker(let selecting):
      let picker = DeckPicker(
        decks: decks, progress: progress, today: today, selectedID: selecting)
      if case .picker? = pages.last {
        pages[pages.count - 1] = .picker(picker)
      } else {
        pages.append(.picker(picker))
      }
    case .stepper(let deckID):
      guard let deck = decks.first(where: { $0.id == deckID }) else { return [] }
      var stepper = DeckStepper(cards: DeckCard.cards(of: deck), progress: progress, today: today)
      stepper.notice = problem ?? readOnlyReason
      pages.append(.stepper(stepper))
    case .afterDrill(let keys):
      guard case .success(let fresh) = result else { return [] }
      updateStepper { stepper in
        for key in keys { stepper.update(progress: fresh[key] ?? CardProgress(), for: key) }
      }
    }
    return []
  }

  private mutating func updateStepper(_ change: (inout DeckStepper) -> Void) {
    guard case .stepper(var stepper)? = pages.last else { return }
    change(&stepper)
    pages[pages.count - 1] = .stepper(stepper)
  }
}
