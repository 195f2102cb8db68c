import Testing

@testable import InterviewCore

/// Which questions a plan asks and in what order: the chosen deck first, role packs only to
/// fill or when asked for, `order: as-written` and `after:` honoured, and where each came from.
@Suite struct InterviewPlannerSourceTests {
  /// A user deck whose technical segment has `questions` (YAML lines, indented for a list item)
  /// and whose salary segment is `salary` lines, if any.
  private func userDeck(technical: String, salary: String = "", order: String? = nil) -> String {
    """
    id: mine
    title: Mine
    segments:
      - id: technical
    \(order.map { "    order: \($0)\n" } ?? "")    questions:
    \(technical)
    \(salary)
    """
  }

  /// The bundled decks plus the user deck `yaml`.
  private func library(with yaml: String) throws -> DeckLibrary {
    let loaded = loadDeck(yaml)
    _ = try loaded.get()
    return DeckLibrary.load(userDecks: [loaded])
  }

  private func plan(
    _ yaml: String, role: String? = "data", perSegment: Int = 3, seed: UInt64 = 1,
    rolePack: Bool = false, segments: [SegmentKind] = [.technical]
  ) throws -> InterviewPlan {
    let library = try library(with: yaml)
    let deck = try #require(library.deck(withID: "mine"))
    let settings = RehearsalSettings(
      company: "Northwind", position: "Analyst", deckID: "mine", role: role, segments: segments,
      questionsPerSegment: perSegment, seed: seed, rolePack: rolePack)
    return try InterviewPlanner.plan(settings: settings, deck: deck, library: library).get()
  }

  /// Three technical questions for data: one naming it, one for every role, one for data and
  /// product.
  private let threeForData = """
          - id: my-data
            text: How do you check a dashboard's numbers?
            roles: [data]
          - id: my-any
            text: How do you explain a trade-off?
          - id: my-both
            text: How do you size a market?
            roles: [data, product]
    """

  private func technicalIDs(_ plan: InterviewPlan) -> [String] {
    plan.segments.first { $0.kind == .technical }?.questions.map(\.id) ?? []
  }

  @Test func theDecksOwnQuestionsAreAskedWhenTheyAreEnoughForTheRole() throws {
    for seed in UInt64(0)..<12 {
      let plan = try plan(userDeck(technical: threeForData), seed: seed)
      #expect(Set(technicalIDs(plan)) == ["my-data", "my-any", "my-both"])
      #expect(plan.segments[0].questions.allSatisfy { $0.deckID == nil })
      #expect(plan.sourcesLine == "3 questions from your deck")
    }
  }

  @Test func questionsWrittenForTheRoleComeBeforeThoseForEveryRole() throws {
    for seed in UInt64(0)..<12 {
      let ids = technicalIDs(try plan(userDeck(technical: threeForData), seed: seed))
      #expect(ids.last == "my-any")
    }
  }

  @Test func withoutARoleEveryQuestionOfTheDeckIsForTheInterview() throws {
    let yaml = userDeck(
      technical: threeForData + """

              - id: my-product
                text: How do you pick what to build?
                roles: [product]
        """)
    let plan = try plan(yaml, role: nil, perSegment: 4)
    #expect(Set(technicalIDs(plan)) == ["my-data", "my-any", "my-both", "my-product"])
  }

  @Test func thePackFillsOnlyWhatTheDeckLacksAfterTheDecksOwn() throws {
    let yaml = userDeck(
      technical: """
              - id: my-data
                text: How do you check a dashboard's numbers?
                roles: [data]
              - id: my-any
                text: How do you explain a trade-off?
              - id: my-product
                text: How do you pick what to build?
                roles: [product]
        """)
    let pack = try #require(DeckLibrary.bundled().deck(withID: "data-analysis"))
    let packIDs = Set(pack.segments.flatMap(\.questions).map(\.id))
    for seed in UInt64(0)..<12 {
      let plan = try plan(yaml, seed: seed)
      let questions = plan.segments[0].questions
      #expect(questions.map(\.id).prefix(2) == ["my-data", "my-any"])
      #expect(questions.count == 3)
      #expect(packIDs.contains(questions[2].id))
      #expect(questions[2].deckID == "data-analysis")
      #expect(plan.sourcesLine == "2 questions from your deck, 1 from the data-analysis pack")
    }
  }

