import Foundation
import InterviewCore
import SessionRuntime
import Testing
import TranscriptStore

/// The drill's side of the recorder: no empty sessions, grades kept in order, failures survived.
@Suite struct RecordedDrillFaultTests {
  /// Two cards of one small deck.
  private func cards() -> [DeckCard] {
    ["first", "second"].map { id in
      DeckCard(
        key: CardKey(deckID: "practice", questionID: id), deckTitle: "Practice deck",
        segment: .behavioural, segmentTitle: SegmentKind.behavioural.defaultTitle,
        interviewer: SegmentKind.behavioural.defaultInterviewer,
        question: Question(
          id: id, text: "Tell me about \(id).", targetSeconds: 60, followUps: [], tips: []))
    }
  }

  private func drill(_ store: FakeSessionStore) -> RecordedDrill {
    RecordedDrill(
      drill: Drill(
        cards: cards(), progress: [:], mode: .typed, today: StudyDay(ordinal: 20_000),
        startingAt: 0),
      deckID: "practice", deckTitle: "Practice deck", store: store, now: 0, clock: fixedClock)
  }

  @Test func aDrillLeftBeforeAnythingWasTypedLeavesNoSession() {
    let store = FakeSessionStore()
    let recorded = drill(store)
    recorded.send(.interview(.tick), at: 500)
    recorded.saveIfDue(now: 5_000)
    recorded.interrupt(now: 6_000)
    recorded.leave()
    #expect(store.sessions.isEmpty)
    #expect(store.count("createSession") == 0)
    #expect(recorded.sessionID == nil)
    #expect(recorded.saveProblem == nil)
  }

  @Test func aDrillWhoseCardsWereSkippedEmptyLeavesNoSession() {
    let store = FakeSessionStore()
    let recorded = drill(store)
    recorded.send(.interview(.submit), at: 100)
    recorded.send(.quit, at: 200)
    recorded.leave()
    #expect(store.sessions.isEmpty)
  }

  @Test func theFirstTypedKeyMakesTheSessionAtTheNextAutosave() {
    let store = FakeSessionStore()
    let recorded = drill(store)
    recorded.send(.interview(.edit(.insert("I"))), at: 100)
    #expect(store.sessions.isEmpty)
    recorded.saveIfDue(now: 100)
    #expect(store.only?.new.kind == .drill)
    #expect(store.savedDraft(recorded.sessionID ?? 0) == "I")
  }

  @Test func anAnswerAndItsGradeAreKeptInOrderAfterTheDiskWasFull() {
    let store = FakeSessionStore()
    let recorded = drill(store)
    store.failure = FakeSessionStore.diskFull(store.path)
    recorded.send(.interview(.edit(.insert("an answer"))), at: 100)
    recorded.send(.interview(.submit), at: 200)
    recorded.send(.grade(.good), at: 300)
    #expect(recorded.saveProblem?.contains("disk is full") == true)
    #expect(store.sessions.isEmpty)
    store.failure = nil
    recorded.saveIfDue(now: 10_000)
    recorded.send(.interview(.edit(.insert("b"))), at: 10_100)
    recorded.saveIfDue(now: 20_000)
    #expect(store.only?.entries.map(\.answer) == ["an answer"])
    #expect(store.only?.grades.map(\.1) == [.good])
    #expect(recorded.saveProblem == nil)
  }

  @Test func anUndoneGradeIsTakenBackInTheStoreEvenAfterAFailure() {
    let store = FakeSessionStore()
    let recorded = drill(store)
    recorded.send(.interview(.edit(.insert("one"))), at: 100)
    recorded.send(.interview(.submit), at: 200)
    recorded.send(.grade(.good), at: 300)
    #expect(store.only?.grades.map(\.1) == [.good])
    // The store fails as the grade is undone: the undo waits in order and is written later.
    store.failure = FakeSessionStore.diskFull(store.path)
    recorded.send(.undoGrade, at: 400)
    #expect(recorded.saveProblem?.contains("disk is full") == true)
    #expect(store.only?.grades.map(\.1) == [.good])
    store.failure = nil
    recorded.send(.grade(.hard), at: 500)
    #expect(store.only?.grades.map(\.1) == [.hard])
    #expect(store.calls.filter { $0.hasSuffix("rade") }.suffix(2) == ["undoGrade", "recordGrade"])
    #expect(recorded.saveProblem == nil)
  }

  @Test func everySaveFailingNeverStopsTheDrill() {
    let store = FakeSessionStore()
    let recorded = drill(store)
    store.failure = .readOnly(store.path)
    var now: Int64 = 0
    for character in "typed anyway" {
      now += 300
      recorded.send(.interview(.edit(.insert(String(character)))), at: now)
      recorded.saveIfDue(now: now)
    }
    #expect(recorded.interview?.draft?.text == "typed anyway")
    // Keys never hammer a failing store: tried about once per retry interval.
    #expect(store.count("createSession") <= Int(now / SessionRecorder.retryInterval) + 1)
    recorded.send(.interview(.submit), at: now + 100)
    recorded.send(.grade(.hard), at: now + 200)
    #expect(recorded.drill.results.count == 1)
    #expect(recorded.saveProblem?.contains("read-only") == true)
  }
}
