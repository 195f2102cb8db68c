import InterviewCore
import Testing

@testable import TerminalUI

/// Every screen at every size draws inside the screen by itself: no write or fill past an
/// edge, no cursor off screen, no line wider than the terminal.
@Suite struct ScreenFitTests {
  static let namedSizes = [(12, 40), (24, 80), (40, 120)]
  static let sweepSizes: [(Int, Int)] = {
    var sizes: [(Int, Int)] = []
    for rows in [1, 2, 5, 11, 12, 13, 17, 23, 24, 25, 40] {
      for columns in [1, 3, 20, 39, 40, 41, 57, 79, 80, 81, 120] {
        sizes.append((rows, columns))
      }
    }
    return sizes
  }()

  /// Every screen, drawn by name.
  static var screens: [(String, (inout StrictScreen) -> Void)] {
    var screens: [(String, (inout StrictScreen) -> Void)] = States.all.map { name, interview in
      (
        name,
        { screen in
          InterviewScreen.render(
            interview,
            context: InterviewScreenContext(
              transcriptPath: "/home/ada/.local/share/secondround/transcripts/1.md",
              saveProblem: name == "summary" ? nil : "Could not save the draft: disk full"),
            into: &screen)
        }
      )
    }
    let form = sampleForm()
    var problem = form
    _ = problem.start()
    var longForm = sampleForm(
      RehearsalSettings(company: String(repeating: "Northwind 日本 ", count: 9), seed: 7))
    longForm.edit(.lineEnd)
    screens += [
      ("home", { HomeScreen.render(HomeMenu(savedTranscripts: 0), version: "1.0.0", into: &$0) }),
      (
        "home-review",
        { HomeScreen.render(HomeMenu(savedTranscripts: 10_000), version: "1.0", into: &$0) }
      ),
      ("resume", { ResumeScreen.render(sampleOffer, into: &$0) }),
      ("setup", { SetupScreen.render(form, into: &$0) }),
      ("setup-problem", { SetupScreen.render(problem, into: &$0) }),
      ("setup-long", { SetupScreen.render(longForm, into: &$0) }),
      ("setup-help", { HelpOverlay.render(SetupKeys.help(for: form), into: &$0) }),
      ("too-small", { TooSmallScreen.render(into: &$0) }),
      (
        "spoken-recording",
        {
          let (interview, context) = SpokenScreenTests.recording(silent: true)
          var failed = context
          failed.spoken?.transcriptionLanded(answer: 2, failure: "the model failed to load")
          InterviewScreen.render(interview, context: failed, into: &$0)
        }
      ),
    ]
    screens += reviewScreens
    screens += practiceScreens
    screens += FeedbackStates.screens
    return screens
  }

