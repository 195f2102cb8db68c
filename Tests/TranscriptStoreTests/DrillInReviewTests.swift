import Foundation
import InterviewCore
import Testing
import TranscriptStore

/// Drill answers in the review queries: the question's history and search say which attempts
/// were drills, and from which deck, since a drill has no company or position.
@Suite struct DrillInReviewTests {
  private func storeWithAnInterviewAndADrill(_ fixture: ReviewStore) throws {
    let store = fixture.store
    let interview = try store.createSession(sampleSession(started: morning(plus: 0)))
    try store.append(deckAnswer(1, to: "conflict", at: 1, text: "Zeppelin plans."), to: interview)
    let drill = try store.createSession(drillSession(started: morning(plus: 10)))
    try store.append(deckAnswer(1, to: "conflict", at: 11, text: "Zeppelin again."), to: drill)
  }

  @Test func historyTellsDrillsFromInterviews() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    try storeWithAnInterviewAndADrill(fixture)
    let attempts = try fixture.store.history(of: .deckQuestion("conflict"))
    #expect(attempts.map(\.sessionKind) == [.interview, .drill])
    #expect(attempts[1].deckTitle == "Backend: staff level")
    #expect(attempts[1].sessionTitle == "Drill · Backend: staff level")
    #expect(attempts[0].sessionTitle.hasSuffix("— \(attempts[0].position)"))
  }

  @Test func searchTellsDrillsFromInterviews() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    try storeWithAnInterviewAndADrill(fixture)
    let hits = try fixture.store.search("zeppelin")
    let drillHit = try #require(hits.first { $0.sessionKind == .drill })
    #expect(drillHit.deckTitle == "Backend: staff level")
    #expect(hits.count == 2)
    let line = SearchText.lines(drillHit, highlight: .brackets, timeZone: .gmt).first ?? ""
    #expect(line.contains("Drill — Tell me about a conflict."), "\(line)")
  }
}
