import AppFlow
import Foundation
import InterviewCore
import Speech
import TerminalUI
import TranscriptStore

/// Runs review's effects against the store and feeds their results back to `ReviewFlow`, which
/// makes every decision; a failed store call becomes a line on the screen, never a crash.
final class ReviewNavigator {
  /// What the app should do after a key.
  enum Outcome {
    /// Stay in review.
    case stay
    /// The last review screen was left: back to wherever review was opened from.
    case leave
  }

  private let store: TranscriptDatabase
  private var flow: ReviewFlow
  /// Plays answers' recordings; nil when no player is installed and none was given.
  private let player: RecordingPlayer?

  /// How often the word being spoken is brought up to date while a recording plays: often
  /// enough to follow speech at 3 words a second.
  static let playbackTickMilliseconds = 100

  /// Review of `store` at a terminal of `rows` by `columns`, starting at the list, or at the
  /// transcript of `sessionID` over it when given. Recordings play through `player`.
  init(
    store: TranscriptDatabase, readOnlyReason: String?, rows: Int, columns: Int,
    opening sessionID: Int64? = nil, library: DeckLibrary, player: RecordingPlayer? = nil
  ) {
    self.store = store
    self.player = player
    let (flow, effects) = ReviewFlow.start(
      readOnlyReason: readOnlyReason, rows: rows, columns: columns, timeZone: .current,
      opening: sessionID,
      panel: { summary in
        library.deck(withID: summary.deckID).map {
          FollowUpLetter.panel(segments: summary.segments, deck: $0)
        }
      })
    self.flow = flow
    run(effects)
  }

  /// Draws the page on top.
  func render(into screen: inout some Screen) {
    switch flow.top {
    case .list(let list)?: ReviewListScreen.render(list, into: &screen)
    case .transcript(let review)?: ReviewTranscriptScreen.render(review, into: &screen)
    case .history(let history)?: ReviewHistoryScreen.render(history, into: &screen)
    case .letter(let editor)?: LetterEditorScreen.render(editor, into: &screen)
    case nil: screen.clear()
    }
  }

  /// Applies `key` (a resize included) at a terminal of `rows` by `columns`.
  func handle(_ key: Key, rows: Int, columns: Int) -> Outcome {
    if rows != flow.rows || columns != flow.columns || key == .resize {
      run(flow.send(.resize(rows: rows, columns: columns)))
    }
    if key != .resize { run(flow.send(.key(key))) }
    return flow.hasLeft ? .leave : .stay
  }

  /// Saves a note still being written: on Ctrl-C or a signal, a half-written note is kept like
  /// a rehearsal's draft.
  func saveUnfinishedNote(rows: Int, columns: Int) {
    run(flow.send(.interrupt))
  }

  /// Whether a recording is playing: the app then redraws on `playbackTickMilliseconds`.
  var isPlaying: Bool { flow.isPlaying }

  /// Before a frame, while a recording plays: the word being spoken at `now`, or the end of the
  /// playback once the player has ended by itself.
  func update(now: Int64) {
    guard flow.isPlaying else { return }
    switch player?.poll() ?? .idle {
    case .playing: run(flow.send(.playbackClock(now: now)))
    case .ended(let problem): run(flow.send(.playbackEnded(problem: problem)))
    case .idle: run(flow.send(.playbackEnded(problem: nil)))
    }
  }

  /// Stops a recording still playing, waiting for the player to end: when review or the app
  /// is left by other means than a key (a signal, Ctrl-C).
  func stopPlayback() {
    player?.stop()
  }

  /// Runs `effects` in order, each result sent back before the next effect runs.
  private func run(_ effects: [ReviewFlow.Effect]) {
    var queue = effects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      // Leaving is no store work: `hasLeft` tells the app.
      guard let result = result(of: effect) else { continue }
      queue += flow.send(result)
    }
  }

  /// Carries out one effect on the store; its result as the action to send back.
  private func result(of effect: ReviewFlow.Effect) -> ReviewFlow.Action? {
    switch effect {
    case .loadSessions:
      return .sessionsLoaded(attempt { () throws(StoreError) in try store.sessions() })
    case .loadTranscript(let sessionID, let focus):
      return .transcriptLoaded(
        attempt { () throws(StoreError) in try store.session(id: sessionID) },
        sessionID: sessionID, focus: focus)
    case .loadHistory(let key, let question, let focus):
      return .historyLoaded(
        attempt { () throws(StoreError) in try store.history(of: key) }, question: question,
        focus: focus)
    case .annotate(let reference, let annotation):
      let saved = attempt { () throws(StoreError) in
        try store.annotate(reference, with: annotation)
      }
      return .annotated(saved.failure)
    case .delete(let sessionID):
      let deleted = attempt { () throws(StoreError) in try store.deleteSession(id: sessionID) }
      return .deleted(sessionID: sessionID, deleted.failure)
    case .reloadTranscript(let sessionID):
      return .transcriptReloaded(try? store.session(id: sessionID))
    case .saveLetter(let sessionID, let text):
      let saved = attempt { () throws(StoreError) in
        try store.setLetter(text, sessionID: sessionID)
      }
      return .letterSaved(saved.failure)
    case .leave:
      return nil
    case .play(let audioPath):
      return play(audioPath)
    case .stopPlayback:
      player?.stop()
      return nil
    }
  }

  /// Starts the player on the recording at `audioPath`; says in one line why not when the file
  /// is gone or unreadable, there is no player, or it cannot start.
  private func play(_ audioPath: String) -> ReviewFlow.Action {
    let file = SessionAudio.absolutePath(audioPath, dataDirectory: store.directory)
    guard FileManager.default.fileExists(atPath: file) else {
      return .playbackEnded(problem: "The recording is missing: \(audioPath.inert)")
    }
    guard FileManager.default.isReadableFile(atPath: file) else {
      return .playbackEnded(problem: "The recording cannot be read: \(audioPath.inert)")
    }
    guard let player else {
      return .playbackEnded(
        problem: "No player found (aplay, play, pw-play or paplay); --player CMD names one.")
    }
    do {
      try player.play(file)
      return .playbackStarted(at: MonotonicClock.now())
    } catch {
      return .playbackEnded(problem: "The player could not start: \(error.message)")
    }
  }

  private func attempt<Value>(_ work: () throws(StoreError) -> Value) -> Result<
    Value, FlowProblem
  > {
    do {
      return .success(try work())
    } catch {
      return .failure(FlowProblem(error.description))
    }
  }
}

extension Result {
  /// The error, if this is a failure.
  fileprivate var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
