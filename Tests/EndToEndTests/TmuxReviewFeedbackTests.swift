import Foundation
import Testing

/// The review's feedback in a real terminal (tmux): an answer with fillers and hedges, saved
/// by a real rehearsal, opened in review at 80x24 and 40x12, with and without colour; its
/// highlights read from the cells' attributes (`capture-pane -e`), and `f` hides them.
///
/// DEPENDS ON THE STORE WORK (wip-store): feedback reaches the store only through it (here
/// `transcripts analyse`). Until that merges, the review shows "No feedback yet" and the test
/// ends there as a known issue; after the merge the whole test runs and must pass.
@Suite(
  "review feedback in a terminal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxReviewFeedbackTests {
  /// Two fillers ("Um", "basically") and a hedge ("I think") around plain words.
  static let answer = "Um, I think we basically shipped the zeppelin dashboard in two sprints."

  /// A store holding one plain rehearsal that answered with `answer`, and whether
  /// `transcripts analyse` (the store work) gave its answers feedback.
  private func rehearsed() throws -> (Sandbox, analysed: Bool) {
    let sandbox = try Sandbox()
    let made = try sandbox.run(
      sandbox.plainArguments(TmuxReviewTests.smallInterview), input: Self.answer + "\n\n\n\n\n")
    try #require(made.exitCode == 0, "plain rehearsal: \(made.stderr)")
    // Whether or not the rehearsal saved feedback, analysing makes it: the review is what is
    // tested here, not when feedback is made.
    let analysed = try sandbox.run([
      "transcripts", "analyse", "1", "--data-dir", sandbox.store.path,
    ])
    return (sandbox, analysed.exitCode == 0)
  }

  /// What a word looks like on the captured screen: its attributes if every cell shares them.
  private func look(_ word: String, in rows: [[StyledCell]]) -> (Set<StyledCell.Attribute>, Bool)? {
    guard let cells = StyledCell.find(word, in: rows), let first = cells.first,
      cells.allSatisfy({ $0.attributes == first.attributes && $0.isColoured == first.isColoured })
    else { return nil }
    return (first.attributes, first.isColoured)
  }

  /// Whether the screen shows the answer's highlights as the screen draws them: fillers bold
  /// and underlined, the hedge dim and underlined, the rest plain; coloured only with colour.
  private func showsHighlights(_ rows: [[StyledCell]], colour: Bool) -> Bool {
    guard let filler = look("basically", in: rows), let hedge = look("I think", in: rows),
      let plain = look("zeppelin", in: rows)
    else { return false }
    return filler.0 == [.bold, .underline] && filler.1 == colour
      && hedge.0 == [.dim, .underline] && !hedge.1 && plain.0.isEmpty && !plain.1
  }

  /// Whether the answer's words are all drawn plain.
  private func showsNoHighlights(_ rows: [[StyledCell]]) -> Bool {
    ["basically", "I think", "Um,", "zeppelin"].allSatisfy { word in
      look(word, in: rows).map { $0.0.isEmpty && !$0.1 } ?? false
    }
  }

  @Test(
    "fillers and hedges are highlighted at 80x24 and 40x12, and f hides and shows them",
    arguments: [false, true])
  func highlights(noColor: Bool) throws {
    let (sandbox, analysed) = try rehearsed()
    let tmux = try Tmux(sandbox: sandbox)
    if noColor { tmux.extraEnvironment = ["NO_COLOR": "1"] }
    try tmux.start(["review", "--data-dir", sandbox.store.path])
    try #require(tmux.waitFor("Acme") != nil, "no list:\n\((try? tmux.screen()) ?? "")")
    let opened = try #require(
      try tmux.press("Enter", until: "zeppelin", maxPresses: 1),
      "the transcript did not open:\n\((try? tmux.screen()) ?? "")")

    if !analysed || Tmux.flat(opened).contains("No feedback yet") {
      // The store work (wip-store) has not merged: the answer was saved without feedback.
      withKnownIssue("DEPENDS ON wip-store: no 'transcripts analyse', no feedback in the store") {
        Issue.record("the answer has no feedback (analysed: \(analysed)):\n\(opened)")
      }
      #expect(Tmux.flat(opened).contains("transcripts analyse 1"), "\(opened)")
      try tmux.press("q")
      return
    }

    // 80x24: the feedback block under the answer, its counts line the legend.
    let full = try #require(
      tmux.waitForStyledScreen { showsHighlights($0, colour: !noColor) },
      "no highlights at 80x24:\n\((try? tmux.screen()) ?? "")")
    let text = try tmux.screen()
    #expect(text.contains("✓ context") || text.contains("✗ context"), "\(text)")
    #expect(text.contains("fillers 2"), "\(text)")
    #expect(text.contains("hedges 1"), "\(text)")
    #expect(text.contains("f highlights"), "\(text)")
    #expect(look("fillers", in: full)?.0 == [.bold, .underline])

    // f hides them without moving a character; f again brings them back.
    try tmux.press("f")
    try #require(
      tmux.waitForStyledScreen(showsNoHighlights) != nil,
      "f did not hide the highlights:\n\((try? tmux.screen()) ?? "")")
    #expect(try tmux.screen() == text)
    try tmux.press("f")
    try #require(tmux.waitForStyledScreen { showsHighlights($0, colour: !noColor) } != nil)

    // 40x12: the compact block; scroll until the counts line shows with the answer's end.
    try tmux.resize(width: 40, height: 12)
    try #require(
      tmux.waitForScreen { $0.contains("Acme") && $0.split(separator: "\n").count <= 12 } != nil)
    var compact = try tmux.screen()
    for _ in 0..<8 where !compact.contains("fillers 2 (") {
      try tmux.press("j")
      Thread.sleep(forTimeInterval: 0.1)
      compact = try tmux.screen()
    }
    #expect(compact.contains("fillers 2 ("), "\(compact)")
    #expect(compact.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(compact)")
    let small = try #require(
      tmux.waitForStyledScreen { rows in
        look("basically", in: rows)?.0 == [.bold, .underline]
          || look("zeppelin", in: rows) == nil
      }, "no highlights at 40x12:\n\(compact)")
    if look("basically", in: small) != nil {
      #expect(look("basically", in: small)?.1 == !noColor)
    }
    #expect(look("fillers", in: small)?.0 == [.bold, .underline], "\(compact)")
    #expect(look("hedges", in: small)?.0 == [.dim, .underline], "\(compact)")

    try tmux.press("q")
    try #require(tmux.waitFor("Transcripts") != nil)
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)
  }
}
