import Foundation
import InterviewCore
import Testing
import TranscriptStore

@Suite struct SearchTests {
  /// A store with one session whose answers the tests search; returns it and the session's id.
  private func searchable(_ answers: [String]) throws -> (ReviewStore, Int64) {
    let fixture = try ReviewStore()
    let entries = answers.enumerated().map { offset, text in
      reviewEntry(offset + 1, question: "Question \(offset + 1)?", answer: text)
    }
    let id = try fixture.add(started: morning(), company: "Quill & Co", entries: entries)
    return (fixture, id)
  }

  /// The sequences of the entries `query` finds, sorted.
  private func found(_ query: String, in fixture: ReviewStore) throws -> [Int] {
    try fixture.store.search(query).map(\.sequence).sorted()
  }

  @Test func everyWordMustMatchInAnyOrder() throws {
    let (fixture, _) = try searchable([
      "The quarterly roadmap slipped by a month.",
      "We rebuilt the roadmap together.",
      "Nothing about plans here.",
    ])
    defer { fixture.remove() }
    #expect(try found("roadmap", in: fixture) == [1, 2])
    #expect(try found("slipped roadmap", in: fixture) == [1])
    #expect(try found("ROADMAP Quarterly", in: fixture) == [1])
    #expect(try found("roadmap banana", in: fixture) == [])
  }

  @Test func accentsAreFoldedBothWays() throws {
    let (fixture, _) = try searchable(["My résumé lists the café project.", "A plain resume."])
    defer { fixture.remove() }
    #expect(try found("resume", in: fixture) == [1, 2])
    #expect(try found("RÉSUMÉ", in: fixture) == [1, 2])
    #expect(try found("cafe", in: fixture) == [1])
  }

  @Test func aTrailingStarSearchesByPrefix() throws {
    let (fixture, _) = try searchable([
      "I showed leadership.", "The team leader agreed.", "We misled nobody.",
    ])
    defer { fixture.remove() }
    #expect(try found("lead*", in: fixture) == [1, 2])
    #expect(try found("Lead**", in: fixture) == [1, 2])
    // Without the star a word must match whole.
    #expect(try found("lead", in: fixture) == [])
  }

  @Test func quotedWordsMatchAsAPhrase() throws {
    let (fixture, _) = try searchable([
      "The quarterly roadmap slipped.", "The roadmap was quarterly.",
    ])
    defer { fixture.remove() }
    #expect(try found("\"quarterly roadmap\"", in: fixture) == [1])
    #expect(try found("quarterly roadmap", in: fixture) == [1, 2])
    #expect(try found("\"roadmap was\" slipped", in: fixture) == [])
    // An unclosed quote runs to the end of the query.
    #expect(try found("\"roadmap was", in: fixture) == [2])
  }

  @Test(arguments: [
    "AND", "OR", "NOT", "NEAR", "NEAR(roadmap slipped)", "(", ")", "((roadmap", "-", "-roadmap",
    "\"", "\"\"", "\"\"\"", "C++", "c#", "roadmap AND", "OR roadmap", "answer:roadmap",
    "{answer note}: roadmap", "^roadmap", "*", "roadmap*slipped", "'", "\\", "a + b", "100%",
    "NOT roadmap", "roadmap NOT slipped", "\u{1B}[31m", "\u{0}",
  ])
  func queryTextIsNeverFTSSyntax(query: String) throws {
    let (fixture, _) = try searchable(["The C++ roadmap slipped AND nobody said NOT or NEAR."])
    defer { fixture.remove() }
    // Whatever it finds, it must not throw.
    _ = try fixture.store.search(query)
  }

  @Test func operatorsAreMatchedAsWords() throws {
    let (fixture, _) = try searchable([
      "We ship C++ and Rust.", "Not near the roadmap.", "Plain text only.",
    ])
    defer { fixture.remove() }
    #expect(try found("C++", in: fixture) == [1])
    #expect(try found("AND", in: fixture) == [1])
    #expect(try found("NOT NEAR", in: fixture) == [2])
    #expect(try found("-roadmap", in: fixture) == [2])
    #expect(try found("(roadmap)", in: fixture) == [2])
  }

