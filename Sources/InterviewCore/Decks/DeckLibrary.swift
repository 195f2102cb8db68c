import Foundation

/// How a deck is listed (the setup form's choices, `--role`'s check) without parsing it.
public struct DeckListing: Equatable, Sendable {
  /// The deck's id.
  public var id: String
  /// The deck's title.
  public var title: String
  /// Every role its questions name, sorted; empty for a general deck.
  public var roles: [String]
  /// Where the deck comes from.
  public var source: DeckSource

  /// A listing of these facts.
  public init(id: String, title: String, roles: [String], source: DeckSource) {
    self.id = id
    self.title = title
    self.roles = roles
    self.source = source
  }

  /// The listing of a loaded deck.
  public init(_ deck: Deck) {
    self.init(id: deck.id, title: deck.title, roles: deck.roles, source: deck.source)
  }
}

/// Every deck the user can choose from: the bundled ones, then the user's own.
///
/// A bundled deck is parsed the first time one of its questions is needed (`deck(withID:)`,
/// `decks`); listing the decks (`listings`, `roles`) reads only what the build noted about them,
/// so start-up parses just the deck it rehearses.
public struct DeckLibrary: Sendable {
  /// One deck of the library, bundled (parsed on use) or given already loaded.
  private enum Entry: Sendable {
    case bundled(index: Int, listing: DeckListing)
    case loaded(Deck)

    var listing: DeckListing {
      switch self {
      case .bundled(_, let listing): return listing
      case .loaded(let deck): return DeckListing(deck)
      }
    }

    var id: String {
      switch self {
      case .bundled(_, let listing): return listing.id
      case .loaded(let deck): return deck.id
      }
    }

    /// The deck, parsed now if bundled and not parsed before; nil for a bundled deck that
    /// fails to parse (`BundledDeckTests` keeps that from shipping).
    var deck: Deck? {
      switch self {
      case .bundled(let index, _): return try? BundledDecks.load(index).get().deck
      case .loaded(let deck): return deck
      }
    }
  }

  private var entries: [Entry]
  /// What went wrong with the user's deck files; those decks were skipped, the rest still load.
  public private(set) var problems: [DeckLoadFailure]

  /// A library of exactly these decks and problems.
  public init(decks: [Deck], problems: [DeckLoadFailure] = []) {
    entries = decks.map(Entry.loaded)
    self.problems = problems
  }

  /// The bundled decks, then `userDecks`: the user's deck files as the app loaded them, in
  /// file-name order. A file reusing a bundled deck's id is reported and skipped; of files
  /// sharing an id, `DeckIDClash` picks the one used and reports each other one, naming both.
  public static func load(userDecks: [Result<LoadedDeck, DeckLoadFailure>]) -> DeckLibrary {
    var library = DeckLibrary(decks: [])
    library.entries = BundledDecks.sources.enumerated().map { index, source in
      Entry.bundled(
        index: index,
        listing: DeckListing(
          id: source.id, title: source.title, roles: source.roles,
          source: .bundled(fileName: source.fileName)))
    }
    // The general decks come before the role packs, which add to one segment only.
    library.entries.sort {
      ($0.listing.roles.isEmpty ? 0 : 1, $0.id) < ($1.listing.roles.isEmpty ? 0 : 1, $1.id)
    }
    let usedPaths = usedUserDeckPaths(userDecks, bundledIDs: Set(library.entries.map(\.id)))
    for loaded in userDecks {
      if case .success(let deck) = loaded, let usedPath = usedPaths[deck.deck.id],
        usedPath != deck.deck.source.path
      {
        library.problems.append(.invalid([DeckIDClash.skipped(deck, usedPath: usedPath)]))
        continue
      }
      library.add(loaded)
    }
    return library
  }

  /// For each id that two or more of `userDecks` share (a bundled id aside: those all clash
  /// with the bundled deck), the path of the file loading uses.
  private static func usedUserDeckPaths(
    _ userDecks: [Result<LoadedDeck, DeckLoadFailure>], bundledIDs: Set<String>
  ) -> [String: String] {
    var pathsByID: [String: [String]] = [:]
    for case .success(let loaded) in userDecks where !bundledIDs.contains(loaded.deck.id) {
      pathsByID[loaded.deck.id, default: []].append(loaded.deck.source.path)
    }
    var used: [String: String] = [:]
    for (id, paths) in pathsByID where paths.count > 1 {
      used[id] = paths[DeckIDClash.usedIndex(for: id, among: paths)]
    }
    return used
  }

  /// The decks that ship inside the binary.
  public static func bundled() -> DeckLibrary {
    load(userDecks: [])
  }

  /// Why bundled decks failed to parse, every one parsed to find out; empty in a tested build.
  public static var bundledProblems: [DeckLoadFailure] {
    BundledDecks.sources.indices.compactMap { index in
      if case .failure(let failure) = BundledDecks.load(index) { return failure }
      return nil
    }
  }

  /// The decks that loaded, bundled first, then user decks by file name; every bundled deck is
  /// parsed to give them.
  public var decks: [Deck] {
    entries.compactMap(\.deck)
  }

  /// Every deck's id, title and roles, in the order of `decks`, without parsing any.
  public var listings: [DeckListing] {
    entries.map(\.listing)
  }

  /// The deck with `id`, if loaded; parses that deck alone if it is bundled.
  public func deck(withID id: String) -> Deck? {
    entries.first { $0.id == id }?.deck
  }

  /// The decks other than `excludedID` with questions for `role`; parses only those.
  public func decks(forRole role: String, excluding excludedID: String) -> [Deck] {
    entries
      .filter { $0.id != excludedID && $0.listing.roles.contains(role) }
      .compactMap(\.deck)
  }

  /// Every role some loaded question names, sorted.
  public var roles: [String] {
    Set(entries.flatMap(\.listing.roles)).sorted()
  }

  /// Adds a loaded deck, or records why it cannot be added (a load failure, or an id already in
  /// use); returns that problem, if any.
  @discardableResult
  public mutating func add(_ result: Result<LoadedDeck, DeckLoadFailure>) -> DeckLoadFailure? {
    let loaded: LoadedDeck
    switch result {
    case .failure(let failure):
      problems.append(failure)
      return failure
    case .success(let success):
      loaded = success
    }
    guard let existing = entries.first(where: { $0.id == loaded.deck.id }) else {
      entries.append(.loaded(loaded.deck))
      return nil
    }
    let diagnostic: DeckDiagnostic
    switch existing.listing.source {
    case .bundled(let fileName):
      diagnostic = DeckIDClash.bundled(
        loaded, bundledPath: DeckSource.bundled(fileName: fileName).path)
    case .file(let path):
      diagnostic = DeckDiagnostic(
        path: loaded.deck.source.path, location: loaded.idLocation,
        message: "deck id '\(loaded.deck.id)' is already used by \(path); choose another id")
    }
    let problem = DeckLoadFailure.invalid([diagnostic])
    problems.append(problem)
    return problem
  }
}

/// Where the user's own decks live.
public enum UserDeckDirectory {
  /// `$XDG_CONFIG_HOME/secondround/decks`, else `~/.config/secondround/decks`; nil with no home.
  public static func path(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/secondround/decks"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/secondround/decks"
  }
}
