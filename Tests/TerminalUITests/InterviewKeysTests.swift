import InterviewCore
import Testing

@testable import TerminalUI

@Suite struct InterviewKeysTests {
  let width = 37

  func action(_ key: Key, _ interview: Interview) -> InterviewAction? {
    InterviewKeys.action(for: key, in: interview, editorWidth: width)
  }

  func footerSummary(_ interview: Interview, keys: String) -> String? {
    InterviewKeys.footer(for: interview).first { $0.keys == keys }?.summary
  }

  @Test func typedAnswersEditWithTheEditorKeys() {
    let interview = States.typedAnswer()
    #expect(action(.character("a"), interview) == .edit(.insert("a")))
    #expect(action(.character(" "), interview) == .edit(.insert(" ")))
    #expect(action(.character("日"), interview) == .edit(.insert("日")))
    #expect(action(.paste("two\nlines"), interview) == .edit(.insert("two\nlines")))
    #expect(action(.lineBreak, interview) == .edit(.lineBreak))
    #expect(action(.left, interview) == .edit(.left))
    #expect(action(.right, interview) == .edit(.right))
    #expect(action(.up, interview) == .edit(.up(width: 37)))
    #expect(action(.down, interview) == .edit(.down(width: 37)))
    #expect(action(.home, interview) == .edit(.screenLineStart(width: 37)))
    #expect(action(.end, interview) == .edit(.screenLineEnd(width: 37)))
    #expect(action(.control("a"), interview) == .edit(.lineStart))
    #expect(action(.control("e"), interview) == .edit(.lineEnd))
    #expect(action(.backspace, interview) == .edit(.deleteBackward))
    #expect(action(.delete, interview) == .edit(.deleteForward))
    #expect(action(.control("w"), interview) == .edit(.deleteWordBackward))
    #expect(action(.control("u"), interview) == .edit(.deleteToLineStart))
    #expect(action(.wordLeft, interview) == .edit(.wordLeft))
    #expect(action(.wordRight, interview) == .edit(.wordRight))
    #expect(action(.alt("b"), interview) == .edit(.wordLeft))
    #expect(action(.alt("f"), interview) == .edit(.wordRight))
    #expect(action(.control("k"), interview) == .edit(.killToLineEnd))
    #expect(action(.control("y"), interview) == .edit(.yank))
    #expect(action(.control("_"), interview) == .edit(.undo))
    #expect(action(.control("z"), interview) == .edit(.undo))
    #expect(action(.alt("_"), interview) == .edit(.redo))
    // Any other Alt key is not text.
    #expect(action(.alt("x"), interview) == nil)
  }

  @Test func enterSubmitsEscOpensTheMenuF1ShowsHelp() {
    for interview in [
      States.typedAnswer(), States.spokenAfterStart,
      States.candidateQuestions(showingIdeas: false), States.reflection,
    ] {
      #expect(action(.enter, interview) == .submit)
      #expect(action(.escape, interview) == .openMenu)
      #expect(action(.function(1), interview) == .toggleHelp)
    }
  }

