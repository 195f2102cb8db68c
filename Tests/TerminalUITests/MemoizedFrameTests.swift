import InterviewCore
import Testing

@testable import TerminalUI

/// Frames drawn on a long-lived screen, which replays the blocks whose keys did not change,
/// must be the frames drawn afresh, cell for cell and style for style: a key that leaves out
/// something its block reads shows here as a stale cell.
@Suite struct MemoizedFrameTests {
  static let sizes = [(rows: 24, columns: 80), (rows: 12, columns: 40), (rows: 30, columns: 100)]

  /// Renders `frames` one after another on one screen and each on a fresh screen, and
  /// expects the two to agree on every frame.
  func expectReplaysMatchFreshFrames(
    _ frames: [(name: String, interview: Interview, context: InterviewScreenContext)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for size in Self.sizes {
      var kept = GridScreen(rows: size.rows, columns: size.columns)
      for (index, frame) in frames.enumerated() {
        InterviewScreen.render(frame.interview, context: frame.context, into: &kept)
        let fresh = rendered(rows: size.rows, columns: size.columns) {
          InterviewScreen.render(frame.interview, context: frame.context, into: &$0)
        }
        let where_ = "frame \(index) (\(frame.name)) at \(size.columns)x\(size.rows)"
        #expect(kept.lines == fresh.lines, "\(where_)", sourceLocation: sourceLocation)
        // As a flag: a failure printing two grids of cells would bury the frame's name.
        let sameCells = kept.cells == fresh.cells
        #expect(sameCells, "styles differ in \(where_)", sourceLocation: sourceLocation)
        #expect(
          kept.cursor?.row == fresh.cursor?.row && kept.cursor?.column == fresh.cursor?.column,
          "cursor differs in \(where_)", sourceLocation: sourceLocation)
      }
    }
  }

  @Test func everyStateInTurnMatchesItsFreshFrame() {
    let frames = States.all.map { (name: $0.0, interview: $0.1, context: InterviewScreenContext()) }
    // There and back again, so every block is replayed after another state drew over it.
    expectReplaysMatchFreshFrames(frames + frames.reversed())
  }

  @Test func typingAnAnswerKeyByKeyMatchesFreshFrames() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 5)
    // Into the second segment, 0.3 s off the second: the interview's, the segment's and the
    // answer's clocks then turn over their seconds on different frames, so a key that left
    // one out would show it stale.
    script.now += 300
    while case .answering = script.interview.stage { script.send(.choose(.skip), after: 30) }
    script.now += 5_600
    script.send(.proceed)
    var frames: [(name: String, interview: Interview, context: InterviewScreenContext)] = []
    func keep(_ name: String, _ context: InterviewScreenContext = .init()) {
      frames.append((name, script.interview, context))
    }
    keep("thinking")
    let text =
      "When our lead chose a shared database for two services, I wrote up the coupling risks"
      + " and proposed an event stream instead. We tried both for a sprint: 日本語 docs, a 🚀"
      + " demo, and the numbers won. Then we wrote it down for the next team to find."
    // A key every 400 ms: the clocks tick over seconds and the bar fills between frames.
    var elapsed: Int64 = 0
    for (index, character) in text.enumerated() {
      script.now += 400
      elapsed += 400
      _ = script.interview.send(.edit(.insert(String(character))), at: script.now)
      keep("typed \(index)")
      if index % 37 == 36 {
        script.send(.edit(.lineBreak))
        keep("line break \(index)")
      }
    }
    for _ in 0..<30 {
      script.send(.edit(.deleteBackward))
      keep("backspace")
    }
    for command: EditCommand in [
      .up(width: 76), .up(width: 76), .wordLeft, .deleteWordBackward, .lineStart, .yank,
      .down(width: 76), .lineEnd, .undo, .redo,
    ] {
      script.send(.edit(command), after: 1)
      keep("\(command)")
    }
    script.wait(200)
    keep("over time")
    keep("save problem", InterviewScreenContext(saveProblem: "Not saved: the disk is full."))
    keep("saved again")
    script.send(.openMenu, after: 1)
    keep("menu")
    script.send(.closeMenu, after: 1)
    keep("menu closed")
    script.send(.toggleHelp)
    keep("help")
    script.send(.toggleHelp)
    keep("help closed")
    script.send(.submit, after: 3)
    keep("follow-up")
    script.send(.submit, after: 3)
    keep("notice")
    script.type("Raise it earlier.", after: 2)
    keep("follow-up typed")
    expectReplaysMatchFreshFrames(frames)
  }

  @Test func aBlockIsReplayedWhileItsKeyStaysAndDrawnAgainWhenItChanges() {
    var screen = GridScreen(rows: 2, columns: 10)
    var draws = 0
    func frame(key: Int, text: String) {
      screen.clear()
      let drawn = screen.memo(key, slot: 0) { screen in
        draws += 1
        return screen.write(text, row: 0, column: 0)
      }
      #expect(drawn == 5)
    }
    frame(key: 1, text: "first")
    // Same key: what the block drew the first time comes back, and the block does not run.
    frame(key: 1, text: "other")
    #expect(screen.lines == ["first", ""])
    #expect(draws == 1)
    frame(key: 2, text: "other")
    #expect(screen.lines == ["other", ""])
    #expect(draws == 2)
  }
}
