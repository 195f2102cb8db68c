import InterviewCore
import Testing

@testable import TerminalUI

/// Plain-text snapshots of every screen at the smallest full size and the smallest compact
/// size. Record with RECORD_SNAPSHOTS=1, then read every file in Snapshots/.
@Suite struct SnapshotTests {
  static let sizes = [
    (rows: 24, columns: 80, name: "80x24"), (rows: 12, columns: 40, name: "40x12"),
  ]

  func expectInterview(
    _ interview: Interview, named name: String, context: InterviewScreenContext = .init(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for size in Self.sizes {
      let screen = rendered(rows: size.rows, columns: size.columns) {
        InterviewScreen.render(interview, context: context, into: &$0)
      }
      expectSnapshot(screen, named: "\(name)-\(size.name)", sourceLocation: sourceLocation)
    }
  }

  @Test func home() {
    for size in Self.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) {
          HomeScreen.render(HomeMenu(savedTranscripts: 0), version: "0.3.0", into: &$0)
        }, named: "home-\(size.name)")
    }
  }

  @Test func homeWithTranscriptsToReview() {
    var menu = HomeMenu(savedTranscripts: 12)
    menu.move(by: 3)
    for size in Self.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) {
          HomeScreen.render(menu, version: "0.3.0", into: &$0)
        }, named: "home-review-\(size.name)")
    }
  }

  @Test func homeWithQuestionsDue() {
    var menu = HomeMenu(savedTranscripts: 12, dueQuestions: 5)
    menu.move(by: 2)
    #expect(menu.selected == .drill(due: 5))
    for size in Self.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) {
          HomeScreen.render(menu, version: "0.3.0", into: &$0)
        }, named: "home-due-\(size.name)")
    }
  }

  @Test func resumeOffer() {
    for size in Self.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) {
          ResumeScreen.render(sampleOffer, into: &$0)
        }, named: "resume-\(size.name)")
    }
  }

  @Test func resumeOfferHelp() {
    // F1 on the resume offer shows its keys over it; any key closes it in the runtime.
    #expect(ResumeKeys.handle(.function(1)) == .toggleHelp)
    for size in Self.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) {
          ResumeScreen.render(sampleOffer, showingHelp: true, into: &$0)
        }, named: "resume-help-\(size.name)")
    }
  }

  @Test func setupAskingToDiscard() {
    var form = sampleForm()
    for character in "Northwind" { _ = SetupKeys.handle(.character(character), form: &form) }
    #expect(SetupKeys.handle(.escape, form: &form) == nil)
    for size in Self.sizes {
      let screen = rendered(rows: size.rows, columns: size.columns) {
        SetupScreen.render(form, into: &$0)
      }
      #expect(screen.lines.contains { $0.contains("Discard this setup?") })
      expectSnapshot(screen, named: "setup-discard-\(size.name)")
    }
  }

  @Test func summaryScrolledToItsEnd() {
    var summary = States.summary
    let limit = SummaryView.scrollLimit(summary, rows: 24, columns: 80)
    _ = summary.send(.scrollSummary(limit), at: 10_000_000)
    let screen = rendered(rows: 24, columns: 80) {
      InterviewScreen.render(summary, context: .init(), into: &$0)
    }
    expectSnapshot(screen, named: "summary-scrolled-80x24")
  }

  /// A wide terminal shows each question whole, instead of cutting it at the table's width.
  @Test func summaryUsesAWideTerminal() {
    let summary = States.summary
    let screen = rendered(rows: 40, columns: 120) {
      InterviewScreen.render(summary, context: .init(), into: &$0)
    }
    let text = screen.lines.joined(separator: "\n")
    let questions = InterviewReport(summary).answers.filter { $0.kind == .answer }.map(\.question)
    #expect(questions.contains { $0.count > 60 && $0.count < 90 })
    for question in questions where question.count < 90 {
      #expect(text.contains(question), "cut: \(question)")
    }
    expectSnapshot(screen, named: "summary-120x40")
  }

  @Test func setupWithAProblem() {
    var form = sampleForm(RehearsalSettings(position: "Senior Backend Engineer", seed: 7))
    for _ in 0..<4 { form.moveFocus(1) }
    // Starting with no company shows why and puts the focus on the company.
    #expect(form.start() == nil)
    #expect(form.problem != nil)
    for size in Self.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) { SetupScreen.render(form, into: &$0) },
        named: "setup-\(size.name)")
    }
  }

  @Test func setupOnAChoiceField() {
    var form = sampleForm(
      RehearsalSettings(company: "Northwind Labs", position: "Senior Backend Engineer", seed: 7))
    while form.focus != .mode { form.moveFocus(1) }
    for size in Self.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) { SetupScreen.render(form, into: &$0) },
        named: "setup-choice-\(size.name)")
    }
  }

  @Test func briefing() { expectInterview(States.briefing, named: "briefing") }

  @Test func briefingSaysWhereTheQuestionsComeFrom() {
    var plan = screenPlan()
    plan.segments[1].questions[0].deckID = "data-analysis"
    plan.sources = [
      QuestionSource(deckID: plan.settings.deckID, name: "your deck"),
      QuestionSource(deckID: "data-analysis", name: "the data-analysis pack"),
    ]
    expectInterview(Script(plan).interview, named: "briefing-sources")
    // At 40x12 a short agenda leaves room for it, wrapped under its label.
    plan.segments = Array(plan.segments.prefix(2))
    let small = rendered(rows: 12, columns: 40) {
      InterviewScreen.render(Script(plan).interview, context: .init(), into: &$0)
    }
    let text = small.lines.joined(separator: "\n")
    #expect(text.contains(" Sources "), "\(text)")
    #expect(text.contains("data-analysis"), "\(text)")
    expectSnapshot(small, named: "briefing-sources-short-40x12")
  }
  @Test func intro() { expectInterview(States.intro, named: "intro") }
  @Test func typedThinking() { expectInterview(States.typedThinking, named: "typed-thinking") }
  @Test func typedAnswer() { expectInterview(States.typedAnswer(), named: "typed-answer") }
  @Test func typedOver() { expectInterview(States.typedAnswer(seconds: 140), named: "typed-over") }
  @Test func spokenBeforeStart() {
    expectInterview(States.spokenBeforeStart, named: "spoken-before")
  }
  @Test func spokenAfterStart() { expectInterview(States.spokenAfterStart, named: "spoken-after") }
  @Test func followUp() { expectInterview(States.followUp, named: "follow-up") }
  @Test func salary() { expectInterview(States.salary, named: "salary") }
  @Test func candidateQuestions() {
    expectInterview(States.candidateQuestions(), named: "candidate-ideas")
  }
  @Test func reflection() { expectInterview(States.reflection, named: "reflection") }
  @Test func summary() {
    expectInterview(
      States.summary, named: "summary",
      context: InterviewScreenContext(
        transcriptPath: "/home/ada/.local/share/secondround/transcripts/2026-11-21-1405.md"))
  }
  @Test func menu() { expectInterview(States.menu, named: "menu") }
  @Test func help() { expectInterview(States.help, named: "help") }

  @Test func noticeAndSaveProblem() {
    expectInterview(States.notice, named: "notice")
    expectInterview(
      States.typedAnswer(), named: "save-problem",
      context: InterviewScreenContext(saveProblem: "Could not save: disk full (errno 28)"))
  }

  @Test func tooSmall() {
    for (rows, columns) in [(8, 30), (11, 39)] {
      expectSnapshot(
        rendered(rows: rows, columns: columns) {
          InterviewScreen.render(States.typedAnswer(), context: .init(), into: &$0)
        }, named: "too-small-\(columns)x\(rows)")
    }
  }

  @Test func asciiGlyphs() {
    expectSnapshot(
      rendered(rows: 24, columns: 80, glyphs: .ascii) {
        InterviewScreen.render(States.typedAnswer(), context: .init(), into: &$0)
      }, named: "typed-answer-ascii-80x24")
    expectSnapshot(
      rendered(rows: 24, columns: 80, glyphs: .ascii) {
        InterviewScreen.render(States.menu, context: .init(), into: &$0)
      }, named: "menu-ascii-80x24")
  }
}