  @Test func upAndDownCarryTheEditorWidth() {
    #expect(
      InterviewKeys.action(for: .up, in: States.reflection, editorWidth: 76)
        == .edit(.up(width: 76)))
    #expect(
      InterviewKeys.action(
        for: .down, in: States.candidateQuestions(showingIdeas: false), editorWidth: 12)
        == .edit(.down(width: 12)))
  }

  /// While the ideas show, ↑/↓ and Enter are theirs; letters still type and F2 hides them.
  @Test func theIdeasTakeTheArrowsAndEnterWhileTheyShow() {
    let showing = States.candidateQuestions()
    #expect(action(.up, showing) == .moveInspiration(-1))
    #expect(action(.down, showing) == .moveInspiration(1))
    #expect(action(.pageDown, showing) == .moveInspiration(5))
    #expect(action(.enter, showing) == .useInspiration)
    #expect(action(.character("k"), showing) == .edit(.insert("k")))
    #expect(action(.function(2), showing) == .toggleInspiration)
    #expect(action(.escape, showing) == .openMenu)
    let hidden = States.candidateQuestions(showingIdeas: false)
    #expect(action(.enter, hidden) == .submit)
    // The footer says what the keys do while the ideas show.
    #expect(footerSummary(showing, keys: "Enter") == "use the idea")
    #expect(footerSummary(showing, keys: "↑/↓") == "choose an idea")
    #expect(footerSummary(hidden, keys: "Enter") == "no more questions")
  }

  @Test func questionMarkIsTextWhileTypingAndHelpElsewhere() {
    for interview in [
      States.typedThinking, States.typedAnswer(), States.spokenAfterStart,
      States.candidateQuestions(), States.reflection,
    ] {
      #expect(interview.isTyping)
      #expect(action(.character("?"), interview) == .edit(.insert("?")))
    }
    for interview in [
      States.briefing, States.intro, States.spokenBeforeStart, States.summary, States.menu,
    ] {
      #expect(!interview.isTyping)
      #expect(action(.character("?"), interview) == .toggleHelp)
      #expect(action(.function(1), interview) == .toggleHelp)
    }
  }

  @Test func spokenAnswersStartWithSpaceOrEnterThenTakeNotes() {
    let before = States.spokenBeforeStart
    #expect(action(.character(" "), before) == .startSpeaking)
    #expect(action(.enter, before) == .submit)
    #expect(footerSummary(before, keys: "Space/Enter") == "start answering")
    let after = States.spokenAfterStart
    #expect(action(.character(" "), after) == .edit(.insert(" ")))
    #expect(action(.enter, after) == .submit)
    #expect(action(.lineBreak, after) == .edit(.lineBreak))
    #expect(footerSummary(after, keys: "Enter") == "end answer")
    #expect(footerSummary(States.typedAnswer(), keys: "Enter") == "submit")
  }

  @Test func briefingAndIntroGoOnWithEnterOrSpace() {
    for interview in [States.briefing, States.intro] {
      #expect(action(.enter, interview) == .proceed)
      #expect(action(.character(" "), interview) == .proceed)
      #expect(action(.escape, interview) == .openMenu)
    }
    #expect(action(.character("x"), States.briefing) == nil)
    // On a segment's introduction a letter starts the first answer with it.
    #expect(action(.character("x"), States.intro) == .edit(.insert("x")))
  }

  @Test func candidateQuestionsToggleIdeasAndSayWhatEmptyEnterDoes() {
    let empty = States.candidateQuestions(showingIdeas: false)
    #expect(action(.function(2), empty) == .toggleInspiration)
    #expect(footerSummary(empty, keys: "F2") == "ideas")
    #expect(footerSummary(empty, keys: "Enter") == "no more questions")
    var typing = empty
    _ = typing.send(.edit(.insert("Who")), at: 10_000_000)
    #expect(footerSummary(typing, keys: "Enter") == "ask")
  }

  @Test func reflectionEnterSaysNextSkipOrFinish() {
    var script = Script()
    script.send(.proceed)
    script.send(.choose(.end))
    #expect(footerSummary(script.interview, keys: "Enter") == "skip")
    script.type("Calm.")
    #expect(footerSummary(script.interview, keys: "Enter") == "next")
    script.send(.submit)
    script.send(.submit)
    #expect(footerSummary(script.interview, keys: "Enter") == "finish")
  }

  @Test func theMenuMovesChoosesClosesAndTakesFirstLetters() {
    let menu = States.menu
    #expect(action(.up, menu) == .moveMenuSelection(-1))
    #expect(action(.character("k"), menu) == .moveMenuSelection(-1))
    #expect(action(.down, menu) == .moveMenuSelection(1))
    #expect(action(.character("j"), menu) == .moveMenuSelection(1))
    #expect(action(.enter, menu) == .chooseMenuSelection)
    #expect(action(.escape, menu) == .closeMenu)
    #expect(action(.character("r"), menu) == .choose(.resume))
    #expect(action(.character("s"), menu) == .choose(.skip))
    #expect(action(.character("e"), menu) == .choose(.end))
    #expect(action(.character("?"), menu) == .toggleHelp)
    #expect(action(.character("h"), menu) == nil)
    #expect(action(.character("x"), menu) == nil)
    // The briefing's menu has nothing to skip, so its letter means nothing.
    var briefing = States.briefing
    _ = briefing.send(.openMenu, at: 5_000)
    #expect(action(.character("s"), briefing) == nil)
    #expect(action(.character("e"), briefing) == .choose(.end))
  }

  @Test func anyKeyClosesTheHelpButTheRuntimeKeepsItsOwn() {
    let help = States.help
    for key in [Key.character("x"), .enter, .escape, .function(1), .character("?"), .tab] {
      #expect(action(key, help) == .toggleHelp)
    }
    #expect(action(.control("c"), help) == nil)
    #expect(action(.control("l"), help) == nil)
    #expect(InterviewKeys.footer(for: help).map(\.keys) == ["any key"])
  }

  @Test func theSummaryLeavesQuittingToTheRuntimeButShowsIt() {
    let summary = States.summary
    #expect(action(.character("q"), summary) == nil)
    #expect(action(.escape, summary) == nil)
    #expect(InterviewKeys.footer(for: summary).first == KeyBinding(keys: "q", summary: "back"))
  }

  @Test func theSummaryScrollsToItsLastLineAndNoFurther() {
    var summary = States.summary
    let limit = SummaryView.scrollLimit(summary, rows: 12, columns: 40)
    #expect(limit > 0)
    let scroll = { (key: Key, interview: Interview) in
      InterviewKeys.action(for: key, in: interview, editorWidth: 38, rows: 12, columns: 40)
    }
    #expect(scroll(.character("j"), summary) == .scrollSummary(1))
    #expect(scroll(.up, summary) == .scrollSummary(0))
    #expect(scroll(.end, summary) == .scrollSummary(limit))
    let top = rendered(rows: 12, columns: 40) {
      InterviewScreen.render(summary, context: .init(), into: &$0)
    }
    #expect(top.lines.contains { $0.contains("↓ \(limit) more lines") })
    _ = summary.send(.scrollSummary(limit), at: 10_000_000)
    #expect(summary.summaryOffset == limit)
    #expect(scroll(.pageDown, summary) == .scrollSummary(limit))
    #expect(scroll(.character("k"), summary) == .scrollSummary(limit - 1))
    let bottom = rendered(rows: 12, columns: 40) {
      InterviewScreen.render(summary, context: .init(), into: &$0)
    }
    #expect(bottom.lines.contains { $0.contains("lines above") })
    #expect(bottom.lines != top.lines)
  }

  @Test func runtimeKeysMeanNothingHereButAreInEveryHelp() {
    for (name, interview) in States.all {
      for key in [Key.control("c"), .control("l"), .resize] {
        #expect(action(key, interview) == nil, "\(name): \(key)")
      }
      let keys = InterviewKeys.help(for: interview).map(\.keys)
      #expect(keys.contains("Ctrl-C"), "\(name)")
      #expect(keys.contains("Ctrl-L"), "\(name)")
    }
  }

  @Test func theFooterIsPartOfTheHelpAndNoEntryIsEmpty() {
    for (name, interview) in States.all {
      let footer = InterviewKeys.footer(for: interview)
      let help = InterviewKeys.help(for: interview)
      #expect(!footer.isEmpty, "\(name)")
      for binding in footer {
        #expect(help.shows(binding), "\(name): \(binding) is in the footer, not the help")
      }
      for binding in help {
        #expect(!binding.keys.isEmpty && !binding.summary.isEmpty, "\(name): \(binding)")
      }
      #expect(Set(help.map(\.keys)).count == help.count, "\(name): a key is listed twice")
    }
  }

  @Test func theHelpDescribesTheStateBeneathIt() {
    let beneath = InterviewKeys.help(for: States.typedAnswer(seconds: 40))
    let help = InterviewKeys.help(for: States.help)
    #expect(help.dropLast() == beneath[...])
    #expect(help.last?.keys == "any key")
  }
}

