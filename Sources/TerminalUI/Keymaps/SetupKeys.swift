import InterviewCore

/// The setup form's keys: moving between fields, editing the focused one, starting, leaving.
public enum SetupKeys {
  /// Applies `key` to `form`; returns what the runtime must do, if anything: start with the
  /// form's settings, or leave. F1, Ctrl-L and Ctrl-C are the runtime's and return nil.
  public static func handle(_ key: Key, form: inout SetupForm) -> SetupForm.Outcome? {
    guard let step = keymap(for: form).output(for: key) else { return nil }
    switch step {
    case .next: form.moveFocus(1)
    case .previous: form.moveFocus(-1)
    case .submit: return form.submit()
    case .start: return form.start()
    case .cancel: return .cancel
    case .edit(let command): form.edit(command)
    }
    return nil
  }

  /// The keys that work on the focused field, most important first, for the footer.
  public static func footer(for form: SetupForm) -> [KeyBinding] { keymap(for: form).footer }

  /// Every key of the focused field, for a help overlay.
  public static func help(for form: SetupForm) -> [KeyBinding] { keymap(for: form).help }

  /// What a key does to the form.
  enum Step: Equatable {
    case next, previous, submit, start, cancel
    case edit(EditCommand)
  }

  static func keymap(for form: SetupForm) -> Keymap<Step> {
    let edit: (EditCommand) -> Step = { .edit($0) }
    let next = KeyRule<Step>("Tab/↓", "next", footer: true, on: [.tab, .down], .next)
    let previous = KeyRule<Step>(
      "Shift-Tab/↑", "previous", footer: true, on: [.backTab, .up], .previous)
    let start = KeyRule<Step>("Ctrl-S", "start", footer: true, on: [.control("s")], .start)
    let cancel = KeyRule<Step>("Esc", "cancel", footer: true, on: [.escape], .cancel)
    let common: [KeyRule<Step>] = [
      KeyRule("F1", "help", footer: true, on: [.function(1)], nil), CommonRules.redraw(),
      CommonRules.quit("quit"),
    ]
    let field = form.focus
    if field == .start {
      return Keymap(
        rules: [
          KeyRule("Enter", "start", footer: true, on: [.enter], .submit), next, cancel, previous,
          start,
        ] + common)
    }
    let enter = KeyRule<Step>("Enter", "next", on: [.enter], .submit)
    if field.isText {
      return Keymap(
        rules: [next, start, cancel, previous, enter]
          + [EditorRules.leftRight(edit), EditorRules.lineEnds(edit), EditorRules.deletion(edit)]
          + EditorRules.bigDeletion(edit) + [EditorRules.typing(edit)] + common)
    }
    let change = KeyRule<Step>(
      "←/→", "change", footer: true, matches: { $0 == .left || $0 == .right },
      output: { .edit($0 == .left ? .left : .right) })
    let space = KeyRule<Step>("Space", "next value", on: [.character(" ")], .edit(.insert(" ")))
    return Keymap(rules: [change, next, start, cancel, previous, enter, space] + common)
  }
}
