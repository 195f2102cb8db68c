import Testing

@testable import InterviewCore

/// The setup form's spoken-mode fields: the panel's voice and when recording starts, shown
/// only when answers are spoken.
@Suite struct SetupFormSpokenTests {
  private func form(_ settings: RehearsalSettings = RehearsalSettings()) -> SetupForm {
    var settings = settings
    settings.company = "Acme"
    settings.position = "Analyst"
    return SetupForm(
      settings: settings, decks: [.init(id: "second-interview", title: "General")], roles: [])
  }

  /// Moves the focus forward until it is on `field`, at most once round the form.
  private func focus(_ field: SetupForm.Field, in form: inout SetupForm) {
    for _ in 0..<SetupForm.Field.allCases.count where form.focus != field { form.moveFocus(1) }
  }

  private func started(_ form: SetupForm) throws -> RehearsalSettings {
    var form = form
    guard case .start(let settings) = form.start() else {
      Issue.record("did not start: \(form.problem ?? "")")
      throw CancellationError()
    }
    return settings
  }

  @Test func typedAnswersHideBothFieldsAndTabSkipsThem() {
    var form = form()
    #expect(!form.fields.contains(.voice))
    #expect(!form.fields.contains(.recordingStart))
    focus(.mode, in: &form)
    form.moveFocus(1)
    #expect(form.focus == .followUps)
    form.moveFocus(-1)
    #expect(form.focus == .mode)
  }

  @Test func spokenAnswersShowThemUnderTheMode() {
    var form = form()
    focus(.mode, in: &form)
    form.edit(.right)
    #expect(form.value(.mode) == "spoken")
    #expect(Array(form.fields.drop { $0 != .mode }.prefix(3)) == [.mode, .voice, .recordingStart])
    form.moveFocus(1)
    #expect(form.focus == .voice)
    #expect(form.value(.voice) == "off")
    form.moveFocus(1)
    #expect(form.focus == .recordingStart)
    #expect(form.value(.recordingStart) == "first key")
    #expect(SetupForm.Field.recordingStart.label == "Recording starts")
    #expect(!SetupForm.Field.voice.isText)
  }

  @Test func choosingTheVoiceAndAtOnceReachTheSettings() throws {
    var form = form(RehearsalSettings(mode: .spoken))
    let before = try started(form)
    #expect(before.voice == nil)
    #expect(before.recordingStart == nil)
    focus(.voice, in: &form)
    form.edit(.insert(" "))
    #expect(form.value(.voice) == "on")
    form.moveFocus(1)
    form.edit(.left)
    #expect(form.value(.recordingStart) == "at once")
    #expect(form.hasChanges)
    let settings = try started(form)
    #expect(settings.readsQuestionsAloud)
    #expect(settings.recordingStarts == .atOnce)
    form.edit(.right)
    #expect(try started(form).recordingStart == nil)
  }

  @Test func theFormOpensWithTheSettingsGiven() {
    var settings = RehearsalSettings(mode: .spoken)
    settings.voice = true
    settings.recordingStart = .atOnce
    let form = form(settings)
    #expect(form.value(.voice) == "on")
    #expect(form.value(.recordingStart) == "at once")
  }
}
