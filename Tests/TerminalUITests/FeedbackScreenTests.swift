import InterviewCore
import Testing

@testable import TerminalUI

/// Coaching on screen: the coach's line during the interview, the summary's marks and totals,
/// the drill's grading and summary, the card's back and the setup form's two fields.
@Suite struct FeedbackScreenTests {
  func expectEverySize(
    named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ draw: (inout GridScreen) -> Void
  ) {
    for size in SnapshotTests.sizes {
      let screen = rendered(rows: size.rows, columns: size.columns, draw)
      expectSnapshot(screen, named: "\(name)-\(size.name)", sourceLocation: sourceLocation)
    }
  }

  func interview(_ interview: Interview, rows: Int = 24, columns: Int = 80) -> GridScreen {
    rendered(rows: rows, columns: columns) {
      InterviewScreen.render(interview, context: .init(), into: &$0)
    }
  }

  // MARK: - The coach's line

  @Test func theCoachsLineIsOverTheNextQuestion() throws {
    let state = FeedbackStates.followUp
    let note = try #require(state.coachNote)
    #expect(note.code == "no-result")
    expectEverySize(named: "coach-follow-up") {
      InterviewScreen.render(state, context: .init(), into: &$0)
    }
    let screen = interview(state)
    let coach = try #require(locate("Coach: No outcome yet", in: screen))
    let question = try #require(locate("Looking back", in: screen))
    #expect(coach.row == 4)
    #expect(question.row > coach.row)
    // Typing goes on: the cursor is in the editor, below the line.
    #expect((screen.cursor?.row ?? 0) > question.row)
  }

  @Test func theCoachsLineStaysWhileTypingTheNextAnswer() throws {
    let state = FeedbackStates.typing
    expectEverySize(named: "coach-typing") {
      InterviewScreen.render(state, context: .init(), into: &$0)
    }
    let screen = interview(state)
    #expect(locate("Coach:", in: screen) != nil)
    #expect(screen.cursor != nil)
    // The note is the follow-up's, the latest answer, not the first question's.
    let note = try #require(state.coachNote)
    #expect(state.entries.last?.kind == .followUp)
    #expect(note == state.entries.last?.feedback?.headline)
  }

  @Test func praiseOverTheCandidatesQuestions() throws {
    let state = FeedbackStates.candidateQuestions
    let note = try #require(state.coachNote)
    #expect(note.kind == .strength)
    expectEverySize(named: "coach-candidate") {
      InterviewScreen.render(state, context: .init(), into: &$0)
    }
    let screen = interview(state)
    // The note is on the salary answer, so its lead says it is about the last answer.
    let lead = try #require(locate("Coach, on your last answer:", in: screen))
    #expect(screen.style(row: lead.row, column: lead.column) == Style(.good, .bold))
  }

  @Test func aLongNoteWrapsInTheFullLayoutAndIsCutInTheCompactOne() throws {
    let state = FeedbackStates.salaryLongNote
    let note = try #require(state.coachNote)
    #expect(note.text.count > 76)
    let full = interview(state)
    let lead = "Coach, on your last answer:"
    let first = try #require(locate(lead, in: full))
    // Continuation lines start under the note, past the lead.
    #expect(full.lines[first.row + 1].hasPrefix(String(repeating: " ", count: lead.count + 2)))
    #expect(full.lines[first.row + 2].isEmpty)
    let compact = interview(state, rows: 12, columns: 40)
    let line = try #require(locate("Coach, on", in: compact))
    let shown = compact.lines[line.row] + compact.lines[line.row + 1]
    #expect(shown.contains("…"))
  }

