import InterviewCore

/// Draws the follow-up letter in the answer editor: a header naming the interview, the letter
/// in the editor box, a status line (its length, or why a save failed), the footer, and the
/// question asked before changes are dropped.
public enum LetterEditorScreen {
  /// Draws the whole frame for `editor` into `screen`, cleared first.
  public static func render(_ editor: LetterEditor, into screen: inout some Screen) {
    guard let layout = screen.beginFrame() else { return }
    let (rows, columns) = screen.size
    let compact = layout == .compact
    let heading = editor.title.isEmpty ? "Follow-up letter" : "Letter · " + editor.title
    if compact {
      screen.label(heading, row: 0, column: 1, width: columns - 2, style: Style(.title, .bold))
    } else {
      let used = screen.label(
        "SecondRound", row: 0, column: 1, width: columns - 2, style: Style(.title, .bold))
      screen.label(
        " · " + heading, row: 0, column: 1 + used, width: columns - 2 - used,
        style: Style(.title))
      screen.rule(row: 1, column: 0, width: columns)
    }
    let top = compact ? 1 : 2
    let region = Region(
      top: top, bottom: rows - 2, left: compact ? 1 : 2, width: columns - (compact ? 2 : 4),
      isCompact: compact)
    AnswerView.drawEditor(
      editor.buffer, title: compact ? "Letter" : "Your follow-up letter",
      placeholder: "Write your thank-you note to the panel.", top: top, region: region,
      editorWidth: editorWidth(rows: rows, columns: columns),
      showsCursor: !editor.isConfirmingDiscard && !editor.isShowingHelp, into: &screen)
    drawStatus(editor, row: rows - 2, into: &screen)
    screen.footer(LetterEditorKeys.footer(for: editor), row: rows - 1)
    if editor.isConfirmingDiscard {
      screen.hideCursor()
      ConfirmBox.draw(
        title: "Drop your changes?",
        lines: ["The letter keeps what you last saved."], note: "y drop · n keep editing",
        into: &screen)
    }
    if editor.isShowingHelp {
      screen.hideCursor()
      HelpOverlay.render(LetterEditorKeys.help(for: editor), into: &screen)
    }
  }

  /// The width the editor wraps at: what `EditCommand.up` and `.down` need.
  public static func editorWidth(rows: Int, columns: Int) -> Int {
    InterviewScreen.editorWidth(rows: rows, columns: columns)
  }

  /// The status line: why the last save failed, else the length against the 200 words a
  /// follow-up should stay under, and whether there are changes not saved.
  private static func drawStatus(_ editor: LetterEditor, row: Int, into screen: inout some Screen) {
    let columns = screen.size.columns
    if let problem = editor.problem {
      screen.text(
        "Not saved: " + problem, row: row, column: 1, width: columns - 2, style: Style(.error))
      return
    }
    let words = editor.buffer.wordCount
    var parts = [counted(words, "word")]
    if words >= 200 { parts.append("over 200: shorter reads better") }
    if editor.hasChanges { parts.append("not saved yet") }
    screen.text(
      parts.joined(separator: " · "), row: row, column: 1, width: columns - 2,
      style: Style(words >= 200 ? .warning : .muted))
  }
}
