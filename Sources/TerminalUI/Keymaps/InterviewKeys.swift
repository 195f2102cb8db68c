import InterviewCore
import Synchronization

/// The interview's keymap: what each key means in the current state, and the footer and help
/// generated from the same rules.
public enum InterviewKeys {
  /// The action `key` stands for in `interview`'s current state, or nil when it means nothing
  /// here or belongs to the runtime (Ctrl-C, Ctrl-L, `q` and Enter on the summary, resize).
  ///
  /// `editorWidth` is the width the answer editor wraps at, for moving up and down by line:
  /// pass `InterviewScreen.editorWidth(rows:columns:)` for the current terminal size. The
  /// summary scrolls no further than its last line shows on a terminal `rows` by `columns`.
  public static func action(
    for key: Key, in interview: Interview, editorWidth: Int, rows: Int = 24, columns: Int = 80
  ) -> InterviewAction? {
    guard key != .resize else { return nil }
    var summary = SummaryScroll(limit: 0, page: 1)
    if interview.stage.isSummary {
      summary = SummaryScroll(
        limit: SummaryView.scrollLimit(interview, rows: rows, columns: columns),
        page: SummaryView.pageLines(rows: rows, columns: columns))
    }
    return kept(for: interview, editorWidth: editorWidth, underHelp: false, summary: summary)
      .output(for: key)
  }

  /// How far the summary may scroll and by how much a page moves it.
  struct SummaryScroll {
    var limit: Int
    var page: Int
  }

  /// The keys that work right now, most important first, for the footer.
  public static func footer(for interview: Interview) -> [KeyBinding] {
    kept(for: interview, editorWidth: 1, underHelp: false).footer
  }

  /// Every key of the current state, for the help overlay. While the help shows, these are
  /// the keys of the state beneath it, plus the one that closes it.
  public static func help(for interview: Interview) -> [KeyBinding] {
    let beneath = keymap(for: interview, editorWidth: 1, underHelp: true).help
    guard interview.isShowingHelp else { return beneath }
    return beneath + keymap(for: interview, editorWidth: 1, underHelp: false).footer
  }

  // MARK: - Kept keymaps

  /// What an interview's keymap depends on: the keymap of a state is built once and kept,
  /// not built again for every key and every frame.
  struct KeymapKey: Hashable {
    /// The state's keys, as far as they differ.
    enum State: Hashable {
      case help
      case menu([MenuItem])
      case briefing
      case intro
      case beforeSpeaking
      case answering(spoken: Bool)
      case candidateQuestions(empty: Bool, choosingIdea: Bool)
      case reflection(ReflectionPrompt, empty: Bool)
      case summary(offset: Int)
    }

    var state: State
    var editorWidth: Int
    var summaryLimit: Int
    var summaryPage: Int

    init(_ interview: Interview, editorWidth: Int, underHelp: Bool, summary: SummaryScroll) {
      self.editorWidth = editorWidth
      summaryLimit = summary.limit
      summaryPage = summary.page
      if interview.isShowingHelp, !underHelp {
        state = .help
        return
      }
      if interview.menuSelection != nil {
        state = .menu(interview.menuItems)
        return
      }
      let spoken = interview.plan.settings.mode == .spoken
      switch interview.stage {
      case .briefing: state = .briefing
      case .intro: state = .intro
      case .answering(let turn) where spoken && !turn.started: state = .beforeSpeaking
      case .answering: state = .answering(spoken: spoken)
      case .candidateQuestions(let turn, let showing):
        state = .candidateQuestions(
          empty: !turn.buffer.hasContent,
          choosingIdea: showing && !interview.plan.inspiration.isEmpty)
      case .reflection(let prompt, let buffer):
        state = .reflection(prompt, empty: !buffer.hasContent)
      case .summary: state = .summary(offset: interview.summaryOffset)
      }
    }
  }

  /// A keymap built for one state, with its footer.
  ///
  /// Unchecked: neither is changed once built, and the rules' closures capture only values.
  final class KeptKeymap: @unchecked Sendable {
    let keymap: Keymap<InterviewAction>
    let footer: [KeyBinding]
    /// What each character typed so far meant: a rule's output depends on the key alone, and
    /// a letter otherwise walks every rule before the one for typing.
    private let typed = Mutex<[Character: InterviewAction?]>([:])

