import Foundation
import InterviewCore
import Testing

@testable import TranscriptStore

@Suite struct SearchRankingWindowTests {
  @Test func onlyTheNewestMatchesAreRankedWhenThereAreMoreThanTheWindow() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    // Oldest first; the densest match (2) is old, so a window of three leaves it out.
    let answers = [
      "A budget in a long answer with plenty of other words around it.",
      "Budget, budget, budget.",
      "Nothing to find here.",
      "The budget, in passing, among other words.",
      "Budget and budget.",
      "One more budget mention within a longer sentence than the others.",
    ]
    let id = try fixture.add(
      started: morning(),
      entries: answers.enumerated().map { reviewEntry($0 + 1, answer: $1) })
    let everything = try fixture.store.search("budget", limit: 50, rankingWindow: 100)
    #expect(everything.first?.sequence == 2)
    #expect(Set(everything.map(\.sequence)) == [1, 2, 4, 5, 6])

    let windowed = try fixture.store.search("budget", limit: 50, rankingWindow: 3)
    #expect(Set(windowed.map(\.sequence)) == [4, 5, 6])
    // Still ranked within the window: the denser "Budget and budget." first.
    #expect(windowed.first?.sequence == 5)
    #expect(windowed.allSatisfy { $0.sessionID == id })
    #expect(try fixture.store.search("budget", limit: 2, rankingWindow: 3).count == 2)
    // The public search uses the documented window.
    #expect(try fixture.store.search("budget") == everything)
    #expect(SearchQuery.rankingWindow == 5_000)
  }
}

@Suite struct SegmentListTests {
  @Test(arguments: [
    [], ["behavioural"], ["behavioural", "technical", "culture", "salary", "questions"],
    ["日本語", "café"], ["a,b", "c"], ["with \"quotes\"", "back\\slash"], ["", "x"],
  ])
  func theFastPathReadsWhatEncodeWrites(segments: [String]) throws {
    let text = try SegmentList.encode(segments)
    #expect(try SegmentList.decode(text) == segments)
    let viaJSON = try JSONDecoder().decode([String].self, from: Data(text.utf8))
    #expect(viaJSON == segments)
  }

  @Test(arguments: [
    "[\"a\", \"b\"]", "[ ]", "[\"a\"\"b\"]", "[a]", "[\"a\",]", "\"a\"", "[\"a\"", "[\"a,b\"]",
  ])
  func anythingElseIsLeftToJSONDecoder(text: String) {
    let json = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    let fast = SegmentList.plainList(text)
    // The fast path either agrees with JSONDecoder or declines.
    #expect(fast == nil || fast == json)
    #expect((try? SegmentList.decode(text)) == json)
  }
}
