import AppFlow
import InterviewCore
import TerminalUI
import Testing

/// The whole app as the executable runs it, with every store and recorder in memory and time
/// scripted: the top-level flow, and review and practice as the sub-flows it opens.
struct AppJourney {
  var flow: FullScreenFlow
  /// The live interview, as the recorder would hold it, saved as session 1.
  var interview: Interview?
  var review: Journey?
  var practice: PracticeJourney?
  var declined: [Int64] = []
  var exitCode: Int32?
  var ran: [FullScreenFlow.Effect] = []
  /// Scripted time: each key a second after the last.
  var now: Int64 = 5_000
  static let library = DeckLibrary.bundled()

  init(
    _ entry: FullScreenEntry, waiting: FullScreenFlow.Waiting? = nil,
    settings: RehearsalSettings = RehearsalSettings(
      segments: [.behavioural, .questions], questionsPerSegment: 1, followUps: false, seed: 3)
  ) {
    let decks = Self.library.decks.map { SetupForm.DeckChoice(id: $0.id, title: $0.title) }
    flow = FullScreenFlow(
      entry: entry, settings: settings, decks: decks, roles: Self.library.roles)
    run(flow.send(.started(waiting)))
  }

  mutating func press(_ keys: Key...) {
    for key in keys { press(key) }
  }

  mutating func type(_ text: String) {
    for character in text { press(.character(character)) }
  }

  mutating func press(_ key: Key) {
    now += 1_000
    switch flow.page {
    case .review:
      review?.press(key)
      if review?.flow.hasLeft == true {
        review = nil
        run(flow.send(.subflowLeft))
      }
    case .practice:
      practice?.press(key)
      if practice?.flow.hasLeft == true {
        practice = nil
        run(flow.send(.subflowLeft))
      }
    default:
      let live = interview.map { FullScreenFlow.Live(interview: $0, sessionID: 1) }
      run(flow.send(.key(key, live: live, rows: 24, columns: 80)))
    }
  }

  mutating func run(_ effects: [FullScreenFlow.Effect]) {
    var queue = effects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      ran.append(effect)
      var result: FullScreenFlow.Action?
      switch effect {
      case .loadHome(let highlight):
        interview = nil
        result = .homeLoaded(saved: 2, due: 0, highlight: highlight)
      case .declineResume(let id):
        declined.append(id)
      case .resume(let resumed, _):
        interview = resumed
      case .startInterview(let settings):
        let deck = Self.library.deck(withID: settings.deckID)
        switch deck.map({
          InterviewPlanner.plan(settings: settings, deck: $0, library: Self.library)
        }) {
        case .success(let plan)?: interview = Interview(plan: plan)
        case .failure(let problem)?: result = .interviewFailed(problem.description, settings)
        case nil: result = .interviewFailed("unknown deck", settings)
        }
      case .sendToInterview(let action):
        _ = interview?.send(action, at: now)
      case .openReview(let sessionID):
        review = Journey(opening: sessionID)
      case .openStepper(let deckID):
        practice = PracticeJourney(deck: deckID)
      case .openDrill:
        practice = PracticeJourney(deck: PracticeJourney.decks[0].id)
        practice?.press(.character("d"))
      case .quit(let code):
        exitCode = code
        queue.removeAll()
      }
      if let result { queue += flow.send(result) }
    }
  }

  var form: SetupForm? {
    if case .setup(let form) = flow.page { return form }
    return nil
  }
  var menu: HomeMenu? {
    if case .home(let menu) = flow.page { return menu }
    return nil
  }
}

@Suite struct FullScreenFlowTests {
  @Test func homeToSetupToInterviewToSummaryToReviewToDrillAndBackHome() throws {
    var app = AppJourney(.home)
    #expect(app.menu?.selected == .rehearse)
    app.press(.enter)
    #expect(app.form != nil)
    app.type("Acme")
    app.press(.tab)
    app.type("Analyst")
    app.press(.control("s"))
    #expect(app.ran.contains { if case .startInterview = $0 { true } else { false } })
    let question = try #require(app.interview?.plan.segments.first?.questions.first?.text)
    // Briefing, segment opening, the question: answer it, no questions of our own, the
    // reflection skipped, to the summary.
    for _ in 0..<8 where !(app.interview?.isTyping ?? false) { app.press(.enter) }
    app.type("I wrote it up")
    app.press(.enter)
    #expect(app.interview?.entries.first?.question == question)
    #expect(app.interview?.entries.first?.answer == "I wrote it up")
    for _ in 0..<10 where app.interview?.stage != .summary { app.press(.enter) }
    #expect(app.interview?.stage == .summary)

    // The summary scrolls, then opens its transcript in review.
    app.press(.character("j"))
    app.press(.enter)
    #expect(app.ran.last == .openReview(opening: 1))
    #expect(app.review?.transcript?.transcript.summary.id == 1)
    app.press(.character("q"), .character("q"))
    // Review was opened from the summary of a rehearsal started at home: home again.
    #expect(app.menu?.selected == .review(saved: 2))

    // A drill from home, answered, graded, and back home on its entry.
    app.press(.up)
    #expect(app.menu?.selected == .drill(due: 0))
    app.press(.enter)
    #expect(app.ran.last == .openDrill(fromHome: true))
    app.type("Calmly")
    app.press(.enter, .character("3"), .character("q"), .character("q"))
    #expect(app.menu?.selected == .drill(due: 0))
    app.press(.character("q"))
    #expect(app.exitCode == 0)
  }

