import Testing

@testable import InterviewCore

@Suite struct InterviewPlannerTests {
  private let library = DeckLibrary.bundled()

  private func plan(_ settings: RehearsalSettings) throws -> InterviewPlan {
    let deck = try #require(library.deck(withID: settings.deckID))
    return try InterviewPlanner.plan(settings: settings, deck: deck, library: library).get()
  }

  private func settings(seed: UInt64 = 1, role: String? = nil, followUps: Bool = true)
    -> RehearsalSettings
  {
    RehearsalSettings(
      company: "Northwind", position: "Staff Engineer", role: role, followUps: followUps,
      seed: seed)
  }

  @Test func sameSeedDrawsTheSameInterview() throws {
    #expect(try plan(settings(seed: 42)) == plan(settings(seed: 42)))
    #expect(try plan(settings(seed: 42)) != plan(settings(seed: 43)))
  }

  @Test func defaultIsFiveSegmentsOfThreeInOrder() throws {
    let plan = try plan(settings())
    #expect(plan.segments.map(\.kind) == SegmentKind.allCases)
    for segment in plan.segments where !segment.isCandidateQuestions {
      #expect(segment.questions.count == 3)
      #expect(Set(segment.questions.map(\.id)).count == 3)
    }
    #expect(plan.segments.last?.questions.isEmpty == true)
    #expect(plan.inspiration.count == 23)
    #expect(plan.panel == ["Hiring manager", "Team lead", "HR partner"])
  }

  @Test func placeholdersAreFilledEverywhere() throws {
    for seed in UInt64(0)..<20 {
      let plan = try plan(settings(seed: seed))
      let texts =
        plan.segments.flatMap {
          [$0.intro] + $0.questions.flatMap { [$0.text, $0.followUp ?? ""] }
        }
        + plan.inspiration
      for text in texts {
        #expect(!text.contains("{"), "unfilled: \(text)")
      }
    }
    let all = try (0..<30).map { try plan(settings(seed: $0)) }
    let joined = all.flatMap(\.segments).flatMap(\.questions).map(\.text).joined()
    #expect(joined.contains("Northwind") || joined.contains("Staff Engineer"))
  }

  @Test func roleQuestionsComeFirstInTheTechnicalSegment() throws {
    let plan = try plan(settings(role: "data"))
    let technical = try #require(plan.segments.first { $0.kind == .technical })
    let pack = try #require(library.deck(withID: "data-analysis"))
    let packIDs = Set(pack.segments.flatMap(\.questions).map(\.id))
    #expect(technical.questions.allSatisfy { packIDs.contains($0.id) })
  }

  @Test func everySegmentGetsAFollowUpWhenOnAndNoneWhenOff() throws {
    for seed in UInt64(0)..<25 {
      let on = try plan(settings(seed: seed))
      for segment in on.segments where !segment.isCandidateQuestions {
        #expect(segment.questions.contains { $0.followUp != nil })
      }
      let off = try plan(settings(seed: seed, followUps: false))
      #expect(off.segments.flatMap(\.questions).allSatisfy { $0.followUp == nil })
    }
  }

  @Test func budgetsAddTargetsAndFollowUps() throws {
    let plan = try plan(settings())
    for segment in plan.segments where !segment.isCandidateQuestions {
      let expected = segment.questions.reduce(0) {
        $0 + $1.targetSeconds + ($1.followUp == nil ? 0 : max(30, $1.targetSeconds / 2))
      }
      #expect(segment.budgetSeconds == expected)
    }
    #expect(plan.budgetSeconds == plan.segments.map(\.budgetSeconds).reduce(0, +))
  }

  @Test func chosenOrderAndCountAreKept() throws {
    var chosen = settings()
    chosen.segments = [.salary, .behavioural]
    chosen.questionsPerSegment = 5
    let plan = try plan(chosen)
    #expect(plan.segments.map(\.kind) == [.salary, .behavioural])
    #expect(plan.segments.map(\.questions.count) == [5, 5])
  }

  @Test func aDeckWithoutTheSegmentIsAProblem() throws {
    let pack = try #require(library.deck(withID: "software-engineering"))
    var chosen = settings()
    chosen.deckID = pack.id
    let result = InterviewPlanner.plan(settings: chosen, deck: pack, library: library)
    #expect(throws: SettingsProblem.self) { try result.get() }
  }

  @Test func settingsProblemsAreOneLine() {
    #expect(RehearsalSettings().problem?.description.contains("company") == true)
    #expect(RehearsalSettings(company: "A").problem?.description.contains("position") == true)
    var settings = settings()
    settings.questionsPerSegment = 0
    #expect(settings.problem != nil)
    settings.questionsPerSegment = 3
    settings.company = "Acme\u{1B}[2J"
    #expect(settings.problem?.description.contains("\u{1B}") == false)
  }

