import AppFlow
import InterviewCore
import TerminalUI
import Testing

/// The follow-up letter from a transcript in review: `L` opens it in the editor, Enter saves it
/// with the session, Esc asks before dropping changes.
@Suite struct ReviewLetterFlowTests {
  /// Review opened on session 2's transcript.
  private func opened(readOnly: String? = nil) -> Journey {
    Journey(readOnly: readOnly, opening: 2)
  }

  @Test func lOpensTheDraftAndEscWithoutChangesGoesBack() throws {
    var journey = opened()
    #expect(journey.transcript?.transcript.summary.company == "Globex")
    journey.press(LetterEditorKeys.openKey)
    let editor = try #require(journey.letter)
    #expect(editor.sessionID == 2)
    #expect(editor.title == "Globex — Analyst")
    #expect(
      editor.buffer.text.hasPrefix("Subject: Thank you: second interview for Analyst at Globex"))
    #expect(!editor.hasChanges)
    journey.press(.escape)
    #expect(journey.transcript != nil)
    #expect(!journey.store.ran.contains { if case .saveLetter = $0 { true } else { false } })
  }

  @Test func enterSavesTheEditedLetterAndTheNextOpeningShowsIt() throws {
    var journey = opened()
    // The editor opens at the start of the letter, so the subject shows first.
    journey.press(LetterEditorKeys.openKey, .character("H"), .character("i"))
    #expect(journey.letter?.hasChanges == true)
    journey.press(.enter)
    let saved = try #require(journey.store.transcripts[2]?.letter)
    #expect(journey.store.ran.contains(.saveLetter(sessionID: 2, text: saved)))
    #expect(saved.hasPrefix("HiSubject: "))
    // Saved, the editor closes; the transcript is read again, letter and all.
    #expect(journey.transcript?.transcript.letter == saved)
    journey.press(LetterEditorKeys.openKey)
    #expect(journey.letter?.buffer.text == saved)
  }

  @Test func escAfterAChangeAsksAndNoKeepsEditing() throws {
    var journey = opened()
    journey.press(LetterEditorKeys.openKey, .character("!"), .escape)
    #expect(journey.letter?.isConfirmingDiscard == true)
    // A stray key neither drops the letter nor the question.
    journey.press(.character("x"))
    #expect(journey.letter?.isConfirmingDiscard == true)
    journey.press(.character("n"))
    #expect(journey.letter?.isConfirmingDiscard == false)
    #expect(journey.letter?.buffer.text.hasPrefix("!") == true)
    journey.press(.escape, .character("y"))
    #expect(journey.transcript != nil)
    #expect(journey.store.transcripts[2]?.letter == nil)
  }

  @Test func aFailedSaveKeepsTheEditorOpenWithItsText() throws {
    var journey = opened()
    journey.store.failure = "disk full"
    journey.press(LetterEditorKeys.openKey, .character("!"), .enter)
    let editor = try #require(journey.letter)
    #expect(editor.problem == "disk full")
    #expect(editor.buffer.text.hasPrefix("!"))
    journey.store.failure = nil
    journey.press(.enter)
    #expect(journey.transcript != nil)
    #expect(journey.store.transcripts[2]?.letter?.hasPrefix("!") == true)
  }

  @Test func aReadOnlyStoreSaysWhyAndSavesNothing() throws {
    var journey = opened(readOnly: "another rehearsal is writing")
    journey.press(LetterEditorKeys.openKey, .character("!"), .enter)
    #expect(journey.letter?.problem == "another rehearsal is writing")
    #expect(!journey.store.ran.contains { if case .saveLetter = $0 { true } else { false } })
  }

  @Test func anInterruptSavesChangesLikeADraft() {
    var journey = opened()
    journey.press(LetterEditorKeys.openKey, .character("!"))
    journey.run(journey.flow.send(.interrupt))
    #expect(journey.store.transcripts[2]?.letter?.hasPrefix("!") == true)
  }
}

/// The editor's own decisions, without a flow.
@Suite struct LetterEditorTests {
  @Test func theHelpClosesOnAnyKeyAndLosesNothing() {
    var editor = LetterEditor(sessionID: 1, text: "Dear panel,")
    #expect(editor.send(.toggleHelp) == nil)
    #expect(editor.isShowingHelp)
    #expect(editor.send(.save) == nil)
    #expect(!editor.isShowingHelp)
    #expect(editor.send(.save) == .save(sessionID: 1, text: "Dear panel,"))
    #expect(editor.saved(problem: nil) == .close)
  }

