import Testing

@testable import InterviewCore

/// `order`, `after` and `needs`: read into the deck, and every mistake reported where it is
/// written.
@Suite struct DeckOrderKeyTests {
  /// A salary segment of four questions; `extra` lines go after the question with that id.
  private func salaryDeck(order: String? = nil, _ extra: [String: String] = [:]) -> String {
    let ids = ["expectations", "pushback", "offer", "start-date"]
    var lines = ["id: talk", "title: Talk", "segments:", "  - id: salary"]
    if let order { lines.append("    order: \(order)") }
    lines.append("    questions:")
    for id in ids {
      lines.append("      - id: \(id)")
      lines.append("        text: About \(id)?")
      if let more = extra[id] { lines.append("        " + more) }
    }
    lines.append("  - id: culture")
    lines.append("    questions:")
    lines.append("      - id: team")
    lines.append("        text: Your team?")
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func theKeysAreRead() throws {
    let yaml = salaryDeck(
      order: "as-written",
      ["pushback": "after: expectations", "offer": "needs: figure"])
    let deck = try loadDeck(yaml).get().deck
    let salary = try #require(deck.segments.first)
    #expect(salary.order == .asWritten)
    #expect(salary.questions.map(\.after) == [nil, "expectations", nil, nil])
    #expect(salary.questions.map(\.needs) == [nil, nil, .figure, nil])
    #expect(deck.segments.last?.order == .random)
  }

  @Test func randomIsTheDefaultAndCanBeWritten() throws {
    #expect(try loadDeck(salaryDeck(order: "random")).get().deck.segments.first?.order == .random)
    #expect(try loadDeck(salaryDeck()).get().deck.segments.first?.order == .random)
  }

  @Test func anUnknownOrderIsReportedAtItsValue() {
    #expect(
      deckErrors(salaryDeck(order: "shuffled")) == [
        "deck.yaml:5:12: error: unknown order 'shuffled'; use as-written or random"
      ])
  }

  @Test func anAfterNamingNoQuestionIsReportedAtItsValue() {
    #expect(
      deckErrors(salaryDeck(["offer": "after: expectation"])) == [
        "deck.yaml:12:16: error: 'after: expectation' names no question in the salary segment; "
          + "did you mean 'expectations'?"
      ])
    #expect(
      deckErrors(salaryDeck(["offer": "after: nothing-like-it"])) == [
        "deck.yaml:12:16: error: 'after: nothing-like-it' names no question in the salary segment"
      ])
  }

  @Test func anAfterNamingAnotherSegmentsQuestionSaysWhichSegment() {
    #expect(
      deckErrors(salaryDeck(["offer": "after: team"])) == [
        "deck.yaml:12:16: error: 'after: team' names a question of the culture segment; 'after' "
          + "names a question of the same segment (salary)"
      ])
  }

  @Test func aQuestionAfterItselfIsReported() {
    #expect(
      deckErrors(salaryDeck(["offer": "after: offer"])) == [
        "deck.yaml:12:16: error: question 'offer' comes 'after' itself; name the question asked "
          + "before it"
      ])
  }

  @Test func aCycleIsReportedOnceNamingEveryQuestionInIt() {
    let yaml = salaryDeck([
      "expectations": "after: offer", "pushback": "after: expectations",
      "offer": "after: pushback", "start-date": "after: offer",
    ])
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:8:16: error: 'after' links go round in a cycle: expectations comes after "
          + "offer comes after pushback comes after expectations; one of them must not wait for "
          + "the others"
      ])
  }

  @Test func aBadNeedsValueListsWhatIsAccepted() {
    #expect(
      deckErrors(salaryDeck(["offer": "needs: salary"])) == [
        "deck.yaml:12:16: error: unknown 'needs' value 'salary'; accepted: figure"
      ])
    #expect(
      deckErrors(salaryDeck(["offer": "needs: [figure]"])) == [
        "deck.yaml:12:16: error: 'needs' must be one word (accepted: figure), found a list"
      ])
  }

  @Test func theCandidatesQuestionsTakeNeitherAfterNorNeeds() {
    let yaml = """
      id: ask
      title: Ask
      segments:
        - id: questions
          questions:
            - id: growth
              text: How do people grow here?
            - id: team
              text: Who would I work with?
              after: growth
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:10:9: error: the questions segment's ideas are never asked by the panel, so "
          + "'after' does not apply there; remove it"
      ])
  }
}
