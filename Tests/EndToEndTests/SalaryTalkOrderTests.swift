import Foundation
import Testing

/// The bundled salary talk runs in the deck's order, and the questions that answer a figure
/// (the budget pushback, "top of our band", "within the range you gave") are asked only once an
/// answer named one.
@Suite("rehearse: the salary talk in order")
struct SalaryTalkOrderTests {
  /// Every salary question of the bundled deck, in file order, by id.
  private func salaryIDs(_ sandbox: Sandbox) throws -> [String] {
    let deck = try JSONOutput.deck(
      try sandbox.run(["decks", "show", Bundled.generalID, "--json"]))
    return try #require(deck.segments.first { $0.id == "salary" }).questions.map(\.id)
  }

  /// A plain rehearsal of the whole salary segment, answering with `answers` then "Fine." to
  /// every other question; returns the run and the ids asked, in order.
  private func rehearse(_ sandbox: Sandbox, answers: [String]) throws -> (RunResult, [String]) {
    let lines = answers + Array(repeating: "Fine.", count: 20 - answers.count)
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--segments", "salary", "--per-segment", "20", "--no-follow-ups", "--seed", "11",
      ]), input: lines.joined(separator: "\n") + "\n\n\n\n")
    try #require(result.exitCode == 0, "\(result.stderr)")
    let session = try #require(try sandbox.sessions().last)
    let ids = try sandbox.transcript(session.id).entries.filter { $0.kind == "answer" }
      .compactMap(\.questionID)
    return (result, ids)
  }

  private let waitForAFigure: Set = [
    "justify-the-number", "budget-below-expectation", "accept-on-the-spot",
  ]

  @Test("a figure named first: every salary question, in the deck's order, pushback after it")
  func figureNamed() throws {
    let sandbox = try Sandbox()
    let all = try salaryIDs(sandbox)
    #expect(all.first == "salary-expectations")
    let (result, asked) = try rehearse(sandbox, answers: ["I'm looking for 85,000 a year."])
    #expect(asked == all)
    let printed = PrintedQuestion.all(in: result.stdout)
    #expect(printed.first?.text.hasPrefix("What salary are you expecting for") == true)
    let pushback = try #require(
      printed.firstIndex { $0.text.hasPrefix("Our budget for this role") })
    #expect(pushback > 0)
    #expect(printed.last?.heading.contains("question \(all.count) of \(all.count),") == true)
  }

  @Test("no figure named: the questions that answer one are left out, and the count says so")
  func noFigureNamed() throws {
    let sandbox = try Sandbox()
    let all = try salaryIDs(sandbox)
    let (result, asked) = try rehearse(
      sandbox, answers: ["I'd like to hear what you have budgeted first."])
    #expect(asked == all.filter { !waitForAFigure.contains($0) })
    #expect(!result.stdout.contains("below the figure you mentioned"))
    #expect(!result.stdout.contains("within the range you gave"))
    let left = all.count - waitForAFigure.count
    let printed = PrintedQuestion.all(in: result.stdout)
    #expect(printed.last?.heading.contains("question \(left) of \(left),") == true)
  }

  @Test("a figure named later: the pushback comes only after it, never before")
  func figureNamedLater() throws {
    let sandbox = try Sandbox()
    let all = try salaryIDs(sandbox)
    // Expectations and current pay answered without a figure of their own, then one named.
    let (_, asked) = try rehearse(
      sandbox,
      answers: ["It depends on the package.", "I'd rather not say.", "I'd want 90k in the end."])
    // "Top of our band" and the pushback were reached before the figure: left out. "Within the
    // range you gave" comes later, after it: asked.
    #expect(!asked.contains("justify-the-number") && !asked.contains("budget-below-expectation"))
    #expect(asked.contains("accept-on-the-spot"))
    #expect(asked == all.filter { asked.contains($0) })
  }
}
