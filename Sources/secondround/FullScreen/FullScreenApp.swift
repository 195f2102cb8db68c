import AppFlow
import Foundation
import InterviewCore
import SessionRuntime
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

  private let library: DeckLibrary
  private let store: TranscriptDatabase
  private let settings: RehearsalSettings
  private let entry: Entry
  /// Why ratings and notes cannot be saved (a rehearsal elsewhere holds the store), if so.
  private let readOnlyReason: String?
  /// Every decision: which page shows and what a key does there.
  private var flow: FullScreenFlow
  /// The live interview's recorder, while the flow's page is the interview.
  private var recorded: RecordedInterview?
  /// Review's runner, while the flow's page is review.
  private var review: ReviewNavigator?
  /// Practice's runner, while the flow's page is practice.
  private var practice: PracticeNavigator?
  /// What to say on stderr after the screen is restored, when an interrupt left work saved.
  private var interruptMessage: String?
  /// The terminal's size at the last frame, for screens opened between frames.
  private var screenSize = (rows: 24, columns: 80)
  /// The instant of the key being handled, for effects that start clocks.
  private var now: Int64 = 0
  /// The last session's transcript path, as the summary shows it.
  private var keptTranscriptPath: (sessionID: Int64, path: String)?
  /// The interview frame last shown, so a typed character can go straight to its cell.
  private var typingEcho = TypingEcho()
  /// `--recorder` and `--player`, for spoken interviews.
  private let spokenOptions: SpokenOptions
  /// The live interview's recordings, voice and transcriptions, in a spoken interview or one
  /// read aloud.
  private var spoken: FullScreenSpoken?
  /// Interviews left whose transcriptions are still running: they land while the app goes on.
  private var transcribing: [FullScreenSpoken] = []

  /// Whether the page is the interview's.
  private var showsInterview: Bool {
    if case .interview = flow.page { return true }
    return false
  }

  /// How often the clocks on screen are redrawn while nothing is typed.
  private static let tickMilliseconds = 250

  /// An app over `store`, opening at `entry`; `settings` prefill the form. `readOnlyReason`
  /// says why a store opened read-only cannot take ratings and notes.
  init(
    library: DeckLibrary, store: TranscriptDatabase, settings: RehearsalSettings, start: Entry,
    readOnlyReason: String? = nil, spokenOptions: SpokenOptions = SpokenOptions()
  ) {
    self.spokenOptions = spokenOptions
    self.library = library
    self.store = store
    self.settings = settings
    entry = start
    self.readOnlyReason = readOnlyReason
    // The decks the form offers, ←/→ cycling through them: the general ones first, then the
    // role packs, so that a role's own deck can be rehearsed on its own too.
    // Listed, not parsed: the form names every deck, but only the one rehearsed is read.
    let listings = library.listings
    let general = listings.filter(\.roles.isEmpty)
    let packs = listings.filter { !$0.roles.isEmpty }
    let choices = (general + packs).map { SetupForm.DeckChoice(id: $0.id, title: $0.title) }
    let flowEntry: FullScreenEntry
    switch start {
    case .home: flowEntry = .home
    case .setup: flowEntry = .setup
    case .interview: flowEntry = .interview
    case .review: flowEntry = .review
    case .step(let deckID): flowEntry = .step(deckID: deckID)
    case .drill: flowEntry = .drill
    }
    flow = FullScreenFlow(
      entry: flowEntry, settings: settings, decks: choices, roles: library.roles,
      readOnlyReason: readOnlyReason)
  }

  /// Runs until the user quits or a signal arrives; returns the exit code. After an interrupt
  /// (Ctrl-C, SIGTERM, SIGHUP) with something being rehearsed, says on stderr, once the screen
  /// is restored, where it was saved and how to carry on.
  func run() -> Int32 {
    guard let screen = Self.startScreen() else { return 69 }
    return run(on: screen)
  }

  /// Runs on `screen`, started by `startScreen` (and perhaps showing the briefing already); once
  /// the terminal is restored, prints `notes`, then what an interrupt left, on stderr.
  func run(on screen: CursesScreen, notes: [String] = []) -> Int32 {
    let code = runScreen(screen)
    notes.forEach(Terminal.error)
    if let interruptMessage { Terminal.error(interruptMessage) }
    finishTranscriptions(interrupted: interruptMessage != nil)
    return code
  }

  /// Takes over the terminal, exit signals caught; nil, with the reason on stderr, for a
  /// terminal ncurses cannot drive.
  static func startScreen() -> CursesScreen? {
    ExitSignal.install()
    ExitSignal.installSuspendHandler()
    let colorMode: ColorMode =
      ProcessEnvironment.current["NO_COLOR", default: ""].isEmpty ? .color : .monochrome
    guard let screen = CursesScreen.start(colorMode: colorMode) else {
      let name = ProcessEnvironment.current["TERM"] ?? "(unset)"
      Terminal.error(
        "secondround: error: cannot drive terminal type '\(name.inert)'; try --plain")
      return nil
    }
    return screen
  }

  /// Draws on `screen` the briefing of the interview `settings` plan, before the store is
  /// opened: the first frame of `rehearse --start`, the same one the run loop draws once the
  /// session is created. Draws nothing when the settings do not plan (the form says why).
  static func drawBriefing(
    settings: RehearsalSettings, library: DeckLibrary, on screen: CursesScreen
  ) {
    guard let deck = library.deck(withID: settings.deckID),
      case .success(let plan) = InterviewPlanner.plan(
        settings: settings, deck: deck, library: library)
    else { return }
    var target = screen
    let size = screen.size
    if LayoutClass(rows: size.rows, columns: size.columns) == .tooSmall {
      TooSmallScreen.render(into: &target)
    } else {
      InterviewScreen.render(
        Interview(plan: plan), context: InterviewScreenContext(), into: &target)
    }
    screen.present()
  }

  /// The full-screen loop on `screen`; the terminal is restored when it returns.
  private func runScreen(_ screen: CursesScreen) -> Int32 {
    defer {
      // No recording plays on once the app has gone, however it went.
      review?.stopPlayback()
      screen.stop()
    }
    screenSize = screen.size
    now = MonotonicClock.now()
    if let code = run(flow.send(.started(waiting()))) { return code }
    var input = CursesInput()
    var wasTooSmall: Bool?
    while true {
      let now = MonotonicClock.now()
      screenSize = screen.size
      // The clocks stop while the "too small" notice hides the question (the interview and
      // the drill decide how; this only tells them when the notice comes and goes).
      let tooSmall = LayoutClass(rows: screenSize.rows, columns: screenSize.columns) == .tooSmall
      if tooSmall != wasTooSmall {
        recorded?.send(.screenTooSmall(tooSmall), at: now)
        practice?.screenTooSmall(tooSmall, now: now)
        wasTooSmall = tooSmall
      }
      if let signal = ExitSignal.take() { return interrupt(exitCode: 128 + signal, now: now) }
      if ExitSignal.suspendIfRequested() { screen.invalidate() }
      updateSpoken(now: now)
      review?.update(now: now)
      draw(on: screen)
      screen.present()
      // After the frame, never between a key and its echo: a save that falls due waits for
      // the screen to show the key first.
      recorded?.saveIfDue(now: now)
      practice?.saveIfDue(now: now)
      let keys = input.next(timeoutMilliseconds: timeout(now: now))
      let then = MonotonicClock.now()
      if keys.isEmpty {
        // Nothing came: a timeout, or a closed window whose hang-up signal never came, after
        // which every read returns at once. Leave as for SIGHUP rather than spin, saving.
        if input.terminalHungUp() { return interrupt(exitCode: 128 + SIGHUP, now: then) }
        recorded?.send(.tick, at: then)
        practice?.tick(now: then)
      }
      for key in keys {
        if let code = handle(key, screen: screen, now: then) { return code }
      }
    }
  }

  // MARK: - Effects

  /// What waits to be resumed in the store, if anything.
  private func waiting() -> FullScreenFlow.Waiting? {
    guard let waiting = SessionResume.waiting(in: store) else { return nil }
    guard let interview = waiting.interview else {
      return .unreadable(sessionID: waiting.summary.id)
    }
    let offer = ResumeOffer(
      company: waiting.summary.company, position: waiting.summary.position,
      started: Timestamp.short(waiting.summary.started), whereabouts: interview.whereabouts,
      draftPreview: interview.draft?.text ?? "")
    return .offer(offer, sessionID: waiting.summary.id, interview: interview)
  }

  /// Runs `effects` in order, each result sent back before the next runs; returns an exit code
  /// when one of them ends the app.
  private func run(_ effects: [FullScreenFlow.Effect]) -> Int32? {
    // Read in place, by index and through the buffer: taking each effect out of the array, or
    // reading it by subscript, copied it (a large enum, an interview among its cases) on every
    // key, and the array with it.
    var queue = effects
    var next = 0
    while next < queue.count {
      let outcome: (exitCode: Int32?, action: FullScreenFlow.Action?) =
        queue.withUnsafeBufferPointer { queued in
          if case .quit(let code) = queued[next] { return (code, nil) }
          return (nil, self.result(of: queued[next]))
        }
      if let exitCode = outcome.exitCode { return exitCode }
      next += 1
      if let action = outcome.action { queue += flow.send(action) }
    }
    return nil
  }

  private func result(of effect: FullScreenFlow.Effect) -> FullScreenFlow.Action? {
    switch effect {
    case .loadHome(let highlight):
      leaveSpoken()
      recorded = nil
      review = nil
      practice = nil
      let saved = (try? store.sessionCount()) ?? 0
      return .homeLoaded(saved: saved, decks: deckProgress(), highlight: highlight)
    case .loadDrillProgress:
      return .drillProgressLoaded(deckProgress())
    case .declineResume(let sessionID):
      try? store.declineResume(sessionID: sessionID)
      return nil
    case .resume(let interview, let sessionID):
      let resumed = RecordedInterview(
        resuming: interview, sessionID: sessionID, store: store, now: now)
      recorded = resumed
      // Resumed as it was set up; a part that cannot work now (a voice uninstalled since)
      // leaves the interview timed only rather than refused.
      let parts = try? spokenOptions.parts(
        for: interview.plan.settings, dataDirectory: store.directory)
      spoken = parts.flatMap { $0 }.map { FullScreenSpoken(parts: $0, recorded: resumed) }
      return nil
    case .startInterview(let settings):
      return startInterview(settings)
    case .sendToInterview(let action):
      guard let recorded else { return nil }
      // Typed answers, every key: straight to the interview, no array of one made for it.
      guard let spoken else {
        recorded.send(action, at: now)
        return nil
      }
      for action in spoken.actions(for: action, now: now) {
        recorded.send(action, at: now)
      }
      return nil
    case .openReview(let sessionID):
      leaveSpoken()
      recorded = nil
      review = ReviewNavigator(
        store: store, readOnlyReason: readOnlyReason, rows: screenSize.rows,
        columns: screenSize.columns, opening: sessionID, library: library,
        player: spokenOptions.recordingPlayer())
      return nil
    case .openStepper(let deckID):
      practice = PracticeNavigator(
        stepping: deckID, library: library, store: store, readOnlyReason: readOnlyReason,
        mode: settings.mode)
      return nil
    case .openDrill(let choice):
      let request = DrillRequest(
        cards: choice.cards, progress: choice.progress, mode: choice.mode, today: choice.today,
        deckID: "", deckTitle: choice.deckTitle)
      practice = PracticeNavigator(drilling: request, library: library, store: store, now: now)
      return nil
    case .openRequestedDrill:
      guard case .drill(let request) = entry else { return nil }
      practice = PracticeNavigator(drilling: request, library: library, store: store, now: now)
      return nil
    case .loadLetter(let sessionID):
      return .letterLoaded(letterEditor(for: sessionID))
    case .saveLetter(let sessionID, let text):
      do {
        try store.setLetter(text, sessionID: sessionID)
        return .letterSaved(nil)
      } catch {
        return .letterSaved(FlowProblem(error.description))
      }
    case .quit:
      return nil
    }
  }

  /// The editor on session `sessionID`'s letter: as saved, else a draft thanking the panel of
  /// its deck by role.
  private func letterEditor(for sessionID: Int64) -> Result<LetterEditor, FlowProblem> {
    let transcript: Transcript
    do {
      guard let found = try store.session(id: sessionID) else {
        return .failure(FlowProblem("Transcript \(sessionID) is no longer stored."))
      }
      transcript = found
    } catch {
      return .failure(FlowProblem(error.description))
    }
    let summary = transcript.summary
    let panel = library.deck(withID: summary.deckID).map {
      FollowUpLetter.panel(segments: summary.segments, deck: $0)
    }
    return .success(
      LetterEditor(
        sessionID: sessionID, text: FollowUpLetter.text(for: transcript, panel: panel),
        title: "\(summary.company) — \(summary.position)"))
  }

  /// Every loaded deck with its cards' stars, schedules and latest answers, today; a store
  /// that cannot say counts as nothing drilled yet.
  private func deckProgress() -> DeckProgress {
    let keys = library.decks.flatMap { DeckCard.cards(of: $0).map(\.key) }
    return DeckProgress(
      decks: library.decks, progress: (try? store.progress(for: keys)) ?? [:],
      today: StudyDay.today)
  }

  /// Plans the interview for `settings` and starts recording it, or says why it cannot.
  private func startInterview(_ settings: RehearsalSettings) -> FullScreenFlow.Action? {
    guard let deck = library.deck(withID: settings.deckID) else {
      return .interviewFailed("unknown deck '\(settings.deckID)'", settings)
    }
    switch InterviewPlanner.plan(settings: settings, deck: deck, library: library) {
    case .failure(let problem):
      return .interviewFailed(problem.description, settings)
    case .success(let plan):
      // Checked before the session is created: a voice asked for and missing is said on the
      // form, with nothing left behind.
      let parts: SpokenParts?
      do {
        parts = try spokenOptions.parts(for: settings, dataDirectory: store.directory)
      } catch {
        return .interviewFailed(error.message, settings)
      }
      do {
        let started = try RecordedInterview(
          plan: plan, deckTitle: deck.title, store: store, now: now)
        recorded = started
        spoken = parts.map { FullScreenSpoken(parts: $0, recorded: started) }
        return nil
      } catch {
        return .interviewFailed(error.description, settings)
      }
    }
  }

  // MARK: - Drawing

  private func draw(on screen: CursesScreen) {
    // Every screen's render clears the frame itself.
    var target = screen
    let size = screen.size
    if LayoutClass(rows: size.rows, columns: size.columns) == .tooSmall {
      typingEcho.forget()
      TooSmallScreen.render(into: &target)
      return
    }
    if !showsInterview { typingEcho.forget() }
    switch flow.page {
    case .starting: target.clear()
    case .home(let menu):
      HomeScreen.render(menu, version: SecondRound.version, into: &target)
    case .resumeOffer(let offer, _, _):
      ResumeScreen.render(offer, showingHelp: flow.isShowingHelp, into: &target)
    case .setup(let form):
      SetupScreen.render(form, into: &target)
      if flow.isShowingHelp { HelpOverlay.render(SetupKeys.help(for: form), into: &target) }
    case .interview:
      guard let recorded else { return target.clear() }
      var context = InterviewScreenContext(
        transcriptPath: transcriptPath(of: recorded.sessionID), saveProblem: recorded.saveProblem)
      if let spoken, recorded.interview.plan.settings.mode == .spoken {
        // The meter and the transcriptions change between keys: every frame is drawn whole,
        // and the typed path's echo stays as it was.
        context.spoken = spoken.status
        typingEcho.forget()
        InterviewScreen.render(recorded.interview, context: context, into: &target)
        return
      }
      recorded.withInterview { interview in
        InterviewScreen.render(interview, context: context, into: &target, echoing: &typingEcho)
      }
      return
    case .review:
      review?.render(into: &target)
    case .practice:
      practice?.render(into: &target)
    case .letter(let editor):
      LetterEditorScreen.render(editor, into: &target)
    }
    if let banner = flow.banner, case .home = flow.page {
      target.write(banner, row: size.rows - 2, column: 0, style: Style(.error))
    }
  }

  /// Where session `sessionID` is saved, as the summary names it: built once a session, not
  /// once a frame.
  private func transcriptPath(of sessionID: Int64) -> String {
    if let kept = keptTranscriptPath, kept.sessionID == sessionID { return kept.path }
    let path = "\(store.path) (session \(sessionID))"
    keptTranscriptPath = (sessionID, path)
    return path
  }

  /// Until the next clock second or autosave, or a pause in typing that the word count waits
  /// for, whichever is sooner.
  private func timeout(now: Int64) -> Int {
    let deadline: Int64?
    if let recorded, case .interview = flow.page {
      deadline = recorded.autosaveDeadline
    } else if let practice, practice.isTiming {
      deadline = practice.autosaveDeadline
    } else if let review, review.isPlaying {
      return ReviewNavigator.playbackTickMilliseconds
    } else {
      return 1_000
    }
    var wait = Self.tickMilliseconds
    if let deadline {
      wait = min(wait, Int(max(0, deadline - now)))
    }
    // A word count left behind by keys echoed: drawn once typing pauses.
    return typingEcho.wait(upTo: wait)
  }

  // MARK: - Keys

  /// Handles one key; returns an exit code when the app should end.
  private func handle(_ key: Key, screen: CursesScreen, now: Int64) -> Int32? {
    self.now = now
    let size = screen.size
    switch key {
    case .control("c"):
      return interrupt(exitCode: 130, now: now)
    case .control("l"):
      screen.invalidate()
      return nil
    case .resize:
      // Review pages keep their scroll and selection in step with the size.
      _ = review?.handle(key, rows: size.rows, columns: size.columns)
      return nil
    default:
      break
    }
    guard LayoutClass(rows: size.rows, columns: size.columns) != .tooSmall else { return nil }
    switch flow.page {
    case .review:
      guard review?.handle(key, rows: size.rows, columns: size.columns) == .leave else {
        return nil
      }
      review = nil
      return run(flow.send(.subflowLeft))
    case .practice:
      guard practice?.handle(key, rows: size.rows, columns: size.columns, now: now) == .leave
      else { return nil }
      practice = nil
      return run(flow.send(.subflowLeft))
    default:
      // The interview is lent to the flow, not copied: the effects then edit the answer in
      // place instead of copying it on every key.
      guard let recorded else {
        return run(flow.send(.key(key, live: nil, rows: size.rows, columns: size.columns)))
      }
      let sessionID = recorded.sessionID
      let effects = recorded.withInterview { interview in
        flow.press(
          key, interview: interview, sessionID: sessionID, rows: size.rows,
          columns: size.columns)
      }
      return run(effects)
    }
  }

  /// Saves the draft, marks the session interrupted and returns `exitCode`.
  private func interrupt(exitCode: Int32, now: Int64) -> Int32 {
    switch flow.page {
    case .interview:
      guard let recorded, !recorded.isFinished else { break }
      // What was recorded so far stays with the answer, for the resumed interview to end.
      spoken?.stop()
      recorded.interrupt(now: now)
      interruptMessage = Self.interruptMessage(
        what: "your interview", sessionID: recorded.sessionID, problem: recorded.saveProblem,
        storePath: store.path, resume: "Run 'secondround' to resume it.")
    case .review:
      review?.saveUnfinishedNote(rows: screenSize.rows, columns: screenSize.columns)
    case .letter:
      _ = run(flow.send(.interrupt))
    case .practice:
      guard let drill = practice?.liveDrill, !drill.isFinished else { break }
      practice?.interrupt(now: now)
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

// MARK: - Spoken answers

extension FullScreenApp {
  /// Brings the spoken interview up to date before a frame: the meter, the recorder, the
  /// voice, and the transcriptions of interviews already left.
  fileprivate func updateSpoken(now: Int64) {
    spoken?.update(now: now)
    for run in transcribing { run.takeTranscriptions() }
    transcribing.removeAll { !$0.isTranscribing }
  }

  /// The interview page is left: its recorder stops, and its transcriptions go on landing.
  fileprivate func leaveSpoken() {
    guard let spoken else { return }
    spoken.finish()
    if spoken.isTranscribing { transcribing.append(spoken) }
    self.spoken = nil
  }

  /// Once the screen is restored: waits for the transcriptions still running, saying so on
  /// stderr, unless the app was interrupted (they are then left pending, and sent again on
  /// resume or with `transcripts transcribe`).
  fileprivate func finishTranscriptions(interrupted: Bool) {
    guard !interrupted else { return }
    leaveSpoken()
    let count = transcribing.map(\.answers.outstanding).reduce(0, +)
    guard count > 0 else { return }
    Terminal.error("secondround: waiting for \(counted(count, "transcription")) to finish…")
    for run in transcribing { run.takeTranscriptions(waiting: true) }
    transcribing = []
  }
}
