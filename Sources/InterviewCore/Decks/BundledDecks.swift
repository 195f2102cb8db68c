import Foundation

/// A deck that ships inside the binary: what lists it, read at build time by the
/// EmbedBundledDecks plugin, and its file's bytes, parsed the first time the deck is used.
struct BundledDeckSource: Sendable {
  /// The file in `Assets/Decks` it was read from.
  var fileName: String
  /// The deck's id, as its file writes it.
  var id: String
  /// The deck's title, as its file writes it.
  var title: String
  /// Every role its questions name, sorted.
  var roles: [String]
  /// `CompiledDeck.fingerprint(base64)`, computed by the build, so that start-up can check a
  /// compiled record is of these bytes without hashing them again.
  var fingerprint: UInt64
  /// The file's bytes, base64.
  var base64: String
}

/// The bundled decks, each parsed once, when first needed: start-up lists them all from what the
/// build read but parses only the deck it rehearses.
enum BundledDecks {
  /// Every bundled deck, in file-name order.
  static var sources: [BundledDeckSource] { bundledDeckSources }

  /// The bundled deck at `index` of `sources`, parsed (once per process) from its bytes.
  static func load(_ index: Int) -> Result<LoadedDeck, DeckLoadFailure> {
    cache.value(at: index) {
      let source = bundledDeckSources[index]
      if let loaded = compiled(source) { return .success(loaded) }
      let bytes = Data(base64Encoded: source.base64).map { [UInt8]($0) } ?? []
      return DeckLoader.load(
        bytes: bytes, path: DeckSource.bundled(fileName: source.fileName).path,
        source: .bundled(fileName: source.fileName))
    }
  }

  /// The deck of `source` from its record, skipping the parse; nil when there is no record
  /// made from the file's current bytes.
  static func compiled(_ source: BundledDeckSource) -> LoadedDeck? {
    guard let record = compiledBundledDecks.first(where: { $0.fileName == source.fileName }),
      record.fingerprint == source.fingerprint
    else { return nil }
    return CompiledDeck.decode(text: record.text, source: .bundled(fileName: source.fileName))
  }

  private static let cache = ParsedDecks(count: bundledDeckSources.count)
}

/// Parse results kept by index, shared by every thread: a deck is parsed at most once.
private final class ParsedDecks: @unchecked Sendable {
  // `results` is read and written only while `lock` is held.
  private let lock = NSLock()
  private var results: [Result<LoadedDeck, DeckLoadFailure>?]

  init(count: Int) {
    results = Array(repeating: nil, count: count)
  }

  func value(
    at index: Int, parse: () -> Result<LoadedDeck, DeckLoadFailure>
  ) -> Result<LoadedDeck, DeckLoadFailure> {
    lock.lock()
    defer { lock.unlock() }
    if let result = results[index] { return result }
    let result = parse()
    results[index] = result
    return result
  }
}
