import Testing

@testable import InterviewCore

// MARK: - Fixtures shared by the practice tests

/// 21 Nov 2026: the day the practice tests are "today".
let practiceToday = StudyDay(ordinal: 20_778)

/// A question with only what the practice tests look at.
func practiceQuestion(_ id: String, roles: [String] = [], tags: [String] = []) -> Question {
  Question(
    id: id, text: "Question \(id) at {company}?", targetSeconds: 90, roles: roles,
    followUps: ["Follow-up to \(id)?"], tips: ["Tip for \(id)."], tags: tags)
}

/// A deck of nine questions over all five segments, with roles and tags to filter on:
/// b1 b2 b3 | t1 t2 | c1 c2 | s1 | q1.
func practiceDeck(id: String = "sample", title: String = "Sample") -> Deck {
  func segment(_ kind: SegmentKind, _ questions: [Question]) -> Segment {
    Segment(
      kind: kind, title: kind.defaultTitle, interviewer: kind.defaultInterviewer,
      targetSeconds: 90, questions: questions)
  }
  return Deck(
    id: id, title: title, description: nil,
    segments: [
      segment(
        .behavioural,
        [
          practiceQuestion("b1", tags: ["conflict"]),
          practiceQuestion("b2", roles: ["data"], tags: ["impact"]),
          practiceQuestion("b3", tags: ["conflict", "impact"]),
        ]),
      segment(
        .technical,
        [
          practiceQuestion("t1", roles: ["data", "software"]),
          practiceQuestion("t2", roles: ["software"]),
        ]
      ),
      segment(.culture, [practiceQuestion("c1"), practiceQuestion("c2")]),
      segment(.salary, [practiceQuestion("s1", tags: ["negotiation"])]),
      segment(.questions, [practiceQuestion("q1", tags: ["negotiation"])]),
    ], source: .bundled(fileName: "sample.yaml"))
}

/// The key of question `id` in deck `deck`.
func practiceKey(_ id: String, deck: String = "sample") -> CardKey {
  CardKey(deckID: deck, questionID: id)
}

/// A schedule that comes due `days` after `practiceToday` (negative: overdue).
func practiceSchedule(dueIn days: Int) -> CardSchedule {
  CardSchedule(
    repetitions: 2, ease: 2_500, intervalDays: 6, due: practiceToday.adding(days: days),
    lastDrilled: practiceToday.adding(days: days - 6), lapses: 0)
}

/// Progress of a starred card.
let practiceStarred = CardProgress(starred: true)

@Suite struct DeckStepperTests {
  private func stepper(
    _ progress: [String: CardProgress] = [:], deck: Deck = practiceDeck()
  ) -> DeckStepper {
    DeckStepper(
      cards: DeckCard.cards(of: deck),
      progress: Dictionary(uniqueKeysWithValues: progress.map { (practiceKey($0.key), $0.value) }),
      today: practiceToday)
  }

  /// The question ids shown, in stepping order.
  private func shownIDs(_ stepper: DeckStepper) -> [String] {
    stepper.shown.map { stepper.cards[$0].key.questionID }
  }

  private func send(_ stepper: inout DeckStepper, _ actions: DeckStepperAction...) {
    for action in actions { _ = stepper.send(action) }
  }

  /// Opens the filter menu and chooses the choice titled `title`.
  private func choose(_ title: String, in stepper: inout DeckStepper) throws {
    _ = stepper.send(.openFilterMenu)
    let menu = try #require(stepper.filterMenu)
    let index = try #require(menu.choices.firstIndex { $0.title == title })
    _ = stepper.send(.moveFilterSelection(index - menu.selection))
    _ = stepper.send(.chooseFilter)
  }

  // MARK: Stepping

  @Test func nextAndPreviousStepAndStopAtTheEnds() {
    var stepper = stepper()
    #expect(stepper.current?.key == practiceKey("b1"))
    #expect(stepper.positionText == "1/9 · Behavioural")
    send(&stepper, .previous)
    #expect(stepper.position == 0)
    #expect(stepper.notice != nil)
    send(&stepper, .next, .next, .next)
    #expect(stepper.current?.key == practiceKey("t1"))
    #expect(stepper.positionText == "4/9 · Technical & problem-solving")
    #expect(stepper.notice == nil)
    send(&stepper, .previous)
    #expect(stepper.current?.key == practiceKey("b3"))
    send(&stepper, .last)
    #expect(stepper.positionText == "9/9 · Your questions for us")
    send(&stepper, .next)
    #expect(stepper.position == 8)
    #expect(stepper.notice == "Last question — s shuffles, / filters.")
    send(&stepper, .first)
    #expect(stepper.current?.key == practiceKey("b1"))
    #expect(stepper.notice == nil)
  }

