import AppFlow
import InterviewCore
import TerminalUI
import Testing

/// Practice's store in memory, run as the executable's runner runs it; the live drill is a
/// plain `Drill` here, sent the flow's actions at scripted instants.
struct PracticeJourney {
  var flow: PracticeFlow
  var progress: [CardKey: CardProgress] = [:]
  var drill: Drill?
  var failStars = false
  var ran: [PracticeFlow.Effect] = []
  /// Scripted time: each key comes a second after the last.
  var now: Int64 = 1_000_000
  static let today = StudyDay(ordinal: 20_000)
  static let decks = DeckLibrary.bundled().decks

  init(deck: String? = nil, readOnly: String? = nil) {
    let (flow, effects) = PracticeFlow.stepping(
      deck, decks: Self.decks, today: Self.today, readOnlyReason: readOnly, mode: .typed,
      rows: 24, columns: 80)
    self.flow = flow
    run(effects)
  }

  /// A drill of `choice`, opened at `now`, as the runner opens one chosen by the app's flow.
  init(drilling choice: DrillChoice, now: Int64) {
    flow = PracticeFlow.drilling(
      choice.cards.map(\.key), decks: Self.decks, today: choice.today, mode: choice.mode,
      rows: 24, columns: 80)
    progress = choice.progress
    drill = Drill(
      cards: choice.cards, progress: choice.progress, mode: choice.mode, today: choice.today,
      startingAt: now)
    self.now = now
  }

  mutating func press(_ keys: Key...) {
    for key in keys {
      now += 1_000
      run(flow.send(.key(key, seed: 5, drill: drill)))
    }
  }

  mutating func type(_ text: String) {
    for character in text { press(.character(character)) }
  }

  mutating func run(_ effects: [PracticeFlow.Effect]) {
    var queue = effects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      ran.append(effect)
      let result: PracticeFlow.Action?
      switch effect {
      case .loadProgress(let keys, let purpose):
        result = .progressLoaded(.success(progress.filter { keys.contains($0.key) }), for: purpose)
      case .setStar(let key, let starred):
        if failStars {
          result = .starSaved(key, starred: starred, FlowProblem("disk full"))
        } else {
          progress[key, default: CardProgress()].starred = starred
          result = .starSaved(key, starred: starred, nil)
        }
      case .startDrill(let start):
        drill = Drill(
          cards: [start.card], progress: [start.card.key: start.progress], mode: start.mode,
          today: start.today, startingAt: now)
        result = nil
      case .sendToDrill(let action):
        var live = drill
        let effects = live?.send(action, at: now) ?? []
        for case .grade(let key, _, let schedule, _) in effects {
          progress[key, default: CardProgress()].schedule = schedule
        }
        drill = live
        let leaves = effects.contains(.leave)
        if leaves { drill = nil }
        result = .drillSent(leaves: leaves)
      case .leave:
        result = nil
      }
      if let result { queue += flow.send(result) }
    }
  }

  var stepper: DeckStepper? {
    if case .stepper(let stepper)? = flow.top { return stepper }
    return nil
  }
  var picker: DeckPicker? {
    if case .picker(let picker)? = flow.top { return picker }
    return nil
  }
}

@Suite struct PracticeFlowTests {
  @Test func pickerToStepperToDrillAndBackToThePicker() throws {
    var journey = PracticeJourney()
    #expect(journey.picker != nil)
    journey.press(.down, .enter)
    let stepper = try #require(journey.stepper)
    let deckID = try #require(stepper.current?.key.deckID)
    #expect(deckID == PracticeJourney.decks[1].id)
    journey.press(.character("*"))
    let card = try #require(journey.stepper?.current)
    #expect(journey.ran.last == .setStar(card.key, true))
    #expect(journey.stepper?.progress(of: card).starred == true)

    journey.press(.character("d"))
    #expect(journey.drill != nil)
    journey.type("I wrote it up and we shipped")
    journey.press(.enter)
    guard case .grading? = journey.drill?.phase else {
      Issue.record("not grading: \(String(describing: journey.drill?.phase))")
      return
    }
    journey.press(.character("3"))
    #expect(journey.drill?.phase == .finished)
    journey.press(.character("q"))
    // Back on the card, which learnt its new schedule.
    #expect(journey.drill == nil)
    #expect(journey.stepper?.progress(of: card).schedule != nil)
    journey.press(.character("q"))
    #expect(journey.picker?.selected?.id == deckID)
    journey.press(.character("q"))
    #expect(journey.flow.hasLeft)
    #expect(journey.ran.last == .leave)
  }

  @Test func readOnlyNeitherStarsNorDrillsAndSaysWhy() throws {
    let deck = PracticeJourney.decks[0].id
    var journey = PracticeJourney(deck: deck, readOnly: "read-only: a rehearsal is running")
    #expect(journey.stepper?.notice == "read-only: a rehearsal is running")
    journey.press(.character("*"), .character("d"))
    #expect(journey.drill == nil)
    #expect(!journey.ran.contains { if case .setStar = $0 { true } else { false } })
    let card = try #require(journey.stepper?.current)
    #expect(journey.stepper?.progress(of: card).starred == false)
    // Opened on a deck, leaving the stepper leaves practice.
    journey.press(.escape)
    #expect(journey.flow.hasLeft)
  }

  @Test func aStarThatCannotBeSavedIsTakenBack() throws {
    var journey = PracticeJourney(deck: PracticeJourney.decks[0].id)
    journey.failStars = true
    journey.press(.character("*"))
    let card = try #require(journey.stepper?.current)
    #expect(journey.stepper?.progress(of: card).starred == false)
    #expect(journey.stepper?.notice == "Not saved: disk full")
  }

  @Test func jAndKMoveBetweenCardsFaceDown() throws {
    var journey = PracticeJourney(deck: PracticeJourney.decks[0].id)
    let first = try #require(journey.stepper?.current)
    journey.press(.character("j"))
    #expect(journey.stepper?.current != first)
    journey.press(.character("k"))
    #expect(journey.stepper?.current == first)
  }
}
