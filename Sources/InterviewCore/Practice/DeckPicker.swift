/// One deck in the picker: what it is and how much of it waits.
public struct DeckPickerRow: Equatable, Sendable {
  /// The deck's id, which choosing returns.
  public var id: String
  /// The deck's title.
  public var title: String
  /// How many questions it holds.
  public var questionCount: Int
  /// How many of them are due to be drilled today.
  public var dueCount: Int

  /// A row from its parts.
  public init(id: String, title: String, questionCount: Int, dueCount: Int) {
    self.id = id
    self.title = title
    self.questionCount = questionCount
    self.dueCount = dueCount
  }
}

/// What the deck picker is asked to do.
public enum DeckPickerAction: Equatable, Sendable {
  /// Moves the highlight by `rows` (negative is up), stopping at the ends.
  case move(Int)
  /// Highlights the first deck.
  case first
  /// Highlights the last deck.
  case last
  /// Chooses the highlighted deck (Enter).
  case choose
  /// Shows or hides the help; any action closes it.
  case toggleHelp
  /// Leaves the picker (`q`, Esc).
  case quit
}

/// What the app must do after a picker action.
public enum DeckPickerEffect: Equatable, Sendable {
  /// Open the deck with this id (to step through it, or to drill it).
  case choose(String)
  /// Leave the picker.
  case quit
}

/// The list of decks to step through or drill, each with its question and due counts. Pure:
/// the app loads the decks and progress and opens the deck chosen.
public struct DeckPicker: Equatable, Sendable {
  /// One row per deck, in the order given.
  public let rows: [DeckPickerRow]
  /// Index into `rows` of the highlighted deck; 0 when there is none.
  public private(set) var selection = 0
  /// Whether the help overlay shows.
  public private(set) var isShowingHelp = false

  /// A picker of `decks`, due counts judged on `today`, highlighting deck `selectedID` if
  /// given and present (to come back to the deck just stepped through).
  public init(
    decks: [Deck], progress: [CardKey: CardProgress], today: StudyDay,
    selectedID: String? = nil
  ) {
    rows = decks.map { deck in
      DeckPickerRow(
        id: deck.id, title: deck.title, questionCount: deck.questionCount,
        dueCount: DrillQueue.dueCount(in: [deck], progress: progress, today: today))
    }
    selection = selectedID.flatMap { id in rows.firstIndex { $0.id == id } } ?? 0
  }

  /// The highlighted deck's row, if there are decks.
  public var selected: DeckPickerRow? { rows.indices.contains(selection) ? rows[selection] : nil }

  /// Applies `action`; returns what the app must do.
  public mutating func send(_ action: DeckPickerAction) -> [DeckPickerEffect] {
    if isShowingHelp {
      isShowingHelp = false
      return []
    }
    switch action {
    case .move(let offset): select(selection + offset)
    case .first: select(0)
    case .last: select(rows.count - 1)
    case .choose:
      if let selected { return [.choose(selected.id)] }
    case .toggleHelp: isShowingHelp = true
    case .quit: return [.quit]
    }
    return []
  }

  private mutating func select(_ index: Int) {
    selection = max(0, min(index, rows.count - 1))
  }
}
