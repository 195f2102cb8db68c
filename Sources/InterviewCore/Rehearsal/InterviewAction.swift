/// A change to the answer being typed, as the keys ask for it.
public enum EditCommand: Equatable, Sendable {
  /// Typed or pasted text.
  case insert(String)
  /// A line break inside the answer (Alt-Enter or Ctrl-J).
  case lineBreak
  /// Backspace.
  case deleteBackward
  /// Delete.
  case deleteForward
  /// Ctrl-W: the word before the cursor.
  case deleteWordBackward
  /// Ctrl-U: back to the start of the line.
  case deleteToLineStart
  /// Cursor one character left.
  case left
  /// Cursor one character right.
  case right
  /// Cursor one wrapped line up, in an editor `width` cells wide.
  case up(width: Int)
  /// Cursor one wrapped line down, in an editor `width` cells wide.
  case down(width: Int)
  /// Ctrl-A, or Home in a one-line field: the start of the logical line.
  case lineStart
  /// Ctrl-E, or End in a one-line field: the end of the logical line.
  case lineEnd
  /// Home in the answer editor: the start of the line on screen, in an editor `width` cells
  /// wide; from there, the start of the logical line.
  case screenLineStart(width: Int)
  /// End in the answer editor: the end of the line on screen; from there, of the logical line.
  case screenLineEnd(width: Int)
  /// Ctrl-Left or Alt-B: to the start of the word before the cursor.
  case wordLeft
  /// Ctrl-Right or Alt-F: to the end of the word after the cursor.
  case wordRight
  /// Ctrl-K: delete to the end of the line, keeping the text for a yank.
  case killToLineEnd
  /// Ctrl-Y: put back what Ctrl-W, Ctrl-U or Ctrl-K deleted last.
  case yank
  /// Ctrl-_ or Ctrl-Z: take back the last step of editing.
  case undo
  /// Alt-_: do again the step last undone.
  case redo
  /// The whole answer replaced: plain mode's line editor, which edits a draft it was given and
  /// hands back the result at Enter.
  case replaceAll(String)

  /// Whether the command changes the text, rather than only moving the cursor.
  var changesText: Bool {
    switch self {
    case .insert, .lineBreak, .deleteBackward, .deleteForward, .deleteWordBackward,
      .deleteToLineStart, .killToLineEnd, .yank, .undo, .redo, .replaceAll:
      return true
    case .left, .right, .up, .down, .lineStart, .lineEnd, .screenLineStart, .screenLineEnd,
      .wordLeft, .wordRight:
      return false
    }
  }
}

/// The entries of the Esc menu, which pauses every clock while it is open.
public enum MenuItem: String, CaseIterable, Codable, Sendable {
  case resume, skip, end, help

  /// The words shown for the entry.
  public var title: String {
    switch self {
    case .resume: return "Resume"
    case .skip: return "Skip this question"
    case .end: return "End the interview and save"
    case .help: return "Help"
    }
  }
}

/// Something that happened to an interview: a key's meaning, or time passing.
///
/// Time is never read by the core: every action is sent with the instant it happened at.
public enum InterviewAction: Equatable, Sendable {
  /// Time passed; clocks advance.
  case tick
  /// Enter on the briefing or a segment's introduction: go on.
  case proceed
  /// An edit to the text being typed.
  case edit(EditCommand)
  /// Spoken mode: start answering aloud (Space).
  case startSpeaking
  /// Spoken mode: start answering aloud, the answer recorded to `audioPath` (relative to the
  /// data directory), which the entry keeps.
  case startRecording(audioPath: String)
  /// The panel's voice finished reading the question aloud: the thinking time starts now.
  case questionRead
  /// Enter: submit the answer (spoken mode: end it; before starting: start it).
  case submit
  /// Esc: open the menu, pausing the clocks.
  case openMenu
  /// Close the menu (or the help) and carry on.
  case closeMenu
  /// Move the menu's highlight by `offset` entries.
  case moveMenuSelection(Int)
  /// Choose the highlighted menu entry.
  case chooseMenuSelection
  /// Choose a menu entry directly.
  case choose(MenuItem)
  /// Show or hide the help; the clocks pause while it shows.
  case toggleHelp
  /// Show or hide the deck's questions for the employer, as inspiration.
  case toggleInspiration
  /// With the ideas showing: highlight the idea `offset` away (it stops at either end).
  case moveInspiration(Int)
  /// With the ideas showing: put the highlighted idea into the question being typed, at the
  /// cursor, as one step `undo` takes back, and hide the ideas.
  case useInspiration
  /// On the summary: show it from line `offset` (the keymap clamps it to what there is).
  case scrollSummary(Int)
  /// The terminal became too small to show the interview (true) or big enough again (false):
  /// the clocks stop while the candidate cannot see the question, as they do behind the menu.
  case screenTooSmall(Bool)
}

/// What the runtime must do after an action, in order.
public enum InterviewEffect: Equatable, Sendable {
  /// Commit this entry to the store before anything else shows.
  case record(TranscriptEntry)
  /// Save the whole state now: the interview moved on.
  case saveProgress
  /// The draft changed: save it within a second.
  case draftChanged
  /// The summary is showing: mark the session finished.
  case finished
}
