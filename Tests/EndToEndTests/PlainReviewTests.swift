import Foundation
import Testing

/// `review --plain`, and `review` without a terminal: the numbered list, a transcript as
/// `transcripts show` prints it, and review's actions, each equal to a `transcripts` command.
@Suite("review --plain from a pipe and a terminal")
struct PlainReviewTests {
  private func store(_ sandbox: Sandbox) -> [String] { ["--data-dir", sandbox.store.path] }

  @Test("from a pipe: open, rate, note, mark, history; the same as transcripts show")
  func pipe() throws {
    let sandbox = try TranscriptsAnnotateTests.rehearsed()
    let id = try #require(try sandbox.sessions().first?.id)
    let shown = try sandbox.run(["transcripts", "show", "\(id)"] + store(sandbox))
    let input =
      ["\(id)", "?", "r 2 4", "n 1 Lead with the result", "a 2", "h 2", "q"]
      .joined(separator: "\n") + "\n"
    let result = try sandbox.run(["review"] + store(sandbox), input: input)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("Transcript \(id): Acme, Analyst."), "\(out)")
    #expect(out.contains("Open which? (number, q to quit): "), "\(out)")
    #expect(out.contains(shown.stdout), "the transcript is shown as 'transcripts show' prints it")
    #expect(out.contains("    secondround transcripts rate \(id) N R"), "\(out)")
    #expect(out.contains("    secondround transcripts again \(id) N"), "\(out)")
    #expect(out.contains("Rated answer 2 4 of 5."), "\(out)")
    #expect(out.contains("Marked answer 2 to practise again"), "\(out)")
    #expect(out.contains("(1 attempt, oldest first)"), "\(out)")
    let entries = try sandbox.onlyTranscript().entries
    #expect(entries.first { $0.sequence == 2 }?.rating == 4)
    #expect(entries.first { $0.sequence == 1 }?.note == "Lead with the result")
  }

  @Test(
    "from a pipe, a bad transcript number, answer number or rating exits 64 in one line",
    arguments: [["99"], ["1", "r 7 3"], ["1", "r 1 9"], ["1", "h 9"], ["1", "x"]])
  func badLines(lines: [String]) throws {
    let sandbox = try TranscriptsAnnotateTests.rehearsed()
    let result = try sandbox.run(
      ["review", "--plain"] + store(sandbox), input: lines.joined(separator: "\n") + "\nq\n")
    #expect(result.exitCode == 64, "\(lines): \(result.stdout)")
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("secondround: error: "), "\(result.stderr)")
    #expect(try sandbox.onlyTranscript().entries.allSatisfy { $0.rating == nil })
  }

  @Test("delete asks, naming what goes; only yes deletes")
  func delete() throws {
    let sandbox = try TranscriptsAnnotateTests.rehearsed()
    let kept = try sandbox.run(["review"] + store(sandbox), input: "1\nD\nn\nq\n")
    #expect(kept.exitCode == 0, "\(kept.stderr)")
    #expect(
      kept.stdout.contains("Delete transcript 1 (Acme, Analyst, "), "\(kept.stdout)")
    #expect(kept.stdout.contains("2 answers with their ratings and notes)?"), "\(kept.stdout)")
    #expect(kept.stdout.contains("Kept transcript 1."))
    #expect(try sandbox.sessions().count == 1)
    let gone = try sandbox.run(["review"] + store(sandbox), input: "1\nD\ny\n")
    #expect(gone.exitCode == 0, "\(gone.stderr)")
    #expect(gone.stdout.contains("Deleted transcript 1."), "\(gone.stdout)")
    #expect(gone.stdout.contains("No transcripts yet"), "\(gone.stdout)")
    #expect(try sandbox.sessions().isEmpty)
  }

  @Test("transcripts again and transcripts history: review's a and h from a script")
  func commandEquivalents() throws {
    let sandbox = try TranscriptsAnnotateTests.rehearsed()
    let marked = try sandbox.run(["transcripts", "again", "1", "1"] + store(sandbox))
    #expect(marked.exitCode == 0, "\(marked.stderr)")
    #expect(marked.stdout.hasPrefix("Marked to practise again: answer 1 of transcript 1"))
    let json = try sandbox.run(["transcripts", "show", "1", "--json"] + store(sandbox))
    #expect(json.stdout.contains("\"practise_again\" : true"), "\(json.stdout)")
    let unmarked = try sandbox.run(["transcripts", "again", "1", "1", "--off"] + store(sandbox))
    #expect(unmarked.exitCode == 0)
    let after = try sandbox.run(["transcripts", "show", "1", "--json"] + store(sandbox))
    #expect(!after.stdout.contains("\"practise_again\" : true"), "\(after.stdout)")
    let history = try sandbox.run(["transcripts", "history", "1", "2"] + store(sandbox))
    #expect(history.exitCode == 0, "\(history.stderr)")
    #expect(history.stdout.contains("(1 attempt, oldest first)"), "\(history.stdout)")
    #expect(history.stdout.contains("  Second answer."), "\(history.stdout)")
    for bad in [["again", "9", "1"], ["again", "1", "9"], ["history", "1", "9"]] {
      let result = try sandbox.run(["transcripts"] + bad + store(sandbox))
      #expect(result.exitCode == 64, "\(bad): \(result.stderr)")
      #expect(result.stderrLines.count == 1, "\(result.stderr)")
    }
  }

  @Test(
    "in a terminal (tmux): a bad line is answered and asked again; rating works",
    .enabled(if: Tmux.isAvailable, "tmux is not installed"))
  func terminal() throws {
    let sandbox = try TranscriptsAnnotateTests.rehearsed()
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["review", "--plain"] + store(sandbox))
    try #require(tmux.waitFor("Open which?") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("7")
    try tmux.press("Enter")
    try #require(tmux.waitFor("There is no transcript 7") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("1")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Action?") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("r 5 3")
    try tmux.press("Enter")
    try #require(tmux.waitFor("There is no answer 5") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("r 1 5")
    try tmux.press("Enter")
    try #require(tmux.waitFor("Rated answer 1 5 of 5.") != nil, "\((try? tmux.screen()) ?? "")")
    try tmux.type("q")
    try tmux.press("Enter")
    try #require(
      tmux.waitForScreen { _ in (try? tmux.paneValue("#{pane_dead}")) == "1" } != nil,
      "the app did not stop:\n\((try? tmux.screen()) ?? "")")
    #expect(try sandbox.onlyTranscript().entries.first { $0.sequence == 1 }?.rating == 5)
  }
}