  @Test func noCoachsLineWithFeedbackAtTheEndOrAfterASkip() {
    #expect(FeedbackStates.typingAtTheEnd.coachNote == nil)
    #expect(locate("Coach", in: interview(FeedbackStates.typingAtTheEnd)) == nil)
    // Without feedback the screen is as it always was.
    #expect(
      interview(FeedbackStates.typingAtTheEnd).lines
        == interview(coached(FeedbackStates.typing) { $0.settings.feedback = .off }).lines)
    // The salary state skipped every question before it: nothing to coach.
    #expect(locate("Coach", in: interview(coached(States.salary))) == nil)
  }

  @Test func theCoachsLineReadsWithoutColour() throws {
    let screen = interview(FeedbackStates.followUp)
    let lead = try #require(locate("Coach:", in: screen))
    let style = try #require(screen.style(row: lead.row, column: lead.column))
    #expect(style == Style(.warning, .bold))
    let text = try #require(locate("No outcome", in: screen))
    let textStyle = try #require(screen.style(row: text.row, column: text.column))
    let question = try #require(locate("Looking back", in: screen))
    let questionStyle = try #require(screen.style(row: question.row, column: question.column))
    for mode in [ColorMode.color, .monochrome] {
      func look(_ style: Style) -> Palette.Appearance {
        var look = Palette.appearance(of: style.color, in: mode)
        look.attributes.formUnion(style.attributes)
        return look
      }
      // The lead stands out from the note, and the note from the question, in both modes.
      #expect(look(style).attributes.contains(.bold), "\(mode)")
      #expect(look(style) != look(textStyle), "\(mode)")
      #expect(look(textStyle) != look(questionStyle), "\(mode)")
    }
  }

  // MARK: - Marks

  @Test func marksAreTheirGlyphsColoursAndBoldWithoutColour() throws {
    let (spans, width) = FeedbackView.markSpans([
      (.context, true), (.action, true), (.result, false), (.number, false),
    ])
    #expect(spans.map(\.text) == ["C✓", "A✓", "R✗", "N✗"])
    #expect(spans.map(\.column) == [0, 3, 6, 9])
    #expect(width == 11)
    #expect(FeedbackView.marksWidth(4) == width)
    #expect(FeedbackView.marksWidth(1) == 2 && FeedbackView.marksWidth(0) == 0)
    #expect(spans.allSatisfy { $0.text.terminalColumns == 2 })
    let met = Palette.appearance(of: FeedbackView.style(met: true).color, in: .monochrome)
    let missing = Palette.appearance(of: FeedbackView.style(met: false).color, in: .monochrome)
    #expect(met.attributes != missing.attributes)
    #expect(missing.attributes.contains(.bold))
    let metColour = Palette.appearance(of: FeedbackView.style(met: true).color, in: .color)
    let missingColour = Palette.appearance(of: FeedbackView.style(met: false).color, in: .color)
    #expect(metColour.foreground != missingColour.foreground)
    // ASCII terminals get look-alikes of the same width.
    #expect(Glyphs.ascii.chrome("C✓ R✗") == "C+ R-")
  }

  @Test func feedbackLinesWrapUnderTheNoteAndEndInAnEllipsisWhenCut() {
    let lines = FeedbackView.lines(
      lead: "Coach:", marks: [(.figure, false)],
      note: "You did not name a figure: give the range you want, e.g. 85,000 to 95,000 base.",
      width: 40, maxLines: 2)
    #expect(lines.count == 2)
    let noteColumn = lines[0].last?.column
    #expect(noteColumn == 11)
    #expect(lines[1].first?.column == noteColumn)
    #expect(lines[1].last?.text.hasSuffix("…") == true)
    for line in lines {
      let end = line.map { $0.column + $0.text.terminalColumns }.max() ?? 0
      #expect(end <= 40)
    }
    #expect(FeedbackView.lines(note: "x", width: 0, maxLines: 1).isEmpty)
    #expect(FeedbackView.lines(note: nil, width: 10, maxLines: 1).isEmpty)
  }

  // MARK: - The summary

  @Test func theSummaryShowsMarksNotesAndTotals() throws {
    let state = FeedbackStates.summary()
    let summary = try #require(state.feedbackSummary)
    #expect(
      summary.jobTermsNeverUsed == ["rate limiting", "code review", "Kafka", "observability"])
    expectEverySize(named: "summary-feedback") {
      InterviewScreen.render(state, context: .init(transcriptPath: "/tmp/t.md"), into: &$0)
    }
    let screen = rendered(rows: 40, columns: 100) {
      InterviewScreen.render(state, context: .init(), into: &$0)
    }
    let totals = try #require(locate("Coach:", in: screen))
    #expect(screen.lines[totals.row].contains("fillers per 100 words"))
    #expect(
      screen.lines[totals.row].contains(
        "with a result \(summary.withResult)/\(summary.storyAnswers)"))
    #expect(locate("Job terms never used: rate limiting, code review", in: screen) != nil)
    let marks = try #require(locate("C✓", in: screen) ?? locate("C✗", in: screen))
    #expect(marks.row > totals.row)
    let style = try #require(screen.style(row: marks.row, column: marks.column))
    #expect(style.color == .good || style.color == .warning)
    #expect(locate("C context, A action, R result, N number", in: screen) != nil)
  }

  @Test func theSummaryWithFeedbackAtTheEndIsTheSame() {
    let after = interview(FeedbackStates.summary())
    let end = interview(FeedbackStates.summary(.end))
    #expect(after.lines == end.lines)
  }

  @Test func theSummaryWithFeedbackOffLeavesItOut() {
    let off = FeedbackStates.summary(.off)
    #expect(off.feedbackSummary == nil)
    for (rows, columns) in [(24, 80), (12, 40), (40, 100)] {
      let screen = interview(off, rows: rows, columns: columns)
      #expect(locate("Coach", in: screen) == nil)
      #expect(locate("✓", in: screen) == nil && locate("✗", in: screen) == nil)
    }
  }

  @Test func theSummaryInASCII() {
    let screen = rendered(rows: 40, columns: 100, glyphs: .ascii) {
      InterviewScreen.render(FeedbackStates.summary(), context: .init(), into: &$0)
    }
    let text = screen.lines.joined(separator: "\n")
    #expect(!text.contains("✓") && !text.contains("✗"))
    #expect(text.contains("C+") || text.contains("C-"))
  }

  // MARK: - Drilling and stepping

  @Test func gradingShowsTheCoachOnTheAnswer() throws {
    let (drill, phase) = FeedbackStates.drillGrading
    guard case .grading(let entry) = phase else {
      Issue.record("not grading")
      return
    }
    #expect(entry.feedback != nil)
    expectEverySize(named: "drill-grading-feedback") {
      DrillScreen.render(drill, phase: phase, results: drill.results, context: .init(), into: &$0)
    }
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, phase: phase, results: drill.results, context: .init(), into: &$0)
    }
    let coach = try #require(locate("Coach:", in: screen))
    let answer = try #require(locate("Answer 1:40", in: screen))
    #expect(coach.row == answer.row + 1)
    #expect(locate("C✓", in: screen) != nil || locate("C✗", in: screen) != nil)
    // The grades keep their rows.
    #expect(locate("4 Easy", in: screen) != nil)
    // A drill driven by actions coaches its answer when it is submitted, as a rehearsal does.
    let driven = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, context: .init(), into: &$0)
    }
    #expect(locate("Coach:", in: driven) != nil)
  }

  @Test func gradingAddsASecondNoteWhenThereIsRoom() throws {
    let (drill, phase) = FeedbackStates.drillGradingShort
    guard case .grading(let entry) = phase else {
      Issue.record("not grading")
      return
    }
    let notes = try #require(entry.feedback?.notes)
    #expect(notes.count >= 2)
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, phase: phase, results: drill.results, context: .init(), into: &$0)
    }
    let second = try #require(notes.first { $0 != entry.feedback?.headline })
    #expect(locate(String(second.text.prefix(20)), in: screen) != nil)
    expectEverySize(named: "drill-grading-second-note") {
      DrillScreen.render(drill, phase: phase, results: drill.results, context: .init(), into: &$0)
    }
  }

  @Test func theDrillSummaryShowsEachAnswersMarks() throws {
    let (drill, results) = FeedbackStates.drillSummary
    expectEverySize(named: "drill-summary-feedback") {
      DrillScreen.render(drill, phase: drill.phase, results: results, context: .init(), into: &$0)
    }
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, phase: drill.phase, results: results, context: .init(), into: &$0)
    }
    #expect(locate("Coach", in: screen) != nil)
    let first = try #require(locate("What does a healthy", in: screen))
    #expect(screen.lines[first.row].contains("✓") || screen.lines[first.row].contains("✗"))
    // The answer ended early is an answer: coached like the others, left ungraded.
    let ended = try #require(locate("ungraded", in: screen))
    #expect(screen.lines[ended.row].contains("✓") || screen.lines[ended.row].contains("✗"))
  }

  @Test func theCardsBackShowsTheLatestAnswersCoach() throws {
    let stepper = FeedbackStates.stepper
    #expect(stepper.current?.key.questionID == "b1")
    expectEverySize(named: "step-feedback") {
      DeckStepScreen.render(stepper, timeZone: practiceUTC, into: &$0)
    }
    let screen = rendered(rows: 24, columns: 80) {
      DeckStepScreen.render(stepper, timeZone: practiceUTC, into: &$0)
    }
    let coach = try #require(locate("Coach:", in: screen))
    let rated = try #require(locate("rated 3/5", in: screen))
    #expect(coach.row == rated.row + 1)
    let mark = try #require(locate("R✗", in: screen))
    #expect(screen.style(row: mark.row, column: mark.column)?.color == .warning)
    // Without feedback the card is as it was.
    let plain = rendered(rows: 24, columns: 80) {
      DeckStepScreen.render(practiceStepper([.toggleReveal]), timeZone: practiceUTC, into: &$0)
    }
    #expect(locate("Coach", in: plain) == nil)
  }

  // MARK: - The setup form

  @Test func setupOnTheFeedbackChoice() throws {
    let form = FeedbackStates.form(focus: .feedback)
    expectEverySize(named: "setup-feedback") { SetupScreen.render(form, into: &$0) }
    let screen = rendered(rows: 24, columns: 80) { SetupScreen.render(form, into: &$0) }
    let value = try #require(locate("‹ at the end ›", in: screen))
    #expect(screen.style(row: value.row, column: value.column)?.color == .selection)
    #expect(locate("←/→ the coach's notes after each answer", in: screen) != nil)
    // The job description, not focused, shows its start and its length.
    let job = try #require(locate("Job description", in: screen))
    #expect(screen.lines[job.row].hasSuffix("· 29 words"))
    #expect(screen.lines[job.row].contains("Senior Backend Engineer, Platform You will"))
  }

  @Test func setupOnTheJobDescription() throws {
    let form = FeedbackStates.form(focus: .jobDescription)
    #expect(form.jobDescriptionWords == 29)
    expectEverySize(named: "setup-job") { SetupScreen.render(form, into: &$0) }
    let screen = rendered(rows: 24, columns: 80) { SetupScreen.render(form, into: &$0) }
    let job = try #require(locate("Job description", in: screen))
    // Focused, the field scrolls to its end, where the cursor is.
    #expect(screen.cursor?.row == job.row)
    #expect(screen.lines[job.row].hasSuffix("you help shape"))
    #expect(locate("29 words: the coach looks", in: screen) != nil)
  }

  @Test func anEmptyJobDescriptionIsOptional() throws {
    let screen = rendered(rows: 24, columns: 80) { SetupScreen.render(sampleForm(), into: &$0) }
    let job = try #require(locate("Job description", in: screen))
    #expect(screen.lines[job.row].hasSuffix("optional"))
    #expect(locate("‹ after each ›", in: screen) != nil)
  }

  @Test func pastingThroughTheKeysJoinsLines() {
    var form = sampleForm(RehearsalSettings(company: "A", position: "B", seed: 7))
    while form.focus != .jobDescription { _ = SetupKeys.handle(.tab, form: &form) }
    _ = SetupKeys.handle(.paste("Kafka\n\nSQL\r\ndbt"), form: &form)
    #expect(form.value(.jobDescription) == "Kafka SQL dbt")
    // Enter moves on, as on every text field; the keys are the text fields' own.
    #expect(SetupKeys.footer(for: form).map(\.keys).contains("Tab/↓"))
    _ = SetupKeys.handle(.enter, form: &form)
    #expect(form.focus == .start)
    while form.focus != .feedback { _ = SetupKeys.handle(.backTab, form: &form) }
    _ = SetupKeys.handle(.right, form: &form)
    #expect(form.value(.feedback) == "at the end")
    _ = SetupKeys.handle(.character(" "), form: &form)
    #expect(form.value(.feedback) == "off")
    #expect(SetupKeys.footer(for: form).contains { $0.keys == "←/→" })
  }
}
