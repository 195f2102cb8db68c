import Foundation
import InterviewCore

// Deck files on disk. The core parses a deck's bytes and never touches the file system; the
// app reads the files here and hands the core their bytes.

extension DeckLoader {
  /// Loads the deck file at `path`.
  static func load(path: String) -> Result<LoadedDeck, DeckLoadFailure> {
    switch readBytes(path: path) {
    case .success(let bytes): return load(bytes: bytes, path: path, source: .file(path: path))
    case .failure(let failure): return .failure(failure)
    }
  }

  /// The file's bytes, reading at most one byte past the limit so a huge file is refused cheaply.
  static func readBytes(path: String) -> Result<[UInt8], DeckLoadFailure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(.missing(path: path))
    }
    guard !isDirectory.boolValue else {
      return .failure(.unreadable(path: path, reason: "it is a directory"))
    }
    // Refuse a huge file from its size alone, before reading a byte of it.
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= maximumFileBytes else { return .failure(tooLarge(path: path, bytes: size)) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(.unreadable(path: path, reason: "permission denied"))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: maximumFileBytes + 1) ?? Data()
      return .success([UInt8](data))
    } catch {
      return .failure(.unreadable(path: path, reason: error.localizedDescription))
    }
  }
}

extension DeckLibrary {
  /// The bundled decks plus every `*.yaml` (or `.yml`) file in `userDeckDirectory`, if it exists.
  static func load(userDeckDirectory: String?) -> DeckLibrary {
    let paths = userDeckDirectory.map(userDeckFiles(in:)) ?? []
    return load(userDecks: paths.map { DeckLoader.load(path: $0) })
  }

  /// The visible deck files in `directory`, by name; none if it cannot be read.
  static func userDeckFiles(in directory: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    return
      names
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .filter { !$0.hasPrefix(".") }
      .sorted()
      .map { (directory as NSString).appendingPathComponent($0) }
  }
}
