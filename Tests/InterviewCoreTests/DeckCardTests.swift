import Testing

@testable import InterviewCore

@Suite("deck cards: what a practised question reads")
struct DeckCardTests {
  private func card(_ text: String, tips: [String] = [], followUps: [String] = []) -> DeckCard {
    let deck = Deck(
      id: "d", title: "D", description: nil,
      segments: [
        Segment(
          kind: .culture, title: "Culture", interviewer: "HR partner", targetSeconds: 90,
          questions: [
            Question(
              id: "q", text: text, targetSeconds: 90, followUps: followUps, tips: tips)
          ])
      ], source: .bundled(fileName: "d.yaml"))
    return DeckCard.cards(of: deck)[0]
  }

  @Test func placeholdersReadAsTheCompanyAndThisRole() {
    let practised = card(
      "Why {company}, and what would you change as {position}?",
      tips: ["Knows {company}'s product."], followUps: ["How does {position} grow?"])
    #expect(practised.text == "Why the company, and what would you change in this role?")
    #expect(practised.tips == ["Knows the company's product."])
    #expect(practised.followUps == ["How does this role grow?"])
    // The deck's own text is kept as written, for the store and for editing.
    #expect(practised.question.text.contains("{position}"))
  }

  @Test func cardsKeepFileOrderAndTheirSegment() {
    let practised = card("Plain question?")
    #expect(practised.key == CardKey(deckID: "d", questionID: "q"))
    #expect(practised.segment == .culture)
    #expect(practised.segmentTitle == "Culture")
    #expect(practised.interviewer == "HR partner")
    #expect(practised.text == "Plain question?")
  }
}
