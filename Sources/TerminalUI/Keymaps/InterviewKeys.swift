import InterviewCore

/// The interview's keymap: what each key means in the current state, and the footer and help
/// generated from the same rules.
public enum InterviewKeys {
  /// The action `key` stands for in `interview`'s current state, or nil when it means nothing
  /// here or belongs to the runtime (Ctrl-C, Ctrl-L, `q` on the summary, resize).
  ///
  /// `editorWidth` is the width the answer editor wraps at, for moving up and down by line:
  /// pass `InterviewScreen.editorWidth(rows:columns:)` for the current terminal size.
  public static func action(for key: Key, in interview: Interview, editorWidth: Int)
    -> InterviewAction?
  {
    guard key != .resize else { return nil }
    return keymap(for: interview, editorWidth: editorWidth, underHelp: false).output(for: key)
  }

  /// The keys that work right now, most important first, for the footer.
  public static func footer(for interview: Interview) -> [KeyBinding] {
    keymap(for: interview, editorWidth: 1, underHelp: false).footer
  }

  /// Every key of the current state, for the help overlay. While the help shows, these are
  /// the keys of the state beneath it, plus the one that closes it.
  public static func help(for interview: Interview) -> [KeyBinding] {
    let beneath = keymap(for: interview, editorWidth: 1, underHelp: true).help
    guard interview.isShowingHelp else { return beneath }
    return beneath + keymap(for: interview, editorWidth: 1, underHelp: false).footer
  }

  // MARK: - The table

  /// The rules for `interview`'s state; with `underHelp`, for the state beneath the help.
  static func keymap(for interview: Interview, editorWidth: Int, underHelp: Bool)
    -> Keymap<InterviewAction>
  {
    if interview.isShowingHelp, !underHelp {
      // Any key leaves the help, as in less and htop; the core closes it on any action.
      return CommonRules.helpShowing(closeWith: .toggleHelp, quit: "save and quit")
    }
    if interview.menuSelection != nil { return menuKeymap(interview.menuItems) }
    let edit: (EditCommand) -> InterviewAction = { .edit($0) }
    var rules: [KeyRule<InterviewAction>]
    switch interview.stage {
    case .briefing:
      rules = [
        KeyRule("Enter/Space", "begin", footer: true, on: [.enter, .character(" ")], .proceed),
        menu, help(questionMark: true),
      ]
    case .intro:
      rules = [
        KeyRule("Enter/Space", "continue", footer: true, on: [.enter, .character(" ")], .proceed),
        menu, help(questionMark: true),
      ]
    case .answering(let turn) where interview.plan.settings.mode == .spoken && !turn.started:
      rules =
        [
          KeyRule(
            "Space/Enter", "start answering", footer: true,
            matches: { $0 == .character(" ") || $0 == .enter },
            output: { $0 == .enter ? .submit : .startSpeaking }),
          menu, help(questionMark: true), EditorRules.lineBreak(footer: false, edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .answering:
      let spoken = interview.plan.settings.mode == .spoken
      rules =
        [
          KeyRule("Enter", spoken ? "end answer" : "submit", footer: true, on: [.enter], .submit),
          menu, help(questionMark: false), EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .candidateQuestions(let turn, _):
      let empty = turn.buffer.text.allSatisfy(\.isWhitespace)
      rules =
        [
          KeyRule(
            "Enter", empty ? "no more questions" : "ask", footer: true, on: [.enter], .submit),
          KeyRule(
            "Tab", "ideas", footer: true, on: [.tab], .toggleInspiration),
          menu, help(questionMark: false), EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .reflection(let prompt, let buffer):
      let empty = buffer.text.allSatisfy(\.isWhitespace)
      let isLast = prompt == ReflectionPrompt.allCases.last
      let summary = isLast ? "finish" : empty ? "skip" : "next"
      rules =
        [
          KeyRule("Enter", summary, footer: true, on: [.enter], .submit),
          menu, help(questionMark: false), EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .summary:
      // Quitting is the runtime's: it owns the terminal and the store.
      return Keymap(rules: [
        KeyRule("q", "quit", footer: true, on: [.character("q")], nil),
        help(questionMark: true), CommonRules.redraw(), CommonRules.quit("quit"),
      ])
    }
    return Keymap(rules: rules + [CommonRules.redraw(), CommonRules.quit()])
  }

  /// Esc opens the menu, pausing the clocks.
  private static var menu: KeyRule<InterviewAction> {
    KeyRule("Esc", "menu", footer: true, on: [.escape], .openMenu)
  }

  /// F1 shows the help; so does `?` where it is not text being typed.
  private static func help(questionMark: Bool) -> KeyRule<InterviewAction> {
    KeyRule(
      questionMark ? "F1/?" : "F1", "help", footer: true,
      matches: { $0 == .function(1) || (questionMark && $0 == .character("?")) },
      output: { _ in .toggleHelp })
  }

  /// The Esc menu's keys: move, choose, close, or an entry's first letter.
  private static func menuKeymap(_ items: [MenuItem]) -> Keymap<InterviewAction> {
    let letters = items.compactMap { item in item.shortcut.map { ($0, item) } }
    return Keymap(rules: [
      KeyRule(
        "↑/↓", "move", footer: true, matches: { $0 == .up || $0 == .down },
        output: { .moveMenuSelection($0 == .up ? -1 : 1) }),
      KeyRule("Enter", "choose", footer: true, on: [.enter], .chooseMenuSelection),
      KeyRule("Esc", "resume", footer: true, on: [.escape], .closeMenu),
      KeyRule(
        letters.map { String($0.0) }.joined(separator: "/"), "choose by first letter",
        matches: { key in letters.contains { .character($0.0) == key } },
        output: { key in letters.first { .character($0.0) == key }.map { .choose($0.1) } }),
      KeyRule(
        "k/j", "move, as in vi", matches: { $0 == .character("k") || $0 == .character("j") },
        output: { .moveMenuSelection($0 == .character("k") ? -1 : 1) }),
      help(questionMark: true), CommonRules.redraw(), CommonRules.quit(),
    ])
  }
}

extension MenuItem {
  /// The letter that chooses the entry in the menu: the first of its title, lowercased.
  var shortcut: Character? {
    title.first.map { Character($0.lowercased()) }
  }
}