  @Test func savingMakesTheSavedTextTheOneLeavingKeeps() {
    var editor = LetterEditor(sessionID: 1, text: "A")
    _ = editor.send(.edit(.insert("B")))
    #expect(editor.hasChanges)
    _ = editor.send(.save)
    #expect(editor.isSaving)
    _ = editor.saved(problem: nil)
    #expect(!editor.hasChanges && !editor.isSaving)
    #expect(editor.send(.cancel) == .close)
  }
}

/// The letter from the summary at the end of a rehearsal, with the interview's time scripted.
@Suite struct SummaryLetterFlowTests {
  /// A rehearsal started from the command line, run to its summary.
  private func atTheSummary() -> AppJourney {
    var app = AppJourney(
      .interview,
      settings: RehearsalSettings(
        company: "Acme", position: "Analyst", segments: [.questions], questionsPerSegment: 1,
        seed: 3))
    for _ in 0..<10 where app.interview?.stage.isSummary != true { app.press(.enter) }
    return app
  }

  @Test func lOpensTheLetterAndEnterSavesItBackToTheSummary() throws {
    var app = atTheSummary()
    #expect(app.interview?.stage.isSummary == true)
    app.press(LetterEditorKeys.openKey)
    #expect(app.ran.last == .loadLetter(1))
    #expect(app.letter?.buffer.text == "Draft")
    app.press(.end)
    app.type(" edited")
    app.press(.enter)
    #expect(app.ran.contains(.saveLetter(sessionID: 1, text: "Draft edited")))
    #expect(app.letters[1] == "Draft edited")
    guard case .interview = app.flow.page else {
      Issue.record("not back on the summary: \(app.flow.page)")
      return
    }
    // Opened again, the saved letter; q still leaves the summary.
    app.press(LetterEditorKeys.openKey)
    #expect(app.letter?.buffer.text == "Draft edited")
    app.press(.escape)
    #expect(app.letter == nil)
    app.press(.character("q"))
    #expect(app.exitCode == 0)
  }

  @Test func escAsksBeforeDroppingChangesAndQIsTextInTheEditor() {
    var app = atTheSummary()
    app.press(LetterEditorKeys.openKey)
    app.type("q")
    #expect(app.exitCode == nil)
    #expect(app.letter?.buffer.text == "qDraft")
    app.press(.escape)
    #expect(app.letter?.isConfirmingDiscard == true)
    app.press(.character("y"))
    #expect(app.letter == nil)
    #expect(app.letters[1] == nil)
  }

  @Test func aFailedSaveStaysInTheEditorAndAnInterruptSavesChanges() {
    var app = atTheSummary()
    app.letterFailure = "disk full"
    app.press(LetterEditorKeys.openKey)
    app.type("!")
    app.press(.enter)
    #expect(app.letter?.problem == "disk full")
    app.letterFailure = nil
    app.run(app.flow.send(.interrupt))
    #expect(app.letters[1] == "!Draft")
  }

  @Test func theSummaryFooterShowsTheKey() throws {
    let app = atTheSummary()
    let interview = try #require(app.interview)
    #expect(
      InterviewKeys.footer(for: interview).contains {
        $0.keys == "L" && $0.summary == "follow-up letter"
      })
  }
}

/// The review's draft thanks the panel the runner names (the deck's), else the defaults.
@Suite struct ReviewLetterPanelTests {
  @Test func theRunnersPanelIsThanked() throws {
    var journey = Journey(opening: 2)
    journey.press(LetterEditorKeys.openKey)
    let defaults = try #require(journey.letter?.buffer.text)
    #expect(defaults.contains("to the hiring manager for their questions"))
    let (flow, effects) = ReviewFlow.start(
      readOnlyReason: nil, rows: 24, columns: 80, timeZone: .gmt, opening: 2,
      panel: { _ in ["Analytics lead"] })
    var custom = Journey(opening: 2)
    custom.flow = flow
    custom.run(effects)
    custom.press(LetterEditorKeys.openKey)
    #expect(
      custom.letter?.buffer.text.contains("to the analytics lead for their questions") == true)
  }
}
