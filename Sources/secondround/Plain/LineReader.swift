import Foundation
import TerminalUI

/// Reads standard input a line at a time, noting when the first key (or byte) of each line
/// arrived, and waking up for exit signals while it waits.
///
/// On a terminal (stdin and stdout both) each line is edited with `PlainLineEditor` in
/// non-canonical mode, switched on only while a line is read and restored before `next`
/// returns, whatever ends the line; from a pipe lines are read as they come.
struct LineReader {
  /// A line, and the instants its first key and its end arrived at.
  struct Line {
    /// The text without its line ending; on a terminal, an answer continued with Alt-Enter
    /// holds its line breaks.
    var text: String
    /// When the first key that changed the text arrived (the end of the thinking time); on a
    /// pipe, the first byte of the line.
    var firstByte: Int64
    /// When the line ended.
    var end: Int64
  }

  /// How a wait for a line ended.
  enum Outcome {
    case line(Line)
    case endOfInput
    case signal(Int32)
  }

  /// Whether lines are edited on a terminal (stdin and stdout both) rather than read as they
  /// come, from a pipe: only then are keys seen as they are typed.
  /// A "dumb" terminal (an editor's shell buffer) has no cursor movement to redraw with, so it
  /// is read as a pipe is.
  static var editsOnTerminal: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
      && ProcessEnvironment.current["TERM"] != "dumb"
  }

  /// Whether lines are edited on a terminal rather than read from a pipe.
  let isEditing = LineReader.editsOnTerminal

  /// The line being typed when the last `.signal` came (Ctrl-C on a terminal counts as SIGINT),
  /// for the caller to keep as a draft; nil when nothing had been typed.
  private(set) var unfinished: Line?

  private var pending: [UInt8] = []
  private var firstByte: Int64?
  private var atEnd = false
  /// Keys that arrived after the Enter that ended the last line: the next line's.
  private var keysAhead: [Key] = []
  private var input = PlainKeyInput()

  /// The next line, after printing `prompt`; on a terminal the editor starts with `text`,
  /// editable, so a draft can be continued. From a pipe, text after the last newline counts as
  /// a line at end of input.
  mutating func next(prompt: String, text: String = "") -> Outcome {
    guard isEditing else {
      PlainOutput().prompt(prompt)
      return next()
    }
    return edit(prompt: prompt, text: text)
  }

  /// The next line, after a prompt the caller printed itself.
  mutating func next() -> Outcome {
    if isEditing { return edit(prompt: nil, text: "") }
    unfinished = nil
    while true {
      if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        return .line(take(upTo: newline, skipping: 1))
      }
      if atEnd {
        guard !pending.isEmpty else { return .endOfInput }
        return .line(take(upTo: pending.count, skipping: 0))
      }
      if let signal = ExitSignal.take() {
        if !pending.isEmpty {
          let now = MonotonicClock.now()
          unfinished = Line(
            text: String(decoding: pending, as: UTF8.self), firstByte: firstByte ?? now, end: now)
        }
        return .signal(signal)
      }
      guard let bytes = readInput(timeout: 200) else { continue }
      if bytes.isEmpty {
        atEnd = true
        continue
      }
      if firstByte == nil { firstByte = MonotonicClock.now() }
      pending.append(contentsOf: bytes)
    }
  }

  /// Up to 64 KiB of stdin once it is readable within `timeout` ms: empty at end of input, nil
  /// when nothing came (or a signal interrupted the wait).
  private func readInput(timeout: Int32) -> [UInt8]? {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    // A short timeout lets a signal that arrives between checks be seen soon.
    guard poll(&descriptor, 1, timeout) > 0 else { return nil }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = read(STDIN_FILENO, &buffer, buffer.count)
    if count < 0 { return errno == EINTR || errno == EAGAIN ? nil : [] }
    return Array(buffer[0..<count])
  }

  private mutating func take(upTo end: Int, skipping: Int) -> Line {
    var bytes = Array(pending[0..<end])
    pending.removeFirst(min(pending.count, end + skipping))
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    let now = MonotonicClock.now()
    let line = Line(
      text: String(decoding: bytes, as: UTF8.self), firstByte: firstByte ?? now, end: now)
    // Bytes already waiting belong to the next line: it started arriving now.
    firstByte = pending.isEmpty ? nil : now
    return line
  }

  // MARK: On a terminal

  /// One line edited on the terminal, from `prompt` (nil: printed by the caller) to Enter,
  /// Ctrl-C, Ctrl-D on an empty line, end of input or a signal.
  private mutating func edit(prompt: String?, text: String) -> Outcome {
    unfinished = nil
    guard !atEnd else { return .endOfInput }
    let mode = TerminalMode.lineEditing()
    var editor = PlainLineEditor(prompt: prompt, text: text, width: Self.columns())
    // Bracketed paste on: a paste arrives as one key, its line breaks kept rather than each
    // one submitting a line.
    Self.write("\u{1B}[?2004h" + editor.start())
    var firstKey: Int64?
    defer {
      Self.write("\u{1B}[?2004l")
      mode?.restore()
    }
    while true {
      if let signal = ExitSignal.take() {
        keep(editor, firstKey: firstKey)
        Self.write("\r\n")
        return .signal(signal)
      }
      if keysAhead.isEmpty {
        let timeout = input.isAwaitingMore ? PlainKeyInput.escapeDelayMilliseconds : 200
        switch readInput(timeout: timeout) {
        case nil:
          if input.isAwaitingMore { keysAhead = input.flush() }
          continue
        case let bytes? where bytes.isEmpty:
          // Ctrl-D is a key here, so a terminal only ends when it hangs up: the line being
          // typed is kept as for SIGHUP, which comes too, never submitted half-typed.
          atEnd = true
          for key in input.flush() + input.finishPaste() {
            _ = editor.handle(key, width: Self.columns())
          }
          keep(editor, firstKey: firstKey)
          return .signal(ExitSignal.take() ?? SIGHUP)
        case let bytes?:
          keysAhead = input.feed(bytes)
          continue
        }
      }
      let key = keysAhead.removeFirst()
      let (output, outcome) = editor.handle(key, width: Self.columns())
      if firstKey == nil, editor.hasChanged { firstKey = MonotonicClock.now() }
      Self.write(output)
      switch outcome {
      case .editing:
        continue
      case .submitted(let answer):
        let now = MonotonicClock.now()
        return .line(Line(text: answer, firstByte: firstKey ?? now, end: now))
      case .interrupted:
        keep(editor, firstKey: firstKey)
        return .signal(SIGINT)
      case .endOfInput:
        return .endOfInput
      }
    }
  }

  /// Keeps what `editor` holds as the unfinished line.
  private mutating func keep(_ editor: PlainLineEditor, firstKey: Int64?) {
    guard !editor.buffer.isEmpty else { return }
    let now = MonotonicClock.now()
    unfinished = Line(text: editor.buffer.text, firstByte: firstKey ?? now, end: now)
  }

  /// The terminal's width, or 80 when it does not say.
  private static func columns() -> Int {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  private static func write(_ text: String) {
    PlainOutput.write(text)
  }
}

/// The terminal switched to reading keys one at a time, and back.
private struct TerminalMode {
  /// The settings to put back.
  private let saved: termios

  /// Switches stdin to non-canonical input without echo or signal keys (the editor reads
  /// Ctrl-C itself; Ctrl-Z must not stop the app with the terminal left raw), CR kept apart
  /// from LF so Enter and Ctrl-J differ; nil when stdin is no terminal.
  static func lineEditing() -> TerminalMode? {
    var settings = termios()
    guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return nil }
    let mode = TerminalMode(saved: settings)
    settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    settings.c_iflag &= ~tcflag_t(ICRNL | INLCR | IGNCR | IXON)
    withUnsafeMutableBytes(of: &settings.c_cc) { characters in
      characters[Int(VMIN)] = 1
      characters[Int(VTIME)] = 0
    }
    // TCSANOW, not TCSAFLUSH: keys typed ahead of the prompt are kept.
    guard tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 else { return nil }
    return mode
  }

  /// Puts the saved settings back.
  func restore() {
    var settings = saved
    tcsetattr(STDIN_FILENO, TCSANOW, &settings)
  }
}