    init(_ keymap: Keymap<InterviewAction>) {
      self.keymap = keymap
      footer = keymap.footer
    }

    /// What `key` means (see `Keymap.output(for:)`).
    func output(for key: Key) -> InterviewAction? {
      guard case .character(let character) = key else { return keymap.output(for: key) }
      if let known = typed.withLock({ $0[character] }) { return known }
      let output = keymap.output(for: key)
      typed.withLock { table in
        // Typing uses a few dozen characters; a text of exotic ones starts the table again.
        if table.count >= 256 { table.removeAll(keepingCapacity: true) }
        table[character] = output
      }
      return output
    }
  }

  /// The keymaps of the states seen lately; a handful at a time, so forgetting them all when
  /// the table fills costs nothing worth keeping.
  private static let keptKeymaps = Mutex(KeptKeymaps())

  /// The kept keymaps, and the one used last: typing asks for the same one on every key, and
  /// comparing its key is cheaper than hashing it.
  private struct KeptKeymaps {
    var table: [KeymapKey: KeptKeymap] = [:]
    var last: (key: KeymapKey, keymap: KeptKeymap)?

    mutating func lookUp(_ key: KeymapKey) -> KeptKeymap? {
      if let last, last.key == key { return last.keymap }
      guard let found = table[key] else { return nil }
      last = (key, found)
      return found
    }
  }

  /// The kept keymap for `interview`'s state, built on first use.
  static func kept(
    for interview: Interview, editorWidth: Int, underHelp: Bool,
    summary: SummaryScroll = SummaryScroll(limit: 0, page: 1)
  ) -> KeptKeymap {
    let key = KeymapKey(
      interview, editorWidth: editorWidth, underHelp: underHelp, summary: summary)
    if let kept = keptKeymaps.withLock({ $0.lookUp(key) }) { return kept }
    let built = KeptKeymap(
      keymap(for: interview, editorWidth: editorWidth, underHelp: underHelp, summary: summary))
    keptKeymaps.withLock { kept in
      if kept.table.count >= 32 { kept.table.removeAll(keepingCapacity: true) }
      kept.table[key] = built
      kept.last = (key, built)
    }
    return built
  }

  // MARK: - The table

