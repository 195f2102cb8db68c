/// An interrupted interview that can be resumed, as the resume screen describes it.
public struct ResumeOffer: Equatable, Sendable {
  /// The employer.
  public var company: String
  /// The job title.
  public var position: String
  /// When it started, already formatted: "Sat 21 Nov 14:05".
  public var started: String
  /// Where it stopped: the interview's `whereabouts`.
  public var whereabouts: String
  /// The start of the unsent draft, if any; empty when there is none.
  public var draftPreview: String

  /// An offer to resume the interview described by these parts.
  public init(
    company: String, position: String, started: String, whereabouts: String,
    draftPreview: String = ""
  ) {
    self.company = company
    self.position = position
    self.started = started
    self.whereabouts = whereabouts
    self.draftPreview = draftPreview
  }
}

/// The home screen's menu: what the user can do, and which entry is highlighted.
public struct HomeMenu: Equatable, Sendable {
  /// One entry.
  public enum Item: Equatable, Sendable {
    /// Start a new rehearsal: the setup form.
    case rehearse
    /// Pick a deck and step through its questions like flashcards.
    case stepThroughDecks
    /// Drill the questions due for re-practice; carries how many are due today.
    case drill(due: Int)
    /// Browse, rate and search the saved transcripts; carries how many there are.
    case review(saved: Int)
    /// Leave the app.
    case quit

    /// The words shown for the entry.
    public var title: String {
      switch self {
      case .rehearse: return "Rehearse a new interview"
      case .stepThroughDecks: return "Step through decks"
      case .drill(let due):
        return due == 0 ? "Drill questions (none due)" : "Drill questions (\(due) due)"
      case .review(let saved):
        return saved == 0 ? "Review transcripts (none yet)" : "Review transcripts (\(saved) saved)"
      case .quit: return "Quit"
      }
    }
  }

  /// The entries, top to bottom.
  public private(set) var items: [Item]
  /// Index of the highlighted entry.
  public private(set) var selection: Int
  /// Whether the help overlay shows.
  public private(set) var isShowingHelp = false

  /// The menu, with `savedTranscripts` shown beside the review entry, `dueQuestions` beside
  /// the drill entry, and the first entry highlighted.
  public init(savedTranscripts: Int, dueQuestions: Int = 0) {
    items = [
      .rehearse, .stepThroughDecks, .drill(due: dueQuestions), .review(saved: savedTranscripts),
      .quit,
    ]
    selection = 0
  }

  /// Shows or hides the help overlay.
  public mutating func toggleHelp() { isShowingHelp.toggle() }

  /// Moves the highlight by `offset` entries, wrapping around.
  public mutating func move(by offset: Int) {
    let count = items.count
    selection = ((selection + offset) % count + count) % count
  }

  /// Highlights `item` if the menu has it (coming back from review leaves it highlighted).
  public mutating func highlight(_ item: Item) {
    if let index = items.firstIndex(of: item) { selection = index }
  }

  /// The highlighted entry.
  public var selected: Item { items[selection] }
}

/// Draws the home screen: the name and the menu.
public enum HomeScreen {
  /// Draws `menu` into `screen`, cleared first; `version` shows beside the name.
  public static func render(_ menu: HomeMenu, version: String, into screen: inout some Screen) {
    guard let layout = screen.beginFrame() else { return }
    let (rows, columns) = screen.size
    let compact = layout == .compact
    let width = min(columns - 4, 64)
    let left = compact ? 1 : (columns - width) / 2
    // Name, tagline, gap, entries.
    let height = 3 + menu.items.count
    var row = compact ? 0 : max(1, (rows - 2 - height) / 2)

    let used = screen.label(
      "SecondRound", row: row, column: left, width: width, style: Style(.title, .bold))
    screen.text(
      "  " + version, row: row, column: left + used, width: width - used, style: Style(.muted))
    row += 1
    screen.label(
      compact
        ? "Rehearse the second interview."
        : "Rehearse the second interview: timed, saved as you go.",
      row: row, column: left, width: width, style: Style(.muted))
    row += 2
    for (index, item) in menu.items.enumerated() {
      let selected = index == menu.selection
      let style = Style(selected ? .selection : .normal)
      if selected { screen.fill(row: row, column: left, width: width, style: style) }
      let marker = screen.label(
        selected ? " ▸ " : "   ", row: row, column: left, width: width, style: style)
      screen.text(
        screen.glyphs.chrome(item.title), row: row, column: left + marker,
        width: width - marker - 1, style: style)
      row += 1
    }
    screen.hideCursor()
    screen.footer(HomeKeys.footer(for: menu), row: rows - 1)
    if menu.isShowingHelp { HelpOverlay.render(HomeKeys.help(for: menu), into: &screen) }
  }
}
