import Foundation
import InterviewCore
import Testing

/// Every kind of deck error, with the exact line and column it is reported at.
@Suite struct DeckLoaderErrorTests {
  @Test func unknownKeysAreReportedWithASuggestion() {
    let yaml = """
      id: sample
      title: Sample
      descripton: typo
      segments:
        - id: behavioural
          interviewr: Someone
          questions:
            - id: first
              text: Hello?
              follow_ups: [Why?]
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:3:1: error: unknown key 'descripton' in the deck; did you mean 'description'? allowed: id, title, description, segments",
        "deck.yaml:6:5: error: unknown key 'interviewr' in a segment; did you mean 'interviewer'? allowed: id, title, interviewer, target, order, questions, probes",
        "deck.yaml:10:9: error: unknown key 'follow_ups' in a question; did you mean 'follow-ups'? allowed: id, text, target, roles, follow-ups, tips, tags, after, needs",
      ])
  }

  @Test func unknownKeyFarFromAnyAllowedOneHasNoSuggestion() {
    #expect(
      deckErrors(minimalDeck(questionExtra: "        colour: blue")) == [
        "deck.yaml:8:9: error: unknown key 'colour' in a question; allowed: id, text, target, roles, follow-ups, tips, tags, after, needs"
      ])
  }

  @Test func wrongTypesAreReportedAtTheValue() {
    let yaml = """
      id: sample
      title: [not, text]
      segments:
        - id: behavioural
          questions:
            - id: first
              text:
                nested: mapping
              tags: single-string
              tips: [ok, [nested]]
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:2:8: error: 'title' must be text, found a list",
        "deck.yaml:8:11: error: 'text' must be text, found a mapping",
        "deck.yaml:9:15: error: 'tags' must be a list, found a string",
        "deck.yaml:10:20: error: 'tips' must be text, found a list",
      ])
  }

  @Test func aDeckThatIsNotAMappingIsReportedAtItsStart() {
    #expect(
      deckErrors("- just\n- a list\n") == [
        "deck.yaml:1:1: error: expected the deck to be a mapping of keys to values, found a list"
      ])
  }

  @Test func missingRequiredFieldsAreReportedAtTheirMapping() {
    let yaml = """
      title: Sample
      segments:
        - title: No id
          questions:
            - text: No id here
            - id: no-text
        - id: culture
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:1:1: error: a deck needs 'id'",
        "deck.yaml:3:5: error: a segment needs 'id'",
        "deck.yaml:5:9: error: a question needs 'id'",
        "deck.yaml:6:9: error: a question needs 'text'",
        "deck.yaml:7:5: error: a segment needs 'questions'",
      ])
  }

  @Test func nullValuesAreWrongTypesNotAbsentKeys() {
    #expect(
      deckErrors(minimalDeck(questionExtra: "        tips:")) == [
        "deck.yaml:8:14: error: 'tips' must be a list, found nothing (null)"
      ])
  }

  @Test func duplicateQuestionIdsAcrossSegmentsAreReported() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          questions:
            - id: same
              text: One
        - id: culture
          questions:
            - id: same
              text: Two
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:10:13: error: duplicate question id 'same' (first at line 6); ids must be unique in a deck"
      ])
  }

  @Test func duplicateSegmentsAndDuplicateKeysAreReported() {
    let yaml = """
      id: sample
      title: Sample
      title: Again
      segments:
        - id: salary
          questions:
            - id: a
              text: A
        - id: salary
          questions:
            - id: b
              text: B
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:3:1: error: duplicate key 'title' (first at line 2); keep one",
        "deck.yaml:9:9: error: segment 'salary' appears twice (first at line 5); merge them",
      ])
  }

  @Test func emptyListsAreReported() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          questions: []
        - id: culture
          questions:
            - id: a
              text: A
              follow-ups: []
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:5:16: error: 'questions' is empty; list at least one",
        "deck.yaml:10:21: error: 'follow-ups' is empty; list at least one, or remove the key",
      ])
    #expect(
      deckErrors("id: a\ntitle: A\nsegments: []\n") == [
        "deck.yaml:3:11: error: 'segments' is empty; list at least one"
      ])
  }

  @Test func unknownSegmentIdsListTheKnownOnes() {
    #expect(
      deckErrors(minimalDeck().replacingOccurrences(of: "id: behavioural", with: "id: lunch")) == [
        "deck.yaml:4:9: error: unknown segment id 'lunch'; use one of: behavioural, technical, culture, salary, questions"
      ])
  }

  @Test func targetsOutOfRangeOrUnreadableAreReported() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          target: 4s
          questions:
            - id: a
              text: A
              target: 61m
            - id: b
              text: B
              target: 2 hours
            - id: c
              text: C
              target: [2m]
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:5:13: error: target '4s' is out of range; use 5s to 60m",
        "deck.yaml:9:17: error: target '61m' is out of range; use 5s to 60m",
        "deck.yaml:12:17: error: cannot read target '2 hours'; write 90, 90s, 2m or 1m30s",
        "deck.yaml:15:17: error: 'target' must be a duration such as 90, 90s, 2m or 1m30s, found a list",
      ])
  }

  @Test func identifiersMustBeLowercaseWordsWithDashes() {
    let yaml = minimalDeck(
      questionExtra: "        roles: [Software]\n        tags: [ok, \"two words\"]"
    )
    .replacingOccurrences(of: "id: first", with: "id: First_One")
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:6:13: error: 'id' must use only a-z, 0-9 and '-', found 'First_One'",
        "deck.yaml:8:17: error: 'roles' must use only a-z, 0-9 and '-', found 'Software'",
        "deck.yaml:9:20: error: 'tags' must use only a-z, 0-9 and '-', found 'two words'",
      ])
  }

  @Test func unknownPlaceholdersAndStrayBracesAreReported() {
    let yaml = minimalDeck(
      questionExtra: """
                follow-ups:
                  - Why {company}, and why {team}?
                  - "Unclosed { brace"
                tips:
                  - "Stray } brace"
        """)
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:9:13: error: in 'follow-ups': unknown placeholder '{team}'; only {company}, {position} and {a_position} may be used",
        "deck.yaml:10:13: error: in 'follow-ups': '{' is never closed; only {company}, {position} and {a_position} may be used",
        "deck.yaml:12:13: error: in 'tips': '}' without a matching '{'; only {company}, {position} and {a_position} may be used",
      ])
  }

  @Test func rawControlCharactersAreReportedWhereTheyStand() {
    let yaml = "id: sample\ntitle: Sam\u{1B}[31mple\nsegments: x\u{7F}\n  - \u{85}\u{9B}\n"
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:2:11: error: control character U+001B is not allowed in a deck",
        "deck.yaml:3:12: error: control character U+007F is not allowed in a deck",
        "deck.yaml:4:5: error: control character U+0085 is not allowed in a deck",
        "deck.yaml:4:6: error: control character U+009B is not allowed in a deck",
      ])
  }

  @Test func escapedControlCharactersInQuotedTextAreReportedAtTheNode() {
    #expect(
      deckErrors(minimalDeck(questionExtra: "        tips: [\"red \\e[31m text\"]")) == [
        "deck.yaml:8:16: error: 'tips' contains the control character U+001B; decks may not hold control characters"
      ])
  }

  @Test func invalidUTF8IsReportedAtEachBadSequence() {
    var bytes = Array("id: sample\ntitle: caf".utf8)
    bytes += [0xC3]  // a lead byte with no continuation
    bytes += Array("\nsegments: é ".utf8)
    bytes += [0xFF, 0xFE]
    #expect(
      deckErrors(bytes: bytes) == [
        "deck.yaml:2:11: error: invalid UTF-8 (1 byte); save the file as UTF-8",
        "deck.yaml:3:13: error: invalid UTF-8 (1 byte); save the file as UTF-8",
        "deck.yaml:3:14: error: invalid UTF-8 (1 byte); save the file as UTF-8",
      ])
  }

  @Test func anOversizedFileIsRefusedBeforeParsing() {
    let bytes = [UInt8](repeating: UInt8(ascii: "#"), count: DeckLoader.maximumFileBytes + 1)
    #expect(
      deckErrors(bytes: bytes) == [
        "deck.yaml:1:1: error: the file is 16384 KiB; a deck may be at most 16 MiB"
      ])
  }

  @Test func yamlSyntaxErrorsCarryLibyamlPositions() {
    let yaml = """
      id: sample
      title: "unterminated
      segments: []
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:3:13: error: found unexpected end of stream (while scanning a quoted scalar that starts at line 2, column 8); "
          + "hint: a quoted text needs its closing quote; inside '…' write an apostrophe as ''"
      ])

    #expect(
      deckErrors("id: a\n  title: wrong indent\n") == [
        "deck.yaml:2:8: error: mapping values are not allowed in this context"
      ])
  }

  @Test func undefinedAliasesAreReported() {
    #expect(
      deckErrors("id: a\ntitle: *nowhere\nsegments: []\n") == [
        "deck.yaml:2:8: error: alias '*nowhere' names no anchor defined before it"
      ])
  }

  @Test func aSecondDocumentIsRefused() {
    #expect(
      deckErrors(minimalDeck() + "\n---\nid: other\n") == [
        "deck.yaml:9:1: error: a deck file holds one YAML document; remove the second one (after '---')"
      ])
  }

  @Test func anEmptyFileIsReported() {
    #expect(
      deckErrors("# only a comment\n") == [
        "deck.yaml:1:1: error: the file holds no YAML; a deck needs id, title and segments"
      ])
  }

  @Test func anAliasBombFailsFastInsteadOfExpanding() {
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      yaml += "a\(level): &a\(level) [\(refs)]\n"
    }
    let errors = deckErrors(yaml)
    #expect(errors.count == 1)
    #expect(errors.first?.contains("aliases expand this document past 2000000 nodes") == true)
  }

  @Test func deepNestingFailsFastWithAPosition() {
    let yaml = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let errors = deckErrors(yaml)
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasSuffix(
        "error: nesting is too deep (over 1000 levels); a deck needs far fewer") == true)

    // Block style reaches the composer's own, lower limit: reported at the first level too deep.
    let block = (0..<100).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(
      separator: "\n")
    #expect(
      deckErrors(block + " leaf\n") == [
        "deck.yaml:64:64: error: nesting is too deep (over 64 levels); a deck needs far fewer"
      ])
  }

  @Test func everyErrorInAFileIsReportedInOnePassInFileOrder() {
    let yaml = """
      id: Bad
      title: Sample
      segments:
        - id: lunch
          questions:
            - id: a
              text: Why {team}?
              target: 1s
            - id: a
              text: Again
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:1:5: error: 'id' must use only a-z, 0-9 and '-', found 'Bad'",
        "deck.yaml:4:9: error: unknown segment id 'lunch'; use one of: behavioural, technical, culture, salary, questions",
        "deck.yaml:7:15: error: in 'text': unknown placeholder '{team}'; only {company}, {position} and {a_position} may be used",
        "deck.yaml:8:17: error: target '1s' is out of range; use 5s to 60m",
        "deck.yaml:9:13: error: duplicate question id 'a' (first at line 6); ids must be unique in a deck",
      ])
  }

  @Test func errorMessagesShowUserTextInert() {
    // The key holds an escaped ESC: the message must not carry it raw to a terminal.
    let lines = deckErrors(minimalDeck(questionExtra: "        \"bad\\ekey\": 1"))
    #expect(lines.count == 1)
    #expect(lines.first?.contains("\u{1B}") == false)
    #expect(lines.first?.contains("bad\u{241B}key") == true)
  }
}
