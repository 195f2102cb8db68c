import InterviewCore

/// The review list's keys: one table per state gives the actions, the footer and the help.
public enum ReviewListKeys {
  /// The action `key` stands for in `list`'s current state, or nil when it means nothing here
  /// or belongs to the runtime (Ctrl-C, Ctrl-L, resize).
  public static func action(for key: Key, in list: ReviewList) -> ReviewListAction? {
    guard key != .resize else { return nil }
    return keymap(for: list).output(for: key)
  }

  /// Feeds one key press to `list` at a terminal of `rows` by `columns`: tells it how many rows
  /// it has, then applies what the key means. Returns the effects for the app to carry out. A
  /// `.resize` key only updates the size.
  public static func handle(
    _ key: Key, list: inout ReviewList, rows: Int, columns: Int
  ) -> [ReviewListEffect] {
    _ = list.send(.resize(visibleRows: ReviewListScreen.visibleRows(rows: rows, columns: columns)))
    guard let action = action(for: key, in: list) else { return [] }
    return list.send(action)
  }

  /// The keys the footer shows for `list`'s state.
  public static func footer(for list: ReviewList) -> [KeyBinding] { keymap(for: list).footer }

  /// Every key of `list`'s state, for the help overlay.
  public static func help(for list: ReviewList) -> [KeyBinding] {
    keymap(for: list, underHelp: true).help
  }

  // MARK: - The table

  static func keymap(for list: ReviewList, underHelp: Bool = false) -> Keymap<ReviewListAction> {
    if list.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    if list.pendingDelete != nil {
      return CommonRules.confirmingDelete(yes: .confirmDelete, no: .cancelDelete)
    }
    if list.isEditingFilter {
      let edit: (EditCommand) -> ReviewListAction = { .editFilter($0) }
      return Keymap(
        rules: [
          KeyRule("Enter", "keep filter", footer: true, on: [.enter], .acceptFilter),
          KeyRule("Esc", "clear filter", footer: true, on: [.escape], .cancelFilter),
          KeyRule(
            "↑/↓", "move", footer: true, matches: { $0 == .up || $0 == .down },
            output: { .move($0 == .up ? -1 : 1) }),
          KeyRule(
            "PgUp/PgDn", "page", matches: { $0 == .pageUp || $0 == .pageDown },
            output: { .page($0 == .pageUp ? -1 : 1) }),
          EditorRules.leftRight(edit), EditorRules.lineEnds(edit), EditorRules.deletion(edit),
        ] + EditorRules.bigDeletion(edit) + [
          EditorRules.typing(edit), CommonRules.redraw(), CommonRules.quit("quit"),
        ])
    }
    if list.sessions.isEmpty {
      // Nothing to open, filter or delete: only the way out and the help.
      return Keymap(rules: [
        KeyRule("q/Esc", "back", footer: true, on: [.character("q"), .escape], .quit),
        KeyRule("F1/?", "help", footer: true, on: [.function(1), .character("?")], .toggleHelp),
        CommonRules.redraw(), CommonRules.quit("quit"),
      ])
    }
    return Keymap(rules: [
      KeyRule("Enter", "open", footer: true, on: [.enter], .open),
      KeyRule("/", "filter", footer: true, on: [.character("/")], .beginFilter),
      KeyRule(
        list.filter.isEmpty ? "q/Esc" : "q", "back", footer: true,
        matches: { $0 == .character("q") || (list.filter.isEmpty && $0 == .escape) },
        output: { _ in .quit }),
      KeyRule("d", "delete", footer: true, on: [.character("d"), .delete], .requestDelete),
      KeyRule("F1/?", "help", footer: true, on: [.function(1), .character("?")], .toggleHelp),
      KeyRule(
        "↑/↓", "move", footer: true, matches: { $0 == .up || $0 == .down },
        output: { .move($0 == .up ? -1 : 1) }),
      KeyRule("Esc", "clear filter", on: [.escape], .cancelFilter),
      KeyRule(
        "k/j", "move, as in vi", matches: { $0 == .character("k") || $0 == .character("j") },
        output: { .move($0 == .character("k") ? -1 : 1) }),
      KeyRule(
        "PgUp/PgDn", "page", matches: { $0 == .pageUp || $0 == .pageDown },
        output: { .page($0 == .pageUp ? -1 : 1) }),
      KeyRule(
        "Home/End g/G", "newest/oldest",
        matches: { [.home, .end, .character("g"), .character("G")].contains($0) },
        output: { $0 == .home || $0 == .character("g") ? .first : .last }),
      CommonRules.redraw(), CommonRules.quit("quit"),
    ])
  }
}
