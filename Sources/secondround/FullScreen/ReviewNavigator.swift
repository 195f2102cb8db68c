import AppFlow
import Foundation
import InterviewCore
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

  /// Review of `store` at a terminal of `rows` by `columns`, starting at the list, or at the
  /// transcript of `sessionID` over it when given.
  init(
    store: TranscriptDatabase, readOnlyReason: String?, rows: Int, columns: Int,
    opening sessionID: Int64? = nil, library: DeckLibrary
  ) {
    self.store = store
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
