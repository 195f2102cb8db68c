import InterviewCore

/// The question history's keys: one table per state gives the actions, the footer and the help.
public enum ReviewHistoryKeys {
  /// The action `key` stands for in `history`'s current state, or nil when it means nothing
  /// here or belongs to the runtime (Ctrl-C, Ctrl-L, resize).
  public static func action(for key: Key, in history: QuestionHistory) -> QuestionHistoryAction? {
    guard key != .resize else { return nil }
    return keymap(for: history).output(for: key)
  }

  /// Feeds one key press to `history` at a terminal of `rows` by `columns`: tells it the
  /// viewport, then applies what the key means. Returns the effects for the app to carry out.
  /// A `.resize` key only updates the viewport.
  public static func handle(
    _ key: Key, history: inout QuestionHistory, rows: Int, columns: Int
  ) -> [QuestionHistoryEffect] {
    _ = history.send(.resize(ReviewHistoryScreen.viewport(rows: rows, columns: columns)))
    guard let action = action(for: key, in: history) else { return [] }
    return history.send(action)
  }

  /// The keys the footer shows for `history`'s state.
  public static func footer(for history: QuestionHistory) -> [KeyBinding] {
    keymap(for: history).footer
  }

  /// Every key of `history`'s state, for the help overlay.
  public static func help(for history: QuestionHistory) -> [KeyBinding] {
    keymap(for: history, underHelp: true).help
  }

  // MARK: - The table

  static func keymap(for history: QuestionHistory, underHelp: Bool = false)
    -> Keymap<QuestionHistoryAction>
  {
    if history.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    let comparing = history.isComparing
    var rules: [KeyRule<QuestionHistoryAction>] = []
    if comparing {
      rules.append(
        KeyRule(
          "q/Esc", "back to the list", footer: true,
          on: [.character("q"), .escape, .character(" "), .character("c")], .back))
    } else {
      rules += [
        KeyRule(
          "Space/c", "compare", footer: true, on: [.character(" "), .character("c")],
          .toggleMark),
        KeyRule("Enter", "transcript", footer: true, on: [.enter], .open),
        KeyRule("q/Esc", "back", footer: true, on: [.character("q"), .escape], .back),
      ]
    }
    rules += [
      KeyRule("F1/?", "help", footer: true, on: [.function(1), .character("?")], .toggleHelp)
    ]
    rules += [
      KeyRule(
        "↑/↓", comparing ? "scroll" : "move", footer: true, matches: { $0 == .up || $0 == .down },
        output: { .move($0 == .up ? -1 : 1) }),
      KeyRule(
        "k/j", comparing ? "scroll, as in vi" : "move, as in vi",
        matches: { $0 == .character("k") || $0 == .character("j") },
        output: { .move($0 == .character("k") ? -1 : 1) }),
      KeyRule(
        "PgUp/PgDn", comparing ? "scroll a page" : "page",
        matches: { $0 == .pageUp || $0 == .pageDown },
        output: { .page($0 == .pageUp ? -1 : 1) }),
      KeyRule(
        "Home/End g/G", comparing ? "top/bottom" : "first/last",
        matches: { [.home, .end, .character("g"), .character("G")].contains($0) },
        output: { $0 == .home || $0 == .character("g") ? .first : .last }),
      CommonRules.redraw(), CommonRules.quit("quit"),
    ]
    return Keymap(rules: rules)
  }
}
