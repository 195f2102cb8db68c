import Foundation
import InterviewCore
import SessionRuntime
import Testing
import TranscriptStore

/// The runtime's saving rules, with scripted time and a real store in a temporary directory.
@Suite struct RecordedInterviewStoreTests {
  private func plan() throws -> InterviewPlan {
    let library = DeckLibrary.bundled()
    let deck = try #require(library.deck(withID: "second-interview"))
    let settings = RehearsalSettings(
      company: "Acme", position: "Analyst", segments: [.behavioural], questionsPerSegment: 2,
      followUps: false, seed: 5)
    return try InterviewPlanner.plan(settings: settings, deck: deck, library: library).get()
  }

  private func store() throws -> TranscriptDatabase {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-recorded-\(UUID().uuidString)").path
    return try TranscriptDatabase.open(directory: directory, access: .readWrite)
  }

  /// The draft text in the store's latest snapshot.
  private func savedDraft(_ store: TranscriptDatabase) throws -> String? {
    let id = try #require(try store.sessions().first?.id)
    let snapshot = try #require(try store.snapshot(of: id))
    let interview = SessionResume.interview(snapshot: snapshot, draft: try store.draft(of: id))
    return interview?.draft?.text
  }

  @Test func draftIsSavedAtMostOnceASecondAndAtLeastOnceASecond() throws {
    let store = try store()
    let recorded = try RecordedInterview(plan: plan(), deckTitle: "General", store: store, now: 0)
    recorded.send(.proceed, at: 0)
    recorded.send(.proceed, at: 10)
    #expect(try savedDraft(store) == "")
    recorded.send(.edit(.insert("a")), at: 1_500)  // a key never saves...
    #expect(try savedDraft(store) == "")
    recorded.saveIfDue(now: 1_500)  // ...the idle step does: a second since the last save
    #expect(try savedDraft(store) == "a")
    recorded.send(.edit(.insert("b")), at: 1_900)  // too soon: waits
    #expect(try savedDraft(store) == "a")
    #expect(recorded.autosaveDeadline == 2_500)
    recorded.saveIfDue(now: 2_499)
    #expect(try savedDraft(store) == "a")
    recorded.saveIfDue(now: 2_500)
    #expect(try savedDraft(store) == "ab")
    #expect(recorded.autosaveDeadline == nil)
  }

  @Test func answersAreCommittedBeforeTheNextQuestion() throws {
    let store = try store()
    let recorded = try RecordedInterview(plan: plan(), deckTitle: "General", store: store, now: 0)
    recorded.send(.proceed, at: 0)
    recorded.send(.proceed, at: 0)
    recorded.send(.edit(.insert("First answer")), at: 2_000)
    recorded.send(.submit, at: 9_000)
    let saved = try #require(try store.session(id: recorded.sessionID))
    #expect(saved.entries.map(\.answer) == ["First answer"])
    #expect(saved.entries.first?.thinkingMilliseconds == 2_000)
    #expect(saved.entries.first?.answerMilliseconds == 7_000)
    #expect(try savedDraft(store) == "")
  }

  @Test func interruptMarksTheSessionAndKeepsTheDraft() throws {
    let store = try store()
    do {
      let recorded = try RecordedInterview(
        plan: plan(), deckTitle: "General", store: store, now: 0)
      recorded.send(.proceed, at: 0)
      recorded.send(.proceed, at: 0)
      recorded.send(.edit(.insert("half")), at: 100)
      recorded.send(.edit(.insert(" done")), at: 200)
      recorded.interrupt(now: 300)
      // Still owned while its recorder lives (as while its process runs): not offered.
      let offered = try store.resumable()
      withExtendedLifetime(recorded) {}
      #expect(offered == nil)
    }
    let waiting = try #require(try store.resumable())
    #expect(waiting.summary.status == .interrupted)
    #expect(try savedDraft(store) == "half done")
  }

  @Test func finishingMarksTheSessionFinished() throws {
    let store = try store()
    let recorded = try RecordedInterview(plan: plan(), deckTitle: "General", store: store, now: 0)
    recorded.send(.proceed, at: 0)
    recorded.send(.proceed, at: 0)
    recorded.send(.edit(.insert("An answer")), at: 100)
    recorded.send(.submit, at: 200)
    recorded.send(.openMenu, at: 300)
    recorded.send(.choose(.end), at: 300)
    recorded.send(.openMenu, at: 300)
    recorded.send(.choose(.end), at: 300)
    #expect(recorded.isFinished)
    #expect(try store.sessions().first?.status == .finished)
    #expect(try store.resumable() == nil)
  }

  @Test func endingAtTheBriefingLeavesNoTranscript() throws {
    let store = try store()
    let recorded = try RecordedInterview(plan: plan(), deckTitle: "General", store: store, now: 0)
    #expect(try store.sessions().count == 1)
    recorded.send(.openMenu, at: 0)
    recorded.send(.choose(.end), at: 0)
    recorded.send(.openMenu, at: 0)
    recorded.send(.choose(.end), at: 0)
    #expect(recorded.isFinished)
    #expect(try store.sessions().isEmpty)
    #expect(try store.sessionCount() == 0)
    #expect(try store.resumable() == nil)
  }
}
