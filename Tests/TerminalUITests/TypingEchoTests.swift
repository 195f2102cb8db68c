import Glibc
import InterviewCore
import Testing

@testable import TerminalUI

/// A key echoed straight to its cell must leave the screen exactly as drawing the whole frame
/// would: every cell, style and the cursor, on every key of long typing runs; only the word
/// count may be behind, until typing pauses.
@Suite struct TypingEchoTests {
  static let sizes = [(rows: 24, columns: 80), (rows: 12, columns: 40), (rows: 30, columns: 100)]

  /// A screen kept from frame to frame as the app keeps the terminal: a key the echo takes
  /// becomes one cell, a change to the editor alone redraws its rows, any other frame is drawn
  /// whole.
  struct EchoedScreen {
    var grid: GridScreen
    var echo = TypingEcho()
    var drawn = 0
    var echoed: Int { grid.echoes }
    var patched: Int { grid.patches }

    init(rows: Int, columns: Int) { grid = GridScreen(rows: rows, columns: columns) }

    mutating func show(_ interview: Interview, context: InterviewScreenContext = .init()) {
      let before = (grid.echoes, grid.patches)
      InterviewScreen.show(interview, context: context, into: &grid, echoing: &echo)
      if (grid.echoes, grid.patches) == before { drawn += 1 }
    }
  }

