import InterviewCore
import TerminalUI

/// Where the full-screen app was opened.
public enum FullScreenEntry: Equatable, Sendable {
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
  /// A drill (`secondround drill`).
  case drill
}

/// The full-screen app's pages above review and practice (home, resume offer, setup form, the
/// live interview and its summary), pure: a key or a store result gives the new page and the
/// effects to run. Review and practice are flows of their own, opened and left by effects; the
/// live interview is recorded by the runner, which sends its current value with each key.
public struct FullScreenFlow: Sendable {
  /// What is on screen.
  public enum Page: Sendable {
    /// Nothing yet: the runner is reading what waits to be resumed.
    case starting
    /// The home menu.
    case home(HomeMenu)
    /// The offer to resume an interrupted interview.
    case resumeOffer(ResumeOffer, sessionID: Int64, interview: Interview)
    /// The setup form.
    case setup(SetupForm)
    /// The live interview, recorded by the runner.
    case interview
    /// Review, run as its own flow.
    case review
    /// Stepping or drilling, run as its own flow.
    case practice
    /// The finished interview's follow-up letter, in the editor over its summary.
    case letter(LetterEditor)
  }

  /// An interrupted interview found at start.
  public enum Waiting: Sendable {
    /// One that can be offered.
    case offer(ResumeOffer, sessionID: Int64, interview: Interview)
    /// One this version cannot read back: kept as a transcript, never offered again.
    case unreadable(sessionID: Int64)
  }

  /// The live interview, as the runner's recorder holds it.
  public struct Live: Sendable {
    /// Its current value.
    public var interview: Interview
    /// Its session in the store.
    public var sessionID: Int64

    /// The live interview `interview`, saved as session `sessionID`.
    public init(interview: Interview, sessionID: Int64) {
      self.interview = interview
      self.sessionID = sessionID
    }
  }

  /// What happened.
  public enum Action: Sendable {
    /// The store was read at start: what waits to be resumed, if anything.
    case started(Waiting?)
    /// What the home screen shows, read for `loadHome`: the transcripts saved and the decks'
    /// progress, whose due questions it counts.
    case homeLoaded(saved: Int, decks: DeckProgress, highlight: HomeMenu.Item?)
    /// The decks' progress, read for `loadDrillProgress`: the flow picks the drill from it.
    case drillProgressLoaded(DeckProgress)
    /// A key; `live` is the live interview when one is on screen; the terminal is `rows` by
    /// `columns`.
    case key(Key, live: Live?, rows: Int, columns: Int)
    /// An interview could not start, for this reason; the form shows it.
    case interviewFailed(String, RehearsalSettings)
    /// Review or practice was left.
    case subflowLeft
    /// The letter `loadLetter` asked for, ready to edit, or why it could not be read.
    case letterLoaded(Result<LetterEditor, FlowProblem>)
    /// The letter `saveLetter` asked for was saved, or why not.
    case letterSaved(FlowProblem?)
    /// Ctrl-C or a signal: a letter being edited is saved like a draft.
    case interrupt
  }

  /// What the runner must do. The cases with large payloads are kept out of line: an effect is
  /// made and read on every key, and held inline they made every effect as large as an
  /// interview, copied through a switch over all its parts.
  public enum Effect: Equatable, Sendable {
    /// Count the saved transcripts and read the decks' progress, for the home screen.
    case loadHome(highlight: HomeMenu.Item?)
    /// Read the decks' progress today, for the drill started from home.
    case loadDrillProgress
    /// Keep the interrupted session as a transcript, not offered again.
    case declineResume(Int64)
    /// Record `interview` again from where it stopped, as session `sessionID`.
    indirect case resume(Interview, sessionID: Int64)
    /// Plan and start recording an interview with these settings.
    indirect case startInterview(RehearsalSettings)
    /// Send an action to the live interview.
    case sendToInterview(InterviewAction)
    /// Open review, with this session's transcript over the list if given.
    case openReview(opening: Int64?)
    /// Open stepping through a deck (the picker when nil).
    case openStepper(deckID: String?)
    /// Open a drill of the cards the flow chose (from home).
    indirect case openDrill(DrillChoice)
    /// Open the drill the command line asked for (`secondround drill`).
    case openRequestedDrill
    /// Read session `sessionID`'s letter (as saved, else a draft) for the editor.
    case loadLetter(Int64)
    /// Save `text` as session `sessionID`'s follow-up letter.
    case saveLetter(sessionID: Int64, text: String)
    /// End the app with this exit code.
    case quit(Int32)
  }

