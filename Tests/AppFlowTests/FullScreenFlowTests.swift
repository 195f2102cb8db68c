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
  /// The letters saved, by session; a load gives the saved one or "Draft".
  var letters: [Int64: String] = [:]
  /// When set, saving a letter fails with this.
  var letterFailure: String?
  var exitCode: Int32?
  var ran: [FullScreenFlow.Effect] = []
  /// Scripted time: each key a second after the last.
  var now: Int64 = 5_000
  /// Whether keys reach the flow with the interview lent (`press(_:interview:…)`), as the
  /// runner sends them, or copied into a `.key` action.
  var lendsInterview = true
  /// The decks the store's progress is read for; empty for a library without questions.
  var decks: [Deck]
  /// What the store knows of the cards.
  var progress: [CardKey: CardProgress]
  static let library = DeckLibrary.bundled()
  /// The scripted day.
  static let today = StudyDay(ordinal: 20_000)

  init(
    _ entry: FullScreenEntry, waiting: FullScreenFlow.Waiting? = nil,
    settings: RehearsalSettings = RehearsalSettings(
      segments: [.behavioural, .questions], questionsPerSegment: 1, followUps: false, seed: 3),
    decks: [Deck] = Self.library.decks, progress: [CardKey: CardProgress] = [:],
    readOnlyReason: String? = nil
  ) {
    let choices = Self.library.decks.map { SetupForm.DeckChoice(id: $0.id, title: $0.title) }
    self.decks = decks
    self.progress = progress
    flow = FullScreenFlow(
      entry: entry, settings: settings, decks: choices, roles: Self.library.roles,
      readOnlyReason: readOnlyReason)
    run(flow.send(.started(waiting)))
  }

  /// The decks' progress as the runner reads it on the scripted day.
  var deckProgress: DeckProgress {
    DeckProgress(decks: decks, progress: progress, today: Self.today)
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
      if lendsInterview, let interview {
        run(flow.press(key, interview: interview, sessionID: 1, rows: 24, columns: 80))
      } else {
        let live = interview.map { FullScreenFlow.Live(interview: $0, sessionID: 1) }
        run(flow.send(.key(key, live: live, rows: 24, columns: 80)))
      }
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
        result = .homeLoaded(saved: 2, decks: deckProgress, highlight: highlight)
      case .loadDrillProgress:
        result = .drillProgressLoaded(deckProgress)
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
      case .openDrill(let choice):
        practice = PracticeJourney(drilling: choice, now: now)
      case .openRequestedDrill:
        practice = PracticeJourney(deck: PracticeJourney.decks[0].id)
        practice?.press(.character("d"))
      case .loadLetter(let id):
        result = .letterLoaded(
          .success(LetterEditor(sessionID: id, text: letters[id] ?? "Draft", title: "Acme")))
      case .saveLetter(let id, let text):
        if let letterFailure {
          result = .letterSaved(FlowProblem(letterFailure))
        } else {
          letters[id] = text
          result = .letterSaved(nil)
        }
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
  var letter: LetterEditor? {
    if case .letter(let editor) = flow.page { return editor }
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
    // Nothing is due: every question, never-drilled ones first.
    #expect(HomeDrillFlowTests.opened(app)?.deckTitle == DrillChoice.everyQuestionTitle)
    app.type("Calmly")
    // Submitted, then stopped at its grade: the summary, and q leaves it.
    app.press(.enter, .character("q"), .character("q"))
    #expect(app.menu?.selected == .drill(due: 0))
    app.press(.character("q"))
    #expect(app.exitCode == 0)
  }

  @Test func aKeyWithTheInterviewLentDoesWhatTheKeyActionDoes() {
    var runs: [AppJourney] = []
    for lends in [true, false] {
      var app = AppJourney(.home)
      app.lendsInterview = lends
      app.press(.enter)
      app.type("Acme")
      app.press(.tab)
      app.type("Analyst")
      app.press(.control("s"))
      for _ in 0..<8 where !(app.interview?.isTyping ?? false) { app.press(.enter) }
      app.type("I wrote it up")
      app.press(.escape, .down, .up, .escape)
      app.press(.enter)
      for _ in 0..<10 where app.interview?.stage != .summary { app.press(.enter) }
      app.press(.character("j"), .enter)
      runs.append(app)
    }
    #expect(runs[0].ran == runs[1].ran)
    #expect(runs[0].ran.last == .openReview(opening: 1))
    #expect(runs[0].interview?.entries.map(\.answer) == runs[1].interview?.entries.map(\.answer))
    #expect(runs[0].interview?.entries.first?.answer == "I wrote it up")
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
    #expect(AppJourney(.drill).ran == [.openRequestedDrill])
    #expect(AppJourney(.setup).form != nil)
    var steps = AppJourney(.step(deckID: nil))
    steps.press(.character("q"))
    #expect(steps.exitCode == 0)
  }
}

