import CNCurses

/// Turns raw input into keys: control characters, escape sequences ncurses passed through, and
/// bracketed pastes. Pure: the caller supplies input and decides when an escape has timed out.
///
/// Choices worth knowing:
/// - Alt+character (ESC then a printable character) is `.alt(character)`, never Escape then the
///   character, so a slipped Alt cannot both leave a screen and type; only the editor's word
///   keys (Alt-B, Alt-F, Alt-_) give it a meaning. Alt-Enter is `.lineBreak`; ESC then a
///   control character is ignored. ESC before a key ncurses decoded (an arrow, a resize) is
///   `.escape` then that key.
/// - Ctrl or Alt on Left and Right makes `.wordLeft` and `.wordRight`, as in a shell; other
///   modifiers on arrows and editing keys are dropped: Shift-Left is `.left`.
/// - Sequences it does not know (focus reports, Insert, kitty keyboard reports) are swallowed
///   whole; their bytes never arrive as typed characters.
public struct KeyDecoder {
  /// Where the decoder is within a sequence.
  private enum State {
    /// Between keys.
    case ground
    /// After ESC.
    case escape
    /// After ESC [: the parameter and intermediate bytes so far.
    case controlSequence(String.UnicodeScalarView)
    /// After ESC O.
    case singleShift
    /// After ESC [ [: the Linux console's F1–F5.
    case linuxFunction
    /// Inside a bracketed paste; its text is kept apart (`pasted`).
    case paste
  }

  /// What ends a bracketed paste.
  private static let pasteEnd = Array("\u{1B}[201~".unicodeScalars)
  /// Longest control sequence kept before it is dropped as garbage.
  private static let longestSequence = 64

  private var state = State.ground
  // The paste lives outside `state` so appending to it never copies: a copy bound out of an
  // enum payload shares storage with the payload, and each append would copy the whole paste.
  /// The text of the paste under way.
  private var pasted = String.UnicodeScalarView()
  /// How many scalars of the end marker the latest paste input has matched.
  private var pasteEndMatched = 0

  /// A decoder between keys.
  public init() {}

  /// Whether an escape sequence has started and not finished: the caller should wait up to the
  /// escape delay for more input, then call `flush()`.
  public var isAwaitingSequence: Bool {
    switch state {
    case .escape, .controlSequence, .singleShift, .linuxFunction: return true
    case .ground, .paste: return false
    }
  }

  /// Whether a bracketed paste has started and not ended.
  public var isInsidePaste: Bool {
    if case .paste = state { return true }
    return false
  }

  /// The keys `input` completes; often none while a sequence is under way.
  public mutating func feed(_ input: RawInput) -> [Key] {
    switch (state, input) {
    case (.paste, .character(let scalar)):
      return continuePaste(with: scalar)
    case (.paste, .keyCode(let code)):
      // ncurses can only have decoded pasted bytes into keys it knows; a resize is the one
      // that is not text and must not wait for the paste to end.
      return code == KEY_RESIZE ? [.resize] : []
    case (.ground, .character(let scalar)):
      return ground(scalar)
    case (.ground, .keyCode(let code)):
      return Self.key(forCode: code).map { [$0] } ?? []
    case (.escape, .character(let scalar)):
      return afterEscape(scalar)
    case (.escape, .keyCode(let code)):
      state = .ground
      return [.escape] + (Self.key(forCode: code).map { [$0] } ?? [])
    case (.controlSequence(var body), .character(let scalar)):
      return continueControlSequence(&body, with: scalar)
    case (.singleShift, .character(let scalar)):
      state = .ground
      return Self.singleShiftKey(scalar).map { [$0] } ?? []
    case (.linuxFunction, .character(let scalar)):
      state = .ground
      guard ("A"..."E").contains(scalar) else { return [] }
      return [.function(Int(scalar.value - Unicode.Scalar("A").value) + 1)]
    case (.controlSequence, .keyCode), (.singleShift, .keyCode), (.linuxFunction, .keyCode):
      // A broken sequence: drop what there was of it, keep the key.
      state = .ground
      return feed(input)
    }
  }

  /// Ends an escape sequence that timed out: a lone ESC becomes `.escape`, a partial sequence
  /// is dropped. A paste in progress is left alone, since pastes pause between chunks.
  public mutating func flush() -> [Key] {
    switch state {
    case .escape:
      state = .ground
      return [.escape]
    case .controlSequence, .singleShift, .linuxFunction:
      state = .ground
      return []
    case .ground, .paste:
      return []
    }
  }

