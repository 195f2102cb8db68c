import Foundation
import Testing

/// The answer editor's shell keys in a real terminal (tmux): what the keys send is what a
/// terminal sends, through ncurses and the key decoder, to the text on screen.
@Suite(
  "the answer editor's shell keys in a terminal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxAnswerEditorTests {
  /// Waits until the answer box's text is `draft`, exactly.
  private func expectBox(_ draft: String, in tmux: Tmux) throws {
    let shown = tmux.waitForScreen { Tmux.boxText($0) == Tmux.flat(draft) }
    try #require(
      shown != nil, "the box never showed '\(draft)':\n\((try? tmux.screen()) ?? "")")
  }

  @Test("Ctrl-W deletes a word, Ctrl-Y puts it back, Ctrl-_ undoes the yank and then the kill")
  func killYankUndo() throws {
    let sandbox = try Sandbox()
    let flags = TmuxRehearsalTests.smallInterview
    let question = try TmuxRehearsalTests.firstQuestion(flags)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(TmuxRehearsalTests.arguments(sandbox, flags))
    try #require(
      try tmux.press("Enter", until: question) != nil,
      "never reached the question:\n\((try? tmux.screen()) ?? "")")

    try tmux.type("we shipped it on time")
    try expectBox("we shipped it on time", in: tmux)
    try tmux.press("C-w")
    try expectBox("we shipped it on", in: tmux)
    try tmux.press("C-a")
    try tmux.press("C-y")
    try expectBox("timewe shipped it on", in: tmux)
    try tmux.press("C-_")
    try expectBox("we shipped it on", in: tmux)
    try tmux.press("C-_")
    try expectBox("we shipped it on time", in: tmux)
    try tmux.press("C-_")
    try expectBox("we shipped it on", in: tmux)
  }
}
