import Foundation

/// Why a deck could not be loaded.
public enum DeckLoadFailure: Error, Equatable, Sendable {
  /// No file at the path.
  case missing(path: String)
  /// The file exists but could not be read (a directory, no permission).
  case unreadable(path: String, reason: String)
  /// The file was read and is not a valid deck; every problem found, in file order.
  case invalid([DeckDiagnostic])

  /// The problems as the lines to print on stderr.
  public var lines: [String] {
    switch self {
    case .missing(let path): return ["\(path.inert): error: no such file"]
    case .unreadable(let path, let reason): return ["\(path.inert): error: cannot read: \(reason)"]
    case .invalid(let diagnostics): return diagnostics.map(\.description)
    }
  }
}

/// A deck as loaded, with where its id is written (for "id already used" errors).
public struct LoadedDeck: Sendable {
  /// The validated deck.
  public var deck: Deck
  /// Where the deck's `id` value stands in its file.
  public var idLocation: SourceLocation
}

/// Reads deck files strictly: size, encoding, control characters, YAML, then the deck format.
/// It parses bytes; reading them from a file is the app's (`DeckFiles` in the executable), so
/// the core does no file I/O.
public enum DeckLoader {
  /// The largest deck file accepted. A 10,000-question deck with follow-ups and tips is about
  /// 7 MiB; twice that leaves room for wordier decks while refusing absurd files quickly.
  public static let maximumFileBytes = 16 * 1024 * 1024

  /// Loads a deck from the bytes of a file; `path` names it in errors.
  public static func load(bytes: [UInt8], path: String, source: DeckSource) -> Result<
    LoadedDeck, DeckLoadFailure
  > {
    guard bytes.count <= maximumFileBytes else {
      return .failure(tooLarge(path: path, bytes: bytes.count))
    }
    var collector = DiagnosticCollector(path: path)
    scanCharacters(bytes, into: &collector)
    guard collector.isEmpty else { return .failure(.invalid(collector.sorted())) }

    let root: YAMLNode
    do {
      guard let document = try YAMLComposer.compose(bytes) else {
        collector.error(
          "the file holds no YAML; a deck needs id, title and segments", at: .fileStart)
        return .failure(.invalid(collector.sorted()))
      }
      root = document
    } catch {
      collector.error(
        DeckHints.annotate(error.message, at: error.location, in: bytes), at: error.location)
      return .failure(.invalid(collector.sorted()))
    }

    var decoder = DeckDecoder(path: path)
    guard let decoded = decoder.decode(root, source: source) else {
      let diagnostics = decoder.diagnostics.sorted().map { diagnostic in
        var hinted = diagnostic
        hinted.message = DeckHints.annotate(diagnostic.message, at: diagnostic.location, in: bytes)
        return hinted
      }
      return .failure(.invalid(diagnostics))
    }
    return .success(LoadedDeck(deck: decoded.deck, idLocation: decoded.idLocation))
  }

  /// The failure for a file of `bytes` bytes, over `maximumFileBytes`: a reader refuses a
  /// file from its size with it, before reading a byte.
  public static func tooLarge(path: String, bytes: Int) -> DeckLoadFailure {
    let message =
      "the file is \(bytes / 1024) KiB; a deck may be at most \(maximumFileBytes / 1024 / 1024) MiB"
    return .invalid([DeckDiagnostic(path: path, location: .fileStart, message: message)])
  }

  /// Reports invalid UTF-8 and control characters with their positions, before YAML sees them
  /// (libyaml would stop at the first; a user wants them all).
  static func scanCharacters(_ bytes: [UInt8], into collector: inout DiagnosticCollector) {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var line = 1
    var column = 1
    var afterCarriageReturn = false
    while true {
      let here = SourceLocation(line: line, column: column)
      switch parser.parseScalar(from: &iterator) {
      case .emptyInput:
        return
      case .error(let length):
        collector.error(
          "invalid UTF-8 (\(counted(length, "byte"))); save the file as UTF-8",
          at: here)
        column += 1
        afterCarriageReturn = false
      case .valid(let encoded):
        let scalar = Unicode.UTF8.decode(encoded)
        switch scalar {
        case "\n" where afterCarriageReturn:
          afterCarriageReturn = false
        case "\n", "\r":
          line += 1
          column = 1
          afterCarriageReturn = scalar == "\r"
        default:
          afterCarriageReturn = false
          if scalar.isForbiddenControl {
            collector.error(
              "control character \(scalar.codePoint) is not allowed in a deck", at: here)
          }
          column += 1
        }
      }
    }
  }
}
