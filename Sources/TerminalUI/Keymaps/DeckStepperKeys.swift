import InterviewCore

/// Stepping's keys, as pager and flashcard users know them: one table per state gives the
/// actions, the footer and the help.
public enum DeckStepperKeys {
  /// The action `key` stands for in `stepper`'s current state, or nil when it means nothing
  /// here or belongs to the runtime (Ctrl-C, Ctrl-L, resize).
  ///
  /// A keymap cannot make a seed: `s` comes back as `.shuffle(seed: 0)`, a placeholder that
  /// `handle` fills in. Page keys scroll the back of the card by `pageLines`.
  public static func action(for key: Key, in stepper: DeckStepper, pageLines: Int = 10)
    -> DeckStepperAction?
  {
    guard key != .resize else { return nil }
    return keymap(for: stepper, pageLines: pageLines).output(for: key)
  }

  /// Feeds one key press to `stepper` at a terminal of `rows` by `columns`: a shuffle gets
  /// `seed`, and scrolling the back stops where its last line shows, so that scrolling back up
  /// is never a run of presses that change nothing. Returns the effects for the app to carry
  /// out.
  public static func handle(
    _ key: Key, stepper: inout DeckStepper, seed: UInt64, rows: Int, columns: Int
  ) -> [DeckStepperEffect] {
    let page = max(1, DeckStepScreen.backRows(stepper, rows: rows, columns: columns) - 1)
    guard var action = action(for: key, in: stepper, pageLines: page) else { return [] }
    switch action {
    case .shuffle:
      action = .shuffle(seed: seed)
    case .scrollBack(let lines) where lines > 0:
      let limit = DeckStepScreen.backScrollLimit(stepper, rows: rows, columns: columns)
      let room = max(0, limit - stepper.backScroll)
      guard room > 0 else { return [] }
      action = .scrollBack(min(lines, room))
    case .scrollBack(let lines):
      // Scrolled past the end at a larger size: the first press up moves what shows.
      let limit = DeckStepScreen.backScrollLimit(stepper, rows: rows, columns: columns)
      if stepper.backScroll > limit {
        action = .scrollBack(limit - stepper.backScroll + lines)
      }
    default:
      break
    }
    return stepper.send(action)
  }

  /// The keys the footer shows for `stepper`'s state.
  public static func footer(for stepper: DeckStepper) -> [KeyBinding] {
    keymap(for: stepper).footer
  }

  /// Every key of `stepper`'s state, for the help overlay (the state beneath it while it shows).
  public static func help(for stepper: DeckStepper) -> [KeyBinding] {
    keymap(for: stepper, underHelp: true).help
  }

  // MARK: - The table

  static func keymap(for stepper: DeckStepper, pageLines: Int = 10, underHelp: Bool = false)
    -> Keymap<DeckStepperAction>
  {
    if stepper.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    if stepper.filterMenu != nil {
      return Keymap(
        rules: [
          KeyRule(
            "Enter", "apply filter", footer: true, meaning: [.open], on: [.enter], .chooseFilter)
        ] + ConventionRules.upDown { .moveFilterSelection($0) } + [
          KeyRule(
            "Esc", "close", footer: true, meaning: [.cancel, .back, .search],
            on: [.escape, .character("/"), .character("q")], .closeFilterMenu),
          ConventionRules.help(.toggleHelp, footer: false),
          CommonRules.redraw(), CommonRules.quit("quit"),
        ])
    }
    let revealed = stepper.isRevealed
    let starred = stepper.current.map { stepper.progress(of: $0).starred } ?? false
    // The footer has room for the short forms only (at 40 columns, the first four): the other
    // keys that do the same follow each in the table, so the help lists them together.
    var rules: [KeyRule<DeckStepperAction>] = [
      KeyRule("→", "next", footer: true, meaning: [.move], on: [.right], .next),
      KeyRule(
        "l/n", "next, as in vi and less", meaning: [.move], on: [.character("l"), .character("n")],
        .next),
      KeyRule("←", "prev", footer: true, meaning: [.move], on: [.left], .previous),
      // p plays a recording wherever a screen takes it; N is "previous" beside n, as in less.
      KeyRule(
        "h/N", "previous, as in vi and less", meaning: [.move],
        on: [.character("h"), .character("N")], .previous),
      KeyRule(
        "Space", revealed ? "hide" : "reveal", footer: true, on: [.character(" ")], .toggleReveal),
      KeyRule(
        "Enter", revealed ? "hide the back" : "reveal the back", meaning: [.open], on: [.enter],
        .toggleReveal),
      ConventionRules.help(.toggleHelp),
      KeyRule("d", "drill", footer: true, meaning: [.drill], on: [.character("d")], .drill),
      KeyRule("*", starred ? "unstar" : "star", footer: true, on: [.character("*")], .toggleStar),
      KeyRule(
        "/", "filter", footer: true, meaning: [.search], on: [.character("/")], .openFilterMenu),
      ConventionRules.back(.quit),
      KeyRule(
        "s", stepper.isShuffled ? "back to deck order" : "shuffle", on: [.character("s")],
        .shuffle(seed: 0)),
      KeyRule(
        "Tab/Shift-Tab", "next/previous segment", meaning: [.next],
        matches: { $0 == .tab || $0 == .backTab },
        output: { $0 == .tab ? .nextSegment : .previousSegment }),
      ConventionRules.ends("first/last", first: .first, last: .last),
    ]
    if revealed {
      rules +=
        ConventionRules.upDown("scroll the back") { .scrollBack($0) } + [
          ConventionRules.pages("scroll a page") { .scrollBack($0 * pageLines) }
        ]
    } else {
      // Face down there is nothing to scroll: down and up move between cards, as in a list.
      rules += ConventionRules.upDown("next/previous") { $0 < 0 ? .previous : .next }
    }
    return Keymap(rules: rules + [CommonRules.redraw(), CommonRules.quit("quit")])
  }
}
