/// Deck files that give the same deck id, and which one loading uses.
///
/// A backup copy beside the original (`my.yaml` and `my-copy.yaml`, both `id: my`) must not
/// silently replace it, so the rule is one a user can predict: the file whose name is the id
/// (`my.yaml`) is used, else the first by file name; every other file with that id is skipped and
/// named together with the one in use. A user file can never replace a bundled deck.
public enum DeckIDClash {
  /// The index in `paths` (file-name order) of the file loading uses for `id`.
  public static func usedIndex(for id: String, among paths: [String]) -> Int {
    paths.firstIndex { fileStem($0) == id } ?? 0
  }

  /// The file's name without its folder and its `.yaml` or `.yml` ending.
  static func fileStem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
      return String(name.dropLast(suffix.count))
    }
    return name
  }

  /// Why `usedPath` is the file in use, in words for the message.
  private static func reason(id: String, usedPath: String) -> String {
    fileStem(usedPath) == id ? "its file name is the id" : "it comes first by file name"
  }

  /// The error for a user file skipped because `usedPath` has its id and is used instead.
  static func skipped(_ deck: LoadedDeck, usedPath: String) -> DeckDiagnostic {
    let id = deck.deck.id
    return DeckDiagnostic(
      path: deck.deck.source.path, location: deck.idLocation,
      message:
        "deck id '\(id)' is also used by \(usedPath), which is loaded instead "
        + "(\(reason(id: id, usedPath: usedPath))); give this deck another id or remove the file")
  }

  /// The error `decks check` gives the file loading uses while `skippedPaths` share its id.
  static func used(_ deck: LoadedDeck, skippedPaths: [String]) -> DeckDiagnostic {
    let id = deck.deck.id
    let others = skippedPaths.joined(separator: ", ")
    return DeckDiagnostic(
      path: deck.deck.source.path, location: deck.idLocation,
      message:
        "deck id '\(id)' is also used by \(others), which is skipped; this file is the one "
        + "loaded (\(reason(id: id, usedPath: deck.deck.source.path))); give one of them another id"
    )
  }

  /// The error for a user deck whose id is the bundled deck's at `bundledPath`.
  static func bundled(_ deck: LoadedDeck, bundledPath: String) -> DeckDiagnostic {
    DeckDiagnostic(
      path: deck.deck.source.path, location: deck.idLocation,
      message:
        "deck id '\(deck.deck.id)' is already used by the bundled deck \(bundledPath); "
        + "choose another id")
  }

  /// What loading reports about `deck`'s id, as `decks check` tells it: the bundled deck in
  /// `bundled` with the same id, else the other files in `folder` (the user's decks folder, in
  /// file-name order, holding `deck` itself when the file is in it) with the same id.
  public static func problem(
    for deck: LoadedDeck, bundled: [DeckListing], folder: [LoadedDeck]
  ) -> DeckDiagnostic? {
    let id = deck.deck.id
    if let owner = bundled.first(where: { $0.id == id }) {
      return Self.bundled(deck, bundledPath: owner.source.path)
    }
    let path = deck.deck.source.path
    let sharing = folder.filter { $0.deck.id == id }.map(\.deck.source.path)
    let others = sharing.filter { $0 != path }
    guard !others.isEmpty else { return nil }
    let usedPath = sharing[usedIndex(for: id, among: sharing)]
    if usedPath == path { return used(deck, skippedPaths: others) }
    if sharing.contains(path) { return skipped(deck, usedPath: usedPath) }
    // A file outside the folder, loaded with --deck, would meet the deck in use.
    return DeckDiagnostic(
      path: path, location: deck.idLocation,
      message:
        "deck id '\(id)' is already used by \(usedPath) in your decks folder; choose another id")
  }
}
