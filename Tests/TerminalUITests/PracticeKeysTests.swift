import InterviewCore
import Testing

@testable import TerminalUI

/// The keymaps of stepping, the deck picker and drilling: what each key means in each state,
/// and that footers and help come from the same tables.
@Suite struct PracticeKeysTests {
  @Test func steppingKeysAreThePagersAndFlashcards() {
    let stepper = practiceStepper()
    let expected: [(Key, DeckStepperAction)] = [
      (.right, .next), (.character("l"), .next), (.character("n"), .next),
      (.left, .previous), (.character("h"), .previous), (.character("N"), .previous),
      (.home, .first), (.character("g"), .first), (.end, .last), (.character("G"), .last),
      (.tab, .nextSegment), (.backTab, .previousSegment),
      (.character(" "), .toggleReveal), (.enter, .toggleReveal),
      (.character("s"), .shuffle(seed: 0)), (.character("/"), .openFilterMenu),
      (.character("*"), .toggleStar), (.character("d"), .drill),
      (.function(1), .toggleHelp), (.character("?"), .toggleHelp),
      (.character("q"), .quit), (.escape, .quit),
    ]
    for (key, action) in expected {
      #expect(DeckStepperKeys.action(for: key, in: stepper) == action, "\(key)")
    }
    // Face down, there is nothing to scroll: down and up move between cards, as in a list.
    #expect(DeckStepperKeys.action(for: .down, in: stepper) == .next)
    #expect(DeckStepperKeys.action(for: .character("j"), in: stepper) == .next)
    #expect(DeckStepperKeys.action(for: .character("k"), in: stepper) == .previous)
    // The runtime's keys are not actions.
    for key in [Key.pageDown, .control("c"), .control("l"), .resize] {
      #expect(DeckStepperKeys.action(for: key, in: stepper) == nil, "\(key)")
    }
  }

