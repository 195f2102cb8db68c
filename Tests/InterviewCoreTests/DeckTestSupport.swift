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
