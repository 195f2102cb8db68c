import Testing

@testable import InterviewCore

@Suite struct PlainSetupTests {
  static let decks = [
    SetupForm.DeckChoice(id: "second-interview", title: "General"),
    SetupForm.DeckChoice(id: "data-analysis", title: "Data"),
  ]

  static func setup(
    _ settings: RehearsalSettings = RehearsalSettings(),
    asking fields: Set<PlainSetup.Field> = Set(PlainSetup.Field.allCases)
  ) -> PlainSetup {
    PlainSetup(settings: settings, decks: decks, roles: ["data", "sales"], asking: fields)
  }

  @Test func companyAndPositionArePrefilledTextThatMustNotBeEmpty() {
    var settings = RehearsalSettings()
    settings.company = "Acme"
    var setup = Self.setup(settings)
    #expect(setup.prompt == PlainSetup.Prompt(text: "Company: ", prefill: "Acme"))
    #expect(setup.answer("  ") == "a company is needed: the questions name it")
    #expect(setup.field == .company)
    #expect(setup.answer(" Globex ") == nil)
    #expect(setup.settings.company == "Globex")
    #expect(setup.field == .position)
    #expect(setup.prompt?.prefill == "")
  }

  @Test func enterKeepsEachDefaultShownInBrackets() {
    var setup = Self.setup(asking: [.deck, .questionsPerSegment, .mode, .feedback, .walkAway])
    #expect(
      setup.prompt?.text == "Deck, one of second-interview, data-analysis [second-interview]: ")
    let before = setup.settings
    var asked = 0
    while setup.prompt != nil {
      #expect(setup.prompt?.text.hasSuffix("]: ") == true)
      #expect(setup.answer("") == nil)
      asked += 1
    }
    #expect(asked == 5)
    #expect(setup.settings == before)
  }

  @Test func badValuesAreAskedAgainWithAReason() {
    var setup = Self.setup(asking: [.deck, .questionsPerSegment, .segments, .walkAway, .mode])
    #expect(setup.answer("nope") == "no deck 'nope'; choose from second-interview, data-analysis")
    #expect(setup.answer("Data-Analysis") == nil)
    #expect(setup.settings.deckID == "data-analysis")
    #expect(setup.field == .segments)
    #expect(setup.answer("culture,culture") == "segment 'culture' is listed twice")
    #expect(setup.answer("culture,salary") == nil)
    #expect(setup.settings.segments == [.culture, .salary])
    #expect(setup.answer("21") == "type a number from 1 to 20, not '21'")
    #expect(setup.answer("2") == nil)
    #expect(setup.settings.questionsPerSegment == 2)
    #expect(setup.answer("aloud") == "type typed or spoken, not 'aloud'")
    #expect(setup.answer("spoken") == nil)
    #expect(setup.answer("about 80") != nil)
    #expect(setup.field == .walkAway)
    #expect(setup.answer("75k") == nil)
    #expect(setup.settings.walkAway == "75k")
    #expect(setup.field == nil)
  }

  @Test func theRolePackIsAskedOnlyWithARole() {
    var setup = Self.setup(asking: [.role, .rolePack, .followUps, .feedback])
    #expect(setup.answer("") == nil)
    #expect(setup.field == .followUps)
    var withRole = Self.setup(asking: [.role, .rolePack, .followUps, .feedback])
    #expect(withRole.answer("teacher") == "no role 'teacher'; choose from any, data, sales")
    #expect(withRole.answer("sales") == nil)
    #expect(withRole.field == .rolePack)
    #expect(withRole.answer("always") == nil)
    #expect(withRole.answer("off") == nil)
    #expect(withRole.answer("at the end") == nil)
    #expect(withRole.settings.role == "sales")
    #expect(withRole.settings.usesRolePack)
    #expect(!withRole.settings.followUps)
    #expect(withRole.settings.feedbackTiming == .end)
  }

  @Test func fieldsGivenByFlagsAreNotAsked() {
    let setup = Self.setup(asking: [.position, .mode])
    #expect(setup.field == .position)
    #expect(Self.setup(asking: []).prompt == nil)
  }
}
