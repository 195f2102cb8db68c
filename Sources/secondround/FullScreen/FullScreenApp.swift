import Foundation
import InterviewCore
import TerminalUI
import TranscriptStore

/// The full-screen front end: home, resume offer, setup form and the interview, drawn with
/// ncurses from state, with every key turned into an action for the state machines.
final class FullScreenApp {
  /// Where the app opens.
  enum Entry {
    /// The home screen (`secondround` on its own).
    case home
    /// The setup form (`secondround rehearse`).
    case setup
    /// Straight into the interview (`rehearse --start`).
    case interview
    /// The list of transcripts (`secondround review`).
    case review
    /// Stepping through a deck, or the deck picker when nil (`secondround decks step`).
    case step(deckID: String?)
    /// A drill of these cards (`secondround drill`).
    case drill(DrillRequest)
  }

  /// What is on screen.
  private enum Mode {
    case home(HomeMenu)
    case resumeOffer(ResumeOffer, sessionID: Int64, interview: Interview)
    case setup(SetupForm)
    case interview(RecordedInterview)
    case review(ReviewNavigator)
    case practice(PracticeNavigator)
  }

  private let library: DeckLibrary
  private let store: TranscriptDatabase
  private let settings: RehearsalSettings
  private let entry: Entry
  /// Why ratings and notes cannot be saved (a rehearsal elsewhere holds the store), if so.
  private let readOnlyReason: String?
  private var mode: Mode
  /// A one-line problem shown over the home screen (a resume that could not be read, say).
  private var banner: String?
  /// Whether the setup form's help is showing (F1).
  private var isShowingSetupHelp = false
  /// Whether the resume offer's help is showing (F1 or ?).
  private var isShowingResumeHelp = false
  /// The home entry practice was opened from, highlighted again on the way back.
  private var practiceItem: HomeMenu.Item = .stepThroughDecks
  /// What to say on stderr after the screen is restored, when an interrupt left work saved.
  private var interruptMessage: String?
  /// The terminal's size at the last frame, for screens opened between frames.
  private var screenSize = (rows: 24, columns: 80)

  /// How often the clocks on screen are redrawn while nothing is typed.
  private static let tickMilliseconds = 250

  /// An app over `store`, opening at `entry`; `settings` prefill the form. `readOnlyReason`
  /// says why a store opened read-only cannot take ratings and notes.
  init(
    library: DeckLibrary, store: TranscriptDatabase, settings: RehearsalSettings, start: Entry,
    readOnlyReason: String? = nil
  ) {
    self.library = library
    self.store = store
    self.settings = settings
    entry = start
    self.readOnlyReason = readOnlyReason
    mode = .home(HomeMenu(savedTranscripts: 0))
  }

  /// Runs until the user quits or a signal arrives; returns the exit code. After an interrupt
  /// (Ctrl-C, SIGTERM, SIGHUP) with something being rehearsed, says on stderr, once the screen
  /// is restored, where it was saved and how to carry on.
  func run() -> Int32 {
    let code = runScreen()
    if let interruptMessage { Terminal.error(interruptMessage) }
    return code
  }

  /// The full-screen loop; the terminal is restored when it returns.
  private func runScreen() -> Int32 {
    ExitSignal.install()
    let colorMode: ColorMode =
      ProcessInfo.processInfo.environment["NO_COLOR", default: ""].isEmpty ? .color : .monochrome
    guard let screen = CursesScreen.start(colorMode: colorMode) else {
      let name = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
      Terminal.error(
        "secondround: error: cannot drive terminal type '\(name.inert)'; try --plain")
      return 69
    }
    defer { screen.stop() }
    screenSize = screen.size
    mode = firstMode()
    var input = CursesInput()
    while true {
      let now = MonotonicClock.now()
      screenSize = screen.size
      if let signal = ExitSignal.take() { return interrupt(exitCode: 128 + signal, now: now) }
      if case .interview(let recorded) = mode { recorded.saveIfDue(now: now) }
      if case .practice(let navigator) = mode { navigator.saveIfDue(now: now) }
      draw(on: screen)
      screen.present()
      let keys = input.next(timeoutMilliseconds: timeout(now: now))
      let then = MonotonicClock.now()
      if keys.isEmpty {
        if case .interview(let recorded) = mode { recorded.send(.tick, at: then) }
        if case .practice(let navigator) = mode { navigator.tick(now: then) }
      }
      for key in keys {
        if let code = handle(key, screen: screen, now: then) { return code }
      }
    }
  }