/// The candidate's ideas, when there are more than fit: the highlighted one stays in view and
/// a cut end says how many more there are.
@Suite struct IdeasScreenTests {
  static let ideas = (1...20).map { "Idea number \($0): what would you ask the panel?" }

  static func showingIdeas(highlighting index: Int) -> Interview {
    var plan = screenPlan()
    plan.inspiration = ideas
    var script = Script(plan)
    script.send(.proceed)
    for _ in 0..<4 {
      script.send(.proceed, after: 5)
      while case .answering = script.interview.stage { script.send(.choose(.skip), after: 30) }
    }
    script.send(.proceed, after: 5)
    script.send(.toggleInspiration, after: 3)
    script.send(.moveInspiration(index))
    return script.interview
  }

  @Test(arguments: [(rows: 24, columns: 80), (rows: 12, columns: 40)])
  func theHighlightedIdeaIsInViewWithMoreAboveAndBelow(size: (rows: Int, columns: Int)) {
    let interview = Self.showingIdeas(highlighting: 10)
    let screen = rendered(rows: size.rows, columns: size.columns) {
      InterviewScreen.render(interview, context: .init(), into: &$0)
    }
    let text = screen.lines.joined(separator: "\n")
    #expect(text.contains("Idea number 11"), "the highlighted idea is shown")
    #expect(text.contains("more"), "a cut end says there are more")
    #expect(!text.contains("Idea number 1:"), "the list scrolled")
    expectSnapshot(screen, named: "candidate-ideas-scrolled-\(size.columns)x\(size.rows)")
  }

  @Test func theLastIdeaCanBeReached() {
    let interview = Self.showingIdeas(highlighting: 99)
    #expect(interview.highlightedIdea == 19)
    let screen = rendered(rows: 24, columns: 80) {
      InterviewScreen.render(interview, context: .init(), into: &$0)
    }
    #expect(screen.lines.joined(separator: "\n").contains("Idea number 20"))
  }
}
