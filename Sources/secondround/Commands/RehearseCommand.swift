import ArgumentParser
import Foundation
import InterviewCore
import SessionRuntime
import TerminalUI
import TranscriptStore

/// `secondround rehearse`: a timed mock second interview, saved as you go.
struct RehearseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rehearse",
    abstract: "Rehearse a timed mock second interview; every answer is saved as you go.",
    discussion: """
      Opens a setup form prefilled from the flags (--start skips it), then the panel takes you \
      through the segments. Without a terminal on stdin and stdout, or with --plain, questions \
      are printed and each answer is a line (':help' lists the commands, such as ':skip'); on a \
      terminal the line can be edited and Alt-Enter continues it on a new row.

      With --plain on a terminal and no --company or --position, each setting is asked on a \
      line of its own. With --start, or from a pipe, there is no form: --company and --position \
      default to the last interview's, and your first rehearsal needs both. Answers from a pipe \
      are untimed: end of input ends the interview and saves it as finished.
      """)

  @Option(help: ArgumentHelp("The deck to draw questions from.", valueName: "ID|PATH"))
  var deck: String?

  @Option(help: ArgumentHelp("The employer, filled in for {company}.", valueName: "NAME"))
  var company: String?

  @Option(help: ArgumentHelp("The job title, filled in for {position}.", valueName: "TITLE"))
  var position: String?

  @Option(
    help: ArgumentHelp(
      "Ask the deck's questions for this role first; its role pack fills what the deck lacks "
        + "(see 'decks list').", valueName: "ROLE")
  )
  var role: String?

  @Flag(
    name: .customLong("role-pack"),
    help: ArgumentHelp(
      "Draw from the --role pack even when the deck has enough questions for the role "
        + "(with a bundled deck, the pack is always drawn from)."))
  var rolePack = false

  @Option(
    help: ArgumentHelp(
      "Segments to run, in order: behavioural,technical,culture,salary,questions.",
      valueName: "LIST"))
  var segments: String?

  @Option(
    name: .customLong("per-segment"),
    help: ArgumentHelp("Questions per segment (1–20).", valueName: "N"))
  var perSegment: Int?

  @Option(
    help: ArgumentHelp("Answer by typing, or aloud with brief notes.", valueName: "typed|spoken"))
  var mode: AnswerMode?

  @Flag(inversion: .prefixedNo, help: "Whether interviewers may ask a follow-up question.")
  var followUps = true

  @Option(
    name: .customLong("salary-range"),
    help: ArgumentHelp(
      "Your salary range, shown during the salary segment (e.g. 80000-95000).",
      valueName: "RANGE"))
  var salaryRange: String?

  @Option(
    name: .customLong("walk-away"),
    help: ArgumentHelp(
      "The figure below which you would decline, shown during the salary segment (e.g. 75000).",
      valueName: "FIGURE"))
  var walkAway: String?

  @Option(
    help: ArgumentHelp(
      "The interviewers' names, comma-separated; the follow-up letter greets them.",
      valueName: "NAMES"))
  var interviewers: String?

  // Unconditional: '--seed -1' is a value to refuse as such ("invalid"), not a missing value
  // followed by an unknown flag.
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Draw the same questions every time.", valueName: "N"))
  var seed: UInt64?

  @Option(
    help: ArgumentHelp(
      "Spoken mode: the command that records an answer, {out} standing for the WAV file "
        + "(default: arecord, rec, pw-record or parecord, whichever is installed).",
      valueName: "CMD"))
  var recorder: String?

  @Option(
    help: ArgumentHelp(
      "The command that plays a recording, {in} standing for the file (default: aplay, play, "
        + "pw-play or paplay).", valueName: "CMD"))
  var player: String?

  @Flag(help: "Read each question aloud with espeak-ng, a voice for each interviewer.")
  var voice = false

  @Flag(help: "Skip the setup form and start at once.")
  var start = false

  @Flag(help: "Line-by-line questions and answers, for screen readers and scripts.")
  var plain = false

  @Flag(help: "With --plain: resume the interrupted interview without asking.")
  var resume = false

  @Flag(name: .customLong("new"), help: "With --plain: start anew, leaving an interrupted one.")
  var startNew = false

  @OptionGroup var feedbackOptions: FeedbackOptions

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    if resume && startNew { throw ValidationError("--resume and --new cannot be used together") }
    if let segments, case .failure(let problem) = RehearsalSettings.segments(from: segments) {
      throw ValidationError("--segments: \(problem)")
    }
    if let perSegment, !RehearsalSettings.questionsPerSegmentRange.contains(perSegment) {
      throw ValidationError("--per-segment must be 1–20, not \(perSegment)")
    }
    if let walkAway, let problem = SetupForm.walkAwayProblem(walkAway) {
      throw ValidationError("--walk-away: \(problem)")
    }
    // Typed answers record nothing: a recorder asked for then would be silently unused.
    if mode == .typed, recorder != nil {
      throw ValidationError("--recorder records spoken answers; add --mode spoken")
    }
    for (flag, value) in [
      ("--company", company), ("--position", position), ("--role", role),
      ("--salary-range", salaryRange), ("--walk-away", walkAway),
      ("--interviewers", interviewers),
    ] {
      if let value, value.containsForbiddenControl || value.contains("\n") {
        throw ValidationError("\(flag) holds a control character: '\(value.inert)'")
      }
    }
  }

  /// `text` without spaces at its ends, or nil when nothing is left: the form's optional fields
  /// read the same way.
  private static func given(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The fields of the setup form no flag gave, for plain mode to ask on a terminal. The
  /// follow-ups and role-pack flags cannot tell their default from a flag given, so they are
  /// asked unless given the other way (`--no-follow-ups`, `--role-pack`).
  var fieldsToAsk: Set<PlainSetup.Field> {
    let given: [(PlainSetup.Field, Bool)] = [
      (.company, company != nil), (.position, position != nil), (.deck, deck != nil),
      (.role, role != nil), (.rolePack, rolePack), (.segments, segments != nil),
      (.questionsPerSegment, perSegment != nil), (.mode, mode != nil),
      (.followUps, !followUps), (.feedback, feedbackOptions.feedback != nil),
      (.salaryRange, salaryRange != nil), (.walkAway, walkAway != nil),
      (.interviewers, interviewers != nil), (.jobDescription, feedbackOptions.jobOption.job != nil),
    ]
    return Set(given.filter { !$0.1 }.map(\.0))
  }

  /// The settings the flags ask for, over the defaults.
  var settings: RehearsalSettings {
    var settings = RehearsalSettings()
    settings.company = company ?? ""
    settings.position = position ?? ""
    if let role { settings.role = role }
    settings.rolePack = rolePack
    if let segments, case .success(let kinds) = RehearsalSettings.segments(from: segments) {
      settings.segments = kinds
    }
    if let perSegment { settings.questionsPerSegment = perSegment }
    if let mode { settings.mode = mode }
    settings.followUps = followUps
    settings.salaryRange = salaryRange.flatMap(Self.given)
    settings.walkAway = walkAway.flatMap(Self.given)
    settings.interviewers = interviewers.flatMap(Interviewers.normalized)
    settings.seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
    if let timing = feedbackOptions.feedback { settings.feedback = timing }
    if voice { settings.voice = true }
    return settings
  }

  func run() throws {
    let environment = ProcessEnvironment.current
    var library = loadDeckLibrary(environment: environment)
    var settings = settings
    settings.jobDescription = try feedbackOptions.jobDescription()
    settings.deckID = try resolveDeck(deck, into: &library)
    if let role = settings.role, !library.roles.contains(role) {
      let known = library.roles.joined(separator: ", ")
      throw Terminal.failure(
        "unknown role '\(role.inert)'; choose from \(known) (see 'secondround decks list')")
    }
    let isTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    let runsPlain = plain || !isTerminal
    // Without a form, a company or position not given is the last interview's: a second
    // rehearsal is usually for the same job.
    if start || runsPlain, company == nil || position == nil, let last = lastInterview() {
      if company == nil { settings.company = last.company }
      if position == nil { settings.position = last.position }
    }
    // The panel is usually the same one as last time for the same company.
    if interviewers == nil { settings = settings.prefillingInterviewers(from: lastInterview()) }
    // On a terminal the form is asked a line at a time instead, prefilled as the form would be:
    // once no interrupted interview is taken up instead (`PlainRehearsal` asks that first).
    var setup: PlainSetup?
    if runsPlain, !start, company == nil || position == nil, LineReader.editsOnTerminal {
      if deck == nil, let last = lastInterview(), library.deck(withID: last.deckID) != nil {
        settings.deckID = last.deckID
      }
      setup = PlainSetup(
        settings: settings,
        decks: library.listings.map { SetupForm.DeckChoice(id: $0.id, title: $0.title) },
        roles: library.roles, asking: fieldsToAsk)
    }
    // Without a form to fix them in, missing settings are a usage error, found before the store
    // is created.
    if runsPlain, setup == nil, let problem = settings.problem {
      let missing = settings.company.isEmpty || settings.position.isEmpty
      let advice =
        missing
        ? "; pass --company and --position (they default to the last interview's)"
        : " (see 'secondround rehearse --help')"
      throw Terminal.failure("\(problem)\(advice)")
    }
    if runsPlain {
      // Without the line editor no key is seen before the line ends, so neither clock would
      // mean anything: answers from a pipe are untimed, shown so and left out of time trends.
      if !LineReader.editsOnTerminal { settings.untimed = true }
      let store = try openStore(flag: storeOptions.dataDirectory, environment: environment)
      var rehearsal = PlainRehearsal(settings: settings, library: library, store: store)
      rehearsal.waiting = resume ? .resume : startNew ? .startNew : .ask
      rehearsal.setup = setup
      rehearsal.recorderOption = recorder
      rehearsal.playerOption = player
      let code = try rehearsal.run()
      if code != 0 { throw ExitCode(code) }
      return
    }
    let directory = try dataDirectory(flag: storeOptions.dataDirectory, environment: environment)
    // A recorder or voice asked for that cannot work is one line before the screen opens; the
    // form checks again when spoken mode or the voice is chosen there.
    let spokenOptions = SpokenOptions(recorder: recorder, player: player, environment: environment)
    do {
      _ = try spokenOptions.parts(for: settings, dataDirectory: directory)
    } catch {
      throw Terminal.failure(error.message.inert, exitCode: SpokenParts.unavailable)
    }
    // With --start the briefing is on screen before the store is opened: opening it (creating
    // it, the first time) is most of start-up, and the briefing needs nothing from it. What the
    // store has to say still comes before any key is read: something to resume replaces the
    // briefing, and a store that cannot be opened ends the app as it would have before.
    var early: CursesScreen?
    if start {
      guard let screen = FullScreenApp.startScreen() else { throw ExitCode(69) }
      FullScreenApp.drawBriefing(settings: settings, library: library, on: screen)
      early = screen
    }
    let opened: OpenedStore
    do {
      opened = try OpenedStore(directory: directory)
    } catch {
      // The terminal is restored first, so the line naming the problem is left readable.
      early?.stop()
      throw TranscriptAccess.report(error)
    }
    let store = opened.store
    if deck == nil, !start, let last = lastRehearsedDeck(in: store, library: library) {
      // The form opens on the deck last rehearsed: most people rehearse one role for a while.
      settings.deckID = last
    }
    let app = FullScreenApp(
      library: library, store: store, settings: settings,
      start: start ? .interview : .setup, spokenOptions: spokenOptions)
    let code: Int32
    if let early {
      code = app.run(on: early, notes: opened.notes)
    } else {
      opened.notes.forEach(Terminal.error)
      code = app.run()
    }
    if code != 0 { throw ExitCode(code) }
  }
}