  // MARK: - Modes

  /// The resume offer if an interrupted interview can be read back, else where `entry` says.
  private func firstMode() -> Mode {
    if let offer = resumeOffer() { return offer }
    return modeAfterResumeOffer()
  }

  private func modeAfterResumeOffer() -> Mode {
    switch entry {
    case .home: return homeMode()
    case .review: return reviewMode()
    case .step(let deckID): return stepMode(deckID: deckID)
    case .drill(let request):
      return .practice(
        PracticeNavigator(
          drilling: request, library: library, store: store, now: MonotonicClock.now()))
    case .setup: return .setup(setupForm())
    case .interview: return startInterview(settings)
    }
  }

  private func resumeOffer() -> Mode? {
    guard let waiting = try? store.resumable() else { return nil }
    guard let interview = try? JSONDecoder().decode(Interview.self, from: waiting.snapshot) else {
      // A snapshot this version cannot read is kept as a transcript, not offered again.
      try? store.declineResume(sessionID: waiting.summary.id)
      banner = "An interrupted interview could not be resumed; it is kept as a transcript."
      return nil
    }
    let draft = interview.draft?.text ?? ""
    let offer = ResumeOffer(
      company: waiting.summary.company, position: waiting.summary.position,
      started: Timestamp.short(waiting.summary.started), whereabouts: interview.whereabouts,
      draftPreview: draft)
    return .resumeOffer(offer, sessionID: waiting.summary.id, interview: interview)
  }

  /// The home screen, counting the transcripts there are to review and the questions due.
  private func homeMode(highlighting item: HomeMenu.Item? = nil) -> Mode {
    let saved = (try? store.sessionCount()) ?? 0
    let due = DrillQueue.dueCount(
      in: library.decks, progress: allProgress() ?? [:], today: StudyDay.today)
    var menu = HomeMenu(savedTranscripts: saved, dueQuestions: due)
    // Back from review or practice, its entry stays highlighted, as in any menu.
    switch item {
    case .review?: menu.highlight(.review(saved: saved))
    case .drill?: menu.highlight(.drill(due: due))
    case let item?: menu.highlight(item)
    case nil: break
    }
    return .home(menu)
  }

  /// Stars, schedules and latest answers of every loaded deck's cards; nil if the store failed.
  private func allProgress() -> [CardKey: CardProgress]? {
    try? store.progress(for: library.decks.flatMap { DeckCard.cards(of: $0).map(\.key) })
  }

  /// Stepping through `deckID`, or the deck picker first.
  private func stepMode(deckID: String?) -> Mode {
    .practice(
      PracticeNavigator(
        stepping: deckID, library: library, store: store, readOnlyReason: readOnlyReason,
        mode: settings.mode))
  }

  /// A drill from the home screen: what is due today, or, with nothing due, every question,
  /// never-drilled ones first.
  private func homeDrillMode() -> Mode? {
    guard readOnlyReason == nil else {
      banner = readOnlyReason
      return nil
    }
    let today = StudyDay.today
    let progress = allProgress() ?? [:]
    let due = DrillQueue.dueCount(in: library.decks, progress: progress, today: today)
    let cards = DrillQueue.cards(
      from: library.decks, progress: progress, today: today, dueOnly: due > 0, segment: nil)
    guard !cards.isEmpty else {
      banner = "No questions to drill: the decks are empty."
      return nil
    }
    let request = DrillRequest(
      cards: cards, progress: progress, mode: settings.mode, today: today, deckID: "",
      deckTitle: due > 0 ? "Questions due today" : "Questions from every deck")
    return .practice(
      PracticeNavigator(
        drilling: request, library: library, store: store, now: MonotonicClock.now()))
  }

  /// The transcript list, with `sessionID`'s transcript open over it if given; leaving it goes
  /// home, or ends the app when it was not opened from home.
  private func reviewMode(opening sessionID: Int64? = nil) -> Mode {
    .review(
      ReviewNavigator(
        store: store, readOnlyReason: readOnlyReason, rows: screenSize.rows,
        columns: screenSize.columns, opening: sessionID))
  }