  @Test func turnedOverTheArrowsScrollTheBack() {
    let stepper = practiceStepper([.toggleReveal])
    #expect(DeckStepperKeys.action(for: .down, in: stepper) == .scrollBack(1))
    #expect(DeckStepperKeys.action(for: .character("j"), in: stepper) == .scrollBack(1))
    #expect(DeckStepperKeys.action(for: .up, in: stepper) == .scrollBack(-1))
    #expect(DeckStepperKeys.action(for: .character("k"), in: stepper) == .scrollBack(-1))
    #expect(
      DeckStepperKeys.action(for: .pageDown, in: stepper, pageLines: 7) == .scrollBack(7))
    #expect(DeckStepperKeys.action(for: .pageUp, in: stepper, pageLines: 7) == .scrollBack(-7))
    #expect(DeckStepperKeys.footer(for: stepper).contains { $0.summary == "hide" })
  }

  @Test func theFilterMenuTakesItsOwnKeys() {
    let stepper = practiceStepper([.openFilterMenu])
    #expect(DeckStepperKeys.action(for: .down, in: stepper) == .moveFilterSelection(1))
    #expect(DeckStepperKeys.action(for: .character("k"), in: stepper) == .moveFilterSelection(-1))
    #expect(DeckStepperKeys.action(for: .enter, in: stepper) == .chooseFilter)
    #expect(DeckStepperKeys.action(for: .escape, in: stepper) == .closeFilterMenu)
    #expect(DeckStepperKeys.action(for: .character("n"), in: stepper) == nil)
    #expect(DeckStepperKeys.footer(for: stepper).map(\.keys) == ["Enter", "↑/↓", "Esc"])
  }

  @Test func anyKeyClosesTheHelp() {
    let stepper = practiceStepper([.toggleHelp])
    for key in [Key.character("n"), .enter, .character("x")] {
      #expect(DeckStepperKeys.action(for: key, in: stepper) == .toggleHelp)
    }
    // The help lists the keys of the card beneath it, not "any key".
    #expect(DeckStepperKeys.help(for: stepper).contains { $0.keys == "l/n" })
  }

  @Test func handleFillsInTheShuffleSeed() {
    var first = practiceStepper()
    var second = practiceStepper()
    _ = DeckStepperKeys.handle(.character("s"), stepper: &first, seed: 3, rows: 24, columns: 80)
    _ = second.send(.shuffle(seed: 3))
    #expect(first.isShuffled)
    #expect(first.order == second.order)
    #expect(DeckStepperKeys.help(for: first).contains { $0.summary == "back to deck order" })
  }

  @Test func handleReturnsTheEffects() {
    var stepper = practiceStepper()
    let drilled = DeckStepperKeys.handle(
      .character("d"), stepper: &stepper, seed: 1, rows: 24, columns: 80)
    #expect(drilled == [.drill(practiceCards[0])])
    let starred = DeckStepperKeys.handle(
      .character("*"), stepper: &stepper, seed: 1, rows: 24, columns: 80)
    #expect(starred == [.setStar(practiceCards[0].key, true)])
    #expect(DeckStepperKeys.footer(for: stepper).contains { $0.summary == "unstar" })
  }

  @Test func footersAndHelpComeFromTheSameTables() {
    let steppers = [
      practiceStepper(), practiceStepper([.toggleReveal]), practiceStepper([.openFilterMenu]),
    ]
    for stepper in steppers {
      let help = DeckStepperKeys.help(for: stepper)
      #expect(!DeckStepperKeys.footer(for: stepper).isEmpty)
      #expect(DeckStepperKeys.footer(for: stepper).allSatisfy(help.shows))
      #expect(help.allSatisfy { !$0.keys.isEmpty && !$0.summary.isEmpty })
    }
    let picker = samplePicker()
    #expect(
      DeckPickerKeys.footer(for: picker).allSatisfy(DeckPickerKeys.help(for: picker).shows))
    for drill in [DrillStates.grading, DrillStates.summary, DrillStates.answering] {
      let help = DrillKeys.help(for: drill)
      #expect(DrillKeys.footer(for: drill).allSatisfy(help.shows))
    }
  }

  @Test func thePickerMovesChoosesAndLeaves() {
    var picker = samplePicker()
    #expect(DeckPickerKeys.action(for: .down, in: picker) == .move(1))
    #expect(DeckPickerKeys.action(for: .character("k"), in: picker) == .move(-1))
    #expect(DeckPickerKeys.action(for: .character("G"), in: picker) == .last)
    #expect(DeckPickerKeys.action(for: .home, in: picker) == .first)
    #expect(DeckPickerKeys.action(for: .escape, in: picker) == .quit)
    #expect(DeckPickerKeys.action(for: .character("?"), in: picker) == .toggleHelp)
    #expect(DeckPickerKeys.handle(.down, picker: &picker) == [])
    #expect(DeckPickerKeys.handle(.enter, picker: &picker) == [.choose("data-analyst")])
    #expect(DeckPickerKeys.handle(.character("q"), picker: &picker) == [.quit])
    #expect(
      DeckPickerKeys.footer(for: picker).map(\.keys) == ["↑/↓", "Enter", "q", "?"])
  }

  @Test func theHomeHelpIsOneKeyAwayAndAnyKeyClosesIt() {
    var menu = HomeMenu(savedTranscripts: 1, dueQuestions: 2)
    #expect(HomeKeys.handle(.character("?"), menu: &menu) == nil)
    #expect(menu.isShowingHelp)
    let screen = rendered(rows: 24, columns: 80) {
      HomeScreen.render(menu, version: "1.0", into: &$0)
    }
    #expect(locate("Help", in: screen) != nil)
    #expect(locate("move, as in vi", in: screen) != nil)
    // Enter closes the help rather than choosing the highlighted entry.
    #expect(HomeKeys.handle(.enter, menu: &menu) == nil)
    #expect(!menu.isShowingHelp)
    #expect(HomeKeys.handle(.function(1), menu: &menu) == nil)
    #expect(menu.isShowingHelp)
    #expect(HomeKeys.footer(for: menu).map(\.keys) == ["any key"])
  }

  @Test func gradingKeysAreAnkis() {
    let drill = DrillStates.grading
    for grade in DrillGrade.allCases {
      let key = Key.character(Character(String(grade.rawValue)))
      #expect(DrillKeys.action(for: key, in: drill, editorWidth: 76) == .grade(grade))
    }
    #expect(DrillKeys.action(for: .character("5"), in: drill, editorWidth: 76) == nil)
    #expect(DrillKeys.action(for: .character("q"), in: drill, editorWidth: 76) == .quit)
    #expect(DrillKeys.action(for: .escape, in: drill, editorWidth: 76) == .quit)
    #expect(DrillKeys.action(for: .function(1), in: drill, editorWidth: 76) == .toggleHelp)
    #expect(
      DrillKeys.footer(for: drill).map { "\($0.keys) \($0.summary)" } == [
        "1 again", "2 hard", "3 good", "4 easy", "q stop", "? help",
      ])
  }

  @Test func theSummaryLeavesOnQOrEnter() {
    let drill = DrillStates.summary
    for key in [Key.character("q"), .enter, .escape] {
      #expect(DrillKeys.action(for: key, in: drill, editorWidth: 76) == .quit)
    }
    #expect(DrillKeys.action(for: .character("3"), in: drill, editorWidth: 76) == nil)
  }

  @Test func answeringKeysAreTheInterviewsWrapped() {
    let drill = DrillStates.answering
    #expect(
      DrillKeys.action(for: .character("x"), in: drill, editorWidth: 76)
        == .interview(.edit(.insert("x"))))
    #expect(DrillKeys.action(for: .enter, in: drill, editorWidth: 76) == .interview(.submit))
    #expect(DrillKeys.action(for: .escape, in: drill, editorWidth: 76) == .interview(.openMenu))
    // Digits are text while answering, not grades.
    #expect(
      DrillKeys.action(for: .character("3"), in: drill, editorWidth: 76)
        == .interview(.edit(.insert("3"))))
    guard case .answering(let interview) = drill.phase else {
      Issue.record("not answering")
      return
    }
    #expect(DrillKeys.footer(for: drill) == InterviewKeys.footer(for: interview))
  }
}