  @Test func segmentListsParseStrictly() throws {
    #expect(
      try RehearsalSettings.segments(from: "salary,behavioural").get() == [.salary, .behavioural])
    #expect(
      try RehearsalSettings.segments(from: " culture , questions").get() == [.culture, .questions])
    #expect(throws: SettingsProblem.self) { try RehearsalSettings.segments(from: "salery").get() }
    #expect(throws: SettingsProblem.self) {
      try RehearsalSettings.segments(from: "culture,culture").get()
    }
    #expect(throws: SettingsProblem.self) { try RehearsalSettings.segments(from: "").get() }
  }

  @Test func fillReplacesOnlyKnownPlaceholders() {
    #expect(
      Placeholder.fill("Why {company} as {position}?", company: "A", position: "B") == "Why A as B?"
    )
    #expect(Placeholder.fill("no braces", company: "A", position: "B") == "no braces")
  }
}

@Suite struct SetupFormTests {
  private func form(_ settings: RehearsalSettings = RehearsalSettings()) -> SetupForm {
    SetupForm(
      settings: settings,
      decks: [.init(id: "second-interview", title: "General"), .init(id: "mine", title: "Mine")],
      roles: ["data", "software"])
  }

  @Test func prefilledFromSettings() {
    let form = form(
      RehearsalSettings(
        company: "Acme", position: "PM", deckID: "mine", role: "software",
        segments: [.culture], questionsPerSegment: 4, mode: .spoken, followUps: false,
        salaryRange: "90-100k"))
    #expect(form.value(.company) == "Acme")
    #expect(form.value(.deck) == "mine")
    #expect(form.value(.role) == "software")
    #expect(form.value(.segments) == "culture")
    #expect(form.value(.questionsPerSegment) == "4")
    #expect(form.value(.mode) == "spoken")
    #expect(form.value(.followUps) == "off")
    #expect(form.value(.salaryRange) == "90-100k")
    #expect(form.value(.walkAway) == "")
  }

  @Test func theRolePackIsAskedForInTheForm() throws {
    var form = form(
      RehearsalSettings(company: "Acme", position: "Analyst", role: "data", rolePack: true))
    #expect(form.value(.rolePack) == "always")
    #expect(try form.settings.get().usesRolePack)
    while form.focus != .rolePack { form.moveFocus(1) }
    form.edit(.insert(" "))
    #expect(form.value(.rolePack) == "if needed")
    #expect(try form.settings.get().usesRolePack == false)
    #expect(self.form().value(.rolePack) == "if needed")
  }

  @Test func typingAndChoosing() {
    var form = form()
    // Pasted lines join with a space in a one-line field.
    form.edit(.insert("Acme\nCorp"))
    #expect(form.value(.company) == "Acme Corp")
    form.moveFocus(2)
    form.edit(.right)
    #expect(form.value(.deck) == "mine")
    form.edit(.right)
    #expect(form.value(.deck) == "second-interview")
    form.moveFocus(1)
    form.edit(.left)
    #expect(form.value(.role) == "software")
    form.moveFocus(1)
    #expect(form.value(.rolePack) == "if needed")
    form.edit(.right)
    #expect(form.value(.rolePack) == "always")
    form.moveFocus(2)
    for _ in 0..<30 { form.edit(.right) }
    #expect(form.value(.questionsPerSegment) == "20")
    form.moveFocus(1)
    form.edit(.insert(" "))
    #expect(form.value(.mode) == "spoken")
    // 17 fields shown with spoken answers' two: from mode (7) back 25 wraps to start (16).
    form.moveFocus(-25)
    #expect(form.focus == .start)
  }

  @Test func startingNeedsCompanyAndPositionAndMovesFocusThere() throws {
    var form = form()
    form.moveFocus(-1)
    #expect(form.focus == .start)
    #expect(form.submit() == nil)
    #expect(form.focus == .company)
    #expect(form.problem?.contains("company") == true)
    form.edit(.insert("Acme"))
    #expect(form.problem == nil)
    #expect(form.start() == nil)
    #expect(form.focus == .position)
    form.edit(.insert("Analyst"))
    let outcome = form.start()
    guard case .start(let settings) = outcome else {
      Issue.record("did not start")
      return
    }
    #expect(settings.company == "Acme" && settings.position == "Analyst")
    #expect(settings.segments == SegmentKind.allCases)
    #expect(settings.salaryRange == nil)
  }

  @Test func badSegmentListIsShownOnTheSegmentsField() {
    var form = form(RehearsalSettings(company: "A", position: "B"))
    form.moveFocus(5)
    form.edit(.insert(",nope"))
    #expect(form.start() == nil)
    #expect(form.focus == .segments)
    #expect(form.problem?.contains("nope") == true)
  }
}
