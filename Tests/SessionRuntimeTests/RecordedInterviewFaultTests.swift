import Foundation
import InterviewCore
import SessionRuntime
import Testing
import TranscriptStore

/// A small plan: two behavioural questions, no follow-ups.
func smallPlan() throws -> InterviewPlan {
  let library = DeckLibrary.bundled()
  let deck = try #require(library.deck(withID: "second-interview"))
  let settings = RehearsalSettings(
    company: "Acme", position: "Analyst", segments: [.behavioural], questionsPerSegment: 2,
    followUps: false, seed: 5)
  return try InterviewPlanner.plan(settings: settings, deck: deck, library: library).get()
}

/// A fixed wall clock: the recorder's dates never depend on when the test runs.
func fixedClock() -> Date { Date(timeIntervalSince1970: 1_800_000_000) }

/// The recorder with a store that fails on cue: what is kept, what the status line says, and
/// that nothing crashes, whatever the store does.
@Suite struct RecordedInterviewFaultTests {
  /// An interview created in `store` and brought to its first question at time 0.
  private func atFirstQuestion(_ store: FakeSessionStore) throws -> RecordedInterview {
    let recorded = try RecordedInterview(
      plan: smallPlan(), deckTitle: "General", store: store, now: 0, clock: fixedClock)
    recorded.send(.proceed, at: 0)
    recorded.send(.proceed, at: 0)
    return recorded
  }

