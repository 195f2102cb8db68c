import Testing

@testable import InterviewCore

@Suite struct DeckPickerTests {
  private let decks = [
    practiceDeck(id: "alpha", title: "Alpha"), practiceDeck(id: "beta", title: "Beta"),
    practiceDeck(id: "gamma", title: "Gamma"),
  ]

  private func picker(selectedID: String? = nil) -> DeckPicker {
    DeckPicker(
      decks: decks,
      progress: [
        practiceKey("b1", deck: "beta"): CardProgress(schedule: practiceSchedule(dueIn: -3)),
        practiceKey("t2", deck: "beta"): CardProgress(markedToPractiseAgain: true),
        practiceKey("c1", deck: "beta"): CardProgress(schedule: practiceSchedule(dueIn: 1)),
        // The candidate's own questions are never drilled, so never counted due.
        practiceKey("q1", deck: "beta"): CardProgress(markedToPractiseAgain: true),
        practiceKey("s1", deck: "gamma"): CardProgress(schedule: practiceSchedule(dueIn: 0)),
      ], today: practiceToday, selectedID: selectedID)
  }

  @Test func eachRowShowsTheDeckItsQuestionsAndWhatIsDue() {
    let picker = picker()
    #expect(
      picker.rows == [
        DeckPickerRow(id: "alpha", title: "Alpha", questionCount: 9, dueCount: 0),
        DeckPickerRow(id: "beta", title: "Beta", questionCount: 9, dueCount: 2),
        DeckPickerRow(id: "gamma", title: "Gamma", questionCount: 9, dueCount: 1),
      ])
    #expect(picker.selected?.id == "alpha")
  }

  @Test func movingStopsAtTheEndsAndChoosingReturnsTheDeck() {
    var picker = picker()
    #expect(picker.send(.move(-1)) == [])
    #expect(picker.selection == 0)
    _ = picker.send(.move(1))
    #expect(picker.send(.choose) == [.choose("beta")])
    _ = picker.send(.move(5))
    #expect(picker.selected?.id == "gamma")
    _ = picker.send(.first)
    #expect(picker.selection == 0)
    _ = picker.send(.last)
    #expect(picker.send(.choose) == [.choose("gamma")])
    #expect(picker.send(.quit) == [.quit])
  }

  @Test func itCanComeBackToTheDeckJustLeft() {
    #expect(picker(selectedID: "gamma").selection == 2)
    #expect(picker(selectedID: "missing").selection == 0)
  }

  @Test func anyActionWhileTheHelpShowsOnlyClosesIt() {
    var picker = picker()
    _ = picker.send(.toggleHelp)
    #expect(picker.isShowingHelp)
    #expect(picker.send(.choose) == [])
    #expect(!picker.isShowingHelp)
    _ = picker.send(.toggleHelp)
    #expect(picker.send(.quit) == [])
    #expect(picker.send(.quit) == [.quit])
  }

  @Test func noDecksIsAnEmptyListThatOnlyQuits() {
    var picker = DeckPicker(decks: [], progress: [:], today: practiceToday)
    for action in [DeckPickerAction.move(1), .move(-1), .first, .last, .choose] {
      #expect(picker.send(action) == [])
      #expect(picker.selected == nil)
    }
    #expect(picker.send(.quit) == [.quit])
  }
}