  @Test func aRehearsalStartedFromTheCommandLineQuitsAfterItsSummary() throws {
    var app = AppJourney(
      .interview,
      settings: RehearsalSettings(
        company: "Acme", position: "Analyst", segments: [.questions], questionsPerSegment: 1,
        seed: 3))
    #expect(app.interview != nil)
    for _ in 0..<10 where app.interview?.stage != .summary { app.press(.enter) }
    #expect(app.interview?.stage == .summary)
    app.press(.character("q"))
    #expect(app.exitCode == 0)
  }

  @Test func theSetupFormCancelsToWhereItWasOpenedFrom() {
    var fromCommand = AppJourney(.setup)
    fromCommand.press(.escape)
    #expect(fromCommand.exitCode == 0)

    var fromHome = AppJourney(.home)
    fromHome.press(.enter)
    fromHome.type("Ac")
    fromHome.press(.escape)
    // Something was typed: it asks first, and n keeps the form.
    #expect(fromHome.form?.isConfirmingDiscard == true)
    fromHome.press(.character("n"))
    #expect(fromHome.form?.text(.company) == "Ac")
    fromHome.press(.escape, .character("y"))
    #expect(fromHome.menu?.selected == .rehearse)
    #expect(fromHome.exitCode == nil)
  }

  @Test func aPlanThatCannotStartShowsWhyOnTheForm() {
    let app = AppJourney(
      .interview, settings: RehearsalSettings(company: "Acme", position: "Analyst", deckID: "nope"))
    #expect(app.form?.problem == "unknown deck")
  }

  @Test func theResumeOfferHasHelpAndResumesOrKeeps() throws {
    let deck = try #require(AppJourney.library.deck(withID: "second-interview"))
    let plan = try InterviewPlanner.plan(
      settings: RehearsalSettings(company: "Acme", position: "Analyst", seed: 3), deck: deck,
      library: AppJourney.library
    ).get()
    let offer = ResumeOffer(
      company: "Acme", position: "Analyst", started: "Mon", whereabouts: "question 1",
      draftPreview: "")
    let waiting = FullScreenFlow.Waiting.offer(
      offer, sessionID: 9, interview: Interview(plan: plan))

    var resumed = AppJourney(.home, waiting: waiting)
    resumed.press(.function(1))
    #expect(resumed.flow.isShowingHelp)
    resumed.press(.enter)
    // Enter closed the help; it did not resume.
    #expect(!resumed.flow.isShowingHelp)
    #expect(resumed.interview == nil)
    resumed.press(.enter)
    #expect(resumed.interview != nil)

    var kept = AppJourney(.review, waiting: waiting)
    kept.press(.escape)
    #expect(kept.declined == [9])
    #expect(kept.ran.last == .openReview(opening: nil))
  }

  @Test func anUnreadableSnapshotIsKeptAndSaidSo() {
    let app = AppJourney(.home, waiting: .unreadable(sessionID: 4))
    #expect(app.declined == [4])
    #expect(app.flow.banner?.contains("could not be resumed") == true)
    #expect(app.menu != nil)
  }

  @Test func everyEntryOpensItsPage() {
    #expect(AppJourney(.review).ran == [.openReview(opening: nil)])
    #expect(AppJourney(.step(deckID: nil)).ran == [.openStepper(deckID: nil)])
    #expect(AppJourney(.drill).ran == [.openDrill(fromHome: false)])
    #expect(AppJourney(.setup).form != nil)
    var steps = AppJourney(.step(deckID: nil))
    steps.press(.character("q"))
    #expect(steps.exitCode == 0)
  }
}
