import InterviewCore

/// The deck picker's keys: one table gives the actions, the footer and the help.
public enum DeckPickerKeys {
  /// The action `key` stands for in `picker`'s state, or nil when it means nothing here or
  /// belongs to the runtime (Ctrl-C, Ctrl-L, resize).
  public static func action(for key: Key, in picker: DeckPicker) -> DeckPickerAction? {
    guard key != .resize else { return nil }
    return keymap(for: picker).output(for: key)
  }

  /// Feeds one key press to `picker`; returns the effects for the app to carry out.
  public static func handle(_ key: Key, picker: inout DeckPicker) -> [DeckPickerEffect] {
    guard let action = action(for: key, in: picker) else { return [] }
    return picker.send(action)
  }

  /// The keys the footer shows.
  public static func footer(for picker: DeckPicker) -> [KeyBinding] { keymap(for: picker).footer }

  /// Every key of the picker, for the help overlay.
  public static func help(for picker: DeckPicker) -> [KeyBinding] {
    keymap(for: picker, underHelp: true).help
  }

  // MARK: - The table

  static func keymap(for picker: DeckPicker, underHelp: Bool = false) -> Keymap<DeckPickerAction> {
    if picker.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    return Keymap(rules: [
      KeyRule(
        "↑/↓", "move", footer: true, matches: { $0 == .up || $0 == .down },
        output: { .move($0 == .up ? -1 : 1) }),
      KeyRule("Enter", "step", footer: true, on: [.enter], .choose),
      KeyRule("q", "back", footer: true, on: [.character("q")], .quit),
      KeyRule("?", "help", footer: true, on: [.character("?")], .toggleHelp),
      KeyRule("F1", "help", on: [.function(1)], .toggleHelp),
      KeyRule(
        "k/j", "move, as in vi", matches: { $0 == .character("k") || $0 == .character("j") },
        output: { .move($0 == .character("k") ? -1 : 1) }),
      KeyRule(
        "PgUp/PgDn", "page", matches: { $0 == .pageUp || $0 == .pageDown },
        output: { .move($0 == .pageUp ? -10 : 10) }),
      KeyRule(
        "Home/End g/G", "first/last",
        matches: { [.home, .end, .character("g"), .character("G")].contains($0) },
        output: { $0 == .home || $0 == .character("g") ? .first : .last }),
      KeyRule("Esc", "back", on: [.escape], .quit),
      CommonRules.redraw(), CommonRules.quit("quit"),
    ])
  }
}
