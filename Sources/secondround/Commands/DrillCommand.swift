import ArgumentParser
import Foundation
import InterviewCore
import SessionRuntime
import TerminalUI
import TranscriptStore

/// `secondround drill`: answer single questions, timed, then grade them for spaced re-practice.
struct DrillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill",
    abstract: "Drill single questions: answer, grade 1–4, and SM-2 schedules the next time.",
    discussion: """
      Each question is answered and timed as in a rehearsal and saved as a drill in your \
      transcripts. Then grade it: 1 again, 2 hard, 3 good, 4 easy. The SM-2 algorithm decides \
      when it is due again. Questions due come first, then ones never drilled, then the rest.

      With --plain, or without a terminal on stdin and stdout, each question is printed with \
      its card number and segment, the answer is one line, and the grade is typed as 1 to 4 \
      (':help' lists the commands; a bad grade from a pipe exits 64). Answers from a pipe are \
      not timed. With nothing to drill it exits 0 saying when the next question is due.
      """)

  @Option(help: ArgumentHelp("Drill only this deck (default: every deck).", valueName: "ID|PATH"))
  var deck: String?

  @Flag(help: "Only the questions due today.")
  var due = false

  @Option(
    help: ArgumentHelp(
      "Only this segment: behavioural, technical, culture or salary.", valueName: "SEGMENT"))
  var segment: DrilledSegment?

  @Option(
    help: ArgumentHelp("Answer by typing, or aloud with brief notes.", valueName: "typed|spoken"))
  var mode: AnswerMode = .typed

  @Flag(help: "Line by line, for screen readers and scripts (the default without a terminal).")
  var plain = false

  @OptionGroup var jobOption: JobOption

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    if segment?.kind == .questions {
      throw ValidationError(
        "--segment questions: your own questions for the employer are not drilled; choose "
          + "behavioural, technical, culture or salary")
    }
  }

  func run() throws {
    let environment = ProcessEnvironment.current
    let jobDescription = try jobOption.jobDescription()
    var library = loadDeckLibrary(environment: environment)
    let decks: [Deck]
    if deck != nil {
      let id = try resolveDeck(deck, into: &library)
      decks = library.deck(withID: id).map { [$0] } ?? []
    } else {
      decks = library.decks
    }
    let store = try openStore(flag: storeOptions.dataDirectory, environment: environment)
    let today = StudyDay.today
    let progress = try practiceProgress(of: decks, in: store)
    let cards = DrillQueue.cards(
      from: decks, progress: progress, today: today, dueOnly: due, segment: segment?.kind)
    guard !cards.isEmpty else {
      print(nothingToDrill(decks: decks, progress: progress, today: today))
      return
    }
    let title =
      decks.count == 1
      ? decks[0].title : due ? "Questions due today" : "Questions from every deck"
    let request = DrillRequest(
      cards: cards, progress: progress, mode: mode, today: today,
      deckID: decks.count == 1 ? decks[0].id : "", deckTitle: title,
      jobDescription: jobDescription)
    let isTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    if plain || !isTerminal {
      try runPlain(request, store: store)
      return
    }
    let app = FullScreenApp(
      library: library, store: store, settings: RehearsalSettings(), start: .drill(request))
    let code = app.run()
    if code != 0 { throw ExitCode(code) }
  }

  /// The drill line by line; answers read from a pipe are recorded untimed.
  private func runPlain(_ request: DrillRequest, store: TranscriptDatabase) throws {
    ExitSignal.install()
    let interactive = isatty(STDIN_FILENO) == 1
    let now = MonotonicClock.now()
    let drill = Drill(
      cards: request.cards, progress: request.progress, mode: request.mode,
      today: request.today, startingAt: now, jobDescription: request.jobDescription,
      untimed: !interactive)
    let recorded = RecordedDrill(
      drill: drill, deckID: request.deckID, deckTitle: request.deckTitle, store: store, now: now)
    var session = PlainDrill(recorded: recorded, interactive: interactive)
    var reader = LineReader()
    let code = try session.run(reader: &reader)
    if code != 0 { throw ExitCode(code) }
  }

  /// Why there is nothing to drill, and when there will be.
  private func nothingToDrill(decks: [Deck], progress: [CardKey: CardProgress], today: StudyDay)
    -> String
  {
    guard due else {
      let what = segment.map { "no \($0.kind.rawValue) questions" } ?? "no questions to drill"
      return "The deck has \(what)."
    }
    return DrillQueue.nothingDue(
      among: decks.flatMap(DeckCard.cards(of:)), progress: progress, today: today,
      howToSchedule: "drill a question ('secondround drill', or d while stepping through a "
        + "deck) and grade it to schedule it.")
  }
}

/// What a drill needs to start: the cards in order and what the store knew of them.
struct DrillRequest {
  /// The cards, in drilling order.
  var cards: [DeckCard]
  /// Their stars, schedules and latest answers.
  var progress: [CardKey: CardProgress]
  /// Typed or spoken.
  var mode: AnswerMode
  /// The day grades are scheduled from.
  var today: StudyDay
  /// The deck the session is filed under ("" when the cards come from several).
  var deckID: String
  /// The title the session is filed under.
  var deckTitle: String
  /// The job description given with `--job`, if any.
  var jobDescription: String?
}

/// Stars, schedules and latest answers of every card of `decks`, or the store's one-line error.
func practiceProgress(of decks: [Deck], in store: TranscriptDatabase) throws
  -> [CardKey: CardProgress]
{
  let keys = decks.flatMap { DeckCard.cards(of: $0).map(\.key) }
  do {
    return try store.progress(for: keys)
  } catch {
    throw TranscriptAccess.report(error)
  }
}

/// `--segment`: any segment's name parses, so `questions` gets its own explanation, but the
/// help lists only the segments that are drilled.
struct DrilledSegment: ExpressibleByArgument {
  /// The segment named.
  var kind: SegmentKind

  init?(argument: String) {
    guard let kind = SegmentKind(rawValue: argument) else { return nil }
    self.kind = kind
  }

  static var allValueStrings: [String] {
    SegmentKind.allCases.filter { $0 != .questions }.map(\.rawValue)
  }

  var defaultValueDescription: String { kind.rawValue }
}
