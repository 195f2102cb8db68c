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
    ]
    screens += reviewScreens
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
      ("review-list-delete", list([.end, .character("d")])),
      ("review-list-help", list([.character("?")])),
      (
        "review-list-unsized",
        { ReviewListScreen.render(ReviewList(sessions: reviewSessions(40)), into: &$0) }
      ),
      ("review-transcript", transcript([])),
      ("review-transcript-end", transcript([.end])),
      ("review-transcript-note", transcript([.tab, .character("e"), .paste("日本 🚀 note")])),
      ("review-transcript-delete", transcript([.character("d")])),
      ("review-transcript-help", transcript([.character("?")])),
      (
        "review-transcript-unsized",
        {
          ReviewTranscriptScreen.render(TranscriptReview(transcript: reviewTranscript()), into: &$0)
        }
      ),
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

  @Test func reviewScreensFitLargeTerminalsToo() {
    for (rows, columns) in [(30, 100), (45, 132), (50, 160), (60, 200)] {
      for (name, draw) in Self.reviewScreens {
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
