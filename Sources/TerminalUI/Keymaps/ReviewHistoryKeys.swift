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
          "q/Esc", "back to the list", footer: true, meaning: [.back],
          on: [.character("q"), .escape, .character(" "), .character("c")], .back
        ).footer(as: "q"))
    } else {
      rules += [
        KeyRule(
          "Space/c", "compare", footer: true, on: [.character(" "), .character("c")],
          .toggleMark),
        KeyRule("Enter", "transcript", footer: true, meaning: [.open], on: [.enter], .open),
        ConventionRules.back(.back),
      ]
    }
    rules.append(ConventionRules.help(.toggleHelp))
    rules +=
      ConventionRules.upDown(comparing ? "scroll" : "move") { .move($0) } + [
        ConventionRules.pages(comparing ? "scroll a page" : "page") { .page($0) },
        ConventionRules.ends(comparing ? "top/bottom" : "first/last", first: .first, last: .last),
        CommonRules.redraw(), CommonRules.quit("quit"),
      ]
    return Keymap(rules: rules)
  }
}