  /// The page on screen.
  public private(set) var page: Page = .starting
  /// A one-line problem over the home screen (a resume that could not be read, say).
  public private(set) var banner: String?
  /// Whether the help shows over the resume offer or the setup form (their own screens have
  /// none of their own).
  public private(set) var isShowingHelp = false
  /// Where the app was opened.
  public let entry: FullScreenEntry
  private let settings: RehearsalSettings
  private let decks: [SetupForm.DeckChoice]
  private let roles: [String]
  /// Why drills cannot be saved (the store is open read-only), if so.
  private let readOnlyReason: String?
  /// The home entry practice was opened from, highlighted again on the way back.
  private var opened: HomeMenu.Item = .rehearse

  /// The app opened at `entry`; `settings` prefill the form, which offers `decks` and `roles`.
  /// `readOnlyReason` says why a store opened read-only cannot take a drill.
  public init(
    entry: FullScreenEntry, settings: RehearsalSettings, decks: [SetupForm.DeckChoice],
    roles: [String], readOnlyReason: String? = nil
  ) {
    self.readOnlyReason = readOnlyReason
    self.entry = entry
    self.settings = settings
    self.decks = decks
    self.roles = roles
  }

  /// Applies `action`; returns the effects to run, in order.
  public mutating func send(_ action: Action) -> [Effect] {
    switch action {
    case .started(.offer(let offer, let sessionID, let interview)?):
      page = .resumeOffer(offer, sessionID: sessionID, interview: interview)
      return []
    case .started(.unreadable(let sessionID)?):
      banner = "An interrupted interview could not be resumed; it is kept as a transcript."
      return [.declineResume(sessionID)] + openEntry()
    case .started(nil):
      return openEntry()
    case .homeLoaded(let saved, let decks, let highlight):
      let due = decks.dueCount
      var menu = HomeMenu(savedTranscripts: saved, dueQuestions: due)
      // Back from review or practice, its entry stays highlighted, as in any menu.
      switch highlight {
      case .review?: menu.highlight(.review(saved: saved))
      case .drill?: menu.highlight(.drill(due: due))
      case let item?: menu.highlight(item)
      case nil: break
      }
      page = .home(menu)
      return []
    case .key(let key, let live, let rows, let columns):
      return press(key, live: live, rows: rows, columns: columns)
    case .interviewFailed(let problem, let settings):
      var form = SetupForm(settings: settings, decks: decks, roles: roles)
      form.show(problem: problem)
      page = .setup(form)
      return []
    case .drillProgressLoaded(let known):
      guard let choice = DrillChoice.fromHome(known, mode: settings.mode) else {
        return refuseDrill("No questions to drill: the decks are empty.")
      }
      page = .practice
      return [.openDrill(choice)]
    case .subflowLeft:
      return back(highlighting: opened)
    case .letterLoaded(.success(let editor)):
      page = .letter(editor)
      return []
    case .letterLoaded(.failure(let problem)):
      banner = problem.message
      return []
    case .letterSaved(let problem):
      guard case .letter(var editor) = page else { return [] }
      let outcome = editor.saved(problem: problem?.message)
      page = outcome == .close ? .interview : .letter(editor)
      return []
    case .interrupt:
      guard case .letter(let editor) = page, editor.hasChanges else { return [] }
      return [.saveLetter(sessionID: editor.sessionID, text: editor.buffer.text)]
    }
  }

  /// Where `entry` opens, after any resume offer.
  private mutating func openEntry() -> [Effect] {
    switch entry {
    case .home: return [.loadHome(highlight: nil)]
    case .setup:
      page = .setup(SetupForm(settings: settings, decks: decks, roles: roles))
      return []
    case .interview:
      page = .interview
      return [.startInterview(settings)]
    case .review:
      page = .review
      return [.openReview(opening: nil)]
    case .step(let deckID):
      page = .practice
      return [.openStepper(deckID: deckID)]
    case .drill:
      page = .practice
      return [.openRequestedDrill]
    }
  }

  /// Back on the home screen, which says why the drill did not start.
  private mutating func refuseDrill(_ problem: String) -> [Effect] {
    banner = problem
    return [.loadHome(highlight: .drill(due: 0))]
  }

