import Foundation
import InterviewCore
import Testing

/// What valid decks load to: defaults, inheritance, and ordinary YAML features.
@Suite struct DeckLoaderTests {
  @Test func aMinimalDeckTakesItsSegmentDefaults() throws {
    let loaded = try loadDeck(minimalDeck()).get()
    let segment = try #require(loaded.deck.segments.first)
    #expect(loaded.deck.id == "sample")
    #expect(loaded.idLocation == SourceLocation(line: 1, column: 5))
    #expect(segment.kind == .behavioural)
    #expect(segment.title == "Behavioural")
    #expect(segment.interviewer == "Hiring manager")
    #expect(segment.targetSeconds == 120)
    #expect(segment.questions.first?.targetSeconds == 120)
    #expect(segment.questions.first?.roles == [])
  }

  @Test func questionsInheritTheSegmentTargetUnlessTheyOverrideIt() throws {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: salary
          target: 1m30s
          interviewer: HR partner
          questions:
            - id: inherits
              text: A
            - id: overrides
              text: B
              target: 45
      """
    let questions = try #require(try loadDeck(yaml).get().deck.segments.first?.questions)
    #expect(questions.map(\.targetSeconds) == [90, 45])
  }

  @Test func commentsAnchorsAliasesMergeKeysBlockAndFlowStyleAllWork() throws {
    let yaml = """
      # A deck written with the whole of ordinary YAML.
      id: sample   # trailing comment
      title: 'Quoted — with “Unicode” 日本'
      description: >
        Folded text
        on two lines.
      segments:
        - id: technical
          target: &long 5m
          questions:
            - &base
              id: design
              text: |
                Design something for {company}.
                Then explain it.
              roles: &roles [software, data]
              tips: [Clarify first, "Then: trade-offs"]
              tags: [design]
            - <<: *base
              id: design-again
              target: *long
              roles: *roles
            - {id: flow, text: "Flow style, {position}", follow-ups: [Why?]}
      """
    let deck = try loadDeck(yaml).get().deck
    #expect(deck.title == "Quoted — with “Unicode” 日本")
    #expect(deck.description == "Folded text on two lines.\n")
    let questions = try #require(deck.segments.first?.questions)
    #expect(questions.map(\.id) == ["design", "design-again", "flow"])
    #expect(questions[0].text == "Design something for {company}.\nThen explain it.\n")
    #expect(questions[1].text == questions[0].text)
    #expect(questions[1].tips == ["Clarify first", "Then: trade-offs"])
    #expect(questions[1].roles == ["software", "data"])
    #expect(questions[1].targetSeconds == 300)
    #expect(questions[2].followUps == ["Why?"])
    #expect(deck.roles == ["data", "software"])
  }

  @Test func filteringByRoleKeepsRoleFreeQuestionsAndDropsEmptySegments() throws {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: technical
          questions:
            - {id: any, text: For everyone}
            - {id: sw, text: For engineers, roles: [software]}
        - id: salary
          questions:
            - {id: data-only, text: For analysts, roles: [data]}
      """
    let deck = try loadDeck(yaml).get().deck
    #expect(
      deck.filtered(forRole: "software").segments.flatMap { $0.questions.map(\.id) } == [
        "any", "sw",
      ])
    #expect(deck.filtered(forRole: "software").segments.map(\.kind) == [.technical])
    #expect(deck.filtered(forRole: nil).questionCount == 3)
  }

  @Test func windowsLineEndingsCountLinesAsUnixOnesDo() {
    let yaml = "id: sample\r\ntitle: Sample\r\nsegments: x\u{1B}\r\n"
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:3:12: error: control character U+001B is not allowed in a deck"
      ])
  }

  @Test("a deck over the size limit is refused from its bytes, with the size named")
  func anOversizedDeckIsRefused() {
    let bytes = [UInt8](repeating: 0x20, count: DeckLoader.maximumFileBytes + 1)
    #expect(
      DeckLoader.load(bytes: bytes, path: "huge.yaml", source: .file(path: "huge.yaml"))
        .failureLines == [
          "huge.yaml:1:1: error: the file is 16384 KiB; a deck may be at most 16 MiB"
        ])
  }
}

extension Result where Failure == DeckLoadFailure {
  /// The error lines of a failed load, or `["loaded"]`.
  fileprivate var failureLines: [String] {
    if case .failure(let failure) = self { return failure.lines }
    return ["loaded"]
  }
}
