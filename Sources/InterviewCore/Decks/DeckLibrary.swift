import Foundation

/// Every deck the user can choose from: the bundled ones, then the user's own.
public struct DeckLibrary: Sendable {
  /// The decks that loaded, bundled first, then user decks by file name.
  public private(set) var decks: [Deck]
  /// What went wrong with the user's deck files; those decks were skipped, the rest still load.
  public private(set) var problems: [DeckLoadFailure]

  /// A library of exactly these decks and problems.
  public init(decks: [Deck], problems: [DeckLoadFailure] = []) {
    self.decks = decks
    self.problems = problems
  }

  /// The bundled decks, then `userDecks`: the user's deck files as the app loaded them, in
  /// file-name order (a later one reusing an id is reported and skipped).
  public static func load(userDecks: [Result<LoadedDeck, DeckLoadFailure>]) -> DeckLibrary {
    var library = DeckLibrary(decks: [])
    for loaded in bundledResults() {
      library.add(loaded)
    }
    // The general decks come before the role packs, which add to one segment only.
    library.decks.sort { ($0.roles.isEmpty ? 0 : 1, $0.id) < ($1.roles.isEmpty ? 0 : 1, $1.id) }
    for loaded in userDecks {
      library.add(loaded)
    }
    return library
  }

  /// The decks that ship inside the binary.
  public static func bundled() -> DeckLibrary {
    load(userDecks: [])
  }

  /// The deck with `id`, if loaded.
  public func deck(withID id: String) -> Deck? {
    decks.first { $0.id == id }
  }

  /// Every role some loaded question names, sorted.
  public var roles: [String] {
    Set(decks.flatMap(\.roles)).sorted()
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
    guard let existing = deck(withID: loaded.deck.id) else {
      decks.append(loaded.deck)
      return nil
    }
    let owner: String
    switch existing.source {
    case .bundled: owner = "a bundled deck"
    case .file(let path): owner = path
    }
    let problem = DeckLoadFailure.invalid([
      DeckDiagnostic(
        path: loaded.deck.source.path, location: loaded.idLocation,
        message: "deck id '\(loaded.deck.id)' is already used by \(owner); choose another id")
    ])
    problems.append(problem)
    return problem
  }

  private static func bundledResults() -> [Result<LoadedDeck, DeckLoadFailure>] {
    bundledDeckSources.map { source in
      let bytes = Data(base64Encoded: source.base64).map { [UInt8]($0) } ?? []
      return DeckLoader.load(
        bytes: bytes, path: DeckSource.bundled(fileName: source.fileName).path,
        source: .bundled(fileName: source.fileName))
    }
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