extension RehearseCommand {
  /// The newest interview (not drill) in the store, if there is a store to read; none is made.
  fileprivate func lastInterview() -> SessionSummary? {
    let environment = ProcessEnvironment.current
    guard
      let directory = DataDirectory.path(
        flag: storeOptions.dataDirectory, environment: environment),
      FileManager.default.fileExists(atPath: directory + "/" + TranscriptDatabase.fileName),
      let store = try? TranscriptDatabase.open(directory: directory, access: .readOnly)
    else { return nil }
    defer { store.close() }
    // Drills have no company; a few dozen sessions back is far enough to look for one.
    let recent = (try? store.sessions(limit: 50)) ?? []
    return recent.first { $0.kind == .interview && !$0.company.isEmpty && !$0.position.isEmpty }
  }
}

extension AnswerMode: ExpressibleByArgument {}

/// The deck of the latest interview rehearsed, if it is still loaded; nil with none (or a store
/// that cannot be read, which the app reports on its own screens).
func lastRehearsedDeck(in store: TranscriptDatabase, library: DeckLibrary) -> String? {
  guard let sessions = try? store.sessions(limit: 50),
    let last = sessions.first(where: { $0.kind == .interview }),
    library.deck(withID: last.deckID) != nil
  else { return nil }
  return last.deckID
}