  /// The decks the form offers, ←/→ cycling through them: the general ones first, then the
  /// role packs, so that a role's own deck can be rehearsed on its own too.
  private var deckChoices: [SetupForm.DeckChoice] {
    let general = library.decks.filter(\.roles.isEmpty)
    let packs = library.decks.filter { !$0.roles.isEmpty }
    return (general + packs).map { SetupForm.DeckChoice(id: $0.id, title: $0.title) }
  }

  private func setupForm() -> SetupForm {
    SetupForm(settings: settings, decks: deckChoices, roles: library.roles)
  }

  /// The interview for `settings`, or the setup form showing why it cannot start.
  private func startInterview(_ settings: RehearsalSettings) -> Mode {
    var form = SetupForm(settings: settings, decks: deckChoices, roles: library.roles)
    guard let deck = library.deck(withID: settings.deckID) else {
      form.show(problem: "unknown deck '\(settings.deckID)'")
      return .setup(form)
    }
    switch InterviewPlanner.plan(settings: settings, deck: deck, library: library) {
    case .failure(let problem):
      form.show(problem: problem.description)
      return .setup(form)
    case .success(let plan):
      do {
        return .interview(
          try RecordedInterview(
            plan: plan, deckTitle: deck.title, store: store, now: MonotonicClock.now()))
      } catch {
        form.show(problem: error.description)
        return .setup(form)
      }
    }
  }

  // MARK: - Drawing

  private func draw(on screen: CursesScreen) {
    // Every screen's render clears the frame itself.
    var target = screen
    let size = screen.size
    if LayoutClass(rows: size.rows, columns: size.columns) == .tooSmall {
      TooSmallScreen.render(into: &target)
      return
    }
    switch mode {
    case .home(let menu):
      HomeScreen.render(menu, version: SecondRound.version, into: &target)
    case .resumeOffer(let offer, _, _):
      ResumeScreen.render(offer, showingHelp: isShowingResumeHelp, into: &target)
    case .setup(let form):
      SetupScreen.render(form, into: &target)
      if isShowingSetupHelp { HelpOverlay.render(SetupKeys.help(for: form), into: &target) }
    case .interview(let recorded):
      let context = InterviewScreenContext(
        transcriptPath: "\(store.path) (session \(recorded.sessionID))",
        saveProblem: recorded.saveProblem)
      InterviewScreen.render(recorded.interview, context: context, into: &target)
    case .review(let navigator):
      navigator.render(into: &target)
    case .practice(let navigator):
      navigator.render(into: &target)
    }
    if let banner, case .home = mode {
      target.write(banner, row: size.rows - 2, column: 0, style: Style(.error))
    }
  }

  /// Until the next clock second or autosave, whichever is sooner.
  private func timeout(now: Int64) -> Int {
    let deadline: Int64?
    switch mode {
    case .interview(let recorded):
      deadline = recorded.autosaveDeadline
    case .practice(let navigator) where navigator.isTiming:
      deadline = navigator.autosaveDeadline
    default:
      return 1_000
    }
    var wait = Self.tickMilliseconds
    if let deadline {
      wait = min(wait, Int(max(0, deadline - now)))
    }
    return wait
  }

  // MARK: - Keys

