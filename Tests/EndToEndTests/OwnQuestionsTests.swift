import Foundation
import Testing

/// The user's own deck is what the interview asks, with or without a role; a role pack fills
/// only what the deck lacks, or joins in with --role-pack; the briefing says where each came from.
@Suite("rehearse: the chosen deck's questions come first")
struct OwnQuestionsTests {
  /// A deck of technical questions for a design role: one naming it, one for every role, one
  /// naming it with another role. Written for this test, so no bundled pack has the role.
  static let designDeck = """
    id: studio-panel
    title: Studio panel
    segments:
      - id: technical
        interviewer: Design lead
        questions:
          - id: critique-a-flow
            text: Walk me through how you would critique our sign-up flow.
            roles: [design]
          - id: explain-a-trade-off
            text: Tell me about a trade-off you explained to people who disagreed.
          - id: research-on-a-budget
            text: How would you run user research with no budget?
            roles: [design, research]
          - id: pipeline-for-analysts
            text: How would you build a reporting pipeline for analysts?
            roles: [data]
    """

  /// The deck of the report: technical questions, one for `data`, one for every role.
  static let dataDeck = """
    id: my-data-panel
    title: My data panel
    segments:
      - id: technical
        questions:
          - id: check-a-dashboard
            text: How do you check that a dashboard's numbers are right?
            roles: [data]
          - id: explain-to-a-manager
            text: How do you explain an uncertain result to a manager?
          - id: size-the-market
            text: How would you size the market for a new product?
            roles: [product]
    """

  private let deckTexts = [
    "Walk me through how you would critique our sign-up flow.",
    "Tell me about a trade-off you explained to people who disagreed.",
    "How would you run user research with no budget?",
  ]

  /// The questions a plain rehearsal asked (not follow-ups), in order.
  private func asked(_ result: RunResult) -> [String] {
    PrintedQuestion.all(in: result.stdout).filter { $0.heading.contains(", question ") }.map(\.text)
  }

  @Test("with --role, every technical question asked is the deck's own, over several seeds")
  func ownDeckWithRole() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.write(Self.designDeck, to: "studio.yaml").path
    for seed in ["1", "2", "3", "4", "5"] {
      let result = try sandbox.run(
        sandbox.plainArguments([
          "--deck", path, "--role", "design", "--segments", "technical", "--per-segment", "3",
          "--no-follow-ups", "--seed", seed,
        ]), input: "First.\nSecond.\nThird.\n")
      #expect(result.exitCode == 0, "seed \(seed): \(result.stderr)")
      let asked = asked(result)
      #expect(Set(asked) == Set(deckTexts), "seed \(seed): \(asked)")
      #expect(result.stdoutLines.contains("Sources: 3 questions from your deck"))
    }
  }

  @Test("without --role, the deck's questions for every role are asked")
  func ownDeckWithoutRole() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.write(Self.designDeck, to: "studio.yaml").path
    for seed in ["1", "2", "3"] {
      let result = try sandbox.run(
        sandbox.plainArguments([
          "--deck", path, "--segments", "technical", "--per-segment", "4", "--no-follow-ups",
          "--seed", seed,
        ]), input: "One.\nTwo.\nThree.\nFour.\n")
      #expect(result.exitCode == 0, "seed \(seed): \(result.stderr)")
      #expect(asked(result).count == 4)
      #expect(
        Set(asked(result))
          == Set(deckTexts + ["How would you build a reporting pipeline for analysts?"]))
    }
  }

  @Test("the data pack fills only the question the deck lacks for data, after the deck's own")
  func packFillsWhatTheDeckLacks() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.write(Self.dataDeck, to: "my.yaml").path
    for seed in ["1", "2", "3", "4"] {
      let result = try sandbox.run(
        sandbox.plainArguments([
          "--deck", path, "--role", "data", "--segments", "technical", "--per-segment", "3",
          "--no-follow-ups", "--seed", seed,
        ]), input: "One.\nTwo.\nThree.\n")
      #expect(result.exitCode == 0, "seed \(seed): \(result.stderr)")
      let asked = asked(result)
      try #require(asked.count == 3, "seed \(seed): \(asked)")
      #expect(
        Array(asked.prefix(2)) == [
          "How do you check that a dashboard's numbers are right?",
          "How do you explain an uncertain result to a manager?",
        ])
      #expect(!asked.contains("How would you size the market for a new product?"))
      #expect(
        result.stdoutLines.contains(
          "Sources: 2 questions from your deck, 1 from the data-analysis pack"))
    }
  }

  @Test("--role-pack asks for the pack: it comes before the deck's questions for every role")
  func rolePackFlag() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.write(Self.dataDeck, to: "my.yaml").path
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--deck", path, "--role", "data", "--role-pack", "--segments", "technical",
        "--per-segment", "3", "--no-follow-ups", "--seed", "7",
      ]), input: "One.\nTwo.\nThree.\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    let asked = asked(result)
    #expect(asked.first == "How do you check that a dashboard's numbers are right?")
    #expect(!asked.contains("How do you explain an uncertain result to a manager?"))
    #expect(
      result.stdoutLines.contains(
        "Sources: 1 question from your deck, 2 from the data-analysis pack"))
  }

  @Test("the bundled general deck with --role data still asks the data pack's technical questions")
  func bundledDeckWithRole() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--role", "data", "--segments", "behavioural,technical", "--per-segment", "2",
        "--no-follow-ups", "--seed", "4",
      ]), input: "One.\nTwo.\nThree.\nFour.\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      result.stdoutLines.contains(
        "Sources: 2 questions from the second-interview deck, 2 from the data-analysis pack"))
    let pack = try JSONOutput.deck(try sandbox.run(["decks", "show", "data-analysis", "--json"]))
    let session = try #require(try sandbox.sessions().first)
    let technical = try sandbox.transcript(session.id).entries.filter { $0.segment == "technical" }
    #expect(technical.count == 2)
    let packIDs = Set(pack.questions.map(\.id))
    #expect(technical.allSatisfy { packIDs.contains($0.questionID ?? "") }, "\(technical)")
  }
}
