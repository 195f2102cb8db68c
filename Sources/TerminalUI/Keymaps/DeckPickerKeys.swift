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
    return Keymap(
      rules: ConventionRules.upDown { .move($0) } + [
        KeyRule("Enter", "step", footer: true, meaning: [.open], on: [.enter], .choose),
        ConventionRules.back(.quit), ConventionRules.help(.toggleHelp),
        ConventionRules.pages { .move($0 * 10) },
        ConventionRules.ends("first/last", first: .first, last: .last),
        CommonRules.redraw(), CommonRules.quit("quit"),
      ])
  }
}
