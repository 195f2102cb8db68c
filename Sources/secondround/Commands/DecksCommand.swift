import ArgumentParser
import Foundation
import InterviewCore

/// `secondround decks`: list, show, check and start question decks.
struct DecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decks",
    abstract: "List, show, check and create question decks.",
    discussion: """
      Bundled decks ship inside secondround. Your own decks are the *.yaml files in \
      $XDG_CONFIG_HOME/secondround/decks (default ~/.config/secondround/decks); the format is \
      described in Assets/Decks/README.md and by the file 'decks new' writes.
      """,
    subcommands: [List.self, Show.self, Step.self, Check.self, New.self]
  )
}

extension DecksCommand {
  /// `decks list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the bundled decks and your own.")

    @Flag(
      help: ArgumentHelp(
        "Print a JSON array: id, title, source, questions, segments, roles (as the ROLES "
          + "column: \"any\" when some questions are for every role)."))
    var json = false

    func run() throws {
      let library = loadDeckLibrary(environment: ProcessEnvironment.current)
      if json {
        try Terminal.printJSON(library.decks.map(DeckSummaryJSON.init))
        return
      }
      var rows = [["ID", "QUESTIONS", "ROLES", "TITLE", "SOURCE"]]
      for deck in library.decks {
        rows.append([
          deck.id.inert, String(deck.questionCount),
          deck.listedRoles.joined(separator: ", ").inert, deck.title.inert,
          deck.source.label.inert,
        ])
      }
      Terminal.table(rows, width: Terminal.outputWidth, shrinking: 3).forEach { print($0) }
    }
  }

  /// `decks show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show a deck's questions by segment, with targets, follow-ups and tips.")

    @Argument(help: "A deck id from 'decks list', or the path of a deck file.")
    var deck: String

    @Option(help: "Only the questions for this role (e.g. software, data, product, sales).")
    var role: String?

    @Flag(help: "Print the deck as JSON.")
    var json = false

    func run() throws {
      let (found, knownRoles) = try resolveDeck()
      if let role, !knownRoles.contains(role) {
        throw Terminal.failure(
          "unknown role '\(role.inert)'; roles in the decks: \(knownRoles.joined(separator: ", "))")
      }
      let shown = found.filtered(forRole: role)
      if json {
        try Terminal.printJSON(DeckJSON(shown))
        return
      }
      DeckText.lines(for: shown, width: Terminal.outputWidth).forEach { print($0) }
      if let role, shown.segments.isEmpty {
        print("\nNo question in this deck is for role '\(role)'.")
      }
    }

    /// The deck named by id or path, and every role the loaded decks know.
    private func resolveDeck() throws -> (Deck, roles: [String]) {
      let looksLikePath = deck.contains("/") || deck.hasSuffix(".yaml") || deck.hasSuffix(".yml")
      if looksLikePath {
        switch DeckLoader.load(path: deck) {
        case .success(let loaded):
          let roles = Set(DeckLibrary.bundled().roles + loaded.deck.roles).sorted()
          return (loaded.deck, roles)
        case .failure(let failure):
          failure.lines.forEach(Terminal.error)
          throw ExitCode(failure.exitCode)
        }
      }
      let library = loadDeckLibrary(environment: ProcessEnvironment.current)
      guard let found = library.deck(withID: deck) else {
        let ids = library.listings.map(\.id).joined(separator: ", ")
        throw Terminal.failure("no deck with id '\(deck.inert)'; decks: \(ids)")
      }
      return (found, library.roles)
    }
  }

  /// `decks step`.
  struct Step: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "step",
      abstract: "Step through a deck's questions like flashcards (full screen, or --plain).",
      discussion: """
        → / l / n next, ← / h / p previous, Tab next segment, Space or Enter turns the card \
        over (tips, follow-ups, your last answer), s shuffles, / filters (segment, role, tag, \
        starred, due), * stars, d drills the question now. Without a deck, pick one first.

        With --plain, or without a terminal on stdin and stdout, each card is printed: Enter \
        turns it over (what they listen for, follow-ups, your last answer), Enter again goes \
        to the next, p goes back, * stars it, q stops. 'secondround drill --deck ID' drills \
        the deck.
        """)

    @Argument(help: ArgumentHelp("A deck id from 'decks list', or a deck file.", valueName: "ID"))
    var deck: String?

    @Option(
      help: ArgumentHelp(
        "How 'd' drills: by typing, or aloud with brief notes.", valueName: "typed|spoken"))
    var mode: AnswerMode = .typed

    @Flag(help: "Line by line, for screen readers and scripts (the default without a terminal).")
    var plain = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      var library = loadDeckLibrary(environment: ProcessEnvironment.current)
      let deckID = try deck.map { try resolveDeck($0, into: &library) }
      let (store, readOnlyReason) = try openStoreForReview(
        flag: storeOptions.dataDirectory, unsaved: "stars and drills")
      if plain || isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
        let code = try PlainDeckStep(library: library, store: store).run(deckID: deckID)
        if code != 0 { throw ExitCode(code) }
        return
      }
      let app = FullScreenApp(
        library: library, store: store, settings: RehearsalSettings(mode: mode),
        start: .step(deckID: deckID), readOnlyReason: readOnlyReason)
      let code = app.run()
      if code != 0 { throw ExitCode(code) }
    }
  }

  /// `decks check`.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Validate deck files, printing every error as PATH:LINE:COLUMN: error: MESSAGE.",
      discussion: """
        A deck whose id is a bundled deck's, or another file's in your decks folder, is an \
        error too, as loading would report it. Exits 0 when every file is valid, 65 when any \
        is not, 66 when a file is missing.
        """
    )

    @Argument(help: "Deck files to check.")
    var paths: [String]

    func validate() throws {
      guard !paths.isEmpty else { throw ValidationError("name at least one deck file to check") }
    }

    func run() throws {
      var worst: Int32 = 0
      let folder = UserDeckFolder(environment: ProcessEnvironment.current)
      let bundled = DeckLibrary.bundled().listings
      // The library's own rules, so two checked files sharing an id fail as they would on load.
      var checked = DeckLibrary(decks: [])
      for path in paths {
        let result = DeckLoader.load(path: path)
        if case .success(let loaded) = result,
          let clash = DeckIDClash.problem(
            for: loaded, bundled: bundled.filter { !folder.isSource(of: $0, path: path) },
            folder: folder.decks(with: loaded))
        {
          Terminal.error(clash.description)
          worst = max(worst, 65)
        } else if let problem = checked.add(result) {
          problem.lines.forEach(Terminal.error)
          worst = max(worst, problem.exitCode)
        } else if let deck = checked.decks.last {
          let questions = counted(deck.questionCount, "question")
          let segments = counted(deck.segments.count, "segment")
          print("\(path.inert): ok — \(deck.id), \(questions) in \(segments)")
        }
      }
      if worst != 0 { throw ExitCode(worst) }
    }
  }

  /// `decks new`.
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "new",
      abstract: "Write a commented starter deck to PATH (never overwrites).",
      discussion: """
        Put it in $XDG_CONFIG_HOME/secondround/decks (default ~/.config/secondround/decks) to \
        use it; check edits with 'secondround decks check PATH'.
        """
    )

    @Argument(help: "Where to write the deck, e.g. my-deck.yaml.")
    var path: String

    func run() throws {
      let yaml = StarterDeck.yaml(id: StarterDeck.id(fromFileName: path))
      // O_EXCL makes "does it exist?" and "create it" one step, so nothing is ever overwritten.
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
      guard descriptor >= 0 else {
        let reason: String
        switch errno {
        case EEXIST: reason = "already exists; choose another path"
        case ENOENT:
          let directory = (path as NSString).deletingLastPathComponent
          reason = "no directory '\(directory.inert)'; create it first (mkdir -p)"
        default: reason = String(cString: strerror(errno))
        }
        Terminal.error("\(path.inert): error: cannot create: \(reason)")
        throw ExitCode(73)
      }
      let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
      do {
        try handle.write(contentsOf: Data(yaml.utf8))
        try handle.close()
      } catch {
        Terminal.error("\(path.inert): error: cannot write: \(error.localizedDescription)")
        throw ExitCode(74)
      }
      print(
        "\(path.inert): wrote a starter deck; edit it, then run: secondround decks check \(path.inert)"
      )
    }
  }
}

