/// The home screen's keys.
public enum HomeKeys {
  /// Applies `key` to `menu`: returns the entry chosen (Enter, or d for the drill), `.quit` for
  /// q or Esc, or nil after moving the highlight or for a key that means nothing here.
  public static func handle(_ key: Key, menu: inout HomeMenu) -> HomeMenu.Item? {
    if menu.isShowingHelp {
      // Any key leaves the help, as everywhere else; Ctrl-C and Ctrl-L stay the runtime's.
      if key != .control("c"), key != .control("l"), key != .resize { menu.toggleHelp() }
      return nil
    }
    switch keymap.output(for: key) {
    case .help?:
      menu.toggleHelp()
      return nil
    case .move(let offset)?:
      menu.move(by: offset)
      return nil
    case .choose?: return menu.selected
    case .drill?:
      // As on the deck stepper, d drills: here, what the drill entry offers.
      let drill = menu.items.first { if case .drill = $0 { true } else { false } }
      if let drill { menu.highlight(drill) }
      return drill
    case .quit?: return .quit
    case nil: return nil
    }
  }

  /// The keys the footer shows.
  public static func footer(for menu: HomeMenu) -> [KeyBinding] {
    menu.isShowingHelp ? [KeyBinding(keys: "any key", summary: "close the help")] : keymap.footer
  }

  /// Every key of the home screen, for a help overlay.
  public static func help(for menu: HomeMenu) -> [KeyBinding] { keymap.help }

  enum Step {
    case move(Int), choose, drill, help, quit
  }

  static var keymap: Keymap<Step> {
    Keymap(
      rules: [
        KeyRule("Enter", "choose", footer: true, meaning: [.open], on: [.enter], .choose),
        KeyRule("d", "drill questions", meaning: [.drill], on: [.character("d")], .drill),
      ]
        + ConventionRules.upDown { .move($0) } + [
          ConventionRules.help(.help), ConventionRules.back(.quit, summary: "quit"),
          CommonRules.redraw(), CommonRules.quit("quit"),
        ])
  }
}
