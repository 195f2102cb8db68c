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
  /// Drills the current card now (`d`); the candidate's own questions are not drilled.
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
  ///
  /// The filter follows: other cards join or leave what is shown, but the current card stays
  /// in view even when the filter no longer keeps it (a card drilled under "Due today" is no
  /// longer due), so the user sees it with its new answer; it leaves when the user moves away.
  public mutating func update(progress newProgress: CardProgress, for key: CardKey) {
    progress[key] = newProgress
    let keep = currentIndex
    if let keep, !keeps(keep) { lingering = keep }
    rebuild(keeping: keep)
  }

  /// Applies `action`; returns what the app must do.
  public mutating func send(_ action: DeckStepperAction) -> [DeckStepperEffect] {
    notice = nil
    if isShowingHelp {
      // Any key closes the help, as in the rehearsal and review.
      isShowingHelp = false
      return []
    }
    if filterMenu != nil {
      return sendToFilterMenu(action)
    }
    switch action {
    case .next:
      if position + 1 < shown.count {
        move(to: position + 1)
      } else if !shown.isEmpty {
        notice = "Last question — s shuffles, / filters."
      }
    case .previous:
      if position > 0 {
        move(to: position - 1)
      } else if !shown.isEmpty {
        notice = "First question — → or n for the next."
      }
    case .first: move(to: 0)
    case .last: move(to: shown.count - 1)
    case .nextSegment: jumpSegment(by: 1)
    case .previousSegment: jumpSegment(by: -1)
    case .toggleReveal:
      guard current != nil else { return [] }
      isRevealed.toggle()
      backScroll = 0
    case .scrollBack(let lines):
      // The screen clamps the bottom: only it knows how many lines the back takes.
      if isRevealed { backScroll = max(0, backScroll + lines) }
    case .shuffle(let seed): shuffle(seed: seed)
    case .openFilterMenu: openFilterMenu()
    case .moveFilterSelection, .chooseFilter, .closeFilterMenu: break
    case .toggleStar: return toggleStar()
    case .drill:
      guard let current else { return [] }
      // The candidate's own questions are asked, not answered: a drill has nothing to grade.
      guard current.segment != .questions else {
        notice = "Your questions for the employer are not drilled: d drills the others."
        return []
      }
      return [.drill(current)]
    case .toggleHelp: isShowingHelp = true
    case .quit: return [.quit]
    }
    return []
  }

  // MARK: - Filters

  /// Whether `filter` keeps `card`.
  public func keeps(_ card: DeckCard, under filter: StepFilter) -> Bool {
    switch filter {
    case .all: return true
    case .starred: return progress(of: card).starred
    case .due:
      // As in `DrillQueue`: the candidate's own questions are never drilled, so never due.
      return card.segment != .questions && progress(of: card).isDue(on: today)
    case .segment(let kind): return card.segment == kind
    case .role(let role): return card.question.roles.contains(role)
    case .tag(let tag): return card.question.tags.contains(tag)
    }
  }

  /// Every filter the menu offers, with its count: all, starred, due, each segment in deck
  /// order, each role and each tag alphabetically.
  public var filterChoices: [StepFilterChoice] {
    var filters: [(StepFilter, String)] = [
      (.all, "All questions"), (.starred, "Starred"), (.due, "Due today"),
    ]
    var segments: [SegmentKind] = []
    for card in cards where !segments.contains(card.segment) {
      segments.append(card.segment)
      filters.append((.segment(card.segment), card.segmentTitle))
    }
    let roles = Set(cards.flatMap(\.question.roles)).sorted()
    filters += roles.map { (.role($0), "role: \($0)") }
    let tags = Set(cards.flatMap(\.question.tags)).sorted()
    filters += tags.map { (.tag($0), "#\($0)") }
    return filters.map { filter, title in
      StepFilterChoice(
        filter: filter, title: title, count: cards.count { keeps($0, under: filter) })
    }
  }

  // MARK: - Internals

  /// The card shown although the filter no longer keeps it (see `update(progress:for:)`).
  private var lingering: Int?

  /// Index into `cards` of the current card.
  private var currentIndex: Int? { shown.indices.contains(position) ? shown[position] : nil }

  private func keeps(_ index: Int) -> Bool { keeps(cards[index], under: filter) }

  /// Recomputes `shown` from the order and the filter; card `keep` stays current when shown,
  /// else the first card is.
  private mutating func rebuild(keeping keep: Int?) {
    let before = currentIndex
    shown = order.filter { keeps($0) || $0 == lingering }
    position = keep.flatMap { shown.firstIndex(of: $0) } ?? 0
    if currentIndex != before { turnFaceDown() }
  }

  /// Makes `shown[index]` current (clamped); a card left behind after a drill goes now.
  private mutating func move(to index: Int) {
    guard !shown.isEmpty else { return }
    let target = shown[max(0, min(index, shown.count - 1))]
    guard target != currentIndex else { return }
    if lingering != nil, lingering != target {
      lingering = nil
      rebuild(keeping: target)
    } else {
      position = shown.firstIndex(of: target) ?? 0
    }
    turnFaceDown()
  }

  private mutating func turnFaceDown() {
    isRevealed = false
    backScroll = 0
  }

  /// A segment of one deck: cards from several decks may share a kind, not a segment.
  private struct SegmentID: Hashable {
    var deckID: String
    var kind: SegmentKind
  }

  private func segmentID(of index: Int) -> SegmentID {
    SegmentID(deckID: cards[index].key.deckID, kind: cards[index].segment)
  }

  private mutating func jumpSegment(by step: Int) {
    guard let currentIndex else { return }
    var firsts: [Int] = []  // positions in `shown` where a segment first shows
    var seen: Set<SegmentID> = []
    for (offset, index) in shown.enumerated() where seen.insert(segmentID(of: index)).inserted {
      firsts.append(offset)
    }
    let here = segmentID(of: currentIndex)
    guard let segment = firsts.firstIndex(where: { segmentID(of: shown[$0]) == here }) else {
      return
    }
    let target = (segment + step % firsts.count + firsts.count) % firsts.count
    move(to: firsts[target])
  }

  private mutating func shuffle(seed: UInt64) {
    let keep = currentIndex
    if isShuffled {
      order = Array(cards.indices)
    } else {
      var generator = SeededGenerator(seed: seed)
      order = cards.indices.shuffled(using: &generator)
    }
    isShuffled.toggle()
    let revealed = isRevealed
    let scroll = backScroll
    rebuild(keeping: keep)
    // Same card, same face: only the order around it changed.
    isRevealed = revealed
    backScroll = scroll
  }

  private mutating func openFilterMenu() {
    let choices = filterChoices
    filterMenu = StepFilterMenu(
      choices: choices, selection: choices.firstIndex { $0.filter == filter } ?? 0)
  }

  private mutating func sendToFilterMenu(_ action: DeckStepperAction) -> [DeckStepperEffect] {
    guard var menu = filterMenu else { return [] }
    switch action {
    case .moveFilterSelection(let offset):
      let count = menu.choices.count
      menu.selection = ((menu.selection + offset) % count + count) % count
      filterMenu = menu
    case .chooseFilter:
      filterMenu = nil
      apply(menu.choices[menu.selection].filter)
    case .closeFilterMenu, .openFilterMenu, .quit:
      // Esc and `/` again close the menu; they do not leave stepping.
      filterMenu = nil
    case .toggleHelp:
      isShowingHelp = true
    default:
      break
    }
    return []
  }

  private mutating func apply(_ newFilter: StepFilter) {
    guard newFilter != filter || lingering != nil else { return }
    guard cards.contains(where: { keeps($0, under: newFilter) }) else {
      notice = emptyNotice(for: newFilter)
      return
    }
    let keep = currentIndex
    filter = newFilter
    lingering = nil
    rebuild(keeping: keep)
  }

  /// What to say when `filter` keeps nothing: why, and what to do about it.
  private func emptyNotice(for filter: StepFilter) -> String {
    switch filter {
    case .starred:
      return "No starred questions yet: press * on a question to star it."
    case .due:
      return DrillQueue.nothingDue(
        among: cards, progress: progress, today: today,
        howToSchedule: "press d on a question to drill it and schedule it.")
    case .all, .segment, .role, .tag:
      return "This deck has no questions."
    }
  }

  private mutating func toggleStar() -> [DeckStepperEffect] {
    guard let index = currentIndex else { return [] }
    let key = cards[index].key
    var card = progress[key] ?? CardProgress()
    card.starred.toggle()
    progress[key] = card
    if filter == .starred, !card.starred, lingering != index {
      if shown.count == 1 {
        // Nothing starred is left: show everything, still on this card.
        filter = .all
        rebuild(keeping: index)
        notice = "No starred questions left: showing all questions."
      } else {
        // The unstarred card leaves the view; the one after it (or before, at the end) shows.
        let neighbour = position + 1 < shown.count ? shown[position + 1] : shown[position - 1]
        rebuild(keeping: neighbour)
      }
    }
    return [.setStar(key, card.starred)]
  }
}