@Suite struct SetupKeysTests {
  @Test func tabAndArrowsMoveTheFocus() {
    var form = sampleForm()
    #expect(SetupKeys.handle(.tab, form: &form) == nil)
    #expect(form.focus == .position)
    _ = SetupKeys.handle(.down, form: &form)
    #expect(form.focus == .deck)
    _ = SetupKeys.handle(.backTab, form: &form)
    #expect(form.focus == .position)
    _ = SetupKeys.handle(.up, form: &form)
    #expect(form.focus == .company)
  }

  @Test func keysTypeIntoTextFields() {
    var form = sampleForm()
    for key in [Key.character("A"), .character("c"), .paste("me\nCo"), .backspace, .left] {
      _ = SetupKeys.handle(key, form: &form)
    }
    // A paste of two lines into a one-line field joins them with a space.
    #expect(form.text(.company) == "Acme C")
    _ = SetupKeys.handle(.home, form: &form)
    _ = SetupKeys.handle(.delete, form: &form)
    #expect(form.text(.company) == "cme C")
    _ = SetupKeys.handle(.control("e"), form: &form)
    _ = SetupKeys.handle(.character(" "), form: &form)
    _ = SetupKeys.handle(.character("X"), form: &form)
    _ = SetupKeys.handle(.control("w"), form: &form)
    #expect(form.text(.company) == "cme C ")
    _ = SetupKeys.handle(.control("u"), form: &form)
    #expect(form.text(.company) == "")
  }

  @Test func leftRightAndSpaceChangeChoices() {
    var form = sampleForm()
    while form.focus != .mode { form.moveFocus(1) }
    _ = SetupKeys.handle(.right, form: &form)
    #expect(form.value(.mode) == "spoken")
    _ = SetupKeys.handle(.character(" "), form: &form)
    #expect(form.value(.mode) == "typed")
    _ = SetupKeys.handle(.left, form: &form)
    #expect(form.value(.mode) == "spoken")
    #expect(SetupKeys.footer(for: form).first?.summary == "change")
  }