  /// Back to where the page was opened from: home when the app opened there, else the shell.
  private mutating func back(highlighting item: HomeMenu.Item?) -> [Effect] {
    guard entry == .home else { return [.quit(0)] }
    return [.loadHome(highlight: item)]
  }

  private mutating func press(_ key: Key, live: Live?, rows: Int, columns: Int) -> [Effect] {
    banner = nil
    switch page {
    case .starting, .review, .practice:
      return []
    case .home(var menu):
      let chosen = HomeKeys.handle(key, menu: &menu)
      page = .home(menu)
      switch chosen {
      case .rehearse?:
        page = .setup(SetupForm(settings: settings, decks: decks, roles: roles))
        return []
      case .stepThroughDecks?:
        opened = .stepThroughDecks
        page = .practice
        return [.openStepper(deckID: nil)]
      case .drill?:
        opened = .drill(due: 0)
        // A drill saves every grade: refused before anything is read.
        if let readOnlyReason { return refuseDrill(readOnlyReason) }
        return [.loadDrillProgress]
      case .review?:
        opened = .review(saved: 0)
        page = .review
        return [.openReview(opening: nil)]
      case .quit?: return [.quit(0)]
      case nil: return []
      }
    case .resumeOffer(_, let sessionID, let interview):
      if isShowingHelp {
        // Any key leaves the help, as everywhere else.
        isShowingHelp = false
        return []
      }
      switch ResumeKeys.handle(key) {
      case .toggleHelp?:
        isShowingHelp = true
        return []
      case .resume?:
        page = .interview
        return [.resume(interview, sessionID: sessionID)]
      case .keep?:
        return [.declineResume(sessionID)] + openEntry()
      case nil:
        return []
      }
    case .setup(var form):
      if isShowingHelp {
        isShowingHelp = false
        return []
      }
      if key == .function(1), !form.isConfirmingDiscard {
        isShowingHelp = true
        return []
      }
      let outcome = SetupKeys.handle(key, form: &form)
      page = .setup(form)
      switch outcome {
      case .start(let chosen)?:
        page = .interview
        return [.startInterview(chosen)]
      case .cancel?:
        return back(highlighting: .rehearse)
      case nil:
        return []
      }
    case .letter(var editor):
      let outcome = LetterEditorKeys.handle(key, editor: &editor, rows: rows, columns: columns)
      page = .letter(editor)
      switch outcome {
      case .save(let sessionID, let text)?:
        return [.saveLetter(sessionID: sessionID, text: text)]
      case .close?:
        // Back to the summary, which the live interview still holds.
        page = .interview
        return []
      case nil:
        return []
      }
    case .interview:
      guard let live else { return [] }
      return pressInInterview(
        key, interview: live.interview, sessionID: live.sessionID, rows: rows, columns: columns)
    }
  }

  /// A key, as `send(.key(key, live:…))` with the live interview `interview` of session
  /// `sessionID`, lent instead of copied into an action: the run loop's path for every key
  /// typed, where a copy of the interview cost more than deciding what the key does.
  public mutating func press(
    _ key: Key, interview: borrowing Interview, sessionID: Int64, rows: Int, columns: Int
  ) -> [Effect] {
    guard case .interview = page else {
      return send(
        .key(
          key, live: Live(interview: copy interview, sessionID: sessionID), rows: rows,
          columns: columns))
    }
    banner = nil
    return pressInInterview(
      key, interview: interview, sessionID: sessionID, rows: rows, columns: columns)
  }

  /// What `key` does on the interview page.
  private mutating func pressInInterview(
    _ key: Key, interview: borrowing Interview, sessionID: Int64, rows: Int, columns: Int
  ) -> [Effect] {
    if interview.stage.isSummary, !interview.isShowingHelp {
      // Back to where the rehearsal was started from, or on to its transcript in review.
      if key == .character("q") { return back(highlighting: .rehearse) }
      if key == .enter {
        opened = .review(saved: 0)
        page = .review
        return [.openReview(opening: sessionID)]
      }
      if key == LetterEditorKeys.openKey { return [.loadLetter(sessionID)] }
    }
    let width = InterviewScreen.editorWidth(rows: rows, columns: columns)
    guard
      let action = InterviewKeys.action(
        for: key, in: interview, editorWidth: width, rows: rows, columns: columns)
    else { return [] }
    return [.sendToInterview(action)]
  }
}
