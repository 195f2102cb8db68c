import Testing

@testable import InterviewCore

@Suite struct DrillQueueTests {
  /// Every kind of card: overdue, due today, only marked, never drilled, due later, and the
  /// candidate's own question marked (which a drill leaves out).
  private let progress: [CardKey: CardProgress] = [
    practiceKey("b1"): CardProgress(schedule: practiceSchedule(dueIn: -3)),
    practiceKey("t1"): CardProgress(schedule: practiceSchedule(dueIn: -1)),
    practiceKey("c1"): CardProgress(
      schedule: practiceSchedule(dueIn: 4), markedToPractiseAgain: true),
    practiceKey("b3"): CardProgress(schedule: practiceSchedule(dueIn: 0)),
    practiceKey("t2"): CardProgress(schedule: practiceSchedule(dueIn: 5)),
    practiceKey("c2"): CardProgress(starred: true, schedule: practiceSchedule(dueIn: 2)),
    practiceKey("s1"): CardProgress(starred: true),
    practiceKey("q1"): CardProgress(markedToPractiseAgain: true),
  ]

  private func ids(_ cards: [DeckCard]) -> [String] {
    cards.map { "\($0.key.deckID == "sample" ? "" : $0.key.deckID + "/")\($0.key.questionID)" }
  }

  private func queue(
    _ decks: [Deck] = [practiceDeck()], progress: [CardKey: CardProgress]? = nil,
    dueOnly: Bool = false, segment: SegmentKind? = nil
  ) -> [String] {
    ids(
      DrillQueue.cards(
        from: decks, progress: progress ?? self.progress, today: practiceToday, dueOnly: dueOnly,
        segment: segment))
  }

  @Test func dueCardsComeFirstMostOverdueFirstThenNewThenTheRestByDueDay() {
    #expect(queue() == ["b1", "t1", "b3", "c1", "b2", "s1", "c2", "t2"])
  }

  @Test func dueOnlyStopsAfterTheDueCards() {
    #expect(queue(dueOnly: true) == ["b1", "t1", "b3", "c1"])
    #expect(queue(progress: [:], dueOnly: true) == [])
  }

  @Test func aSegmentKeepsOnlyItsCards() {
    #expect(queue(segment: .behavioural) == ["b1", "b3", "b2"])
    #expect(queue(dueOnly: true, segment: .culture) == ["c1"])
    #expect(queue(segment: .questions) == [])
  }

  @Test func nothingDrilledYetIsEveryDrillableCardInFileOrder() {
    #expect(queue(progress: [:]) == ["b1", "b2", "b3", "t1", "t2", "c1", "c2", "s1"])
  }

  @Test func aQuestionIDInTwoDecksIsTwoCardsWithTheirOwnProgress() {
    let decks = [practiceDeck(), practiceDeck(id: "copy", title: "Copy")]
    var progress = self.progress
    progress[practiceKey("b2", deck: "copy")] = CardProgress(
      schedule: practiceSchedule(dueIn: -3))
    progress[practiceKey("t2", deck: "copy")] = CardProgress(
      schedule: practiceSchedule(dueIn: 2))
    #expect(
      queue(decks, progress: progress, dueOnly: true) == ["b1", "copy/b2", "t1", "b3", "c1"])
    let all = queue(decks, progress: progress)
    #expect(all.count == 16)
    #expect(all.suffix(3) == ["c2", "copy/t2", "t2"])
    #expect(
      DrillQueue.dueCount(in: decks, progress: progress, today: practiceToday) == 5)
  }

  @Test func dueCountCountsWhatADueOnlyDrillWouldTake() {
    #expect(
      DrillQueue.dueCount(in: [practiceDeck()], progress: progress, today: practiceToday) == 4)
    #expect(
      DrillQueue.dueCount(
        in: [practiceDeck()], progress: progress, today: practiceToday.adding(days: 2)) == 5)
    #expect(DrillQueue.dueCount(in: [practiceDeck()], progress: [:], today: practiceToday) == 0)
  }

  @Test func nextDueIsTheFirstLaterDayAndHowManyFallOnIt() throws {
    var progress = self.progress
    progress[practiceKey("b2")] = CardProgress(schedule: practiceSchedule(dueIn: 2))
    let next = try #require(
      DrillQueue.nextDue(in: [practiceDeck()], progress: progress, after: practiceToday))
    #expect(next.day == practiceToday.adding(days: 2))
    #expect(next.count == 2)
    #expect("\(next.count) questions on \(next.day.short)" == "2 questions on 23 Nov")
    // A card marked to practise again is due now, not later, whatever its schedule says.
    let later = try #require(
      DrillQueue.nextDue(
        in: [practiceDeck()], progress: progress, after: practiceToday.adding(days: 2)))
    #expect(later.day == practiceToday.adding(days: 5))
    #expect(later.count == 1)
    #expect(
      DrillQueue.nextDue(
        in: [practiceDeck()], progress: progress, after: practiceToday.adding(days: 5)) == nil)
    #expect(DrillQueue.nextDue(in: [practiceDeck()], progress: [:], after: practiceToday) == nil)
  }
}
