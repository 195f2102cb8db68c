import BenchmarkSupport
import Foundation
import InterviewCore
import TerminalUI

/// The timings of pasting the whole answer as one key, repeated from the empty question.
struct PasteTimings {
  /// Nanoseconds for keymap + `send` of the paste, per repetition.
  var handle: [Int64] = []
  /// Nanoseconds rendering the pasted answer into a `GridScreen`, per repetition.
  var gridRender: [Int64] = []
  /// Nanoseconds rendering it through ncurses, per repetition.
  var terminalRender: [Int64] = []
  /// Nanoseconds for ncurses' `present()` of that frame, per repetition.
  var terminalPresent: [Int64] = []
  /// Bytes the terminal received for that frame, per repetition.
  var bytes: [Int64] = []
  /// The interview holding the pasted answer.
  var pasted: Interview
}

/// Pastes `answer` into the first question `repetitions` times, each from the empty draft, and
/// draws each result into a `rows` by `columns` grid and into ncurses.
func measurePaste(
  _ answer: ScriptedAnswer, from start: StartingPoint, rows: Int, columns: Int, repetitions: Int
) -> PasteTimings {
  let width = InterviewScreen.editorWidth(rows: rows, columns: columns)
  let key = Key.paste(answer.text)
  let now = start.now + 5_000
  var timings = PasteTimings(pasted: start.interview)
  var grid = GridFrames(rows: rows, columns: columns)
  let terminal = TerminalFrames(rows: rows, columns: columns)
  defer { terminal.close() }
  for _ in 0..<repetitions {
    var interview = start.interview
    let keyed = nanoseconds()
    guard let action = InterviewKeys.action(for: key, in: interview, editorWidth: width) else {
      fail("a paste means nothing while answering")
    }
    _ = interview.send(action, at: now)
    let handled = nanoseconds()
    grid.render(interview)
    let rendered = nanoseconds()
    timings.handle.append(handled - keyed)
    timings.gridRender.append(rendered - handled)
    check(interview, holds: answer, after: "paste")
    timings.pasted = interview

    // The terminal shows the empty question first, so the frame measured is the paste's alone.
    terminal.render(start.interview)
    terminal.present()
    _ = terminal.bytesWritten()
    let before = nanoseconds()
    terminal.render(interview)
    let drawn = nanoseconds()
    terminal.present()
    let presented = nanoseconds()
    timings.terminalRender.append(drawn - before)
    timings.terminalPresent.append(presented - drawn)
    timings.bytes.append(terminal.bytesWritten() ?? 0)
  }
  return timings
}

/// Nanoseconds to encode `interview` as the autosave snapshot, `repetitions` times, and the
/// snapshot's size: the app does this at most once a second while the draft changes.
func measureSnapshot(_ interview: Interview, repetitions: Int) -> (times: [Int64], bytes: Int) {
  var times: [Int64] = []
  var bytes = 0
  for _ in 0..<repetitions {
    let began = nanoseconds()
    guard let snapshot = try? JSONEncoder().encode(interview) else {
      fail("the interview does not encode")
    }
    times.append(nanoseconds() - began)
    bytes = snapshot.count
  }
  return (times, bytes)
}
