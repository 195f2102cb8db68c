import BenchmarkSupport
import InterviewCore
import TerminalUI

/// The timings of typing a whole answer once, one entry per keystroke.
struct TypingRun {
  /// What was measured, as the report names it.
  let name: String
  /// Nanoseconds from the key to the state machine having applied it: keymap + `send`.
  var handle: [Int64] = []
  /// Nanoseconds drawing the frame, if frames were drawn.
  var render: [Int64] = []
  /// Nanoseconds sending the frame to the terminal, if there was one.
  var present: [Int64] = []
  /// Bytes the terminal received for the keystroke, if there was one.
  var bytes: [Int64] = []
  /// The word each keystroke belongs to, for cost against answer length.
  var words: [Int] = []
  /// Bytes written before the first key: ncurses' set-up and the first, whole frame.
  var firstFrameBytes: Int64?
  /// Nanoseconds for the whole loop, bookkeeping included.
  var wall: Int64 = 0

  /// The whole cost of each keystroke.
  var total: [Int64] {
    handle.indices.map {
      handle[$0] + (render.isEmpty ? 0 : render[$0]) + (present.isEmpty ? 0 : present[$0])
    }
  }
}

/// The interview this benchmark types into, standing at its first question, and the instant
/// it got there on the scripted clock.
struct StartingPoint {
  /// The interview at its first question with an empty draft.
  let interview: Interview
  /// Milliseconds on the scripted clock when the question appeared.
  let now: Int64

  /// The bundled second-interview deck with a fixed seed, taken past the briefing and the
  /// first segment's introduction with Enter, as a user would.
  static func firstQuestion(seed: UInt64) -> StartingPoint {
    let library = DeckLibrary.bundled()
    guard library.problems.isEmpty, let deck = library.deck(withID: "second-interview") else {
      fail("the bundled decks did not load, or have no second-interview deck")
    }
    let settings = RehearsalSettings(
      company: "Northwind Traders", position: "Senior Software Engineer", seed: seed)
    let plan: InterviewPlan
    switch InterviewPlanner.plan(settings: settings, deck: deck, library: library) {
    case .success(let planned): plan = planned
    case .failure(let problem): fail("no plan: \(problem)")
    }
    var interview = Interview(plan: plan)
    var now: Int64 = 1_000_000
    let width = InterviewScreen.editorWidth(rows: 24, columns: 80)
    for _ in 0..<2 {
      guard let action = InterviewKeys.action(for: .enter, in: interview, editorWidth: width)
      else {
        fail("Enter does nothing at \(interview.stage)")
      }
      _ = interview.send(action, at: now)
      now += 2_000
    }
    guard case .answering(let turn) = interview.stage, turn.buffer.isEmpty, !turn.started else {
      fail("two Enters did not reach the first question: \(interview.stage)")
    }
    return StartingPoint(interview: interview, now: now)
  }

  /// The first question's text.
  var question: String {
    guard case .answering(let turn) = interview.stage else { return "" }
    return interview.questionText(for: turn)
  }
}

/// Types `answer` into `start` one key at a time as the full-screen app does: key → keymap →
/// `Interview.send` → frame → present, timing each step of each keystroke. Exits unless every
/// key changed the draft and the draft ends up exactly the answer.
func type<Sink: FrameSink>(
  _ answer: ScriptedAnswer, from start: StartingPoint, into sink: inout Sink, named name: String,
  drawsFrames: Bool
) -> TypingRun {
  let (rows, columns) = sink.size
  let width = InterviewScreen.editorWidth(rows: rows, columns: columns)
  var interview = start.interview
  var now = start.now
  let count = answer.keystrokes.count
  var run = TypingRun(name: name)
  run.handle.reserveCapacity(count)
  run.words.reserveCapacity(count)
  if drawsFrames {
    run.render.reserveCapacity(count)
    run.present.reserveCapacity(count)
    // The question as it first shows, before any key: ncurses paints every cell of it.
    sink.render(interview)
    sink.present()
    run.firstFrameBytes = sink.bytesWritten()
  }
  let began = nanoseconds()
  for stroke in answer.keystrokes {
    now += ScriptedAnswer.millisecondsPerKey
    let keyed = nanoseconds()
    guard let action = InterviewKeys.action(for: stroke.key, in: interview, editorWidth: width)
    else { fail("\(stroke.key) means nothing while answering") }
    let effects = interview.send(action, at: now)
    let handled = nanoseconds()
    if drawsFrames {
      sink.render(interview)
      let rendered = nanoseconds()
      sink.present()
      let presented = nanoseconds()
      run.render.append(rendered - handled)
      run.present.append(presented - rendered)
      if let bytes = sink.bytesWritten() { run.bytes.append(bytes) }
    }
    run.handle.append(handled - keyed)
    run.words.append(stroke.word)
    guard effects.contains(.draftChanged) else {
      fail("\(stroke.key) at word \(stroke.word) did not change the draft: \(effects)")
    }
  }
  run.wall = nanoseconds() - began
  check(interview, holds: answer, after: name)
  return run
}

/// Exits unless `interview`'s draft is exactly `answer`, all of it, with the cursor at its end.
func check(_ interview: Interview, holds answer: ScriptedAnswer, after name: String) {
  guard case .answering(let turn) = interview.stage else {
    fail("\(name): the interview left the question: \(interview.stage)")
  }
  let buffer = turn.buffer
  guard buffer.text == answer.text, buffer.cursor == buffer.count else {
    fail("\(name): the draft is not the scripted answer (\(buffer.count) characters)")
  }
  guard buffer.wordCount == answer.wordCount else {
    fail("\(name): the draft has \(buffer.wordCount) words, not \(answer.wordCount)")
  }
}
