import Foundation
import InterviewCore

/// Loads the deck file at `path` as the app does: the file is read here (refused from its size
/// alone when over the limit), and the core parses the bytes; the core does no file I/O.
func loadDeckFile(path: String) -> Result<LoadedDeck, DeckLoadFailure> {
  let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  guard size <= DeckLoader.maximumFileBytes else {
    return .failure(DeckLoader.tooLarge(path: path, bytes: size))
  }
  guard let handle = FileHandle(forReadingAtPath: path) else {
    return .failure(.missing(path: path))
  }
  defer { try? handle.close() }
  let data = (try? handle.read(upToCount: DeckLoader.maximumFileBytes + 1)) ?? nil
  return DeckLoader.load(
    bytes: [UInt8](data ?? Data()), path: path, source: .file(path: path))
}