  @Test func enterMovesOnThenStartsCtrlSStartsEscCancels() {
    var form = sampleForm(
      RehearsalSettings(company: "Acme", position: "Analyst", seed: 7))
    #expect(SetupKeys.handle(.enter, form: &form) == nil)
    #expect(form.focus == .position)
    guard case .start(let settings)? = SetupKeys.handle(.control("s"), form: &form) else {
      Issue.record("Ctrl-S did not start")
      return
    }
    #expect(settings.company == "Acme")
    while form.focus != .start { form.moveFocus(1) }
    #expect(SetupKeys.footer(for: form).first == KeyBinding(keys: "Enter", summary: "start"))
    guard case .start? = SetupKeys.handle(.enter, form: &form) else {
      Issue.record("Enter on the last row did not start")
      return
    }
    #expect(SetupKeys.handle(.escape, form: &form) == .cancel)
  }

  @Test func aFailedStartShowsTheProblemAndKeysForTheRuntimeDoNothing() {
    var form = sampleForm()
    #expect(SetupKeys.handle(.control("s"), form: &form) == nil)
    #expect(form.problem != nil)
    let before = form
    for key in [Key.function(1), .control("c"), .control("l"), .resize] {
      #expect(SetupKeys.handle(key, form: &form) == nil)
    }
    #expect(form == before)
  }

  @Test func theFooterIsPartOfTheHelpOnEveryField() {
    var form = sampleForm()
    for _ in SetupForm.Field.allCases {
      let help = SetupKeys.help(for: form)
      for binding in SetupKeys.footer(for: form) {
        #expect(help.shows(binding), "\(form.focus): \(binding)")
      }
      #expect(help.allSatisfy { !$0.keys.isEmpty && !$0.summary.isEmpty })
      #expect(help.contains { $0.keys == "Esc" })
      form.moveFocus(1)
    }
  }
}

@Suite struct HomeAndResumeKeysTests {
  @Test func homeMovesChoosesAndQuits() {
    var menu = HomeMenu(savedTranscripts: 2, dueQuestions: 4)
    #expect(menu.selected == .rehearse)
    #expect(HomeKeys.handle(.down, menu: &menu) == nil)
    #expect(menu.selected == .stepThroughDecks)
    _ = HomeKeys.handle(.character("j"), menu: &menu)
    #expect(menu.selected == .drill(due: 4))
    _ = HomeKeys.handle(.character("j"), menu: &menu)
    #expect(menu.selected == .review(saved: 2))
    _ = HomeKeys.handle(.character("j"), menu: &menu)
    #expect(menu.selected == .quit)
    _ = HomeKeys.handle(.character("j"), menu: &menu)
    #expect(menu.selected == .rehearse)
    _ = HomeKeys.handle(.up, menu: &menu)
    _ = HomeKeys.handle(.character("k"), menu: &menu)
    #expect(HomeKeys.handle(.enter, menu: &menu) == .review(saved: 2))
    menu.highlight(.drill(due: 4))
    #expect(HomeKeys.handle(.enter, menu: &menu) == .drill(due: 4))
    menu.highlight(.stepThroughDecks)
    #expect(HomeKeys.handle(.enter, menu: &menu) == .stepThroughDecks)
    menu.highlight(.rehearse)
    #expect(HomeKeys.handle(.enter, menu: &menu) == .rehearse)
    #expect(HomeKeys.handle(.character("q"), menu: &menu) == .quit)
    #expect(HomeKeys.handle(.escape, menu: &menu) == .quit)
    #expect(HomeKeys.handle(.character("x"), menu: &menu) == nil)
    #expect(
      HomeMenu(savedTranscripts: 0).items == [
        .rehearse, .stepThroughDecks, .drill(due: 0), .review(saved: 0), .quit,
      ])
    #expect(HomeMenu(savedTranscripts: 0).items[2].title == "Drill questions (none due)")
    #expect(
      HomeMenu(savedTranscripts: 0, dueQuestions: 7).items[2].title == "Drill questions (7 due)")
    #expect(HomeMenu(savedTranscripts: 0).items[3].title == "Review transcripts (none yet)")
    let help = HomeKeys.help(for: menu)
    #expect(HomeKeys.footer(for: menu).allSatisfy(help.shows))
  }

  @Test func resumeOrKeep() {
    #expect(ResumeKeys.handle(.enter) == .resume)
    #expect(ResumeKeys.handle(.escape) == .keep)
    #expect(ResumeKeys.handle(.character("y")) == nil)
    #expect(ResumeKeys.footer.allSatisfy(ResumeKeys.help.shows))
  }
}