/// The user's decks folder as `decks check` compares a checked file with it.
private struct UserDeckFolder {
  /// The folder's decks that load, in file-name order.
  let decks: [LoadedDeck]
  /// Each of `decks`' paths with symbolic links and `..` resolved, to know a file when the
  /// user names it another way.
  private let canonicalPaths: [String]

  init(environment: [String: String]) {
    let directory = UserDeckDirectory.path(environment: environment)
    let paths = directory.map(DeckLibrary.userDeckFiles(in:)) ?? []
    let loaded = paths.compactMap { try? DeckLoader.load(path: $0).get() }
    decks = loaded
    canonicalPaths = loaded.map { Self.canonical($0.deck.source.path) }
  }

  /// The folder's decks with the checked deck standing in for its own file, if it is in it.
  func decks(with checked: LoadedDeck) -> [LoadedDeck] {
    let path = Self.canonical(checked.deck.source.path)
    return zip(decks, canonicalPaths).map { $1 == path ? checked : $0 }
  }

  /// Whether `path`, outside the decks folder, is the repository's own source of the bundled
  /// deck `listing` (`Assets/Decks/FILE`), which shares its id by definition.
  func isSource(of listing: DeckListing, path: String) -> Bool {
    guard case .bundled(let fileName) = listing.source else { return false }
    let canonicalPath = Self.canonical(path)
    return !canonicalPaths.contains(canonicalPath)
      && canonicalPath.hasSuffix("/Assets/Decks/" + fileName)
  }

  private static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}

extension DeckLoadFailure {
  /// The sysexits code: 66 for a missing file, 65 for bad data.
  var exitCode: Int32 {
    switch self {
    case .missing, .unreadable: return 66
    case .invalid: return 65
    }
  }
}
