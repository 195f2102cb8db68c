/// A key press, paste or terminal event, decoded from the terminal's input.
public enum Key: Equatable, Sendable {
  /// A printable character, typed.
  case character(Character)
  /// Enter (CR).
  case enter
  /// Alt-Enter or Ctrl-J (LF): a line break inside an answer, where Enter submits.
  case lineBreak
  /// Backspace (DEL, Ctrl-H or the terminal's backspace key).
  case backspace
  /// The forward Delete key.
  case delete
  /// Left arrow, unmodified or with Shift.
  case left
  /// Right arrow, unmodified or with Shift.
  case right
  /// Ctrl-Left or Alt-Left: a word to the left.
  case wordLeft
  /// Ctrl-Right or Alt-Right: a word to the right.
  case wordRight
  /// Up arrow, with or without modifiers.
  case up
  /// Down arrow, with or without modifiers.
  case down
  /// Home.
  case home
  /// End.
  case end
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Tab (Ctrl-I).
  case tab
  /// Shift-Tab.
  case backTab
  /// Escape on its own.
  case escape
  /// Function key F`n`, from 1.
  case function(Int)
  /// A control key other than those above, by its caret-notation character in lowercase: "c"
  /// for Ctrl-C; "@", "\\", "]", "^", "_" for Ctrl-Space (NUL) and the other non-letters.
  case control(Character)
  /// Alt with a printable character (ESC then the character), by the character as typed: "b"
  /// for Alt-B, "_" for Alt-_. Never text: a slipped Alt does not type.
  case alt(Character)
  /// Text pasted in one go, verbatim (CR, LF and all); the receiver cleans it.
  case paste(String)
  /// The terminal changed size; lay out again.
  case resize
}

/// One unit of input as ncurses reports it.
public enum RawInput: Equatable, Sendable {
  /// A character, byte sequences already decoded from UTF-8.
  case character(Unicode.Scalar)
  /// An ncurses `KEY_*` code, a key ncurses recognised from its terminfo.
  case keyCode(Int32)
}