/// The bundled decks and the user's own; broken user decks are reported on stderr and skipped,
/// never fatal, for every command that reads decks.
func loadDeckLibrary(environment: [String: String]) -> DeckLibrary {
  let library = DeckLibrary.load(
    userDeckDirectory: UserDeckDirectory.path(environment: environment))
  for problem in library.problems {
    problem.lines.forEach(Terminal.error)
  }
  let count = library.problems.count
  if count > 0 {
    Terminal.error(
      "secondround: skipped \(counted(count, "deck file")) with errors; "
        + "the other decks are loaded")
  }
  return library
}

/// The id of the deck `argument` names: a loaded deck's id, or a file, which is loaded and
/// added. With no argument, the general second-interview deck.
func resolveDeck(_ argument: String?, into library: inout DeckLibrary) throws -> String {
  guard let argument else { return "second-interview" }
  if library.deck(withID: argument) != nil { return argument }
  let looksLikePath =
    argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
  guard looksLikePath else {
    let known = library.listings.map(\.id).joined(separator: ", ")
    throw Terminal.failure(
      "unknown deck '\(argument.inert)'; choose from \(known), or give a path "
        + "(see 'secondround decks list')")
  }
  let result = DeckLoader.load(path: argument)
  if case .success(let loaded) = result, let existing = library.deck(withID: loaded.deck.id),
    existing.source == loaded.deck.source
  {
    return existing.id
  }
  if let failure = library.add(result) {
    failure.lines.forEach(Terminal.error)
    throw ExitCode(failure.exitCode)
  }
  if case .success(let loaded) = result { return loaded.deck.id }
  return "second-interview"
}

