import InterviewCore
import Testing

/// A segment's `probes:` in deck YAML: what loads, and every way it can be wrong, with positions.
@Suite struct DeckProbeTests {
  private func deck(_ yaml: String) throws -> Deck {
    try loadDeck(yaml).get().deck
  }

  @Test func probesLoadAsListsOrSingleTextsWithPlaceholdersKept() throws {
    let deck = try deck(
      """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          probes:
            result: So how did it end?
            action:
              - What did you do yourself at {company}?
              - Which part of that was yours as {position}?
          questions:
            - id: first
              text: Tell me about yourself.
        - id: salary
          probes:
            names_figure: [What figure do you have in mind?]
          questions:
            - id: pay
              text: What are you looking for?
        - id: culture
          questions:
            - id: fit
              text: How do you like to work?
      """)
    #expect(
      deck.segments[0].probes == [
        "result": ["So how did it end?"],
        "action": [
          "What did you do yourself at {company}?", "Which part of that was yours as {position}?",
        ],
      ])
    #expect(deck.segments[1].probes == ["names_figure": ["What figure do you have in mind?"]])
    #expect(deck.segments[2].probes == [:])
  }

  @Test func unknownProbeKeysAreReportedWithASuggestion() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          probes:
            outcome: How did it end?
            figure: What number?
            reslt: Typo?
            colour: Blue?
            action: What did you do?
          questions:
            - id: first
              text: Tell me about yourself.
      """
    let allowed = "allowed: result, action, quantified, names_figure"
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:6:7: error: unknown key 'outcome' in 'probes'; did you mean 'result'? \(allowed)",
        "deck.yaml:7:7: error: unknown key 'figure' in 'probes'; did you mean 'names_figure'? \(allowed)",
        "deck.yaml:8:7: error: unknown key 'reslt' in 'probes'; did you mean 'result'? \(allowed)",
        "deck.yaml:9:7: error: unknown key 'colour' in 'probes'; \(allowed)",
      ])
  }

  @Test func probesASegmentNeverAsksAreReportedAtTheirKey() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: culture
          probes:
            names_figure: What figure do you have in mind?
            quantified: How did you measure it?
            result: And then?
          questions:
            - id: fit
              text: How do you like to work?
        - id: salary
          probes:
            result: What happened?
            names_figure: And the number?
          questions:
            - id: pay
              text: What are you looking for?
        - id: questions
          probes:
            result: Anything else?
          questions:
            - id: ask
              text: What does success look like here?
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:6:7: error: 'names_figure' probes belong in the salary segment only, where a figure is asked for; the culture segment takes: result, action",
        "deck.yaml:7:7: error: 'quantified' probes are never asked in the culture segment; the culture segment takes: result, action",
        "deck.yaml:14:7: error: 'result' probes are never asked in the salary segment; the salary segment takes: names_figure",
        "deck.yaml:20:5: error: the questions segment takes no 'probes': there the candidate asks and nobody follows up",
      ])
  }

  @Test func wrongTypesEmptyTextAndControlCharactersAreReportedAtTheValue() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          probes:
            result:
              nested: mapping
            action: []
            quantified: ~
          questions:
            - id: first
              text: Tell me about yourself.
        - id: technical
          probes: [result]
          questions:
            - id: second
              text: A problem?
        - id: culture
          probes: {}
          questions:
            - id: third
              text: A team?
        - id: salary
          probes:
            names_figure: ["", "Your figure at {employer}?", "Esc \\e here", [nested]]
          questions:
            - id: fourth
              text: Pay?
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:7:9: error: 'result' must be text or a list of texts, found a mapping",
        "deck.yaml:8:15: error: 'action' is empty; list at least one, or remove the key",
        "deck.yaml:9:19: error: 'quantified' must be text or a list of texts, found nothing (null)",
        "deck.yaml:14:13: error: expected 'probes' to be a mapping of keys to values, found a list",
        "deck.yaml:19:13: error: 'probes' is empty; give at least one kind, or remove the key",
        "deck.yaml:25:22: error: 'names_figure' is empty",
        "deck.yaml:25:26: error: in 'names_figure': unknown placeholder '{employer}'; only {company}, {position} and {a_position} may be used",
        "deck.yaml:25:56: error: 'names_figure' contains the control character U+001B; decks may not hold control characters",
        "deck.yaml:25:71: error: 'names_figure' must be text, found a list",
      ])
  }

  @Test func aWordingRepeatedInASegmentIsReportedAtItsSecondAppearance() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          probes:
            result: [And then?, What came of it?]
            action:
              - And then?
          questions:
            - id: first
              text: Tell me about yourself.
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:8:11: error: this 'action' probe repeats one at line 6; each wording is asked once"
      ])
  }

  @Test func probesAfterABadSegmentIDAreStillCheckedForShape() {
    let yaml = """
      id: sample
      title: Sample
      segments:
        - probes:
            outcome: Hm?
          id: behavioral
          questions:
            - id: first
              text: Tell me about yourself.
      """
    #expect(
      deckErrors(yaml) == [
        "deck.yaml:5:7: error: unknown key 'outcome' in 'probes'; did you mean 'result'? allowed: result, action, quantified, names_figure",
        "deck.yaml:6:9: error: unknown segment id 'behavioral'; use one of: behavioural, technical, culture, salary, questions",
      ])
  }

  @Test func probesMayBeSharedThroughAnAlias() throws {
    let deck = try deck(
      """
      id: sample
      title: Sample
      segments:
        - id: behavioural
          probes: &shared
            result: How did it end?
          questions:
            - id: first
              text: Tell me about yourself.
        - id: technical
          probes: *shared
          questions:
            - id: second
              text: A problem?
      """)
    #expect(
      deck.segments.map(\.probes) == [
        ["result": ["How did it end?"]], ["result": ["How did it end?"]],
      ])
  }
}

/// The general deck's probes: every kind a segment can ask, three wordings or more, none twice.
@Suite struct BundledProbeTests {
  @Test func everyApplicableKindHasAtLeastThreeWordingsInEachSegment() throws {
    let deck = try #require(DeckLibrary.bundled().deck(withID: "second-interview"))
    let expected: [SegmentKind: Set<String>] = [
      .behavioural: ["result", "action", "quantified"],
      .technical: ["result", "action", "quantified"],
      .culture: ["result", "action"], .salary: ["names_figure"], .questions: [],
    ]
    var seen: Set<String> = []
    for segment in deck.segments {
      #expect(Set(segment.probes.keys) == expected[segment.kind], "\(segment.kind)")
      for (kind, wordings) in segment.probes {
        #expect(wordings.count >= 3, "\(segment.kind) \(kind) has \(wordings.count)")
        for wording in wordings {
          #expect(seen.insert(wording).inserted, "repeated: \(wording)")
        }
      }
    }
  }

  @Test func theSegmentsProbeKindsAreTheGapsTheChooserCanFind() {
    let nothing = FeedbackVerdicts(
      context: false, action: false, result: false, quantified: false, fillerHeavy: false,
      teamOnly: true, namesFigure: false)
    for kind in SegmentKind.allCases {
      let feedback = AnswerFeedback(
        version: 1, words: 0, verdicts: nothing, fillers: [], fillersPer100Words: 0, hedges: [],
        speaking: nil, delivery: nil, questions: nil, tipsTouched: [], jobTerms: JobTermUse(),
        notes: [])
      #expect(ProbeChooser.gaps(in: feedback, segment: kind) == kind.probeKinds, "\(kind)")
    }
  }
}
