import InterviewCore

/// The transcript view's keys: one table per state gives the actions, the footer and the help.
public enum ReviewTranscriptKeys {
  /// The action `key` stands for in `review`'s current state, or nil when it means nothing here
  /// or belongs to the runtime (Ctrl-C, Ctrl-L, resize). `editorWidth` is the note editor's
  /// width, for moving up and down by line: `ReviewTranscriptScreen.noteEditorWidth(...)`.
  public static func action(for key: Key, in review: TranscriptReview, editorWidth: Int)
    -> TranscriptReviewAction?
  {
    guard key != .resize else { return nil }
    return keymap(for: review, editorWidth: editorWidth).output(for: key)
  }

  /// Feeds one key press to `review` at a terminal of `rows` by `columns`: tells it the
  /// viewport, then applies what the key means. Returns the effects for the app to carry out.
  /// A `.resize` key only updates the viewport.
  public static func handle(
    _ key: Key, review: inout TranscriptReview, rows: Int, columns: Int
  ) -> [TranscriptReviewEffect] {
    _ = review.send(.resize(ReviewTranscriptScreen.viewport(rows: rows, columns: columns)))
    let width = ReviewTranscriptScreen.noteEditorWidth(rows: rows, columns: columns)
    guard let action = action(for: key, in: review, editorWidth: width) else { return [] }
    return review.send(action)
  }

  /// The keys the footer shows for `review`'s state.
  public static func footer(for review: TranscriptReview) -> [KeyBinding] {
    keymap(for: review, editorWidth: 1).footer
  }

  /// Every key of `review`'s state, for the help overlay.
  public static func help(for review: TranscriptReview) -> [KeyBinding] {
    keymap(for: review, editorWidth: 1, underHelp: true).help
  }

  // MARK: - The table

  static func keymap(for review: TranscriptReview, editorWidth: Int, underHelp: Bool = false)
    -> Keymap<TranscriptReviewAction>
  {
    if review.isShowingHelp, !underHelp {
      return CommonRules.helpShowing(closeWith: .toggleHelp)
    }
    if review.playback != nil, !underHelp {
      // As with the help: any key stops the recording, and only stops it.
      return Keymap(rules: [
        CommonRules.redraw(), CommonRules.quit("quit"),
        KeyRule(
          "any key", "stop playing", footer: true, matches: { _ in true },
          output: { _ in .stopPlayback }),
      ])
    }
    if review.isConfirmingDelete {
      return CommonRules.confirmingDelete(yes: .confirmDelete, no: .cancelDelete)
    }
    if review.noteEditor != nil {
      // The rehearsal editor's conventions: Enter submits, Alt-Enter or Ctrl-J breaks a line.
      let edit: (EditCommand) -> TranscriptReviewAction = { .editNote($0) }
      return Keymap(
        rules: [
          KeyRule("Enter", "save note", footer: true, meaning: [.open], on: [.enter], .saveNote),
          KeyRule("Esc", "cancel", footer: true, meaning: [.cancel], on: [.escape], .cancelNote),
          EditorRules.lineBreak(edit),
        ] + EditorRules.answerEditing(width: editorWidth, edit) + [
          CommonRules.redraw(), CommonRules.quit("quit"),
        ])
    }
    let digits: [Key] = (0...5).map { .character(Character(String($0))) }
    // The footer keeps to what fits in 80 columns, most used first; the rest are in the help.
    // With feedback to show, the highlights key takes the place of "practise again", which
    // moves to the end of the footer (shown on wider screens) and stays in the help; so does a
    // recording to play.
    let feedback = review.hasFeedback
    let recorded = review.focusedEntry?.recording.spoken != nil
    let practiseAgain = KeyRule<TranscriptReviewAction>(
      "a", "practise again", footer: !feedback && !recorded, on: [.character("a")],
      .togglePractiseAgain)
    return Keymap(rules: [
      KeyRule("Tab", "next", footer: true, meaning: [.next], on: [.tab], .focusNext),
      KeyRule(
        "1-5", "rate", footer: true, matches: { digits.contains($0) },
        output: { key in
          guard case .character(let character) = key, let value = character.wholeNumberValue
          else { return nil }
          return .rate(value == 0 ? nil : value)
        }),
      KeyRule(
        "e", "note", footer: true, meaning: [.open], on: [.character("e"), .enter], .beginNote),
      ConventionRules.back(.back),
      KeyRule("p", "play", footer: recorded, meaning: [.play], on: [.character("p")], .play),
      practiseAgain,
      KeyRule(
        "f", "highlights", footer: feedback, on: [.character("f")], .toggleHighlights),
      KeyRule(
        "H", "history", footer: true, meaning: [.history], on: [.character("H")], .openHistory),
      ConventionRules.help(.toggleHelp),
      KeyRule("L", "letter", footer: true, on: [LetterEditorKeys.openKey], .openLetter),
      // Matches no key: only puts "practise again" back at the end of the footer.
      KeyRule("a", "practise again", footer: feedback || recorded, on: [], nil),
      KeyRule("D", "delete", meaning: [.delete], on: [.character("D"), .delete], .requestDelete),
      KeyRule(
        "↑/↓", "scroll", meaning: [.move], matches: { $0 == .up || $0 == .down },
        output: { .scroll($0 == .up ? -1 : 1) }),
      KeyRule("Shift-Tab", "previous answer", meaning: [.next], on: [.backTab], .focusPrevious),
      KeyRule(
        "n/N", "next/previous answer", matches: { $0 == .character("n") || $0 == .character("N") },
        output: { $0 == .character("n") ? .focusNext : .focusPrevious }),
      KeyRule("0", "clear the rating", on: [], nil),
      KeyRule("Enter", "note, as e", on: [], nil),
      KeyRule(
        "k/j", "scroll, as in vi", meaning: [.move],
        matches: { $0 == .character("k") || $0 == .character("j") },
        output: { .scroll($0 == .character("k") ? -1 : 1) }),
      KeyRule(
        "PgUp/PgDn Space", "scroll a page", meaning: [.move],
        matches: { [.pageUp, .pageDown, .character(" ")].contains($0) },
        output: { .page($0 == .pageUp ? -1 : 1) }),
      ConventionRules.ends("top/bottom", first: .top, last: .bottom),
      CommonRules.redraw(), CommonRules.quit("quit"),
    ])
  }
}
