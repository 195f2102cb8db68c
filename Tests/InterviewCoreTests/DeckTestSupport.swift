import Foundation
import InterviewCore

/// Loads `yaml` as the file `deck.yaml`.
func loadDeck(_ yaml: String) -> Result<LoadedDeck, DeckLoadFailure> {
  DeckLoader.load(bytes: Array(yaml.utf8), path: "deck.yaml", source: .file(path: "deck.yaml"))
}

/// The error lines loading `yaml` prints, or `["loaded"]` when it loads.
func deckErrors(_ yaml: String) -> [String] {
  deckErrors(bytes: Array(yaml.utf8))
}

/// The error lines loading `bytes` prints, or `["loaded"]` when it loads.
func deckErrors(bytes: [UInt8]) -> [String] {
  switch DeckLoader.load(bytes: bytes, path: "deck.yaml", source: .file(path: "deck.yaml")) {
  case .success: return ["loaded"]
  case .failure(let failure): return failure.lines
  }
}

/// A valid one-segment deck whose single question's lines can be extended by `questionExtra`.
func minimalDeck(questionExtra: String = "", segmentExtra: String = "") -> String {
  """
  id: sample
  title: Sample
  segments:
    - id: behavioural
  \(segmentExtra)    questions:
        - id: first
          text: Tell me about yourself.
  \(questionExtra)
  """
}

/// A fresh directory under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` to `name` inside the directory.
  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
  }
}