  /// Stepping, the deck picker and drilling, in every state they draw; stepping is fed the
  /// screen's size through its keys, as the app does.
  static var practiceScreens: [(String, (inout StrictScreen) -> Void)] {
    func step(_ keys: [Key], notice: String? = nil) -> (inout StrictScreen) -> Void {
      { screen in
        var stepper = practiceStepper()
        for key in keys {
          _ = DeckStepperKeys.handle(
            key, stepper: &stepper, seed: 5, rows: screen.size.rows, columns: screen.size.columns)
        }
        if let notice { stepper.notice = notice }
        DeckStepScreen.render(stepper, timeZone: practiceUTC, into: &screen)
      }
    }
    var picker = samplePicker()
    _ = picker.send(.last)
    var pickerHelp = picker
    _ = pickerHelp.send(.toggleHelp)
    let longTitle = String(repeating: "日本語 deck 🚀 ", count: 12)
    var screens: [(String, (inout StrictScreen) -> Void)] = [
      ("step-front", step([])),
      ("step-revealed", step([.tab, .tab, .enter])),
      ("step-revealed-scrolled", step([.tab, .tab, .enter, .pageDown, .down, .down])),
      ("step-unanswered", step([.tab, .enter])),
      ("step-filter-menu", step([.character("/"), .up, .up])),
      ("step-starred", step([.character("*"), .character("s"), .character("/"), .down, .enter])),
      ("step-notice", step([], notice: String(repeating: "Nothing matches 日本 ", count: 8))),
      ("step-help", step([.character("?")])),
      (
        "step-empty",
        {
          DeckStepScreen.render(
            DeckStepper(cards: [], progress: [:], today: practiceToday), into: &$0)
        }
      ),
      (
        "step-long",
        {
          let card = practiceCard(
            "long", .culture, String(repeating: "Why 日本語 and 🚀 at {company}? ", count: 20),
            tips: [String(repeating: "listen ", count: 60)], tags: ["a", longTitle])
          var stepper = DeckStepper(
            cards: [card], progress: [:], today: practiceToday)
          _ = stepper.send(.toggleReveal)
          DeckStepScreen.render(stepper, into: &$0)
        }
      ),
      ("picker", { DeckPickerScreen.render(picker, into: &$0) }),
      ("picker-help", { DeckPickerScreen.render(pickerHelp, into: &$0) }),
      (
        "picker-long",
        {
          let decks = (1...40).map { sampleDeck("d\($0)", longTitle, questions: 99) }
          var picker = DeckPicker(decks: decks, progress: [:], today: practiceToday)
          _ = picker.send(.last)
          DeckPickerScreen.render(picker, into: &$0)
        }
      ),
      (
        "picker-empty",
        {
          DeckPickerScreen.render(
            DeckPicker(decks: [], progress: [:], today: practiceToday), into: &$0)
        }
      ),
      (
        "home-help",
        {
          var menu = HomeMenu(savedTranscripts: 3, dueQuestions: 1)
          menu.toggleHelp()
          HomeScreen.render(menu, version: "1.0", into: &$0)
        }
      ),
      (
        "home-due",
        {
          HomeScreen.render(
            HomeMenu(savedTranscripts: 10_000, dueQuestions: 12_345), version: "1.0", into: &$0)
        }
      ),
    ]
    screens += DrillStates.all.map { name, drill in
      (
        name,
        { screen in
          DrillScreen.render(
            drill, context: InterviewScreenContext(saveProblem: "Could not save: disk full"),
            into: &screen)
        }
      )
    }
    return screens
  }

