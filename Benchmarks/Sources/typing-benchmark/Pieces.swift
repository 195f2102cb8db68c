import BenchmarkSupport
import InterviewCore
import TerminalUI

/// One piece of a keystroke's work timed on its own, on the whole answer.
struct Piece {
  /// What was timed.
  let name: String
  /// Median nanoseconds per call.
  let median: Int64
  /// Why it matters, or what it shows.
  let note: String
}

/// Median nanoseconds of `repetitions` calls of `body`, whose results `body` must use (here,
/// add to a checked total) so that the optimizer cannot drop the work; cheaply, since that is
/// timed too (a `GridScreen`'s `lines` would cost more than the frame).
func medianTime(_ repetitions: Int, _ body: () -> Void) -> Int64 {
  var times: [Int64] = []
  for _ in 0..<repetitions {
    let began = nanoseconds()
    body()
    times.append(nanoseconds() - began)
  }
  return median(times)
}

/// The pieces the profile names as the cost of a keystroke late in a long answer, each timed on
/// the whole answer through the public API, and a whole frame with an empty and a full editor.
func measurePieces(_ answer: ScriptedAnswer, from start: StartingPoint, full: Interview)
  -> [Piece]
{
  let repetitions = 50
  let width = InterviewScreen.editorWidth(rows: 24, columns: 80)
  let buffer = AnswerBuffer(text: answer.text)
  var used = 0

  let layout = medianTime(repetitions) { used += buffer.layout(width: width).lines.count }
  let words = medianTime(repetitions) { used += buffer.wordCount }

  // Interview.edit takes the turn out of `stage` (`case .answering(var turn)`), edits it while
  // `stage` still holds the same array, then stores it back: the insert copies every Character
  // and the store frees the old array. Held once, the same insert is an append.
  var unique = buffer
  unique.insert("x")
  let uniqueInsert = medianTime(repetitions) {
    unique.insert("x")
    used += unique.count
  }
  var stored: AnswerBuffer? = buffer
  let sharedInsert = medianTime(repetitions) {
    guard var turn = stored else { return }
    turn.insert("x")
    stored = turn
    used += turn.count
  }

  var grid = GridScreen(rows: 24, columns: 80)
  let emptyFrame = medianTime(repetitions) {
    InterviewScreen.render(start.interview, context: InterviewScreenContext(), into: &grid)
    used += grid.cursor?.column ?? 1
  }
  let fullFrame = medianTime(repetitions) {
    InterviewScreen.render(full, context: InterviewScreenContext(), into: &grid)
    used += grid.cursor?.column ?? 1
  }
  guard used > 0 else { fail("the pieces did no work") }

  let characters = Report.grouped(buffer.count)
  return [
    Piece(
      name: "AnswerBuffer.layout(width: \(width))", median: layout,
      note: "every frame: wraps all \(characters) characters, builds every line's String"),
    Piece(
      name: "AnswerBuffer.wordCount", median: words,
      note: "every frame, for the editor's word count: walks all \(characters) characters"),
    Piece(
      name: "insert one character, buffer held once", median: uniqueInsert,
      note: "what an edit needs"),
    Piece(
      name: "insert one character, buffer held twice", median: sharedInsert,
      note: "the cost Interview.edit avoids by letting go of the stage first"),
    Piece(
      name: "InterviewScreen.render, empty answer", median: emptyFrame,
      note: "GridScreen 80x24: a frame's fixed cost"),
    Piece(
      name: "InterviewScreen.render, \(Report.grouped(answer.wordCount)) words", median: fullFrame,
      note: "GridScreen 80x24: the last keystroke's frame"),
  ]
}
