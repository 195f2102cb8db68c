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

  /// Home and End by the line on screen, then by the logical line; readline's Ctrl-A and
  /// Ctrl-E by the logical line at once. Home and End are the screen's keys, and in a wrapped
  /// paragraph the line the eye is on is the one on screen; Ctrl-A and Ctrl-E keep the meaning
  /// they have in a shell, and a second Home or End goes as far as they do.
  static func screenLineEnds<Output>(width: Int, _ wrap: @escaping (EditCommand) -> Output)
    -> [KeyRule<Output>]
  {
    [
      KeyRule(
        "Home/End", "screen line start/end, again: paragraph",
        matches: { $0 == .home || $0 == .end },
        output: {
          wrap($0 == .home ? .screenLineStart(width: width) : .screenLineEnd(width: width))
        }),
      KeyRule(
        "Ctrl-A/E", "paragraph start/end",
        matches: { $0 == .control("a") || $0 == .control("e") },
        output: { wrap($0 == .control("a") ? .lineStart : .lineEnd) }),
    ]
  }

  /// Ctrl-Left and Ctrl-Right, or readline's Alt-B and Alt-F: by word.
  static func wordMoves<Output>(_ wrap: @escaping (EditCommand) -> Output) -> KeyRule<Output> {
    KeyRule(
      "Ctrl-←/→ Alt-B/F", "move by word",
      matches: { [.wordLeft, .wordRight, .alt("b"), .alt("f")].contains($0) },
      output: { $0 == .wordLeft || $0 == .alt("b") ? wrap(.wordLeft) : wrap(.wordRight) })
  }

  /// Readline's Ctrl-K and Ctrl-Y, and undo and redo as in readline and Emacs: Ctrl-_ (and
  /// Ctrl-Z, which raw mode passes through as a key) undoes, Alt-_ redoes.
  static func killAndUndo<Output>(_ wrap: @escaping (EditCommand) -> Output) -> [KeyRule<Output>] {
    [
      KeyRule("Ctrl-K", "delete to line end", on: [.control("k")], wrap(.killToLineEnd)),
      KeyRule("Ctrl-Y", "paste what was deleted", on: [.control("y")], wrap(.yank)),
      KeyRule("Ctrl-_/Z", "undo", on: [.control("_"), .control("z")], wrap(.undo)),
      KeyRule("Alt-_", "redo", on: [.alt("_")], wrap(.redo)),
    ]
  }

  /// Home and End, or readline's Ctrl-A and Ctrl-E, for one-line fields.
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
    [arrows(width: width, wrap), wordMoves(wrap)] + screenLineEnds(width: width, wrap)
      + [deletion(wrap)] + bigDeletion(wrap) + killAndUndo(wrap) + [typing(wrap)]
  }
}