  /// The rules for `interview`'s state; with `underHelp`, for the state beneath the help.
  static func keymap(
    for interview: Interview, editorWidth: Int, underHelp: Bool,
    summary: SummaryScroll = SummaryScroll(limit: 0, page: 1)
  ) -> Keymap<InterviewAction> {
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
        KeyRule(
          "Enter/Space", "begin", footer: true, meaning: [.open], on: [.enter, .character(" ")],
          .proceed),
        menu, help(questionMark: true),
      ]
    case .intro:
      rules = [
        KeyRule(
          "Enter/Space", "continue", footer: true, meaning: [.open],
          on: [.enter, .character(" ")], .proceed),
        menu, help(questionMark: true),
        // Text typed here starts the first question's answer with it.
        EditorRules.typing(edit),
      ]
    case .answering(let turn) where interview.plan.settings.mode == .spoken && !turn.started:
      rules =
        [
          KeyRule(
            "Space/Enter", "start answering", footer: true, meaning: [.open],
            matches: { $0 == .character(" ") || $0 == .enter },
            output: { $0 == .enter ? .submit : .startSpeaking }),
          menu, help(questionMark: true), EditorRules.lineBreak(footer: false, edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .answering:
      let spoken = interview.plan.settings.mode == .spoken
      rules =
        [
          KeyRule(
            "Enter", spoken ? "end answer" : "submit", footer: true, meaning: [.open],
            on: [.enter], .submit),
          menu, help(questionMark: false), EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .candidateQuestions(_, true) where !interview.plan.inspiration.isEmpty:
      // While the ideas show, ↑/↓ and Enter are theirs: Enter puts the highlighted idea into
      // the question (and hides the ideas), so the candidate edits it before asking. Letters
      // still type, so a question can be started while reading the ideas.
      rules =
        [
          KeyRule(
            "↑/↓", "choose an idea", footer: true, meaning: [.move],
            matches: { $0 == .up || $0 == .down },
            output: { .moveInspiration($0 == .up ? -1 : 1) }),
          ConventionRules.pages("a page of ideas") { .moveInspiration($0 * 5) },
          KeyRule(
            "Enter", "use the idea", footer: true, meaning: [.open], on: [.enter],
            .useInspiration),
          KeyRule("F2", "hide ideas", footer: true, on: [.function(2)], .toggleInspiration),
          menu, help(questionMark: false), EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .candidateQuestions(let turn, _):
      let empty = !turn.buffer.hasContent
      rules =
        [
          KeyRule(
            "Enter", empty ? "no more questions" : "ask", footer: true, meaning: [.open],
            on: [.enter], .submit),
          // Not Tab, which goes to the next thing on every screen: F2 is never text.
          KeyRule("F2", "ideas", footer: true, on: [.function(2)], .toggleInspiration),
          menu, help(questionMark: false), EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .reflection(let prompt, let buffer):
      let empty = !buffer.hasContent
      let isLast = prompt == ReflectionPrompt.allCases.last
      let summary = isLast ? "finish" : empty ? "skip" : "next"
      rules =
        [
          KeyRule("Enter", summary, footer: true, meaning: [.open], on: [.enter], .submit),
          menu, help(questionMark: false), EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit)
    case .summary:
      // Leaving and opening review are the runtime's: it owns the pages and the store.
      let offset = interview.summaryOffset
      let to = { (target: Int) -> InterviewAction in
        .scrollSummary(min(summary.limit, max(0, target)))
      }
      return Keymap(
        rules: [
          KeyRule("q", "back", footer: true, meaning: [.back], on: [.character("q")], nil),
          KeyRule("Enter", "open in review", footer: true, meaning: [.open], on: [.enter], nil),
        ] + ConventionRules.upDown("scroll") { to(offset + $0) } + [
          ConventionRules.pages("scroll a page") { to(offset + $0 * summary.page) },
          ConventionRules.ends("top/bottom", first: to(0), last: to(summary.limit)),
          // After the help, so a narrow footer drops the letter's key, not the help's.
          help(questionMark: true),
          KeyRule("L", "follow-up letter", footer: true, on: [LetterEditorKeys.openKey], nil),
          CommonRules.redraw(), CommonRules.quit("quit"),
        ])
    }
    return Keymap(rules: rules + [CommonRules.redraw(), CommonRules.quit()])
  }

  /// Esc opens the menu, pausing the clocks.
  private static var menu: KeyRule<InterviewAction> {
    KeyRule("Esc", "menu", footer: true, meaning: [.cancel], on: [.escape], .openMenu)
  }

  /// F1 shows the help; so does `?` where it is not text being typed.
  private static func help(questionMark: Bool) -> KeyRule<InterviewAction> {
    ConventionRules.help(.toggleHelp, questionMark: questionMark)
  }

  /// The Esc menu's keys: move, choose, close, or an entry's first letter.
  private static func menuKeymap(_ items: [MenuItem]) -> Keymap<InterviewAction> {
    // Help's `?` is the help rule's own, which does the same.
    let letters = items.compactMap { item in item.shortcut.map { ($0, item) } }.filter {
      $0.0 != "?"
    }
    return Keymap(rules: [
      KeyRule(
        "↑/↓", "move", footer: true, meaning: [.move], matches: { $0 == .up || $0 == .down },
        output: { .moveMenuSelection($0 == .up ? -1 : 1) }),
      KeyRule(
        "Enter", "choose", footer: true, meaning: [.open], on: [.enter], .chooseMenuSelection),
      KeyRule("Esc", "resume", footer: true, meaning: [.cancel], on: [.escape], .closeMenu),
      KeyRule(
        letters.map { String($0.0) }.joined(separator: "/"), "choose by its letter",
        matches: { key in letters.contains { .character($0.0) == key } },
        output: { key in letters.first { .character($0.0) == key }.map { .choose($0.1) } }),
      KeyRule(
        "k/j", "move, as in vi", meaning: [.move],
        matches: { $0 == .character("k") || $0 == .character("j") },
        output: { .moveMenuSelection($0 == .character("k") ? -1 : 1) }),
      help(questionMark: true), CommonRules.redraw(), CommonRules.quit(),
    ])
  }
}

extension MenuItem {
  /// The key that chooses the entry in the menu: the first letter of its title, lowercased;
  /// for Help, `?`, since `h` moves left wherever it means anything (the key convention).
  var shortcut: Character? {
    if self == .help { return "?" }
    return title.first.map { Character($0.lowercased()) }
  }
}
