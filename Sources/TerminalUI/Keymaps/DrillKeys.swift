import InterviewCore

/// A drill's keys: while answering, the rehearsal's own (wrapped in `.interview`); while
/// grading, Anki's 1–4 (1–2 for an unanswered question); on the summary, the way back and `u` to
/// undo the last grade. Footer and help come from the same tables.
public enum DrillKeys {
  /// The action `key` stands for in `drill`'s current phase, or nil when it means nothing here
  /// or belongs to the runtime (Ctrl-C, Ctrl-L, resize).
  ///
  /// `editorWidth` is the width the answer editor wraps at: pass
  /// `InterviewScreen.editorWidth(rows:columns:)` for the current terminal size.
  public static func action(for key: Key, in drill: Drill, editorWidth: Int) -> DrillAction? {
    guard key != .resize else { return nil }
    if case .answering(let interview) = drill.phase {
      // The editor's undo keys have no edit to take back on an untouched question: there they
      // take back the grade that led to it.
      if drill.canUndoGrade, undoGradeKeys.contains(key) { return .undoGrade }
      return InterviewKeys.action(for: key, in: interview, editorWidth: editorWidth)
        .map(DrillAction.interview)
    }
    return keymap(for: drill).output(for: key)
  }

  /// The keys that work right now, for the footer.
  public static func footer(for drill: Drill) -> [KeyBinding] {
    if case .answering(let interview) = drill.phase {
      var footer = InterviewKeys.footer(for: interview)
      // Second, after the way to answer, so a narrow footer still shows it.
      if drill.canUndoGrade { footer.insert(undoGradeBinding, at: min(1, footer.count)) }
      return footer
    }
    return keymap(for: drill).footer
  }

  /// Every key of the current phase, for the help overlay (the keys beneath it while it shows).
  public static func help(for drill: Drill) -> [KeyBinding] {
    if case .answering(let interview) = drill.phase {
      let help = InterviewKeys.help(for: interview)
      return drill.canUndoGrade ? [undoGradeBinding] + help : help
    }
    return keymap(for: drill, underHelp: true).help
  }

  /// The editor's undo keys, which undo the last grade on an untouched question.
  static let undoGradeKeys: [Key] = [.control("z"), .control("_")]

  /// How the footer and help name them there.
  static let undoGradeBinding = KeyBinding(keys: "Ctrl-Z", summary: "undo grade")

  // MARK: - The table

  /// The rules for grading and the summary; answering has the interview's.
  static func keymap(for drill: Drill, underHelp: Bool = false) -> Keymap<DrillAction> {
    if drill.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    let help = ConventionRules.help(DrillAction.toggleHelp)
    switch drill.phase {
    case .grading:
      // An unanswered question offers only the grades that say it needs practice.
      let grades = drill.offeredGrades.map { grade in
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
      var undo: [KeyRule<DrillAction>] = []
      if drill.canUndoGrade {
        undo = [
          KeyRule("u", "undo last grade", footer: true, on: [.character("u")], .undoGrade)
        ]
      }
      return Keymap(
        rules: [
          KeyRule(
            "q/Enter", "back", footer: true, meaning: [.back, .open],
            on: [.character("q"), .enter], .quit)
        ] + undo + [
          KeyRule("Esc", "back", meaning: [.cancel], on: [.escape], .quit),
          help, CommonRules.redraw(), CommonRules.quit("quit"),
        ])
    }
  }
}
