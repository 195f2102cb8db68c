/// The home screen's keys.
public enum HomeKeys {
  /// Applies `key` to `menu`: returns the entry chosen (Enter), `.quit` for q or Esc, or nil
  /// after moving the highlight or for a key that means nothing here.
  public static func handle(_ key: Key, menu: inout HomeMenu) -> HomeMenu.Item? {
    switch keymap.output(for: key) {
    case .move(let offset)?:
      menu.move(by: offset)
      return nil
    case .choose?: return menu.selected
    case .quit?: return .quit
    case nil: return nil
    }
  }

  /// The keys the footer shows.
  public static func footer(for menu: HomeMenu) -> [KeyBinding] { keymap.footer }

  /// Every key of the home screen, for a help overlay.
  public static func help(for menu: HomeMenu) -> [KeyBinding] { keymap.help }

  private enum Step {
    case move(Int), choose, quit
  }

  private static var keymap: Keymap<Step> {
    Keymap(rules: [
      KeyRule("Enter", "choose", footer: true, on: [.enter], .choose),
      KeyRule(
        "↑/↓", "move", footer: true, matches: { $0 == .up || $0 == .down },
        output: { .move($0 == .up ? -1 : 1) }),
      KeyRule(
        "k/j", "move, as in vi", matches: { $0 == .character("k") || $0 == .character("j") },
        output: { .move($0 == .character("k") ? -1 : 1) }),
      KeyRule("q/Esc", "quit", footer: true, on: [.character("q"), .escape], .quit),
      CommonRules.redraw(), CommonRules.quit("quit"),
    ])
  }
}