/// A picker of three decks, two with questions due.
func samplePicker() -> DeckPicker {
  DeckPicker(
    decks: [
      sampleDeck("second-interview", "Second interview", questions: 4),
      sampleDeck("data-analyst", "Data analyst: SQL, metrics and 日本語 stakeholders", questions: 3),
      sampleDeck("salary", "Salary negotiation", questions: 2),
    ],
    progress: [
      CardKey(deckID: "second-interview", questionID: "q1"): CardProgress(
        markedToPractiseAgain: true),
      CardKey(deckID: "data-analyst", questionID: "q2"): CardProgress(
        schedule: CardSchedule(
          repetitions: 1, ease: 2_500, intervalDays: 1, due: practiceToday,
          lastDrilled: practiceToday.adding(days: -1), lapses: 0)),
      CardKey(deckID: "data-analyst", questionID: "q3"): CardProgress(
        markedToPractiseAgain: true),
    ], today: practiceToday)
}

/// A deck of `questions` behavioural questions, ids q1, q2 …
func sampleDeck(_ id: String, _ title: String, questions: Int) -> Deck {
  Deck(
    id: id, title: title, description: nil,
    segments: [
      Segment(
        kind: .behavioural, title: "Behavioural", interviewer: "Priya Raman", targetSeconds: 120,
        questions: (1...questions).map {
          Question(id: "q\($0)", text: "Question \($0)?", targetSeconds: 120)
        })
    ], source: .bundled(fileName: "\(id).yaml"))
}