  @Test func askingForThePackPutsItBeforeTheDecksQuestionsForEveryRole() throws {
    let yaml = userDeck(
      technical: """
              - id: my-data
                text: How do you check a dashboard's numbers?
                roles: [data]
              - id: my-any
                text: How do you explain a trade-off?
              - id: my-other
                text: How do you plan a week?
        """)
    let plan = try plan(yaml, rolePack: true)
    let questions = plan.segments[0].questions
    #expect(questions.first?.id == "my-data")
    #expect(questions.dropFirst().allSatisfy { $0.deckID == "data-analysis" })
    #expect(plan.sourcesLine == "1 question from your deck, 2 from the data-analysis pack")
    let without = try self.plan(yaml, rolePack: false)
    #expect(without.segments[0].questions.allSatisfy { $0.deckID == nil })
  }

  @Test func theBundledGeneralDeckStillTakesTechnicalQuestionsFromThePack() throws {
    let library = DeckLibrary.bundled()
    let deck = try #require(library.deck(withID: "second-interview"))
    let settings = RehearsalSettings(
      company: "Northwind", position: "Analyst", role: "data",
      segments: [.behavioural, .technical], seed: 3)
    let plan = try InterviewPlanner.plan(settings: settings, deck: deck, library: library).get()
    #expect(plan.segments[1].questions.allSatisfy { $0.deckID == "data-analysis" })
    #expect(plan.segments[0].questions.allSatisfy { $0.deckID == nil })
    #expect(
      plan.sourcesLine
        == "3 questions from the second-interview deck, 3 from the data-analysis pack")
  }

  private let fiveInOrder = """
          - id: q1
            text: One?
          - id: q2
            text: Two?
          - id: q3
            text: Three?
          - id: q4
            text: Four?
          - id: q5
            text: Five?
    """

  @Test func anAsWrittenSegmentIsAskedInFileOrder() throws {
    let yaml = userDeck(technical: fiveInOrder, order: "as-written")
    let all = try plan(yaml, role: nil, perSegment: 5)
    #expect(technicalIDs(all) == ["q1", "q2", "q3", "q4", "q5"])
    var drawnSets: Set<[String]> = []
    for seed in UInt64(0)..<20 {
      let ids = technicalIDs(try plan(yaml, role: nil, seed: seed))
      #expect(ids.count == 3)
      #expect(ids == ids.sorted())
      drawnSets.insert(ids)
    }
    // Which three are asked still varies; only their order is fixed.
    #expect(drawnSets.count > 1)
  }

  @Test func aRandomSegmentIsDrawnInVaryingOrder() throws {
    let yaml = userDeck(technical: fiveInOrder)
    let orders = Set(
      try (UInt64(0)..<20).map { technicalIDs(try plan(yaml, role: nil, perSegment: 5, seed: $0)) })
    #expect(orders.count > 1)
  }

  @Test func aQuestionAfterAnotherIsPlannedOnlyWithItAndAfterIt() throws {
    let yaml = userDeck(
      technical: """
              - id: q1
                text: One?
              - id: q2
                text: Two?
              - id: q3
                text: Three?
                after: q1
              - id: q4
                text: Four?
              - id: q5
                text: Five?
                after: q3
        """)
    var sawChain = false
    for seed in UInt64(0)..<40 {
      let ids = technicalIDs(try plan(yaml, role: nil, perSegment: 2, seed: seed))
      #expect(ids.count == 2)
      if let three = ids.firstIndex(of: "q3") {
        #expect(ids.firstIndex(of: "q1").map { $0 < three } == true, "\(ids)")
        sawChain = true
      }
      // q5 needs q3, which needs q1: three questions, more than the two asked.
      #expect(!ids.contains("q5"))
    }
    #expect(sawChain)
    for seed in UInt64(0)..<20 {
      let ids = technicalIDs(try plan(yaml, role: nil, perSegment: 5, seed: seed))
      let position = { (id: String) in ids.firstIndex(of: id) ?? -1 }
      #expect(position("q1") < position("q3") && position("q3") < position("q5"), "\(ids)")
    }
  }

  @Test func anAfterThatGoesBackInTheFileStillComesAfterInAsWrittenOrder() throws {
    let yaml = userDeck(
      technical: """
              - id: q1
                text: One?
                after: q2
              - id: q2
                text: Two?
              - id: q3
                text: Three?
        """, order: "as-written")
    #expect(technicalIDs(try plan(yaml, role: nil, perSegment: 3)) == ["q2", "q1", "q3"])
  }

  @Test func aQuestionAfterOneNotForTheRoleIsNotPlanned() throws {
    let yaml = userDeck(
      technical: """
              - id: q-product
                text: Product?
                roles: [product]
              - id: q-data
                text: Data?
                roles: [data]
                after: q-product
              - id: q-any
                text: Any?
        """)
    for seed in UInt64(0)..<10 {
      let ids = technicalIDs(try plan(yaml, role: "data", perSegment: 3, seed: seed))
      #expect(!ids.contains("q-data") && !ids.contains("q-product"))
      #expect(ids.first == "q-any")
    }
  }

  @Test func whatAQuestionNeedsIsCarriedIntoThePlan() throws {
    let yaml = userDeck(
      technical: fiveInOrder,
      salary: """
          - id: salary
            order: as-written
            questions:
              - id: expectations
                text: What are you expecting?
              - id: pushback
                text: That is above our budget.
                after: expectations
                needs: figure
        """)
    let plan = try plan(yaml, role: nil, perSegment: 2, segments: [.salary])
    #expect(plan.segments[0].questions.map(\.id) == ["expectations", "pushback"])
    #expect(plan.segments[0].questions.map(\.needs) == [nil, .figure])
  }

  @Test func theBundledSalaryTalkRunsInOrderAndItsPushbackWaitsForAFigure() throws {
    let library = DeckLibrary.bundled()
    let deck = try #require(library.deck(withID: "second-interview"))
    let salary = try #require(deck.segments.first { $0.kind == .salary })
    #expect(salary.order == .asWritten)
    let pushback = try #require(salary.questions.first { $0.id == "budget-below-expectation" })
    #expect(pushback.after == "salary-expectations" && pushback.needs == .figure)
    // Every question that builds on a figure given waits for one.
    let presumesFigure = salary.questions.filter {
      $0.text.contains("you gave") || $0.text.contains("you mentioned")
        || $0.text.contains("top of our band")
    }
    #expect(presumesFigure.count == 3)
    #expect(presumesFigure.allSatisfy { $0.needs == .figure && $0.after == "salary-expectations" })
    let position = Dictionary(
      uniqueKeysWithValues: salary.questions.enumerated().map { ($1.id, $0) })
    var opened = 0
    for seed in UInt64(0)..<40 {
      let settings = RehearsalSettings(
        company: "Northwind", position: "Analyst", segments: [.salary], seed: seed)
      let plan = try InterviewPlanner.plan(settings: settings, deck: deck, library: library).get()
      let ids = plan.segments[0].questions.map(\.id)
      #expect(ids.count == 3)
      #expect(ids.map { position[$0] ?? -1 } == ids.map { position[$0] ?? -1 }.sorted(), "\(ids)")
      if ids.contains(where: { ["budget-below-expectation", "accept-on-the-spot"].contains($0) }) {
        #expect(ids.first == "salary-expectations", "\(ids)")
      }
      if ids.first == "salary-expectations" { opened += 1 }
    }
    // The pay questions build on the expectations question, so it opens most salary talks.
    #expect(opened > 20)
  }

  @Test func theSalaryTalkReadsAsEnglishWithAnyTitle() throws {
    let deck = try #require(DeckLibrary.bundled().deck(withID: "second-interview"))
    let salary = try #require(deck.segments.first { $0.kind == .salary })
    let texts =
      salary.questions.flatMap { [$0.text] + $0.followUps } + salary.probes.values.flatMap { $0 }
    // A bare title after a preposition ("expecting for Engineering Manager") lacks its article.
    for text in texts where text.contains("{position}") {
      #expect(text.contains("the {position} role"), "\(text)")
    }
    for title in ["Engineering Manager", "Head of Data", "Senior Software Engineer"] {
      let filled = Placeholder.fill(
        try #require(salary.questions.first { $0.id == "salary-expectations" }).text,
        company: "Acme", position: title)
      #expect(filled == "What salary are you expecting for the \(title) role?")
    }
  }

  @Test func theTechnicalIntroReadsWithAnyTitle() {
    let expected = [
      "Engineering Manager": "an Engineering Manager", "Head of Data": "the Head of Data",
      "Data Analyst": "a Data Analyst",
    ]
    for (title, withArticle) in expected {
      let intro = Placeholder.fill(
        InterviewPlanner.intro(for: .technical), company: "Acme", position: title)
      #expect(intro.hasPrefix("Let's look at how you work as \(withArticle):"), "\(intro)")
    }
  }
}