  /// Expects `kept` to be the frame drawn whole for `interview`, but for row `late` (the word
  /// count behind, when given), which must then differ from it only in the count's digits.
  func expectSameAsFresh(
    _ kept: GridScreen, _ interview: Interview, _ label: String,
    context: InterviewScreenContext = .init(), exceptLateCounts late: Int? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let (rows, columns) = kept.size
    let fresh = rendered(rows: rows, columns: columns) {
      InterviewScreen.render(interview, context: context, into: &$0)
    }
    let place = "\(label) at \(columns)x\(rows)"
    var keptLines = kept.lines
    var freshLines = fresh.lines
    var keptCells = kept.cells
    var freshCells = fresh.cells
    if let late {
      #expect(
        keptLines[late] != freshLines[late], "a late count that is right \(place)",
        sourceLocation: sourceLocation)
      #expect(
        keptLines[late].contains("word") && freshLines[late].contains("word"),
        "the late row is not the count's \(place): \(keptLines[late])",
        sourceLocation: sourceLocation)
      keptLines.remove(at: late)
      freshLines.remove(at: late)
      keptCells.remove(at: late)
      freshCells.remove(at: late)
    }
    #expect(keptLines == freshLines, "\(place)", sourceLocation: sourceLocation)
    let sameCells = keptCells == freshCells
    #expect(sameCells, "styles differ \(place)", sourceLocation: sourceLocation)
    #expect(
      kept.cursor?.row == fresh.cursor?.row && kept.cursor?.column == fresh.cursor?.column,
      "cursor differs \(place)", sourceLocation: sourceLocation)
  }

  /// An answer typed a key at a time, with spaces, punctuation, line breaks, a long word that
  /// must be broken, backspaces, non-ASCII text and clocks turning over their seconds.
  static let typed: String = {
    var text =
      "When our lead chose a shared database for two services, I wrote up the coupling risks"
      + " and proposed an event stream instead. We tried both for a sprint (two weeks) and the"
      + " numbers won: p99 latency fell from 180 ms to 40 ms. "
    text += String(repeating: "supercalifragilistic", count: 6) + " then 日本語 docs, a 🚀 demo. "
    for round in 0..<5 {
      text += "Round \(round): we measured, wrote it down and asked the team what they saw. "
    }
    return text
  }()

  @Test func everyKeyEchoedLeavesTheFrameAWholeDrawWouldMake() {
    // Starting late too, so the typing runs into the last quarter of the target (the timer's
    // colour) and past it (the time over).
    // A target of 47 s too: its last quarter starts (35.25 s) and its bar fills (a cell every
    // 1.57 s) between the seconds the clock shows.
    let runs: [(size: (rows: Int, columns: Int), target: Int, late: Int64)] =
      Self.sizes.flatMap { size in [(size, 120, 3), (size, 120, 70), (size, 47, 20)] }
    for (size, target, late) in runs {
      var script = Self.answering(targetSeconds: target, after: late)
      var screen = EchoedScreen(rows: size.rows, columns: size.columns)
      screen.show(script.interview)
      for (index, character) in Self.typed.enumerated() {
        // 130 ms a key: the answer's and the interview's clocks turn over between keys.
        script.now += 130
        _ = script.interview.send(.edit(.insert(String(character))), at: script.now)
        screen.show(script.interview)
        expectSameAsFresh(
          screen.grid, script.interview, "key \(index) '\(character)' (target \(target) s)",
          exceptLateCounts: screen.echo.lateCountsRow)
        if index % 11 == 10 {
          // Typing pauses: the count catches up, and the frame is the whole draw's.
          let wasLate = screen.echo.countsAreLate
          let patched = screen.patched
          screen.show(script.interview)
          expectSameAsFresh(screen.grid, script.interview, "pause after key \(index)")
          #expect(!screen.echo.countsAreLate)
          if wasLate {
            #expect(screen.patched == patched + 1 && screen.grid.lastPatchedRows.count == 1)
          }
        }
        if index % 97 == 96 {
          script.send(.edit(.lineBreak))
          screen.show(script.interview)
          expectSameAsFresh(screen.grid, script.interview, "line break after key \(index)")
        }
        if index % 41 == 40 {
          script.send(.edit(.deleteBackward))
          screen.show(script.interview)
          expectSameAsFresh(screen.grid, script.interview, "backspace after key \(index)")
        }
      }
      // Most keys go straight to their cell; pauses after a word started redraw the count,
      // wraps and backspaces the editor alone; the seconds draw the frame.
      #expect(screen.echoed > Self.typed.count / 2, "\(size): \(screen.echoed) echoed")
      #expect(screen.patched > Self.typed.count / 10, "\(size): \(screen.patched) patched")
      #expect(screen.drawn > 20, "\(size): \(screen.drawn) drawn")
      #expect(screen.drawn < screen.patched, "\(size): \(screen.drawn) drawn")
    }
  }

  /// The first question, its target `targetSeconds`, answered for `seconds` with a
  /// two-paragraph draft.
  static func answering(targetSeconds: Int, after seconds: Int64) -> Script {
    var plan = screenPlan()
    plan.segments[0].questions[0].targetSeconds = targetSeconds
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.type("When our lead chose a shared database for two services, I wrote it up.")
    script.send(.edit(.lineBreak))
    script.type("We tried both for a sprint: 日本語 docs, a 🚀 demo, and the numbers won.")
    script.wait(seconds)
    return script
  }

  /// An answer whose last line is "and ", shown on a `rows` by `columns` screen: the next
  /// letter starts a word.
  static func beforeAWord(rows: Int = 24, columns: Int = 80) -> (Script, EchoedScreen) {
    var script = States.typedAnswerScript(seconds: 3)
    var screen = EchoedScreen(rows: rows, columns: columns)
    script.send(.edit(.lineBreak))
    script.type("and ")
    screen.show(script.interview)
    return (script, screen)
  }

  /// `edit` 50 ms after the last key, then the screen shown for it.
  static func press(_ edit: EditCommand, _ script: inout Script, _ screen: inout EchoedScreen) {
    script.now += 50
    _ = script.interview.send(.edit(edit), at: script.now)
    screen.show(script.interview)
  }

  @Test func aWordStartedIsEchoedAndItsCountDrawnAloneWhenTypingPauses() {
    for size in Self.sizes {
      var (script, screen) = Self.beforeAWord(rows: size.rows, columns: size.columns)
      #expect(!screen.echo.countsAreLate)
      let before = (screen.echoed, screen.patched)
      Self.press(.insert("x"), &script, &screen)
      // The character on its cell, the count behind by the word it starts.
      #expect(screen.echoed == before.0 + 1, "\(size)")
      #expect(screen.patched == before.1, "\(size)")
      #expect(screen.echo.countsAreLate)
      let late = screen.echo.lateCountsRow
      expectSameAsFresh(screen.grid, script.interview, "word started", exceptLateCounts: late)
      // More of the word: echoed, the count still behind.
      Self.press(.insert("y"), &script, &screen)
      #expect(screen.echoed == before.0 + 2, "\(size)")
      #expect(screen.echo.countsAreLate)
      // Typing pauses: only the border row with the word count is drawn again.
      screen.show(script.interview)
      expectSameAsFresh(screen.grid, script.interview, "typing paused")
      #expect(!screen.echo.countsAreLate)
      #expect(screen.patched == before.1 + 1, "\(size)")
      #expect(screen.grid.lastPatchedRows == late.map { $0..<($0 + 1) }, "\(size)")
    }
  }

  @Test func aWordStartedAndDeletedLeavesTheCountOnTime() {
    var (script, screen) = Self.beforeAWord()
    Self.press(.insert("x"), &script, &screen)
    #expect(screen.echo.countsAreLate)
    Self.press(.deleteBackward, &script, &screen)
    #expect(!screen.echo.countsAreLate)
    expectSameAsFresh(screen.grid, script.interview, "word deleted")
  }

  @Test func theWaitForTheNextKeyIsTheCountsPauseWhileTheCountIsLate() {
    var (script, screen) = Self.beforeAWord()
    #expect(screen.echo.wait(upTo: 250) == 250)
    Self.press(.insert("x"), &script, &screen)
    #expect(screen.echo.wait(upTo: 250) == TypingEcho.countsPauseMilliseconds)
    // A sooner deadline (an autosave, a clock second) still wins.
    #expect(screen.echo.wait(upTo: 5) == 5)
    screen.show(script.interview)
    #expect(screen.echo.wait(upTo: 250) == 250)
  }

  @Test func typingInTheMiddleOfTheAnswerDrawsTheFrame() {
    var script = States.typedAnswerScript(seconds: 3)
    var screen = EchoedScreen(rows: 24, columns: 80)
    script.send(.edit(.wordLeft))
    screen.show(script.interview)
    for character in "xyz" {
      script.now += 50
      _ = script.interview.send(.edit(.insert(String(character))), at: script.now)
      screen.show(script.interview)
      expectSameAsFresh(screen.grid, script.interview, "inserted '\(character)'")
    }
    #expect(screen.echoed == 0)
  }

  @Test func aNoticeTheMenuOrTheHelpDrawTheFrame() {
    var script = States.typedAnswerScript(seconds: 3)
    var screen = EchoedScreen(rows: 24, columns: 80)
    // On a line of its own: a line with wide characters is always drawn whole.
    script.send(.edit(.lineBreak))
    script.type("and")
    screen.show(script.interview)
    script.type("x")
    screen.show(script.interview)
    #expect(screen.echoed == 1)
    // A save problem appears in the status row: the next key draws it.
    let failing = InterviewScreenContext(saveProblem: "disk full")
    script.type("y")
    screen.show(script.interview, context: failing)
    #expect(screen.echoed == 1)
    expectSameAsFresh(screen.grid, script.interview, "save problem", context: failing)
    script.send(.openMenu)
    screen.show(script.interview, context: failing)
    #expect(screen.echoed == 1)
    expectSameAsFresh(screen.grid, script.interview, "menu", context: failing)
  }

  @Test func anotherInterviewUnnamedIsDrawnWholeAndOneNamedAlikeIsEchoed() {
    // Two interviews at the same place, one plan for another company: without a transcript
    // to tell them apart the plans are compared, and the other company's frame is drawn.
    func typed(company: String) -> Script {
      var plan = screenPlan()
      plan.settings.company = company
      var script = Script(plan)
      script.send(.proceed)
      script.send(.proceed, after: 5)
      script.type("and")
      return script
    }
    var first = typed(company: "Acme")
    var other = typed(company: "Globex")
    var screen = EchoedScreen(rows: 24, columns: 80)
    screen.show(first.interview)
    other.type("x")
    screen.show(other.interview)
    #expect(screen.echoed == 0)
    expectSameAsFresh(screen.grid, other.interview, "another company's interview")
    // Named, a session's transcript stands for its plan: the same interview's key is echoed.
    let named = InterviewScreenContext(transcriptPath: "store.sqlite (session 4)")
    screen.show(first.interview, context: named)
    first.type("x")
    screen.show(first.interview, context: named)
    #expect(screen.echoed == 1)
    expectSameAsFresh(screen.grid, first.interview, "named session", context: named)
  }

  @Test func aFrameForgottenIsDrawnWhole() {
    var script = States.typedAnswerScript(seconds: 3)
    var screen = EchoedScreen(rows: 24, columns: 80)
    script.send(.edit(.lineBreak))
    script.type("and")
    screen.show(script.interview)
    screen.echo.forget()
    script.type("x")
    screen.show(script.interview)
    #expect(screen.echoed == 0 && screen.drawn == 2)
  }
}