/// The data directory the flag and the environment name, or fails with one line.
func dataDirectory(flag: String?, environment: [String: String]) throws -> String {
  guard let directory = DataDirectory.path(flag: flag, environment: environment) else {
    throw Terminal.failure("no home directory to keep transcripts in; pass --data-dir DIR")
  }
  return directory
}

/// Opens the transcript store for writing, or fails with one line naming the problem.
func openStore(flag: String?, environment: [String: String]) throws -> TranscriptDatabase {
  let directory = try dataDirectory(flag: flag, environment: environment)
  do {
    let opened = try OpenedStore(directory: directory)
    opened.notes.forEach(Terminal.error)
    return opened.store
  } catch {
    throw TranscriptAccess.report(error)
  }
}

/// The store opened for writing, emergency files taken back, and the lines to print about files
/// kept: printed by the caller, after the screen is restored if it is up.
struct OpenedStore {
  /// The store.
  let store: TranscriptDatabase
  /// Notes for stderr, one a line.
  let notes: [String]

  /// Opens the store in `directory`; throws what `TranscriptDatabase.open` throws, for
  /// `TranscriptAccess.report`.
  init(directory: String) throws(StoreError) {
    store = try TranscriptDatabase.open(directory: directory, access: .readWrite)
    notes = recoverEmergencyFiles(into: store)
  }
}

/// Takes back text an earlier run could not save (see `EmergencyFile`): restored into its
/// session, where the resume offer shows it; a file whose session is gone is named once, in the
/// note returned.
func recoverEmergencyFiles(into store: TranscriptDatabase) -> [String] {
  let directories = EmergencyFile.directories(
    storePath: store.path, environment: ProcessEnvironment.current)
  return EmergencyFile.recover(into: store, from: directories, clock: Date.init).kept.map {
    path in
    "secondround: note: text an earlier rehearsal could not save is kept in \(path.inert)"
  }
}

extension StoreError {
  /// The sysexits code for this failure: 66 for an id that is not stored, 73 when the store
  /// cannot be created, 75 (try again later) when another process holds the store's opening
  /// or the session, 74 otherwise.
  var exitCode: Int32 {
    switch self {
    case .noSuchSession, .noSuchEntry: return 66
    case .inUse, .sessionInUse: return 75
    case .directory, .cannotOpen, .readOnly: return 73
    default: return 74
    }
  }
}
