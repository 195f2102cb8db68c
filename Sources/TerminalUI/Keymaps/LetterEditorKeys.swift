import InterviewCore

/// The follow-up letter editor's keys: the rehearsal editor's conventions (Enter saves, Alt-Enter
/// or Ctrl-J breaks a line), Esc to leave, asking first when the letter changed.
public enum LetterEditorKeys {
  /// The key that opens the letter from the summary and from a transcript in review: `L`, for
  /// letter (the convention leaves it free; lowercase `l` moves).
  public static let openKey = Key.character("L")

  /// The action `key` stands for in `editor`'s state, or nil when it means nothing here or
  /// belongs to the runtime (Ctrl-C, Ctrl-L, resize). `editorWidth` is the editor's wrap width,
  /// for moving up and down by line: `LetterEditorScreen.editorWidth(rows:columns:)`.
  public static func action(for key: Key, in editor: LetterEditor, editorWidth: Int)
    -> LetterEditor.Action?
  {
    guard key != .resize else { return nil }
    return keymap(for: editor, editorWidth: editorWidth).output(for: key)
  }

  /// Feeds one key to `editor` at a terminal `rows` by `columns`; returns what the app must do.
  public static func handle(_ key: Key, editor: inout LetterEditor, rows: Int, columns: Int)
    -> LetterEditor.Outcome?
  {
    let width = LetterEditorScreen.editorWidth(rows: rows, columns: columns)
    guard let action = action(for: key, in: editor, editorWidth: width) else { return nil }
    return editor.send(action)
  }

  /// The keys the footer shows for `editor`'s state.
  public static func footer(for editor: LetterEditor) -> [KeyBinding] {
    keymap(for: editor, editorWidth: 1).footer
  }

  /// Every key of `editor`'s state, for the help overlay.
  public static func help(for editor: LetterEditor) -> [KeyBinding] {
    keymap(for: editor, editorWidth: 1, underHelp: true).help
  }

  static func keymap(for editor: LetterEditor, editorWidth: Int, underHelp: Bool = false)
    -> Keymap<LetterEditor.Action>
  {
    if editor.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    if editor.isConfirmingDiscard {
      // Every other key is ignored, so a stray keystroke neither drops the letter nor the
      // question.
      return Keymap(rules: [
        KeyRule(
          "y", "drop changes", footer: true, on: [.character("y"), .character("Y")],
          .confirmDiscard(true)),
        KeyRule(
          "n/Esc", "keep editing", footer: true, meaning: [.cancel],
          on: [.character("n"), .character("N"), .escape], .confirmDiscard(false)),
        CommonRules.redraw(), CommonRules.quit("quit"),
      ])
    }
    let edit: (EditCommand) -> LetterEditor.Action = { .edit($0) }
    return Keymap(
      rules: [
        KeyRule("Enter", "save", footer: true, meaning: [.open], on: [.enter], .save),
        KeyRule("Esc", "cancel", footer: true, meaning: [.cancel], on: [.escape], .cancel),
        EditorRules.lineBreak(edit),
        // `?` is text in a letter: F1 alone opens the help.
        ConventionRules.help(.toggleHelp, questionMark: false),
      ] + EditorRules.answerEditing(width: editorWidth, edit) + [
        CommonRules.redraw(), CommonRules.quit("quit"),
      ])
  }
}
