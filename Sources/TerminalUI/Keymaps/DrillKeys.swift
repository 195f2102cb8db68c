import InterviewCore

/// A drill's keys: while answering, the rehearsal's own (wrapped in `.interview`); while
/// grading, Anki's 1–4; on the summary, the way back. Footer and help come from the same tables.
public enum DrillKeys {
  /// The action `key` stands for in `drill`'s current phase, or nil when it means nothing here
  /// or belongs to the runtime (Ctrl-C, Ctrl-L, resize).
  ///
  /// `editorWidth` is the width the answer editor wraps at: pass
  /// `InterviewScreen.editorWidth(rows:columns:)` for the current terminal size.
  public static func action(for key: Key, in drill: Drill, editorWidth: Int) -> DrillAction? {
    guard key != .resize else { return nil }
    if case .answering(let interview) = drill.phase {
      return InterviewKeys.action(for: key, in: interview, editorWidth: editorWidth)
        .map(DrillAction.interview)
    }
    return keymap(for: drill).output(for: key)
  }

  /// The keys that work right now, for the footer.
  public static func footer(for drill: Drill) -> [KeyBinding] {
    if case .answering(let interview) = drill.phase {
      return InterviewKeys.footer(for: interview)
    }
    return keymap(for: drill).footer
  }

  /// Every key of the current phase, for the help overlay (the keys beneath it while it shows).
  public static func help(for drill: Drill) -> [KeyBinding] {
    if case .answering(let interview) = drill.phase {
      return InterviewKeys.help(for: interview)
    }
    return keymap(for: drill, underHelp: true).help
  }

  // MARK: - The table

  /// The rules for grading and the summary; answering has the interview's.
  static func keymap(for drill: Drill, underHelp: Bool = false) -> Keymap<DrillAction> {
    if drill.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    let help = ConventionRules.help(DrillAction.toggleHelp)
    switch drill.phase {
    case .grading:
      let grades = DrillGrade.allCases.map { grade in
        KeyRule<DrillAction>(
          String(grade.rawValue), grade.name, footer: true,
          on: [.character(Character(String(grade.rawValue)))], .grade(grade))
      }
      // Stopping leads to the summary, as the last grade does: q goes back one page.
      return Keymap(
        rules: grades + [
          ConventionRules.back(.quit, summary: "stop", escape: false), help,
          KeyRule("Esc", "stop, leaving it ungraded", meaning: [.cancel], on: [.escape], .quit),
          CommonRules.redraw(), CommonRules.quit("quit"),
        ])
    case .finished, .answering:
      return Keymap(rules: [
        KeyRule(
          "q/Enter", "back", footer: true, meaning: [.back, .open], on: [.character("q"), .enter],
          .quit),
        KeyRule("Esc", "back", meaning: [.cancel], on: [.escape], .quit),
        help, CommonRules.redraw(), CommonRules.quit("quit"),
      ])
    }
  }
}
