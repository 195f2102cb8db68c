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
          KeyRule(
            "Enter", "keep filter", footer: true, meaning: [.open], on: [.enter], .acceptFilter),
          KeyRule(
            "Esc", "clear filter", footer: true, meaning: [.cancel], on: [.escape], .cancelFilter),
          KeyRule(
            "↑/↓", "move", footer: true, meaning: [.move], matches: { $0 == .up || $0 == .down },
            output: { .move($0 == .up ? -1 : 1) }),
          ConventionRules.pages { .page($0) },
          EditorRules.leftRight(edit), EditorRules.lineEnds(edit), EditorRules.deletion(edit),
        ] + EditorRules.bigDeletion(edit) + [
          ConventionRules.help(.toggleHelp, footer: false, questionMark: false),
          EditorRules.typing(edit), CommonRules.redraw(), CommonRules.quit("quit"),
        ])
    }
    if list.sessions.isEmpty {
      // Nothing to open, filter or delete: only the way out and the help.
      return Keymap(rules: [
        ConventionRules.back(.quit), ConventionRules.help(.toggleHelp),
        CommonRules.redraw(), CommonRules.quit("quit"),
      ])
    }
    return Keymap(
      rules: [
        KeyRule("Enter", "open", footer: true, meaning: [.open], on: [.enter], .open),
        KeyRule(
          "/", "filter", footer: true, meaning: [.search], on: [.character("/")], .beginFilter),
        KeyRule(
          list.filter.isEmpty ? "q/Esc" : "q", "back", footer: true, meaning: [.back],
          matches: { $0 == .character("q") || (list.filter.isEmpty && $0 == .escape) },
          output: { _ in .quit }
        ).footer(as: "q"),
        KeyRule(
          "D", "delete", footer: true, meaning: [.delete], on: [.character("D"), .delete],
          .requestDelete),
        ConventionRules.help(.toggleHelp),
      ] + ConventionRules.upDown { .move($0) } + [
        KeyRule("Esc", "clear filter", meaning: [.cancel], on: [.escape], .cancelFilter),
        ConventionRules.pages { .page($0) },
        ConventionRules.ends("newest/oldest", first: .first, last: .last),
        CommonRules.redraw(), CommonRules.quit("quit"),
      ])
  }
}