/// The drill started from home: the flow reads the decks' progress through an effect and picks
/// the cards itself; the runner only opens what it chose.
@Suite struct HomeDrillFlowTests {
  /// Every question a drill can take, in file order.
  static let drillable = DrillQueue.cards(
    from: AppJourney.library.decks, progress: [:], today: AppJourney.today, dueOnly: false,
    segment: nil)

  /// The drill the runner was asked to open, if any.
  static func opened(_ app: AppJourney) -> DrillChoice? {
    for case .openDrill(let choice) in app.ran.reversed() { return choice }
    return nil
  }

  @Test func dOnHomeDrillsTheQuestionsDueToday() throws {
    let first = Self.drillable[3].key
    let second = Self.drillable[7].key
    // One marked in review, one whose schedule came due yesterday; the rest never drilled.
    let yesterday = StudyDay(ordinal: AppJourney.today.ordinal - 1)
    let progress = [
      first: CardProgress(markedToPractiseAgain: true),
      second: CardProgress(
        schedule: CardSchedule(
          repetitions: 1, ease: 250, intervalDays: 1, due: yesterday,
          lastDrilled: StudyDay(ordinal: yesterday.ordinal - 1), lapses: 0)),
    ]
    var app = AppJourney(.home, progress: progress)
    #expect(app.menu?.items.contains(.drill(due: 2)) == true)
    app.press(.character("d"))
    #expect(app.ran.suffix(2).first == .loadDrillProgress)
    let choice = try #require(Self.opened(app))
    // The overdue one first, then today's; nothing that is not due.
    #expect(choice.cards.map(\.key) == [second, first])
    #expect(choice.deckTitle == DrillChoice.dueTitle)
    #expect(choice.today == AppJourney.today)
    #expect(choice.progress == progress)
    guard case .practice = app.flow.page else {
      Issue.record("the drill is not on screen: \(app.flow.page)")
      return
    }
    #expect(app.practice?.drill?.cards.map(\.key) == [second, first])

    // Both answered and graded, the summary left: back home on the drill entry.
    app.type("Calmly")
    app.press(.enter, .character("3"))
    app.type("Later")
    app.press(.enter, .character("4"))
    #expect(app.practice?.progress[first]?.schedule != nil)
    #expect(app.practice?.progress[second]?.schedule?.due ?? AppJourney.today > AppJourney.today)
    app.press(.character("q"))
    #expect(app.practice == nil)
    #expect(app.menu?.selected == .drill(due: 2))
  }

  @Test func withNothingDueDIsEveryQuestionNeverDrilledFirst() throws {
    let later = Self.drillable[0].key
    let progress = [
      later: CardProgress(
        schedule: CardSchedule(
          repetitions: 2, ease: 250, intervalDays: 6, due: StudyDay(ordinal: 20_006),
          lastDrilled: AppJourney.today, lapses: 0))
    ]
    var app = AppJourney(.home, progress: progress)
    #expect(app.menu?.items.contains(.drill(due: 0)) == true)
    app.press(.character("d"))
    let choice = try #require(Self.opened(app))
    #expect(choice.deckTitle == DrillChoice.everyQuestionTitle)
    #expect(choice.cards.count == Self.drillable.count)
    // Drilled and not due yet: after every question never drilled.
    #expect(choice.cards.first?.key == Self.drillable[1].key)
    #expect(choice.cards.last?.key == later)
    #expect(!choice.cards.contains { $0.segment == .questions })
  }

  @Test func aReadOnlyStoreRefusesTheDrillBeforeReadingAnything() {
    let reason = "Not saved: the store is opened read-only by another secondround."
    var app = AppJourney(.home, readOnlyReason: reason)
    app.press(.character("d"))
    #expect(app.flow.banner == reason)
    #expect(!app.ran.contains(.loadDrillProgress))
    #expect(Self.opened(app) == nil)
    #expect(app.menu?.selected == .drill(due: 0))
    #expect(app.practice == nil)
  }

  @Test func emptyDecksSayThereIsNothingToDrill() {
    var app = AppJourney(.home, decks: [])
    app.press(.down, .down, .enter)
    #expect(app.ran.contains(.loadDrillProgress))
    #expect(Self.opened(app) == nil)
    #expect(app.flow.banner == "No questions to drill: the decks are empty.")
    #expect(app.menu?.selected == .drill(due: 0))
    // The message goes with the next key, as every banner does.
    app.press(.down)
    #expect(app.flow.banner == nil)
  }
}
