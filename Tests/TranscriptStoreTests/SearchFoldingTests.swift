import Foundation
import InterviewCore
import Testing
import TranscriptStore

/// Search folds case and accents the same way everywhere, and also looks in the question, the
/// company and the position.
@Suite struct SearchFoldingTests {
  /// The hits of `query` as (session, sequence, field), in order.
  private func found(_ query: String, in fixture: ReviewStore) throws -> [String] {
    try fixture.store.search(query).map { "\($0.sessionID)/\($0.sequence) \($0.field.rawValue)" }
  }

  @Test func aCompanyIsFoundWithOrWithoutItsAccentsInAnyCase() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let societe = try fixture.add(
      started: morning(), company: "Société Générale",
      entries: [reviewEntry(1, answer: "We paired."), reviewEntry(2, answer: "We shipped.")])
    try fixture.add(
      started: morning(plus: 60), company: "Acme", entries: [reviewEntry(1, answer: "Fine.")])
    // One hit for the session, its first entry, the company marked.
    for query in ["Société", "societe", "SOCIÉTÉ", "Socie\u{301}te\u{301}", "generale societe"] {
      #expect(try found(query, in: fixture) == ["\(societe)/1 company"], "\(query)")
    }
    let hit = try #require(try fixture.store.search("societe").first)
    #expect(hit.snippet.filter(\.isMatch).map(\.text) == ["Société"])
    #expect(hit.snippet.map(\.text).joined() == "Société Générale")
    #expect(try found("soc*", in: fixture) == ["\(societe)/1 company"])
    #expect(try found("soc", in: fixture) == [])
  }

  @Test func thePositionAndTheQuestionAreSearchedToo() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(
      started: morning(), company: "Acme",
      entries: [
        reviewEntry(1, question: "Why did you leave Zürich?", answer: "For family."),
        reviewEntry(2, question: "Tell me about a conflict.", answer: "We paired."),
      ])
    // sampleSession's position is "Staff Engineer".
    #expect(try found("ENGINEER", in: fixture) == ["\(id)/1 position"])
    #expect(try found("zurich", in: fixture) == ["\(id)/1 question"])
    // Words may be split between the question and the session's company and position.
    #expect(try found("zurich staff", in: fixture) == ["\(id)/1 question"])
    #expect(try found("zurich family", in: fixture) == [])
  }

  @Test func answersAndNotesComeFirstAndAreNotRepeated() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(
      started: morning(), company: "Société",
      entries: [
        reviewEntry(1, answer: "Nothing here."),
        reviewEntry(2, answer: "At la Société we grew fast."),
      ])
    #expect(try found("societe", in: fixture) == ["\(id)/2 answer", "\(id)/1 company"])
  }

  @Test func answersMatchWidthVariantsAndSeparateAccentsAsTheListDoes() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(
      started: morning(), company: "Acme",
      entries: [reviewEntry(1, answer: "The Société file and the café.")])
    for query in ["SOCIÉTÉ", "Socie\u{301}te\u{301}", "ｓｏｃｉｅｔｅ", "caf\u{E9}", "CAFE\u{301}"] {
      #expect(try found(query, in: fixture) == ["\(id)/1 answer"], "\(query)")
    }
  }

  @Test func oneFoldingForEverySearch() {
    #expect(SearchFolding.fold("Société") == "societe")
    #expect(SearchFolding.fold("SOCIE\u{301}TE\u{301}") == "societe")
    #expect(SearchFolding.fold("Straße") == "strasse")
    #expect(SearchFolding.fold("ＡＢＣ") == "abc")
    #expect(
      SearchFolding.words(in: "Socie\u{301}te\u{301} Générale, 2nd").map(\.folded) == [
        "societe", "generale", "2nd",
      ])
    // Folding the whole text at once gives the same words as folding each word.
    for text in ["Socie\u{301}te\u{301} Générale, 2nd", "STRAßE ﬁle ＡＢＣ-déf", "plain ASCII text"] {
      #expect(
        SearchFolding.foldedWords(in: text) == SearchFolding.words(in: text).map(\.folded),
        "\(text)")
    }
  }
}
