import Foundation
import TerminalUI

/// Reads standard input a line at a time, noting when the first byte of each line arrived, and
/// waking up for exit signals while it waits.
struct LineReader {
  /// A line, and the instants its first byte and its end arrived at.
  struct Line {
    /// The text without its line ending.
    var text: String
    /// When the first byte arrived (the end of the thinking time).
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

  private var pending: [UInt8] = []
  private var firstByte: Int64?
  private var atEnd = false

  /// The next line; text after the last newline counts as a line at end of input.
  mutating func next() -> Outcome {
    while true {
      if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        return .line(take(upTo: newline, skipping: 1))
      }
      if atEnd {
        guard !pending.isEmpty else { return .endOfInput }
        return .line(take(upTo: pending.count, skipping: 0))
      }
      if let signal = ExitSignal.take() { return .signal(signal) }
      var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      // A short timeout lets a signal that arrives between checks be seen soon.
      let ready = poll(&descriptor, 1, 200)
      guard ready > 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 65_536)
      let count = read(STDIN_FILENO, &buffer, buffer.count)
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        atEnd = true
        continue
      }
      if count == 0 {
        atEnd = true
        continue
      }
      if firstByte == nil { firstByte = MonotonicClock.now() }
      pending.append(contentsOf: buffer[0..<count])
    }
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
}
