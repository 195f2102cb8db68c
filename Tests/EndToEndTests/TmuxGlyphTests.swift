import Foundation
import InterviewCore
import Testing
import TranscriptStore

/// Under a locale that is not UTF-8 (`LANG=C`) the terminal cannot show Unicode: every mark of
/// the app's own has an ASCII stand-in, so none shows up as `?`.
@Suite(
  "glyphs without a UTF-8 locale (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxGlyphTests {
  /// A store with one finished interview whose text has no `?` and only marks with ASCII
  /// stand-ins (a dash, a curly apostrophe), so any `?` on screen is a mark not shown.
  private func storeWithAnInterview(_ sandbox: Sandbox) throws {
    let store = try TranscriptDatabase.open(directory: sandbox.store.path, access: .readWrite)
    defer { store.close() }
    let started = Date(timeIntervalSince1970: 1_794_821_400)
    let id = try store.createSession(
      NewSession(
        started: started, company: "Acme", position: "Analyst", deckID: "second-interview",
        deckTitle: "Second interview", role: nil, mode: "typed", segments: ["behavioural"],
        seed: 1, salaryRange: nil, walkAway: nil))
    try store.append(
      Entry(
        TranscriptEntry(
          sequence: 1, kind: .answer, segment: .behavioural, questionID: "launch",
          question: "Tell me about a launch you owned — start to end.",
          answer: "We shipped it in six weeks · it’s still running.",
          thinkingMilliseconds: 3_000, answerMilliseconds: 50_000, targetMilliseconds: 120_000,
          parentSequence: nil, skipped: false, spokenNotes: false), recorded: started),
      to: id)
    try store.setStatus(.finished, sessionID: id, at: started)
  }

  /// The review list and the opened transcript under `locale`.
  private func screens(_ sandbox: Sandbox, locale: String) throws -> [String] {
    let tmux = try Tmux(sandbox: sandbox)
    tmux.extraEnvironment = ["LANG": locale]
    try tmux.start(["review", "--data-dir", sandbox.store.path])
    let list = try #require(tmux.waitFor("Acme"), "no list:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("Enter")
    let opened = try #require(
      tmux.waitFor("six weeks"), "no transcript:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("q")
    try tmux.press("q")
    return [list, opened]
  }

  @Test("review under LANG=C shows no '?' that the UTF-8 screen does not")
  func reviewHasNoQuestionMarks() throws {
    let sandbox = try Sandbox()
    try storeWithAnInterview(sandbox)
    let unicode = try screens(sandbox, locale: "C.UTF-8")
    let ascii = try screens(sandbox, locale: "C")
    for (wide, narrow) in zip(unicode, ascii) {
      let marks = { (screen: String) in screen.filter { $0 == "?" }.count }
      #expect(marks(narrow) == marks(wide), "LANG=C:\n\(narrow)\nC.UTF-8:\n\(wide)")
      let allASCII = narrow.unicodeScalars.allSatisfy { $0.isASCII }
      #expect(allASCII, "\(narrow)")
    }
    // The header's separators are there, as ASCII.
    #expect(ascii[1].contains(" - "), "\(ascii[1])")
  }
}
