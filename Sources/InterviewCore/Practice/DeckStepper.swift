/// Which cards stepping shows.
public enum StepFilter: Hashable, Sendable {
  /// Every card of the deck.
  case all
  /// The cards the user starred.
  case starred
  /// The cards due to be drilled today (scheduled, or marked "practise again" in review).
  case due
  /// One segment's cards.
  case segment(SegmentKind)
  /// The cards that name this role (questions for every role are not included).
  case role(String)
  /// The cards with this tag.
  case tag(String)
}

/// One line of the filter menu: a filter and how many cards it would show.
public struct StepFilterChoice: Equatable, Sendable {
  /// The filter.
  public var filter: StepFilter
  /// The menu's words for it: "All questions", "Starred", "Culture & team fit", "role: data".
  public var title: String
  /// How many cards it keeps.
  public var count: Int

  /// A choice from its parts.
  public init(filter: StepFilter, title: String, count: Int) {
    self.filter = filter
    self.title = title
    self.count = count
  }
}

/// The filter menu `/` opens: every filter with its count, one highlighted.
public struct StepFilterMenu: Equatable, Sendable {
  /// The choices, top to bottom.
  public var choices: [StepFilterChoice]
  /// Index of the highlighted choice.
  public var selection: Int

  /// A menu of `choices` with `selection` highlighted.
  public init(choices: [StepFilterChoice], selection: Int) {
    self.choices = choices
    self.selection = selection
  }
}

/// What stepping is asked to do: keys as the stepper understands them.
public enum DeckStepperAction: Equatable, Sendable {
  /// The next card (→ l n), stopping at the last.
  case next
  /// The previous card (← h p), stopping at the first.
  case previous
  /// The first card shown.
  case first
  /// The last card shown.
  case last
  /// The first card of the next segment (Tab), wrapping around.
  case nextSegment
  /// The first card of the previous segment (Shift-Tab), wrapping around.
  case previousSegment
  /// Turns the card over, or back (Space, Enter).
  case toggleReveal
  /// Scrolls the back of the card by `lines` (negative is up).
  case scrollBack(Int)
  /// Shuffles the cards with `seed`, or puts them back in deck order if shuffled (`s`).
  case shuffle(seed: UInt64)
  /// Opens the filter menu (`/`).
  case openFilterMenu
  /// Moves the filter menu's highlight by `offset`, wrapping around.
  case moveFilterSelection(Int)
  /// Applies the highlighted filter and closes the menu.
  case chooseFilter
  /// Closes the filter menu, keeping the filter there was.
  case closeFilterMenu
  /// Stars or unstars the current card (`*`).
  case toggleStar
  /// Drills the current card now (`d`).
  case drill
  /// Shows or hides the help; any action closes it.
  case toggleHelp
  /// Leaves stepping (`q`, Esc).
  case quit
}

/// What the app must do after a stepping action.
public enum DeckStepperEffect: Equatable, Sendable {
  /// Save the card's star (already shown); on failure call `update(progress:for:)` to undo it.
  case setStar(CardKey, Bool)
  /// Drill this card, then come back and call `update(progress:for:)` with what changed.
  case drill(DeckCard)
  /// Leave stepping.
  case quit
}

/// Stepping through a deck's questions like flashcards: front and back, next and previous, jump
/// by segment, shuffle, filter, star. Pure: the app loads the cards and their progress and
/// carries out the effects.
public struct DeckStepper: Equatable, Sendable {
  /// Every card of the deck, in file order.
  public let cards: [DeckCard]
  /// What the store knows of each card; a card missing here was never touched.
  public private(set) var progress: [CardKey: CardProgress]
  /// The day "due" is judged on.
  public let today: StudyDay
  /// Indices into `cards` in stepping order: file order, or shuffled.
  public private(set) var order: [Int]
  /// Whether `order` is shuffled.
  public private(set) var isShuffled = false
  /// The filter in force.
  public private(set) var filter: StepFilter = .all
  /// Indices into `cards` of the cards shown, in stepping order.
  public private(set) var shown: [Int]
  /// Index into `shown` of the current card.
  public private(set) var position = 0
  /// Whether the back of the current card shows.
  public private(set) var isRevealed = false
  /// Lines scrolled on the back of the card.
  public private(set) var backScroll = 0
  /// The filter menu, while it is open.
  public private(set) var filterMenu: StepFilterMenu?
  /// Whether the help overlay shows.
  public private(set) var isShowingHelp = false
  /// A one-line hint or problem (a filter with nothing in it, a star not saved); cleared by the
  /// next action.
  public var notice: String?

  /// Stepping through `cards` in file order, with what the store knows of them, on `today`.
  public init(cards: [DeckCard], progress: [CardKey: CardProgress], today: StudyDay) {
    self.cards = cards
    self.progress = progress
    self.today = today
    order = Array(cards.indices)
    shown = order
  }

  /// The card showing, if the filter keeps any.
  public var current: DeckCard? { shown.indices.contains(position) ? cards[shown[position]] : nil }

  /// What the store knows of `card`.
  public func progress(of card: DeckCard) -> CardProgress { progress[card.key] ?? CardProgress() }

  /// "12/83 · Culture & team fit": where the current card is among those shown.
  public var positionText: String {
    guard let current else { return "0/0" }
    return "\(position + 1)/\(shown.count) · \(current.segmentTitle)"
  }

  /// Replaces what is known of one card (after a drill, or to undo a star that was not saved).
  public mutating func update(progress newProgress: CardProgress, for key: CardKey) {
    progress[key] = newProgress
  }

  /// Applies `action`; returns what the app must do.
  public mutating func send(_ action: DeckStepperAction) -> [DeckStepperEffect] {
    // The foundation only; the stepping rules are written with their tests.
    []
  }
}
