import CNCurses

/// Keys from the terminal of the active `CursesScreen`, read with a timeout.
///
/// Call `present()` on the screen before `next`: ncurses refreshes a changed window before it
/// reads, which would show a half-drawn frame.
public struct CursesInput {
  /// How long after an ESC to wait for the rest of a sequence before it is the Escape key.
  public let escapeDelayMilliseconds: Int
  /// How long a bracketed paste may pause between chunks before it is given up on and
  /// delivered as it stands; terminals send large pastes in pieces.
  public let pastePauseMilliseconds: Int
  /// Most keys one call returns outside a paste, so a flood of input cannot starve drawing; the
  /// rest stays queued for the next call.
  public let keysPerCall: Int

  private var decoder = KeyDecoder()
  private var lastPasteInput = ContinuousClock.now

  /// Input with the screen's escape delay.
  public init(
    escapeDelayMilliseconds: Int = CursesScreen.escapeDelayMilliseconds,
    pastePauseMilliseconds: Int = 1000, keysPerCall: Int = 4096
  ) {
    self.escapeDelayMilliseconds = escapeDelayMilliseconds
    self.pastePauseMilliseconds = pastePauseMilliseconds
    self.keysPerCall = keysPerCall
  }

  /// The keys that arrive within `timeoutMilliseconds` (0: only what is already there), all
  /// that are queued once the first arrives; [] when none did, or when an exit signal cut
  /// the wait short.
  ///
  /// [] is not proof the whole timeout passed: recompute the deadline and call again. After an
  /// ESC this waits up to the escape delay more for the rest of its sequence.
  public mutating func next(timeoutMilliseconds: Int) -> [Key] {
    var keys: [Key] = []
    var wait = max(0, timeoutMilliseconds)
    if decoder.isInsidePaste {
      let idle = ContinuousClock.now - lastPasteInput
      let left = Duration.milliseconds(pastePauseMilliseconds) - idle
      if left <= .zero { return decoder.finishPaste() }
      wait = min(wait, Self.milliseconds(left) + 1)
    }
    while let input = Self.read(timeoutMilliseconds: wait) {
      keys += decoder.feed(input)
      if decoder.isInsidePaste {
        lastPasteInput = .now
        // Read the paste to its end marker here, without a round trip through the caller per
        // character; a short pause between chunks is waited out.
        wait = 50
      } else if decoder.isAwaitingSequence {
        wait = escapeDelayMilliseconds
      } else if keys.count >= keysPerCall {
        break
      } else {
        wait = 0
      }
    }
    // Nothing more came in time: an open sequence is over.
    if decoder.isAwaitingSequence { keys += decoder.flush() }
    return keys
  }

  /// Whole milliseconds in `duration`.
  private static func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
  }

  /// One character or key code within `timeoutMilliseconds`, or nil.
  private static func read(timeoutMilliseconds: Int) -> RawInput? {
    var value: UInt32 = 0
    switch Int(cn_read(Int32(clamping: timeoutMilliseconds), &value)) {
    case CN_READ_CHARACTER:
      // A value that is no scalar (a lone surrogate) must not end the read loop as nil would.
      return .character(Unicode.Scalar(value) ?? "\u{FFFD}")
    case CN_READ_KEY_CODE:
      let code = Int32(bitPattern: value)
      // Modified keys beyond KEY_MAX come from terminfo extended names; map them to the plain
      // key so Ctrl-Left still moves left.
      if code > KEY_MAX, let name = keyname(code),
        let base = KeyDecoder.baseKeyCode(forExtendedName: String(cString: name))
      {
        return .keyCode(base)
      }
      return .keyCode(code)
    default:
      return nil
    }
  }
}
