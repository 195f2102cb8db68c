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
  /// Whether to read bytes and decode UTF-8 here rather than ask ncurses for characters;
  /// decided at the first read, once the screen has set the locale.
  private var readsBytes: Bool?
  /// UTF-8 decoding for byte reads; stray bytes mean what the locale says they mean.
  private var bytes = UTF8Bytes { byte in
    let wide = cn_btowc(Int32(byte))
    return wide < 0 ? nil : Unicode.Scalar(UInt32(wide))
  }
  /// Input decoded from bytes and not yet handed to the key decoder.
  private var queued: [RawInput] = []
  /// Where `queued` starts; consumed entries stay until the queue empties, to avoid shifting.
  private var queuedStart = 0

  /// Input with the screen's escape delay.
  public init(
    escapeDelayMilliseconds: Int = CursesScreen.escapeDelayMilliseconds,
    pastePauseMilliseconds: Int = 1000, keysPerCall: Int = 4096
  ) {
    self.escapeDelayMilliseconds = escapeDelayMilliseconds
    self.pastePauseMilliseconds = pastePauseMilliseconds
    self.keysPerCall = keysPerCall
  }

  /// Whether the terminal on standard input has gone away (its window was closed and no hang-up
  /// signal reached this process, as when a wrapper keeps it): every read then returns nothing
  /// at once, so a loop that only waits for keys would spin.
  public func terminalHungUp() -> Bool { cn_terminal_hung_up(0) != 0 }

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
    let waitStarted = ContinuousClock.now
    var isFirst = true
    while let input = read(timeoutMilliseconds: wait) {
      keys += decoder.feed(input)
      let wasFirst = isFirst
      isFirst = false
      if decoder.isInsidePaste {
        lastPasteInput = .now
        // Read the paste to its end marker here, without a round trip through the caller per
        // character; a short pause between chunks is waited out.
        wait = 50
      } else if decoder.isAwaitingSequence {
        wait = escapeDelayMilliseconds
      } else if keys.count >= keysPerCall {
        break
      } else if wasFirst, !keys.isEmpty,
        Self.arrivedWhileWaiting(after: ContinuousClock.now - waitStarted)
      {
        // A key typed while the loop waited has nothing queued behind it: looking for more
        // was a system call on every key typed, answered by nothing. Input already waiting
        // (a paste, keys typed during a frame) is read to its end as before.
        break
      } else {
        wait = 0
      }
    }
    // Nothing more came in time: an open sequence is over.
    if decoder.isAwaitingSequence { keys += decoder.flush() }
    return keys
  }

  /// Whether the first input of a call came after a wait of `waited`, long enough that it was
  /// typed while the app waited rather than already queued when the call began.
  static func arrivedWhileWaiting(after waited: Duration) -> Bool {
    waited >= .microseconds(100)
  }

  /// Whole milliseconds in `duration`.
  private static func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
  }

  /// One character or key code within `timeoutMilliseconds`, or nil.
  private mutating func read(timeoutMilliseconds: Int) -> RawInput? {
    let readsBytes = self.readsBytes ?? (cn_locale_is_utf8() == 0)
    self.readsBytes = readsBytes
    return readsBytes
      ? readDecodingBytes(timeoutMilliseconds: timeoutMilliseconds)
      : Self.readCharacter(timeoutMilliseconds: timeoutMilliseconds)
  }

  /// One character or key code, from bytes decoded as UTF-8 here.
  ///
  /// In a locale that is not UTF-8, `wget_wch` keeps reading after a byte the locale cannot
  /// decode, up to 144 bytes, and so swallows the keys typed after an `é`; bytes cannot stall.
  private mutating func readDecodingBytes(timeoutMilliseconds: Int) -> RawInput? {
    var wait = timeoutMilliseconds
    while queuedStart == queued.count {
      queued.removeAll(keepingCapacity: true)
      queuedStart = 0
      var value: UInt32 = 0
      switch Int(cn_read_byte(Int32(clamping: wait), &value)) {
      case CN_READ_CHARACTER:
        queued += bytes.feed(UInt8(truncatingIfNeeded: value)).map { .character($0) }
      case CN_READ_KEY_CODE:
        queued += bytes.flush().map { .character($0) }
        queued.append(Self.plainKey(Int32(bitPattern: value)))
      default:
        // A character cut short by silence will not be completed.
        queued += bytes.flush().map { .character($0) }
        if queued.isEmpty { return nil }
      }
      // The rest of a multibyte character follows at once when it comes at all.
      wait = bytes.isPending ? escapeDelayMilliseconds : wait
    }
    defer { queuedStart += 1 }
    return queued[queuedStart]
  }

  /// One character or key code, decoded by ncurses in the locale's encoding.
  private static func readCharacter(timeoutMilliseconds: Int) -> RawInput? {
    var value: UInt32 = 0
    switch Int(cn_read(Int32(clamping: timeoutMilliseconds), &value)) {
    case CN_READ_CHARACTER:
      // A value that is no scalar (a lone surrogate) must not end the read loop as nil would.
      return .character(Unicode.Scalar(value) ?? "\u{FFFD}")
    case CN_READ_KEY_CODE:
      return plainKey(Int32(bitPattern: value))
    default:
      return nil
    }
  }

  /// A key code, with modified keys beyond KEY_MAX (from terminfo extended names) mapped to the
  /// plain key so Ctrl-Left still moves left.
  private static func plainKey(_ code: Int32) -> RawInput {
    if code > KEY_MAX, let name = keyname(code),
      let base = KeyDecoder.baseKeyCode(forExtendedName: String(cString: name))
    {
      return .keyCode(base)
    }
    return .keyCode(code)
  }
}