  @Test func segmentJumpsGoToTheFirstCardOfTheNextOrPreviousSegmentAndWrap() {
    var stepper = stepper()
    send(&stepper, .next)  // b2
    send(&stepper, .nextSegment)
    #expect(stepper.current?.key == practiceKey("t1"))
    send(&stepper, .nextSegment, .nextSegment)
    #expect(stepper.current?.key == practiceKey("s1"))
    send(&stepper, .nextSegment)
    #expect(stepper.current?.key == practiceKey("q1"))
    send(&stepper, .nextSegment)
    #expect(stepper.current?.key == practiceKey("b1"))
    send(&stepper, .previousSegment)
    #expect(stepper.current?.key == practiceKey("q1"))
    send(&stepper, .previousSegment)
    #expect(stepper.current?.key == practiceKey("s1"))
    send(&stepper, .previous, .previous)  // c1
    send(&stepper, .previousSegment)
    #expect(stepper.current?.key == practiceKey("t1"))
  }

  @Test func segmentJumpsFollowTheShuffledOrderAndVisitEverySegmentOnce() {
    var stepper = stepper()
    send(&stepper, .shuffle(seed: 7))
    var visited: [SegmentKind] = []
    for _ in 0..<5 {
      send(&stepper, .nextSegment)
      let position = stepper.position
      let segment = stepper.cards[stepper.shown[position]].segment
      visited.append(segment)
      // The card jumped to is the first of its segment in the shuffled order.
      #expect(!stepper.shown[..<position].contains { stepper.cards[$0].segment == segment })
    }
    #expect(Set(visited).count == 5)
    let afterFive = stepper.position
    send(&stepper, .nextSegment, .nextSegment, .nextSegment, .nextSegment, .nextSegment)
    #expect(stepper.position == afterFive)
    send(&stepper, .previousSegment)
    #expect(stepper.cards[stepper.shown[stepper.position]].segment == visited[3])
  }

  @Test func segmentJumpsStayWithinTheFilter() throws {
    var stepper = stepper()
    try choose("role: data", in: &stepper)
    #expect(shownIDs(stepper) == ["b2", "t1"])
    send(&stepper, .nextSegment)
    #expect(stepper.current?.key == practiceKey("t1"))
    send(&stepper, .nextSegment)
    #expect(stepper.current?.key == practiceKey("b2"))
  }

  // MARK: Reveal and scroll

  @Test func revealScrollsTheBackAndMovingTurnsTheCardFaceDown() {
    var stepper = stepper()
    send(&stepper, .scrollBack(3))
    #expect(stepper.backScroll == 0)  // the back does not show yet
    send(&stepper, .toggleReveal)
    #expect(stepper.isRevealed)
    send(&stepper, .scrollBack(3), .scrollBack(2))
    #expect(stepper.backScroll == 5)
    send(&stepper, .scrollBack(-9))
    #expect(stepper.backScroll == 0)
    send(&stepper, .scrollBack(4), .next)
    #expect(!stepper.isRevealed)
    #expect(stepper.backScroll == 0)
    send(&stepper, .toggleReveal, .scrollBack(2), .toggleReveal)
    #expect(!stepper.isRevealed)
    #expect(stepper.backScroll == 0)
    // Stopping at an end is not moving: the card stays turned over.
    send(&stepper, .last, .toggleReveal, .scrollBack(1), .next)
    #expect(stepper.isRevealed)
    #expect(stepper.backScroll == 1)
  }

  // MARK: Shuffle

  @Test func shuffleIsDeterministicKeepsTheCurrentCardAndASecondShuffleRestoresFileOrder() {
    var one = stepper()
    var two = stepper()
    send(&one, .next, .next, .next, .toggleReveal)  // t1, turned over
    send(&one, .shuffle(seed: 42))
    send(&two, .shuffle(seed: 42))
    var generator = SeededGenerator(seed: 42)
    #expect(one.order == Array(0..<9).shuffled(using: &generator))
    #expect(one.order == two.order)
    #expect(one.order != Array(0..<9))
    #expect(one.isShuffled)
    #expect(one.current?.key == practiceKey("t1"))
    #expect(one.isRevealed)

    var other = stepper()
    send(&other, .shuffle(seed: 43))
    #expect(other.order != one.order)

    send(&one, .next)
    let now = one.current?.key
    send(&one, .shuffle(seed: 42))
    #expect(!one.isShuffled)
    #expect(one.order == Array(0..<9))
    #expect(one.current?.key == now)
  }

