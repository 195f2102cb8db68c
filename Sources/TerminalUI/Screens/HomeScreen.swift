/// An interrupted interview that can be resumed, as the home and resume screens describe it.
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
    /// Resume an interrupted interview.
    case resume(ResumeOffer)
    /// Leave the app.
    case quit

    /// The words shown for the entry.
    public var title: String {
      switch self {
      case .rehearse: return "Rehearse a new interview"
      case .resume(let offer): return "Resume \(offer.company) — \(offer.position)"
      case .quit: return "Quit"
      }
    }
  }

  /// The entries, top to bottom; an interrupted interview comes first, as the likely choice.
  public private(set) var items: [Item]
  /// Index of the highlighted entry.
  public private(set) var selection: Int

  /// A menu offering to resume `resume` when there is one, with the first entry highlighted.
  public init(resume: ResumeOffer?) {
    items = (resume.map { [Item.resume($0)] } ?? []) + [.rehearse, .quit]
    selection = 0
  }

  /// Moves the highlight by `offset` entries, wrapping around.
  public mutating func move(by offset: Int) {
    let count = items.count
    selection = ((selection + offset) % count + count) % count
  }

  /// The highlighted entry.
  public var selected: Item { items[selection] }
}

/// Draws the home screen: the name, the menu, and details of an interview to resume.
public enum HomeScreen {
  /// Draws `menu` into `screen`, cleared first; `version` shows beside the name.
  public static func render(_ menu: HomeMenu, version: String, into screen: inout some Screen) {
    screen.clear()
    let (rows, columns) = screen.size
    let layout = LayoutClass(rows: rows, columns: columns)
    guard layout != .tooSmall else {
      TooSmallScreen.render(into: &screen)
      return
    }
    let compact = layout == .compact
    let width = min(columns - 4, 64)
    let left = compact ? 1 : (columns - width) / 2
    let resume = menu.items.compactMap { item -> ResumeOffer? in
      if case .resume(let offer) = item { return offer }
      return nil
    }.first
    // Name, tagline, gap, entries, gap, up to three lines about the interview to resume.
    let height = 3 + menu.items.count + (resume == nil ? 0 : 4)
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
    if let resume {
      row += 1
      var details = ["Interrupted " + resume.started, "at " + resume.whereabouts]
      if !resume.draftPreview.isEmpty { details.append("“" + resume.draftPreview + "”") }
      for line in details where row < rows - 2 {
        screen.text(line, row: row, column: left + 3, width: width - 3, style: Style(.muted))
        row += 1
      }
    }
    screen.hideCursor()
    screen.footer(HomeKeys.footer(for: menu), row: rows - 1)
  }
}
