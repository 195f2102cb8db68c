import InterviewCore

/// The text editor's keys, shared by the answer editor and the setup form's text fields;
/// `wrap` turns an edit into the screen's own output.
enum EditorRules {
  /// Typed characters and pastes insert text; not in the help, since typing is not a key to learn.
  static func typing<Output>(_ wrap: @escaping (EditCommand) -> Output) -> KeyRule<Output> {
    KeyRule(
      nil, "type", matches: CommonRules.isText,
      output: { key in
        switch key {
        case .character(let character): return wrap(.insert(String(character)))
        case .paste(let text): return wrap(.insert(text))
        default: return nil
        }
      })
  }

  /// Alt-Enter or Ctrl-J: a line break, since Enter submits.
  static func lineBreak<Output>(
    footer: Bool = true, _ wrap: @escaping (EditCommand) -> Output
  ) -> KeyRule<Output> {
    KeyRule("Alt-Enter/Ctrl-J", "new line", footer: footer, on: [.lineBreak], wrap(.lineBreak))
  }

  /// The arrows: left and right by character, up and down by wrapped line at `width`.
  static func arrows<Output>(width: Int, _ wrap: @escaping (EditCommand) -> Output)
    -> KeyRule<Output>
  {
    KeyRule(
      "←/→/↑/↓", "move the cursor", matches: { [.left, .right, .up, .down].contains($0) },
      output: { key in
        switch key {
        case .left: return wrap(.left)
        case .right: return wrap(.right)
        case .up: return wrap(.up(width: width))
        case .down: return wrap(.down(width: width))
        default: return nil
        }
      })
  }

  /// Left and right only, for one-line fields where up and down move between fields.
  static func leftRight<Output>(_ wrap: @escaping (EditCommand) -> Output) -> KeyRule<Output> {
    KeyRule(
      "←/→", "move the cursor", matches: { $0 == .left || $0 == .right },
      output: { wrap($0 == .left ? .left : .right) })
  }

  /// Home and End, or readline's Ctrl-A and Ctrl-E.
  static func lineEnds<Output>(_ wrap: @escaping (EditCommand) -> Output) -> KeyRule<Output> {
    KeyRule(
      "Home/End Ctrl-A/E", "line start/end",
      matches: { [.home, .end, .control("a"), .control("e")].contains($0) },
      output: { key in
        key == .home || key == .control("a") ? wrap(.lineStart) : wrap(.lineEnd)
      })
  }

  /// Backspace and Delete.
  static func deletion<Output>(_ wrap: @escaping (EditCommand) -> Output) -> KeyRule<Output> {
    KeyRule(
      "Backspace/Delete", "delete character", matches: { $0 == .backspace || $0 == .delete },
      output: { wrap($0 == .backspace ? .deleteBackward : .deleteForward) })
  }

  /// Readline's Ctrl-W and Ctrl-U.
  static func bigDeletion<Output>(_ wrap: @escaping (EditCommand) -> Output) -> [KeyRule<Output>] {
    [
      KeyRule("Ctrl-W", "delete word", on: [.control("w")], wrap(.deleteWordBackward)),
      KeyRule("Ctrl-U", "delete to line start", on: [.control("u")], wrap(.deleteToLineStart)),
    ]
  }

  /// Every editing key of the multi-line answer editor, but the line break.
  static func answerEditing<Output>(width: Int, _ wrap: @escaping (EditCommand) -> Output)
    -> [KeyRule<Output>]
  {
    [arrows(width: width, wrap), lineEnds(wrap), deletion(wrap)] + bigDeletion(wrap)
      + [typing(wrap)]
  }
}