  @Test func aKeystrokeNeverSavesTheDraftEvenWhenOneIsDue() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    let saves = store.calls.count
    recorded.send(.edit(.insert("a")), at: 5_000)
    #expect(store.calls.count == saves)
    #expect(recorded.autosaveDeadline == 1_000)
    recorded.saveIfDue(now: 5_000)
    #expect(store.count("saveDraft") == 1)
    #expect(store.savedDraft(recorded.sessionID) == "a")
    #expect(recorded.autosaveDeadline == nil)
  }

  @Test func autosaveWritesOnlyTheDraftAndAQuestionBoundaryTheWholeInterview() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    let snapshots = store.count("saveProgress")
    let snapshot = store.only?.snapshot
    var now: Int64 = 0
    for character in "typed over three seconds" {
      now += 150
      recorded.send(.edit(.insert(String(character))), at: now)
      recorded.saveIfDue(now: now)
    }
    #expect(store.count("saveProgress") == snapshots)
    #expect(store.only?.snapshot == snapshot)
    #expect(store.count("saveDraft") >= 3)
    recorded.saveIfDue(now: now + SessionRecorder.autosaveInterval)
    let row = try #require(store.only?.draft)
    let draft = try JSONDecoder().decode(InterviewDraft.self, from: row)
    #expect(draft.recordedEntries == 0)
    #expect(row.count < (snapshot?.count ?? 0))
    // Resuming puts the draft back over the snapshot.
    #expect(store.savedDraft(recorded.sessionID) == "typed over three seconds")
    recorded.send(.submit, at: now + 100)
    #expect(store.count("saveProgress") == snapshots + 1)
    #expect(store.only?.draft == nil)
  }

  @Test func aDraftWaitsASecondAfterTheLastSave() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    recorded.send(.edit(.insert("a")), at: 1_500)
    recorded.saveIfDue(now: 1_500)
    recorded.send(.edit(.insert("b")), at: 1_900)
    #expect(recorded.autosaveDeadline == 2_500)
    recorded.saveIfDue(now: 2_499)
    #expect(store.savedDraft(recorded.sessionID) == "a")
    recorded.saveIfDue(now: 2_500)
    #expect(store.savedDraft(recorded.sessionID) == "ab")
  }

  @Test func theFirstSaveFailsThenTheNextKeyAndSaveWork() throws {
    // The crash of issue 15: a failed first save, then a key, computed now - Int64.min.
    let store = FakeSessionStore()
    let first = try RecordedInterview(
      plan: smallPlan(), deckTitle: "General", store: store, now: 0, clock: fixedClock)
    store.failure = .readOnly(store.path)
    let recorded = RecordedInterview(
      resuming: first.interview, sessionID: first.sessionID, store: store, now: 0,
      clock: fixedClock)
    #expect(recorded.saveProblem?.contains("read-only") == true)
    recorded.send(.proceed, at: 10)
    recorded.send(.proceed, at: 20)
    recorded.send(.edit(.insert("x")), at: 30)
    recorded.saveIfDue(now: 40)
    recorded.saveIfDue(now: Int64.min)
    recorded.send(.edit(.insert("y")), at: 50)
    #expect(recorded.interview.draft?.text == "xy")
    #expect(recorded.saveProblem?.contains("read-only") == true)
    // Once the store takes writes again, the next due save catches up.
    store.failure = nil
    recorded.saveIfDue(now: 40 + SessionRecorder.retryInterval)
    #expect(store.savedDraft(recorded.sessionID) == "xy")
    #expect(store.only?.status == .inProgress)
    #expect(recorded.saveProblem == nil)
    // A clock at its very end saturates rather than traps.
    recorded.send(.edit(.insert("z")), at: 60)
    recorded.saveIfDue(now: Int64.max)
    #expect(recorded.autosaveDeadline == nil)
  }

  @Test func everySaveFailsTheTextStaysAndTheProblemIsSaidOnce() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    let savesBefore = store.count("saveProgress") + store.count("saveDraft")
    store.failure = FakeSessionStore.diskFull(store.path)
    var said: [String] = []
    var now: Int64 = 0
    for character in "an answer that cannot be saved" {
      now += 250
      recorded.send(.edit(.insert(String(character))), at: now)
      recorded.saveIfDue(now: now)
      if let problem = recorded.takeNewProblem() { said.append(problem) }
    }
    #expect(said.count == 1)
    #expect(said.first?.contains("disk is full") == true)
    #expect(recorded.saveProblem == said.first)
    // Tried about once per retry interval, not at every key or every second.
    let tries = store.count("saveProgress") + store.count("saveDraft") - savesBefore
    #expect(tries >= 1)
    #expect(Int64(tries) <= now / SessionRecorder.retryInterval + 1)
    #expect(recorded.interview.draft?.text == "an answer that cannot be saved")
    // The answer is committed when the store comes back, and the problem goes.
    store.failure = nil
    now += 250
    recorded.send(.submit, at: now)
    recorded.saveIfDue(now: now + SessionRecorder.retryInterval)
    #expect(store.only?.entries.map(\.answer) == ["an answer that cannot be saved"])
    #expect(recorded.saveProblem == nil)
  }

  @Test func theStoreBecomesReadOnlyMidAnswer() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    recorded.send(.edit(.insert("first half")), at: 100)
    recorded.saveIfDue(now: 1_000)
    #expect(store.savedDraft(recorded.sessionID) == "first half")
    store.failure = .readOnly(store.path)
    recorded.send(.edit(.insert(", second half")), at: 1_200)
    recorded.saveIfDue(now: 2_200)
    #expect(recorded.saveProblem?.contains("read-only") == true)
    // What was saved before stays; what is typed stays in memory.
    #expect(store.savedDraft(recorded.sessionID) == "first half")
    #expect(recorded.interview.draft?.text == "first half, second half")
    recorded.send(.submit, at: 3_000)
    #expect(store.only?.entries.isEmpty == true)
    #expect(recorded.saveProblem != nil)
  }

  @Test func theSessionIsDeletedUnderIt() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    store.sessions.removeAll()
    recorded.send(.edit(.insert("still here")), at: 100)
    recorded.saveIfDue(now: 1_000)
    recorded.send(.submit, at: 1_100)
    recorded.interrupt(now: 1_200)
    #expect(recorded.saveProblem?.contains("no rehearsal with id \(recorded.sessionID)") == true)
    #expect(recorded.interview.entries.map(\.answer) == ["still here"])
    #expect(store.sessions.isEmpty)
  }

  @Test func answersAreCommittedInOrderOnceTheStoreWorksAgain() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    store.failure = FakeSessionStore.diskFull(store.path)
    recorded.send(.edit(.insert("one")), at: 100)
    recorded.send(.submit, at: 200)
    store.failure = nil
    recorded.send(.edit(.insert("two")), at: 300)
    recorded.send(.submit, at: 400)
    #expect(store.only?.entries.map(\.answer) == ["one", "two"])
  }

  @Test func endingBeforeTheFirstAnswerKeepsNoSession() throws {
    let store = FakeSessionStore()
    let recorded = try RecordedInterview(
      plan: smallPlan(), deckTitle: "General", store: store, now: 0, clock: fixedClock)
    #expect(store.sessions.count == 1)
    recorded.send(.openMenu, at: 0)
    recorded.send(.choose(.end), at: 0)
    recorded.send(.openMenu, at: 0)
    recorded.send(.choose(.end), at: 0)
    #expect(recorded.isFinished)
    #expect(recorded.isDiscarded)
    #expect(store.sessions.isEmpty)
  }

  @Test func endingAfterAnAnswerKeepsTheSessionFinished() throws {
    let store = FakeSessionStore()
    let recorded = try atFirstQuestion(store)
    recorded.send(.edit(.insert("kept")), at: 100)
    recorded.send(.submit, at: 200)
    recorded.send(.openMenu, at: 300)
    recorded.send(.choose(.end), at: 300)
    for _ in 0..<5 where !recorded.isFinished {
      recorded.send(.openMenu, at: 400)
      recorded.send(.choose(.end), at: 400)
    }
    #expect(!recorded.isDiscarded)
    #expect(store.only?.status == .finished)
    #expect(store.only?.entries.first?.answer == "kept")
  }
}
