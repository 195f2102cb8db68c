import Testing

@testable import InterviewCore

/// The setup form's feedback choice and job description field.
@Suite struct SetupFormFeedbackTests {
  private func form(_ settings: RehearsalSettings = RehearsalSettings()) -> SetupForm {
    SetupForm(
      settings: settings, decks: [.init(id: "second-interview", title: "General")],
      roles: ["data"])
  }

  private func focused(_ field: SetupForm.Field, in form: SetupForm) -> SetupForm {
    var form = form
    while form.focus != field { form.moveFocus(1) }
    return form
  }

  private func started(_ form: SetupForm) throws -> RehearsalSettings {
    var form = form
    guard case .start(let settings) = form.start() else {
      Issue.record("did not start: \(form.problem ?? "")")
      throw CancellationError()
    }
    return settings
  }

  private let named = RehearsalSettings(company: "Acme", position: "Analyst")

  @Test func theNewFieldsSitAmongTheOthers() {
    #expect(
      SetupForm.Field.allCases == [
        .company, .position, .deck, .role, .rolePack, .segments, .questionsPerSegment, .mode,
        .voice, .recordingStart, .followUps,
        .feedback, .salaryRange, .walkAway, .interviewers, .jobDescription, .start,
      ])
    #expect(SetupForm.Field.feedback.label == "Feedback")
    #expect(!SetupForm.Field.feedback.isText)
    #expect(SetupForm.Field.jobDescription.label == "Job description")
    #expect(SetupForm.Field.jobDescription.isText)
  }

  @Test func feedbackIsPrefilledAndDefaultsToAfterEachAnswer() throws {
    #expect(form().value(.feedback) == "after each")
    #expect(form(RehearsalSettings(feedback: .end)).value(.feedback) == "at the end")
    #expect(form(RehearsalSettings(feedback: .off)).value(.feedback) == "off")
    #expect(try started(form(named)).feedback == .afterEach)
  }

  @Test func feedbackCyclesBothWays() throws {
    var form = focused(.feedback, in: form(named))
    form.edit(.right)
    #expect(form.value(.feedback) == "at the end")
    form.edit(.insert(" "))
    #expect(form.value(.feedback) == "off")
    #expect(try started(form).feedback == .off)
    form.edit(.right)
    #expect(form.value(.feedback) == "after each")
    form.edit(.left)
    #expect(form.value(.feedback) == "off")
    // Typing on a choice changes nothing.
    form.edit(.insert("x"))
    #expect(form.value(.feedback) == "off")
    #expect(try started(form).feedback == .off)
  }

  @Test func aPastedJobDescriptionJoinsItsLinesWithSpaces() throws {
    var form = focused(.jobDescription, in: form(named))
    #expect(form.value(.jobDescription) == "")
    #expect(try started(form).jobDescription == nil)
    form.edit(.insert("Senior analyst\r\n\r\n- SQL and\tdbt\n- Kafka \n\u{1B}[31mdashboards\n"))
    #expect(form.value(.jobDescription) == "Senior analyst - SQL and dbt - Kafka [31mdashboards")
    #expect(form.jobDescriptionWords == 9)
    form.edit(.lineBreak)
    #expect(!form.value(.jobDescription).contains("\n"))
    #expect(
      try started(form).jobDescription == "Senior analyst - SQL and dbt - Kafka [31mdashboards")
    form.edit(.deleteToLineStart)
    #expect(try started(form).jobDescription == nil)
    form.edit(.insert("   "))
    #expect(try started(form).jobDescription == nil)
  }

  @Test func aPasteOfSeveralLinesIntoAOneLineFieldJoinsThemWithSpaces() {
    var form = focused(.position, in: form(named))
    form.edit(.lineEnd)
    form.edit(.deleteToLineStart)
    form.edit(.insert("Senior\nData\r\nAnalyst"))
    #expect(form.value(.position) == "Senior Data Analyst")
  }

  @Test func joiningLinesKeepsWordsApartAndNothingElse() {
    #expect(SetupForm.joiningLines("a\nb") == "a b")
    #expect(SetupForm.joiningLines("a \n\n b") == "a b")
    #expect(SetupForm.joiningLines("\n\na b\n") == "a b")
    #expect(SetupForm.joiningLines("a  b") == "a  b")
    #expect(SetupForm.joiningLines("a\u{2028}b\u{85}c") == "a b c")
    #expect(SetupForm.joiningLines("日本\n語 🚀") == "日本 語 🚀")
    #expect(SetupForm.joiningLines("bell\u{07}") == "bell")
  }

  @Test func aJobDescriptionFromAFileKeepsItsLinesUntilEdited() throws {
    var settings = named
    settings.jobDescription = "Data analyst\n\nSQL, dashboards\n"
    var form = focused(.jobDescription, in: form(settings))
    #expect(form.value(.jobDescription) == "Data analyst SQL, dashboards")
    #expect(try started(form).jobDescription == "Data analyst\n\nSQL, dashboards\n")
    form.edit(.lineEnd)
    form.edit(.insert(", Kafka"))
    #expect(try started(form).jobDescription == "Data analyst SQL, dashboards, Kafka")
  }

  @Test func theWalkAwayTakesAFigureAndSaysWhatIsWrongInOneLine() throws {
    for bad in ["abc", "about 80", "80k abc", "80k!", "lots"] {
      var form = focused(.walkAway, in: form(named))
      for character in bad { form.edit(.insert(String(character))) }
      while form.focus != .start { form.moveFocus(1) }
      #expect(form.submit() == nil, "\(bad)")
      let problem = try #require(form.problem, "\(bad)")
      #expect(problem == "the walk-away is a figure such as 85k or €85,000, not '\(bad)'")
      #expect(!problem.contains("\n"))
      // The focus goes where the fix is typed, and the text is kept to be corrected.
      #expect(form.focus == .walkAway)
      #expect(form.value(.walkAway) == bad)
    }
    for good in ["85000", "85k", "€85,000", "85.000 €", "CHF 90'000", "£65K", "1.2m", "  "] {
      var form = focused(.walkAway, in: form(named))
      for character in good { form.edit(.insert(String(character))) }
      let settings = try started(form)
      #expect(settings.walkAway == (good == "  " ? nil : good), "\(good)")
    }
  }
}
