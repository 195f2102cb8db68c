import BenchmarkSupport
import Foundation
import InterviewCore
import TerminalUI

/// Where the frame after each keystroke goes: nowhere, an in-memory grid, or ncurses.
protocol FrameSink {
  /// The terminal size the frames are drawn for, which also sets the editor's wrap width.
  var size: (rows: Int, columns: Int) { get }
  /// Draws the frame for `interview`, as the app does after every key.
  mutating func render(_ interview: Interview)
  /// Sends the drawn frame to the terminal, if there is one.
  mutating func present()
  /// Bytes the terminal received since the last call; nil when there is no terminal. Kept out
  /// of `present()` so that counting them is not timed as drawing.
  mutating func bytesWritten() -> Int64?
}

/// No frames at all: the keymap and the state machine alone.
struct NoFrames: FrameSink {
  /// The terminal the keymap's editor width is taken from.
  let size: (rows: Int, columns: Int)

  func render(_ interview: Interview) {}
  func present() {}
  func bytesWritten() -> Int64? { nil }
}

/// Frames drawn into a `GridScreen`: the whole view layer, without a terminal.
struct GridFrames: FrameSink {
  private var screen: GridScreen

  /// A blank grid of `rows` by `columns`.
  init(rows: Int, columns: Int) {
    screen = GridScreen(rows: rows, columns: columns)
  }

  var size: (rows: Int, columns: Int) { screen.size }

  mutating func render(_ interview: Interview) {
    InterviewScreen.render(interview, context: InterviewScreenContext(), into: &screen)
  }

  func present() {}
  func bytesWritten() -> Int64? { nil }
}

/// Frames drawn by ncurses for a real terminal type, written to a temporary file instead of a
/// terminal so every byte of escape sequences and text can be counted.
final class TerminalFrames: FrameSink {
  /// The terminal type whose escape sequences are written.
  static let terminalType = "xterm-256color"

  private var screen: CursesScreen?
  private let output: UnsafeMutablePointer<FILE>
  private let input: UnsafeMutablePointer<FILE>
  private var counted: Int64 = 0

  /// ncurses started for `rows` by `columns`, or the benchmark exits if it cannot be.
  init(rows: Int, columns: Int) {
    // A file has no window size, so ncurses takes it from LINES and COLUMNS before terminfo;
    // setting both makes the size the one asked for, whatever the shell exported.
    setenv("LINES", "\(rows)", 1)
    setenv("COLUMNS", "\(columns)", 1)
    guard let output = tmpfile(), let input = fopen("/dev/null", "r") else {
      fail("cannot open a temporary file or /dev/null for ncurses")
    }
    self.output = output
    self.input = input
    guard
      let screen = CursesScreen(
        terminalType: Self.terminalType, output: output, input: input, colorMode: .color)
    else {
      fail("ncurses does not know terminal type \(Self.terminalType)")
    }
    self.screen = screen
    guard screen.size == (rows, columns) else {
      fail(
        "ncurses sized the screen \(screen.size.rows)x\(screen.size.columns), not \(rows)x\(columns)"
      )
    }
  }

  deinit {
    close()
  }

  /// The colour mode ncurses settled on and whether it draws Unicode box characters.
  var description: String {
    guard let screen else { return "closed" }
    let colors = screen.colorMode == .color ? "colour" : "monochrome"
    return
      "\(Self.terminalType), \(colors), \(screen.glyphs == .unicode ? "UTF-8" : "ASCII") glyphs"
  }

  var size: (rows: Int, columns: Int) { screen?.size ?? (0, 0) }

  func render(_ interview: Interview) {
    guard var target = screen else { return }
    InterviewScreen.render(interview, context: InterviewScreenContext(), into: &target)
  }

  func present() {
    screen?.present()
  }

  func bytesWritten() -> Int64? {
    // doupdate writes through its own buffer to the descriptor; the flush is for anything
    // left in the FILE's buffer, so the file's size is every byte the terminal would receive.
    fflush(output)
    var status = stat()
    guard fstat(fileno(output), &status) == 0 else { fail("cannot stat ncurses' output file") }
    let size = Int64(status.st_size)
    defer { counted = size }
    return size - counted
  }

  /// Gives ncurses up and deletes the file; the screen goes first, since ending it writes.
  func close() {
    guard let screen else { return }
    screen.stop()
    self.screen = nil
    fclose(output)
    fclose(input)
  }
}