  @Test(arguments: ["", "   ", "\t\n", "- ( ) \" *", "!!!", "\"\"", "* * *", "😀"])
  func aQueryWithoutWordsFindsNothing(query: String) throws {
    let (fixture, _) = try searchable(["Something to find, 😀 - ( ) !!!"])
    defer { fixture.remove() }
    #expect(SearchQuery.expression(for: query) == nil)
    #expect(try fixture.store.search(query) == [])
  }

  @Test func aWordSearchTokenisesDropDoesNotEmptyTheQuery() throws {
    // A lone combining vowel sign is a letter to Swift but no token to FTS5; as an empty phrase
    // it would make the whole AND match nothing.
    let (fixture, _) = try searchable(["The roadmap slipped."])
    defer { fixture.remove() }
    // First in the query, so it is a Character of its own (after a space it would join it).
    #expect(try found("\u{93E} roadmap", in: fixture) == [1])
    #expect(SearchQuery.expression(for: "\u{93E}") == nil)
  }

  @Test func aNoteMatchSaysSoAndShowsTheNote() throws {
    let (fixture, id) = try searchable(["An answer about budgets.", "Another about hiring."])
    defer { fixture.remove() }
    try fixture.store.annotate(
      EntryReference(sessionID: id, sequence: 2),
      with: Annotation(note: "Next time mention the flamingo dashboard."))
    let hits = try fixture.store.search("flamingo")
    #expect(hits.map(\.sequence) == [2])
    #expect(hits.first?.field == .note)
    #expect(hits.first.map(matchedWords) == ["flamingo"])
    #expect(hits.first.map(snippetText)?.contains("dashboard") == true)
    let answerHits = try fixture.store.search("hiring")
    #expect(answerHits.first?.field == .answer)
  }

  @Test func aHitCarriesItsSessionAndQuestion() throws {
    let (fixture, id) = try searchable(["First.", "The migration went well."])
    defer { fixture.remove() }
    let hit = try #require(try fixture.store.search("migration").first)
    #expect(hit.sessionID == id)
    #expect(hit.sequence == 2)
    #expect(hit.reference == EntryReference(sessionID: id, sequence: 2))
    #expect(hit.kind == .answer)
    #expect(hit.question == "Question 2?")
    #expect(hit.company == "Quill & Co")
    #expect(hit.position == sampleSession().position)
    #expect(hit.started == morning())
  }

  @Test func snippetsMarkTheMatchedWordsAndStayOnOneLine() throws {
    let words = (1...40).map { "word\($0)" }
    let long =
      words[0..<20].joined(separator: " ") + "\nwe cut the Résumé\r\nqueue\u{2028}"
      + words[20...].joined(separator: " ")
    let (fixture, _) = try searchable([long])
    defer { fixture.remove() }
    let hit = try #require(try fixture.store.search("resume queue").first)
    #expect(matchedWords(hit) == ["Résumé", "queue"])
    let text = snippetText(hit)
    #expect(!text.contains { $0.isNewline })
    #expect(text.contains("we cut the Résumé queue"))
    // A passage, not the whole answer.
    #expect(text.count < long.count)
    #expect(!text.contains("word1 "))
  }

  @Test func theLimitIsRespectedAndTheDensestMatchComesFirst() throws {
    let (fixture, _) = try searchable([
      "One mention of budget among many other words in a longer answer about planning.",
      "Budget, budget, budget.",
      "The budget again.",
      "A budget once more, in passing, with other words around it.",
      "Budget and more.",
    ])
    defer { fixture.remove() }
    let all = try fixture.store.search("budget")
    #expect(all.count == 5)
    #expect(all.first?.sequence == 2)
    #expect(try fixture.store.search("budget", limit: 3) == Array(all.prefix(3)))
    #expect(try fixture.store.search("budget", limit: 0) == [])
    #expect(try fixture.store.search("budget", limit: -1) == [])
  }

  @Test func searchSpansSessionsAndSkipsEmptyAnswers() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let first = try fixture.add(
      started: morning(), entries: [reviewEntry(1, answer: "Kanban boards helped.")])
    let second = try fixture.add(
      started: morning(plus: 60),
      entries: [reviewEntry(1, answer: "", skipped: true), reviewEntry(2, answer: "kanban!")])
    let hits = try fixture.store.search("kanban")
    #expect(
      Set(hits.map(\.reference)) == [
        EntryReference(sessionID: first, sequence: 1),
        EntryReference(sessionID: second, sequence: 2),
      ])
  }
}