  // MARK: Filters

  @Test func theFilterMenuListsEveryFilterWithItsCount() throws {
    var stepper = stepper([
      "b1": practiceStarred, "c2": practiceStarred,
      "t2": CardProgress(schedule: practiceSchedule(dueIn: 0)),
    ])
    send(&stepper, .openFilterMenu)
    let menu = try #require(stepper.filterMenu)
    #expect(menu.selection == 0)
    #expect(
      menu.choices.map { "\($0.title) \($0.count)" } == [
        "All questions 9", "Starred 2", "Due today 1", "Behavioural 3",
        "Technical & problem-solving 2", "Culture & team fit 2", "Salary & the offer 1",
        "Your questions for us 1", "role: data 2", "role: software 2", "#conflict 2",
        "#impact 2", "#negotiation 2",
      ])
    #expect(menu.choices[3].filter == .segment(.behavioural))
    #expect(menu.choices[9].filter == .role("software"))
    #expect(menu.choices[12].filter == .tag("negotiation"))
  }

  @Test func theMenuHighlightsTheFilterInForceAndItsSelectionWraps() throws {
    var stepper = stepper()
    send(&stepper, .openFilterMenu, .moveFilterSelection(-1))
    #expect(stepper.filterMenu?.selection == 12)
    send(&stepper, .moveFilterSelection(1))
    #expect(stepper.filterMenu?.selection == 0)
    send(&stepper, .moveFilterSelection(27))
    #expect(stepper.filterMenu?.selection == 1)
    send(&stepper, .closeFilterMenu)
    #expect(stepper.filterMenu == nil)
    #expect(stepper.filter == .all)

    try choose("#impact", in: &stepper)
    send(&stepper, .openFilterMenu)
    #expect(stepper.filterMenu?.selection == 11)
    // Keys that do not belong to the menu do nothing while it is open; Esc closes it.
    send(&stepper, .next, .toggleStar)
    #expect(stepper.position == 0)
    #expect(stepper.progress.isEmpty)
    #expect(stepper.send(.quit) == [])
    #expect(stepper.filterMenu == nil)
  }

  @Test func eachFilterKindKeepsItsCards() throws {
    var stepper = stepper([
      "b3": practiceStarred, "s1": practiceStarred,
      "b2": CardProgress(schedule: practiceSchedule(dueIn: -2)),
      "t1": CardProgress(schedule: practiceSchedule(dueIn: 1)),
      "c2": CardProgress(markedToPractiseAgain: true),
      "q1": CardProgress(markedToPractiseAgain: true),
    ])
    let expected: [(String, StepFilter, [String])] = [
      ("Starred", .starred, ["b3", "s1"]),
      ("Due today", .due, ["b2", "c2"]),
      ("Culture & team fit", .segment(.culture), ["c1", "c2"]),
      ("role: software", .role("software"), ["t1", "t2"]),
      ("#conflict", .tag("conflict"), ["b1", "b3"]),
      ("All questions", .all, ["b1", "b2", "b3", "t1", "t2", "c1", "c2", "s1", "q1"]),
    ]
    for (title, filter, ids) in expected {
      try choose(title, in: &stepper)
      #expect(stepper.filter == filter)
      #expect(shownIDs(stepper) == ids)
      #expect(stepper.filterMenu == nil)
    }
  }

  @Test func choosingAFilterKeepsTheCurrentCardWhenItCanElseGoesToTheFirst() throws {
    var stepper = stepper()
    send(&stepper, .next, .next, .toggleReveal)  // b3, turned over
    try choose("#conflict", in: &stepper)
    #expect(stepper.positionText == "2/2 · Behavioural")
    #expect(stepper.isRevealed)
    try choose("Technical & problem-solving", in: &stepper)
    #expect(stepper.current?.key == practiceKey("t1"))
    #expect(!stepper.isRevealed)
    send(&stepper, .next)
    try choose("All questions", in: &stepper)
    #expect(stepper.positionText == "5/9 · Technical & problem-solving")
  }

  @Test func aFilterThatKeepsNothingIsNotAppliedAndSaysWhatToDo() throws {
    var stepper = stepper(["t1": CardProgress(schedule: practiceSchedule(dueIn: 3))])
    send(&stepper, .next)
    try choose("Starred", in: &stepper)
    #expect(stepper.filter == .all)
    #expect(stepper.current?.key == practiceKey("b2"))
    #expect(stepper.filterMenu == nil)
    #expect(stepper.notice == "No starred questions yet: press * on a question to star it.")
    send(&stepper, .next)
    #expect(stepper.notice == nil)

    try choose("Due today", in: &stepper)
    #expect(stepper.filter == .all)
    #expect(stepper.notice == "Nothing is due today. Next: 1 question on 24 Nov.")

    var fresh = self.stepper()
    try choose("Due today", in: &fresh)
    #expect(
      fresh.notice == "Nothing is due today: press d on a question to drill it and schedule it.")
  }

  // MARK: Stars

  @Test func starringFlipsTheStarAndAsksForItToBeSaved() {
    var stepper = stepper()
    send(&stepper, .next)
    #expect(stepper.send(.toggleStar) == [.setStar(practiceKey("b2"), true)])
    #expect(stepper.progress[practiceKey("b2")]?.starred == true)
    #expect(stepper.send(.toggleStar) == [.setStar(practiceKey("b2"), false)])
    #expect(stepper.progress[practiceKey("b2")]?.starred == false)
  }

  @Test func unstarringUnderTheStarredFilterShowsTheRestThenFallsBackToAll() throws {
    var stepper = stepper(["b1": practiceStarred, "t1": practiceStarred, "c1": practiceStarred])
    try choose("Starred", in: &stepper)
    send(&stepper, .next, .toggleReveal)  // t1
    #expect(stepper.send(.toggleStar) == [.setStar(practiceKey("t1"), false)])
    #expect(shownIDs(stepper) == ["b1", "c1"])
    #expect(stepper.current?.key == practiceKey("c1"))
    #expect(!stepper.isRevealed)
    // The last card shown goes: the one before it shows.
    send(&stepper, .toggleStar)
    #expect(shownIDs(stepper) == ["b1"])
    #expect(stepper.current?.key == practiceKey("b1"))
    #expect(stepper.notice == nil)
    send(&stepper, .toggleStar)
    #expect(stepper.filter == .all)
    #expect(stepper.current?.key == practiceKey("b1"))
    #expect(stepper.positionText == "1/9 · Behavioural")
    #expect(stepper.notice == "No starred questions left: showing all questions.")
  }

  @Test func aStarThatWasNotSavedIsUndoneThroughUpdate() throws {
    var stepper = stepper(["b1": practiceStarred, "t1": practiceStarred])
    try choose("Starred", in: &stepper)
    send(&stepper, .next, .toggleStar)  // t1 unstarred, b1 shows
    #expect(shownIDs(stepper) == ["b1"])
    stepper.update(progress: practiceStarred, for: practiceKey("t1"))
    #expect(shownIDs(stepper) == ["b1", "t1"])
    #expect(stepper.current?.key == practiceKey("b1"))
  }

  // MARK: Drill and the due filter

  @Test func drillAsksForTheCurrentCardButNotTheCandidatesOwnQuestions() {
    var stepper = stepper()
    send(&stepper, .last)
    #expect(stepper.current?.segment == .questions)
    #expect(stepper.send(.drill) == [])
    #expect(
      stepper.notice == "Your questions for the employer are not drilled: d drills the others.")
    send(&stepper, .previous)
    let current = stepper.current
    #expect(current?.key == practiceKey("s1"))
    #expect(stepper.send(.drill) == current.map { [.drill($0)] })
    #expect(stepper.notice == nil)
    #expect(stepper.send(.quit) == [.quit])
  }

  @Test func aCardDrilledUnderTheDueFilterStaysUntilTheUserMovesAway() throws {
    var stepper = stepper([
      "b1": CardProgress(schedule: practiceSchedule(dueIn: -1)),
      "t1": CardProgress(schedule: practiceSchedule(dueIn: 0)),
      "c1": CardProgress(markedToPractiseAgain: true),
    ])
    try choose("Due today", in: &stepper)
    #expect(shownIDs(stepper) == ["b1", "t1", "c1"])
    send(&stepper, .toggleReveal)
    let b1 = try #require(stepper.current)
    #expect(stepper.send(.drill) == [.drill(b1)])
    let drilled = Scheduler.schedule(
      after: practiceSchedule(dueIn: -1), grade: .good, on: practiceToday)
    stepper.update(progress: CardProgress(schedule: drilled), for: b1.key)
    // Still in view, still turned over, so the new answer can be read.
    #expect(shownIDs(stepper) == ["b1", "t1", "c1"])
    #expect(stepper.current?.key == b1.key)
    #expect(stepper.isRevealed)
    #expect(stepper.positionText == "1/3 · Behavioural")
    // Another card that stops being due goes at once.
    stepper.update(progress: CardProgress(), for: practiceKey("c1"))
    #expect(shownIDs(stepper) == ["b1", "t1"])
    send(&stepper, .openFilterMenu)
    #expect(stepper.filterMenu?.choices[2].count == 1)
    send(&stepper, .closeFilterMenu)
    // Moving away lets the drilled card go.
    send(&stepper, .next)
    #expect(shownIDs(stepper) == ["t1"])
    #expect(stepper.current?.key == practiceKey("t1"))
    #expect(stepper.positionText == "1/1 · Technical & problem-solving")
    send(&stepper, .previous)
    #expect(stepper.current?.key == practiceKey("t1"))
  }

  @Test func theLastDueCardDrilledStaysShownAlone() throws {
    var stepper = stepper(["c2": CardProgress(markedToPractiseAgain: true)])
    try choose("Due today", in: &stepper)
    stepper.update(
      progress: CardProgress(
        schedule: Scheduler.schedule(after: nil, grade: .easy, on: practiceToday)),
      for: practiceKey("c2"))
    #expect(shownIDs(stepper) == ["c2"])
    send(&stepper, .next, .previous, .nextSegment)
    #expect(stepper.current?.key == practiceKey("c2"))
    try choose("All questions", in: &stepper)
    #expect(stepper.positionText == "7/9 · Culture & team fit")
  }

  // MARK: Help and the empty deck

  @Test func anyActionWhileTheHelpShowsOnlyClosesIt() {
    var stepper = stepper()
    send(&stepper, .toggleHelp)
    #expect(stepper.isShowingHelp)
    #expect(stepper.send(.next) == [])
    #expect(!stepper.isShowingHelp)
    #expect(stepper.position == 0)
    send(&stepper, .toggleHelp)
    #expect(stepper.send(.quit) == [])
    #expect(!stepper.isShowingHelp)
    send(&stepper, .toggleHelp, .toggleHelp)
    #expect(!stepper.isShowingHelp)
    send(&stepper, .openFilterMenu, .toggleHelp)
    #expect(stepper.isShowingHelp)
    send(&stepper, .moveFilterSelection(1))
    #expect(!stepper.isShowingHelp)
    #expect(stepper.filterMenu?.selection == 0)
  }

  @Test func anEmptyDeckSurvivesEveryAction() {
    var stepper = DeckStepper(cards: [], progress: [:], today: practiceToday)
    let actions: [DeckStepperAction] = [
      .next, .previous, .first, .last, .nextSegment, .previousSegment, .toggleReveal,
      .scrollBack(2), .shuffle(seed: 1), .openFilterMenu, .moveFilterSelection(1),
      .moveFilterSelection(-4), .chooseFilter, .openFilterMenu, .chooseFilter, .closeFilterMenu,
      .toggleStar, .drill, .shuffle(seed: 2), .toggleHelp, .next,
    ]
    for action in actions {
      #expect(stepper.send(action) == [])
      #expect(stepper.current == nil)
      #expect(stepper.positionText == "0/0")
    }
    #expect(!stepper.isRevealed)
    #expect(stepper.progress.isEmpty)
    stepper.update(progress: practiceStarred, for: practiceKey("b1"))
    #expect(stepper.current == nil)
    #expect(stepper.send(.quit) == [.quit])
  }

  // MARK: The bundled decks

  @Test func everyFilterOfTheBundledDecksShowsAsManyCardsAsItsMenuSays() throws {
    let decks = DeckLibrary.bundled().decks
    #expect(!decks.isEmpty)
    for deck in decks {
      var stepper = DeckStepper(
        cards: DeckCard.cards(of: deck), progress: [:], today: practiceToday)
      send(&stepper, .openFilterMenu)
      let choices = try #require(stepper.filterMenu?.choices)
      send(&stepper, .closeFilterMenu)
      #expect(choices[0].count == deck.questionCount)
      let segmentTotal = choices.filter {
        if case .segment = $0.filter { true } else { false }
      }.map(\.count).reduce(0, +)
      #expect(segmentTotal == deck.questionCount)
      for choice in choices where choice.count > 0 {
        try choose(choice.title, in: &stepper)
        #expect(stepper.shown.count == choice.count, "\(deck.id) \(choice.title)")
      }
    }
  }
}
