import Foundation
import Testing

@testable import InterviewCore

/// The words of `decks step --plain`: the same front and back as the full-screen stepper, in
/// lines without symbols a screen reader stumbles on.
@Suite struct PlainDeckTextTests {
  private let cards = DeckCard.cards(of: practiceDeck())

  @Test func theFrontSaysWhereWhoAndWhatInWords() {
    var stepper = DeckStepper(cards: cards, progress: [:], today: practiceToday)
    _ = stepper.send(.next)
    let front = PlainDeckText.front(stepper)
    #expect(front[0] == "Card 2 of \(cards.count), \(SegmentKind.behavioural.defaultTitle).")
    #expect(
      front[1] == "\(SegmentKind.behavioural.defaultInterviewer) asks, aim for 1 minute 30 seconds:"
    )
    #expect(front[2] == cards[1].text)
    #expect(front[3] == "Tags: impact. For: data.")
  }

  @Test func aStarredCardSaysSo() {
    let stepper = DeckStepper(
      cards: cards, progress: [cards[0].key: CardProgress(starred: true)], today: practiceToday)
    #expect(PlainDeckText.front(stepper).last == "Tags: conflict. Starred.")
  }

  @Test func theBackOfANewCardHasTipsFollowUpsAndHowToDrillIt() {
    let back = PlainDeckText.back(
      cards[0], progress: CardProgress(), today: practiceToday, answerDay: nil, deckID: "sample")
    #expect(
      back == [
        "What they listen for:", "  - Tip for b1.", "Follow-ups:", "  - Follow-up to b1?",
        "Not answered yet: 'secondround drill --deck sample' drills it.",
      ])
  }

  @Test func theBackOfAnAnsweredCardHasTheLastAnswerInWords() {
    let latest = LatestAnswer(
      sessionID: 3, fromDrill: true, recorded: Date(timeIntervalSince1970: 0),
      answer: "We shipped it.", thinkingMilliseconds: 5_000, answerMilliseconds: 65_000,
      targetMilliseconds: 90_000, rating: 4, grade: .good)
    let back = PlainDeckText.back(
      cards[0], progress: CardProgress(latest: latest), today: practiceToday,
      answerDay: practiceToday.adding(days: -2), deckID: "sample")
    let day = practiceToday.adding(days: -2).spelledOut
    #expect(back.contains("Your last answer, 2 days ago, \(day), in a drill:"), "\(back)")
    #expect(
      back.contains(
        "  thinking 5 seconds, answer 1 minute 5 seconds, target 1 minute 30 seconds, rated 4 of 5, graded good."
      ), "\(back)")
    #expect(back.last == "  We shipped it.")
    #expect(!back.joined().contains("/") && !back.joined().contains("·"))
  }

  @Test func repliesAreEnterPreviousHelpAndQuit() {
    #expect(PlainStepReply("") == .onward)
    #expect(PlainStepReply("  ") == .onward)
    #expect(PlainStepReply("p") == .previous)
    #expect(PlainStepReply("*") == .star)
    #expect(PlainStepReply("Q") == .quit)
    #expect(PlainStepReply(":quit") == .quit)
    #expect(PlainStepReply(":help") == .help)
    guard case .unknown(let hint) = PlainStepReply("next please") else {
      Issue.record("not refused")
      return
    }
    #expect(hint.contains("q to stop"))
  }
}