  /// The review screens, each fed the screen's size as the app would, in every state they draw;
  /// "unsized" ones keep the state's default size, as on the frame before a resize arrives.
  static var reviewScreens: [(String, (inout StrictScreen) -> Void)] {
    func list(_ keys: [Key], sessions: [SessionSummary] = reviewSessions())
      -> (inout StrictScreen) -> Void
    {
      { screen in
        var list = ReviewList(sessions: sessions, timeZone: reviewUTC)
        for key in [.resize] + keys {
          _ = ReviewListKeys.handle(
            key, list: &list, rows: screen.size.rows, columns: screen.size.columns)
        }
        ReviewListScreen.render(list, into: &screen)
      }
    }
    func transcript(_ keys: [Key]) -> (inout StrictScreen) -> Void {
      { screen in
        var review = TranscriptReview(transcript: reviewTranscript(), timeZone: reviewUTC)
        for key in [.resize] + keys {
          _ = ReviewTranscriptKeys.handle(
            key, review: &review, rows: screen.size.rows, columns: screen.size.columns)
        }
        ReviewTranscriptScreen.render(review, into: &screen)
      }
    }
    func feedback(_ keys: [Key]) -> (inout StrictScreen) -> Void {
      { screen in
        ReviewTranscriptScreen.render(
          sizedFeedbackReview(rows: screen.size.rows, columns: screen.size.columns, keys: keys),
          into: &screen)
      }
    }
    func history(_ keys: [Key]) -> (inout StrictScreen) -> Void {
      { screen in
        var history = QuestionHistory(
          question: "Tell me about a time 日本語 🚀", attempts: reviewAttempts(), timeZone: reviewUTC)
        for key in [.resize] + keys {
          _ = ReviewHistoryKeys.handle(
            key, history: &history, rows: screen.size.rows, columns: screen.size.columns)
        }
        ReviewHistoryScreen.render(history, into: &screen)
      }
    }
    return [
      ("review-list", list([.down, .down])),
      ("review-list-empty", list([], sessions: [])),
      ("review-list-filter", list([.character("/"), .paste(String(repeating: "日本 ", count: 30))])),
      ("review-list-delete", list([.end, .character("D")])),
      ("review-list-help", list([.character("?")])),
      (
        "review-list-unsized",
        {
          ReviewListScreen.render(
            ReviewList(sessions: reviewSessions(40), timeZone: reviewUTC), into: &$0)
        }
      ),
      ("review-transcript", transcript([])),
      ("review-transcript-end", transcript([.end])),
      ("review-transcript-note", transcript([.tab, .character("e"), .paste("日本 🚀 note")])),
      ("review-transcript-delete", transcript([.character("D")])),
      ("review-transcript-help", transcript([.character("?")])),
      (
        "review-transcript-unsized",
        {
          ReviewTranscriptScreen.render(
            TranscriptReview(transcript: reviewTranscript(), timeZone: reviewUTC), into: &$0)
        }
      ),
      ("review-feedback", feedback([])),
      ("review-feedback-next", feedback([.tab, .tab])),
      ("review-feedback-end", feedback([.end])),
      ("review-feedback-hidden", feedback([.character("f"), .pageDown])),
      ("review-feedback-note", feedback([.tab, .tab, .character("e"), .paste("日本 🚀 note")])),
      ("review-feedback-help", feedback([.character("?")])),
      ("review-history", history([.character(" "), .down])),
      ("review-compare", history([.character(" "), .end, .character(" "), .pageDown])),
      ("review-history-help", history([.character("?")])),
    ]
  }

  func check(rows: Int, columns: Int, glyphs: Glyphs = .unicode) {
    for (name, draw) in Self.screens {
      var screen = StrictScreen(rows: rows, columns: columns, glyphs: glyphs)
      draw(&screen)
      #expect(screen.violations.isEmpty, "\(name) at \(columns)x\(rows): \(screen.violations)")
      for (index, line) in screen.grid.lines.enumerated() {
        #expect(line.terminalColumns <= columns, "\(name) at \(columns)x\(rows) line \(index)")
      }
    }
  }

  @Test func everyScreenFitsTheNamedSizes() {
    for (rows, columns) in Self.namedSizes {
      check(rows: rows, columns: columns)
      check(rows: rows, columns: columns, glyphs: .ascii)
    }
  }

  @Test func reviewAndPracticeScreensFitLargeTerminalsToo() {
    for (rows, columns) in [(30, 100), (45, 132), (50, 160), (60, 200)] {
      for (name, draw) in Self.reviewScreens + Self.practiceScreens {
        var screen = StrictScreen(rows: rows, columns: columns)
        draw(&screen)
        #expect(screen.violations.isEmpty, "\(name) at \(columns)x\(rows): \(screen.violations)")
      }
    }
  }

  @Test func everyScreenFitsEverySizeInASweep() {
    for (rows, columns) in Self.sweepSizes { check(rows: rows, columns: columns) }
  }

  @Test func theStrictScreenCatchesAWritePastTheEdge() {
    var screen = StrictScreen(rows: 2, columns: 5)
    screen.write("too long", row: 0, column: 0, style: .plain)
    screen.write("日本語", row: 1, column: 0, style: .plain)
    #expect(screen.violations.count == 2)
  }

  @Test func everyScreenUsesTheWholeWidthAtLargeSizes() {
    // The full layout stretches with the terminal rather than staying at 80 columns.
    let screen = rendered(rows: 40, columns: 120) {
      InterviewScreen.render(States.typedAnswer(), context: .init(), into: &$0)
    }
    #expect(screen.lines[0].terminalColumns == 119)
    #expect(screen.lines.contains { $0.hasPrefix("└") && $0.terminalColumns == 120 })
  }
}
