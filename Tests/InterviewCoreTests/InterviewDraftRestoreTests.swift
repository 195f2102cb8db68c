import Foundation
import Testing

@testable import InterviewCore

/// Putting an autosaved draft back over the last full snapshot.
@Suite struct InterviewDraftRestoreTests {
  private func interview() throws -> Interview {
    let library = DeckLibrary.bundled()
    let deck = try #require(library.deck(withID: "second-interview"))
    let settings = RehearsalSettings(
      company: "Acme", position: "Analyst", segments: [.behavioural], questionsPerSegment: 2,
      followUps: false, seed: 5)
    var interview = Interview(
      plan: try InterviewPlanner.plan(settings: settings, deck: deck, library: library).get())
    _ = interview.send(.proceed, at: 0)
    _ = interview.send(.proceed, at: 0)
    return interview
  }

  @Test func aDraftOfTheSameQuestionIsPutBackWithItsClocks() throws {
    let saved = try interview()
    var typed = saved
    _ = typed.send(.edit(.insert("half an answer")), at: 4_000)
    _ = typed.send(.tick, at: 9_000)
    let restored = try #require(saved.restoring(typed.draftState))
    #expect(restored.stage == typed.stage)
    #expect(restored.entries == typed.entries)
    #expect(restored.segmentMilliseconds == typed.segmentMilliseconds)
    #expect(restored.draft?.text == "half an answer")
    #expect(restored.interviewMilliseconds == typed.interviewMilliseconds)
  }

  @Test func aDraftOfAnotherQuestionIsRefused() throws {
    let saved = try interview()
    var later = saved
    _ = later.send(.edit(.insert("first")), at: 100)
    _ = later.send(.submit, at: 200)
    _ = later.send(.edit(.insert("second")), at: 300)
    // A draft of the second question does not fit the snapshot taken at the first.
    #expect(saved.restoring(later.draftState) == nil)
    // Nor an old draft of the first over a snapshot taken at the second.
    var old = saved
    _ = old.send(.edit(.insert("stale")), at: 100)
    var boundary = saved
    _ = boundary.send(.edit(.insert("first")), at: 100)
    _ = boundary.send(.submit, at: 200)
    #expect(boundary.restoring(old.draftState) == nil)
  }
}