  /// Gives up on a paste whose end marker never came, delivering what arrived.
  public mutating func finishPaste() -> [Key] {
    guard case .paste = state else { return [] }
    keepMatchedEndAsText()
    return [.paste(endPaste())]
  }

  private mutating func ground(_ scalar: Unicode.Scalar) -> [Key] {
    switch scalar.value {
    case 0x0D: return [.enter]
    case 0x0A: return [.lineBreak]
    case 0x09: return [.tab]
    case 0x08, 0x7F: return [.backspace]
    case 0x1B:
      state = .escape
      return []
    case 0x00: return [.control("@")]
    case 0x01...0x1A:
      return [.control(Character(Unicode.Scalar(UInt8(0x60 + scalar.value))))]
    case 0x1C...0x1F:
      return [.control(Character(Unicode.Scalar(UInt8(0x40 + scalar.value))))]
    case 0x80...0x9F:
      // C1 controls (an 8-bit CSI among them) are never text and never safe to echo.
      return []
    default:
      return [.character(Character(scalar))]
    }
  }

  private mutating func afterEscape(_ scalar: Unicode.Scalar) -> [Key] {
    switch scalar {
    case "[":
      state = .controlSequence(String.UnicodeScalarView())
      return []
    case "O":
      state = .singleShift
      return []
    case "\r", "\n":
      state = .ground
      return [.lineBreak]
    case "\u{1B}":
      // Escape pressed twice: the first is complete, the second may start a sequence.
      return [.escape]
    default:
      // Alt+character (see the type's notes); Alt with a control character means nothing.
      state = .ground
      let printable =
        scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
      return printable ? [.alt(Character(scalar))] : []
    }
  }

  private mutating func continueControlSequence(
    _ body: inout String.UnicodeScalarView, with scalar: Unicode.Scalar
  ) -> [Key] {
    switch scalar.value {
    case 0x20...0x3F:
      // Parameter and intermediate bytes; "[" right after ESC [ is the Linux console's F-keys.
      body.append(scalar)
      state = body.count > Self.longestSequence ? .ground : .controlSequence(body)
      return []
    case 0x5B where body.isEmpty:
      state = .linuxFunction
      return []
    case 0x40...0x7E:
      state = .ground
      return controlSequenceKey(parameters: String(body), final: scalar)
    default:
      // Not part of any sequence: the sequence was cut short; this starts afresh.
      state = .ground
      return ground(scalar)
    }
  }

