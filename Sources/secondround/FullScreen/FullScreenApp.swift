import InterviewCore
import TranscriptStore

/// Temporary stand-in while the screens land.
final class FullScreenApp {
  enum Entry { case home, setup, interview }
  init(library: DeckLibrary, store: TranscriptDatabase, settings: RehearsalSettings, start: Entry) {
  }
  func run() -> Int32 { 0 }
}
