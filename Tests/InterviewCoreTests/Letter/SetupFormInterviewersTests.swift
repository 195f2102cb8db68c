import Testing

@testable import InterviewCore

/// The setup form's optional "interviewers" field, and its prefill from the last interview.
@Suite struct SetupFormInterviewersTests {
  private func form(_ settings: RehearsalSettings) -> SetupForm {
    var form = SetupForm(
      settings: settings, decks: [.init(id: "second-interview", title: "General")], roles: [])
    while form.focus != .interviewers { form.moveFocus(1) }
    return form
  }

  private func started(_ form: SetupForm) -> RehearsalSettings? {
    var form = form
    guard case .start(let settings) = form.start() else { return nil }
    return settings
  }

  private let named = RehearsalSettings(company: "Acme", position: "Analyst")

  @Test func itIsAnOptionalTextFieldSavedTrimmed() {
    #expect(SetupForm.Field.interviewers.label == "Interviewers")
    #expect(SetupForm.Field.interviewers.isText)
    var form = form(named)
    #expect(started(form)?.interviewers == nil)
    form.edit(.insert(" Dana  Reyes ,, Sam Ortiz "))
    #expect(form.value(.interviewers) == " Dana  Reyes ,, Sam Ortiz ")
    #expect(started(form)?.interviewers == "Dana Reyes, Sam Ortiz")
    #expect(form.hasChanges)
  }

  @Test func itIsPrefilledFromTheSettings() {
    var settings = named
    settings.interviewers = "Dana Reyes"
    #expect(form(settings).value(.interviewers) == "Dana Reyes")
    #expect(started(form(settings))?.interviewers == "Dana Reyes")
  }

  @Test func controlCharactersNeverReachTheNames() {
    // Typed or pasted, they are dropped by the editor; given in settings, they are refused.
    var form = form(named)
    form.edit(.insert("Dana\u{1B}[31m"))
    #expect(started(form)?.interviewers == "Dana[31m")
    var settings = named
    settings.interviewers = "Dana\u{1B}[31m"
    #expect(settings.problem?.description.contains("control character") == true)
  }

  @Test func theLastInterviewsNamesPrefillTheSameCompanyOrAnEmptyOne() {
    let last = SessionSummary(
      id: 1, started: .init(timeIntervalSince1970: 0), updated: .init(timeIntervalSince1970: 0),
      status: .finished, company: "Acme", position: "Analyst", deckID: "d", deckTitle: "D",
      role: nil, mode: "typed", segments: [], seed: 0, salaryRange: nil, walkAway: nil,
      answers: 0, interviewMilliseconds: 0, interviewers: "Dana Reyes")
    #expect(named.prefillingInterviewers(from: last).interviewers == "Dana Reyes")
    #expect(RehearsalSettings().prefillingInterviewers(from: last).interviewers == "Dana Reyes")
    let lowercase = RehearsalSettings(company: " acme ", position: "x")
    #expect(lowercase.prefillingInterviewers(from: last).interviewers == "Dana Reyes")
    // Another company's panel is not this one's.
    let other = RehearsalSettings(company: "Globex", position: "Analyst")
    #expect(other.prefillingInterviewers(from: last).interviewers == nil)
    // Names given win; no last interview leaves none.
    var given = named
    given.interviewers = "Sam"
    #expect(given.prefillingInterviewers(from: last).interviewers == "Sam")
    #expect(named.prefillingInterviewers(from: nil).interviewers == nil)
  }
}

/// Plain mode asks for the interviewers as the form has them.
@Suite struct PlainSetupInterviewersTests {
  @Test func theNamesAreAskedWithTheirDefaultAndEnterKeepsIt() {
    var settings = RehearsalSettings()
    settings.interviewers = "Dana Reyes"
    var setup = PlainSetup(settings: settings, decks: [], roles: [], asking: [.interviewers])
    #expect(
      setup.prompt?.text == "Interviewers, comma-separated [Dana Reyes]: ")
    #expect(setup.answer("") == nil)
    #expect(setup.settings.interviewers == "Dana Reyes")
    var typed = PlainSetup(settings: settings, decks: [], roles: [], asking: [.interviewers])
    #expect(typed.answer(" Sam ,, Lee Park ") == nil)
    #expect(typed.settings.interviewers == "Sam, Lee Park")
    #expect(typed.field == nil)
    var bad = PlainSetup(settings: settings, decks: [], roles: [], asking: [.interviewers])
    #expect(bad.answer("Sam\u{7}") == "a name holds a control character")
    #expect(bad.field == .interviewers)
  }
}