  private mutating func controlSequenceKey(parameters: String, final: Unicode.Scalar) -> [Key] {
    // Private sequences (mouse, kitty keyboard, replies) start with < = > ?; none are keys here.
    guard parameters.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") }) else { return [] }
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false)
    let first = numbers.first.flatMap { Int($0) }
    switch final {
    case "A": return [.up]
    case "B": return [.down]
    case "C": return [Self.byWord(modifiers: numbers) ? .wordRight : .right]
    case "D": return [Self.byWord(modifiers: numbers) ? .wordLeft : .left]
    case "H": return [.home]
    case "F": return [.end]
    case "Z": return [.backTab]
    case "P": return [.function(1)]
    case "Q": return [.function(2)]
    case "R": return [.function(3)]
    case "S": return [.function(4)]
    case "~":
      guard let first else { return [] }
      if first == 200 {
        state = .paste
        pasted = String.UnicodeScalarView()
        pasteEndMatched = 0
        return []
      }
      return Self.tildeKey(first).map { [$0] } ?? []
    default:
      return []
    }
  }

  /// Whether xterm's modifier parameter (ESC [ 1 ; m D, m = 1 + Shift 1 + Alt 2 + Ctrl 4) holds
  /// Ctrl or Alt, which make an arrow move by word.
  private static func byWord(modifiers numbers: [Substring]) -> Bool {
    guard numbers.count >= 2, let modifier = Int(numbers[1]), modifier > 1 else { return false }
    return (modifier - 1) & 0b110 != 0
  }

  /// The key of ESC [ n ~ (VT220 style), by n.
  private static func tildeKey(_ number: Int) -> Key? {
    switch number {
    case 1, 7: return .home
    case 4, 8: return .end
    case 3: return .delete
    case 5: return .pageUp
    case 6: return .pageDown
    case 11...15: return .function(number - 10)
    case 17...21: return .function(number - 11)
    case 23...26: return .function(number - 12)
    case 28, 29: return .function(number - 13)
    case 31...34: return .function(number - 14)
    default: return nil
    }
  }

  /// The key of ESC O x (application cursor and keypad mode).
  private static func singleShiftKey(_ scalar: Unicode.Scalar) -> Key? {
    switch scalar {
    case "A": return .up
    case "B": return .down
    case "C": return .right
    case "D": return .left
    case "H": return .home
    case "F": return .end
    case "M": return .enter
    case "P": return .function(1)
    case "Q": return .function(2)
    case "R": return .function(3)
    case "S": return .function(4)
    default: return nil
    }
  }

  private mutating func continuePaste(with scalar: Unicode.Scalar) -> [Key] {
    if scalar == Self.pasteEnd[pasteEndMatched] {
      pasteEndMatched += 1
      return pasteEndMatched == Self.pasteEnd.count ? [.paste(endPaste())] : []
    }
    // A false start of the end marker was pasted text after all.
    keepMatchedEndAsText()
    if scalar == Self.pasteEnd[0] {
      pasteEndMatched = 1
    } else {
      pasted.append(scalar)
      pasteEndMatched = 0
    }
    return []
  }

  /// Moves the part of the end marker matched so far into the paste's text.
  private mutating func keepMatchedEndAsText() {
    // One scalar at a time: `append(contentsOf:)` on a scalar view rebuilds the whole string,
    // which made a large paste quadratic.
    for scalar in Self.pasteEnd[..<pasteEndMatched] { pasted.append(scalar) }
    pasteEndMatched = 0
  }

  /// The paste's text; the decoder is between keys again and holds no copy.
  private mutating func endPaste() -> String {
    let text = String(pasted)
    pasted = String.UnicodeScalarView()
    pasteEndMatched = 0
    state = .ground
    return text
  }

  /// The code `CursesInput` passes for Ctrl-Left or Alt-Left, which ncurses reports under an
  /// extended name: negative, so no ncurses code can be the same.
  static let wordLeftCode: Int32 = -2
  /// The code for Ctrl-Right or Alt-Right, as `wordLeftCode`.
  static let wordRightCode: Int32 = -3

  /// The key of an ncurses `KEY_*` code; nil for keys the app has no use for (Insert, mouse).
  static func key(forCode code: Int32) -> Key? {
    switch code {
    case wordLeftCode: return .wordLeft
    case wordRightCode: return .wordRight
    case KEY_UP, KEY_SR: return .up
    case KEY_DOWN, KEY_SF: return .down
    case KEY_LEFT, KEY_SLEFT: return .left
    case KEY_RIGHT, KEY_SRIGHT: return .right
    case KEY_HOME, KEY_SHOME, KEY_A1: return .home
    case KEY_END, KEY_SEND, KEY_C1: return .end
    case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return .pageUp
    case KEY_NPAGE, KEY_SNEXT, KEY_C3: return .pageDown
    case KEY_BACKSPACE: return .backspace
    case KEY_DC, KEY_SDC: return .delete
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_RESIZE: return .resize
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  /// The code to pass on for a modified key ncurses reports under a terminfo extended name:
  /// `wordLeftCode` or `wordRightCode` for Left or Right with Ctrl or Alt (`kLFT5`, `kRIT3`),
  /// else the plain `KEY_*` code, e.g. `kUP5` (Ctrl-Up) → `KEY_UP`; nil for names that are not
  /// such keys.
  static func baseKeyCode(forExtendedName name: String) -> Int32? {
    // The name is the capability plus a modifier digit: kUP5, kLFT3, kDC6, kHOM2…
    guard let last = name.last, let modifier = last.wholeNumberValue else { return nil }
    let byWord = modifier > 1 && (modifier - 1) & 0b110 != 0
    switch name.dropLast() {
    case "kLFT" where byWord: return wordLeftCode
    case "kRIT" where byWord: return wordRightCode
    case "kUP": return KEY_UP
    case "kDN": return KEY_DOWN
    case "kLFT": return KEY_LEFT
    case "kRIT": return KEY_RIGHT
    case "kHOM": return KEY_HOME
    case "kEND": return KEY_END
    case "kPRV": return KEY_PPAGE
    case "kNXT": return KEY_NPAGE
    case "kDC": return KEY_DC
    default: return nil
    }
  }
}