  /// Handles one key; returns an exit code when the app should end.
  private func handle(_ key: Key, screen: CursesScreen, now: Int64) -> Int32? {
    switch key {
    case .control("c"):
      return interrupt(exitCode: 130, now: now)
    case .control("l"):
      screen.invalidate()
      return nil
    case .resize:
      // Review pages keep their scroll and selection in step with the size.
      if case .review(let navigator) = mode {
        _ = navigator.handle(key, rows: screen.size.rows, columns: screen.size.columns)
      }
      return nil
    default:
      break
    }
    let size = screen.size
    guard LayoutClass(rows: size.rows, columns: size.columns) != .tooSmall else { return nil }
    banner = nil
    switch mode {
    case .home(var menu):
      let chosen = HomeKeys.handle(key, menu: &menu)
      mode = .home(menu)
      switch chosen {
      case .rehearse: mode = .setup(setupForm())
      case .stepThroughDecks:
        practiceItem = .stepThroughDecks
        mode = stepMode(deckID: nil)
      case .drill:
        practiceItem = .drill(due: 0)
        if let drill = homeDrillMode() { mode = drill }
      case .review: mode = reviewMode()
      case .quit: return 0
      case nil: break
      }
    case .resumeOffer(_, let sessionID, let interview):
      if isShowingResumeHelp {
        // Any key leaves the help, as everywhere else.
        isShowingResumeHelp = false
        return nil
      }
      switch ResumeKeys.handle(key) {
      case .toggleHelp:
        isShowingResumeHelp = true
      case .resume:
        mode = .interview(
          RecordedInterview(resuming: interview, sessionID: sessionID, store: store, now: now))
      case .keep:
        try? store.declineResume(sessionID: sessionID)
        mode = modeAfterResumeOffer()
      case nil:
        break
      }
    case .setup(var form):
      if isShowingSetupHelp {
        // Any key leaves the help, as in the interview.
        isShowingSetupHelp = false
        return nil
      }
      if key == .function(1) {
        isShowingSetupHelp = true
        return nil
      }
      let outcome = SetupKeys.handle(key, form: &form)
      mode = .setup(form)
      switch outcome {
      case .start(let chosen):
        mode = startInterview(chosen)
      case .cancel:
        if case .home = entry {
          mode = homeMode()
        } else {
          return 0
        }
      case nil:
        break
      }
    case .review(let navigator):
      if navigator.handle(key, rows: size.rows, columns: size.columns) == .leave {
        guard case .home = entry else { return 0 }
        mode = homeMode(highlighting: .review(saved: 0))
      }
    case .practice(let navigator):
      if navigator.handle(key, rows: size.rows, columns: size.columns, now: now) == .leave {
        guard case .home = entry else { return 0 }
        mode = homeMode(highlighting: practiceItem)
      }
    case .interview(let recorded):
      if recorded.isFinished, !recorded.interview.isShowingHelp {
        // Back to where the rehearsal was started from, or on to its transcript in review.
        if key == .character("q") {
          guard case .home = entry else { return 0 }
          mode = homeMode(highlighting: .rehearse)
          return nil
        }
        if key == .enter {
          mode = reviewMode(opening: recorded.sessionID)
          return nil
        }
      }
      let width = InterviewScreen.editorWidth(rows: size.rows, columns: size.columns)
      if let action = InterviewKeys.action(
        for: key, in: recorded.interview, editorWidth: width, rows: size.rows,
        columns: size.columns)
      {
        recorded.send(action, at: now)
      }
    }
    return nil
  }

  /// Saves the draft, marks the session interrupted and returns `exitCode`.
  private func interrupt(exitCode: Int32, now: Int64) -> Int32 {
    switch mode {
    case .interview(let recorded):
      guard !recorded.isFinished else { break }
      recorded.interrupt(now: now)
      interruptMessage = Self.interruptMessage(
        what: "your interview", sessionID: recorded.sessionID, problem: recorded.saveProblem,
        storePath: store.path, resume: "Run 'secondround' to resume it.")
    case .review(let navigator):
      navigator.saveUnfinishedNote(rows: screenSize.rows, columns: screenSize.columns)
    case .practice(let navigator):
      guard let drill = navigator.liveDrill, !drill.isFinished else { break }
      navigator.interrupt(now: now)
      interruptMessage = Self.interruptMessage(
        what: "your drill", sessionID: drill.sessionID, problem: drill.saveProblem,
        storePath: store.path, resume: "See it with 'secondround review'.")
    default: break
    }
    return exitCode
  }

  /// The line printed after an interrupt: where the work went, or why it could not be saved.
  static func interruptMessage(
    what: String, sessionID: Int64?, problem: String?, storePath: String, resume: String
  ) -> String {
    if let problem {
      return "secondround: interrupted; \(what) could not be saved: \(problem)"
    }
    guard let sessionID else { return "secondround: interrupted; nothing was typed to save." }
    return "secondround: interrupted; \(what) is saved in \(storePath) (session \(sessionID))."
      + " " + resume
  }
}
