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
    case .cancel: return form.cancel()
    case .discard: return form.confirmDiscard(true)
    case .keepEditing: return form.confirmDiscard(false)
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
    case next, previous, submit, start, cancel, discard, keepEditing
    case edit(EditCommand)
  }

  static func keymap(for form: SetupForm) -> Keymap<Step> {
    let edit: (EditCommand) -> Step = { .edit($0) }
    let common: [KeyRule<Step>] = [
      // The help is the runtime's: it shows over the form, whose state stays as it is.
      ConventionRules.help(nil, questionMark: false), CommonRules.redraw(),
      CommonRules.quit("quit"),
    ]
    if form.isConfirmingDiscard {
      // Every other key is ignored, so a stray keystroke neither drops the form nor the question.
      return Keymap(
        rules: [
          KeyRule("y", "discard", footer: true, on: [.character("y"), .character("Y")], .discard),
          KeyRule(
            "n/Esc", "keep editing", footer: true, meaning: [.cancel],
            on: [.character("n"), .character("N"), .escape], .keepEditing),
        ] + common)
    }
    let next = KeyRule<Step>(
      "Tab/↓", "next", footer: true, meaning: [.next, .move], on: [.tab, .down], .next)
    let previous = KeyRule<Step>(
      "Shift-Tab/↑", "previous", footer: true, meaning: [.next, .move], on: [.backTab, .up],
      .previous)
    let start = KeyRule<Step>("Ctrl-S", "start", footer: true, on: [.control("s")], .start)
    let cancel = KeyRule<Step>(
      "Esc", "cancel", footer: true, meaning: [.cancel], on: [.escape], .cancel)
    let field = form.focus
    if field == .start {
      return Keymap(
        rules: [
          KeyRule("Enter", "start", footer: true, meaning: [.open], on: [.enter], .submit), next,
          cancel, previous, start,
        ] + common)
    }
    let enter = KeyRule<Step>("Enter", "next", meaning: [.open], on: [.enter], .submit)
    if field.isText {
      return Keymap(
        rules: [next, start, cancel, previous, enter]
          + [EditorRules.leftRight(edit), EditorRules.lineEnds(edit), EditorRules.deletion(edit)]
          + EditorRules.bigDeletion(edit) + [EditorRules.typing(edit)] + common)
    }
    let change = KeyRule<Step>(
      "←/→", "change", footer: true, meaning: [.move], matches: { $0 == .left || $0 == .right },
      output: { .edit($0 == .left ? .left : .right) })
    let space = KeyRule<Step>("Space", "next value", on: [.character(" ")], .edit(.insert(" ")))
    return Keymap(rules: [change, next, start, cancel, previous, enter, space] + common)
  }
}
