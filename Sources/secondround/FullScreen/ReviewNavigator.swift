import Foundation
import InterviewCore
import TerminalUI
import TranscriptStore

/// The review screens as a stack (list → transcript → history → transcript …), carrying out
/// their effects on the store: loading, saving ratings and notes, deleting.
///
/// The state machines stay pure; this is the one place review touches the database, so a failed
/// write becomes a line on the screen and never a crash.
final class ReviewNavigator {
  /// One screen of the stack.
  private enum Page {
    case list(ReviewList)
    case transcript(TranscriptReview)
    case history(QuestionHistory)
  }

  /// What the app should do after a key.
  enum Outcome {
    /// Stay in review.
    case stay
    /// The last review screen was left: back to wherever review was opened from.
    case leave
  }

  private let store: TranscriptDatabase
  /// Why the store cannot take ratings and notes (opened read-only), if so.
  private let readOnlyReason: String?
  private var pages: [Page] = []

  /// Review of `store`, starting at the list sized for a terminal of `rows` by `columns`, or at
  /// the transcript of `sessionID` over the list when given (a summary's "open in review").
  init(
    store: TranscriptDatabase, readOnlyReason: String?, rows: Int, columns: Int,
    opening sessionID: Int64? = nil
  ) {
    self.store = store
    self.readOnlyReason = readOnlyReason
    var list: ReviewList
    do {
      list = ReviewList(sessions: try store.sessions())
      list.problem = readOnlyReason
    } catch {
      list = ReviewList(sessions: [])
      list.problem = error.description
    }
    _ = list.send(.resize(visibleRows: ReviewListScreen.visibleRows(rows: rows, columns: columns)))
    pages = [.list(list)]
    if let sessionID {
      openTranscript(sessionID: sessionID, focus: nil, rows: rows, columns: columns)
    }
  }

  /// Draws the screen on top of the stack.
  func render(into screen: inout some Screen) {
    switch pages.last {
    case .list(let list)?: ReviewListScreen.render(list, into: &screen)
    case .transcript(let review)?: ReviewTranscriptScreen.render(review, into: &screen)
    case .history(let history)?: ReviewHistoryScreen.render(history, into: &screen)
    case nil: screen.clear()
    }
  }

  /// Applies `key` (a resize included) to the screen on top, then carries out its effects.
  func handle(_ key: Key, rows: Int, columns: Int) -> Outcome {
    guard let top = pages.popLast() else { return .leave }
    switch top {
    case .list(var list):
      let effects = ReviewListKeys.handle(key, list: &list, rows: rows, columns: columns)
      pages.append(.list(list))
      for effect in effects { carryOut(effect, rows: rows, columns: columns) }
    case .transcript(var review):
      let effects = ReviewTranscriptKeys.handle(key, review: &review, rows: rows, columns: columns)
      pages.append(.transcript(review))
      for effect in effects { carryOut(effect, rows: rows, columns: columns) }
    case .history(var history):
      let effects = ReviewHistoryKeys.handle(
        key, history: &history, rows: rows, columns: columns)
      pages.append(.history(history))
      for effect in effects { carryOut(effect, rows: rows, columns: columns) }
    }
    return pages.isEmpty ? .leave : .stay
  }

  // MARK: - Effects

  private func carryOut(_ effect: ReviewListEffect, rows: Int, columns: Int) {
    switch effect {
    case .open(let sessionID):
      openTranscript(sessionID: sessionID, focus: nil, rows: rows, columns: columns)
    case .delete(let sessionID):
      delete(sessionID: sessionID)
    case .quit:
      pages.removeAll()
    }
  }

  fileprivate func carryOut(_ effect: TranscriptReviewEffect, rows: Int, columns: Int) {
    switch effect {
    case .annotate(let reference, let annotation):
      let problem: String?
      if let readOnlyReason {
        problem = readOnlyReason
      } else {
        do {
          try store.annotate(reference, with: annotation)
          problem = nil
        } catch {
          problem = "Not saved: " + error.description
        }
      }
      updateTop { (review: inout TranscriptReview) in review.saveProblem = problem }
    case .openHistory(let key, let question, let focus):
      do {
        let attempts = try store.history(of: key)
        var history = QuestionHistory(question: question, attempts: attempts, focus: focus)
        _ = history.send(.resize(ReviewHistoryScreen.viewport(rows: rows, columns: columns)))
        pages.append(.history(history))
      } catch {
        updateTop { (review: inout TranscriptReview) in review.saveProblem = error.description }
      }
    case .delete(let sessionID):
      if delete(sessionID: sessionID) { leaveDeletedTranscripts(sessionID) }
    case .back:
      pages.removeLast()
      refreshTopTranscript()
    }
  }

  private func carryOut(_ effect: QuestionHistoryEffect, rows: Int, columns: Int) {
    switch effect {
    case .back:
      pages.removeLast()
      refreshTopTranscript()
    case .openTranscript(let reference):
      openTranscript(
        sessionID: reference.sessionID, focus: reference, rows: rows, columns: columns)
    }
  }

  // MARK: - Store work

  private func openTranscript(sessionID: Int64, focus: EntryReference?, rows: Int, columns: Int) {
    do {
      guard let transcript = try store.session(id: sessionID) else {
        report("Transcript \(sessionID) is no longer stored.")
        return
      }
      pages.append(
        .transcript(
          TranscriptReview(
            transcript: transcript, focus: focus,
            viewport: ReviewTranscriptScreen.viewport(rows: rows, columns: columns))))
    } catch {
      report(error.description)
    }
  }

  /// Deletes the session; on success every list below forgets it. Returns whether it went.
  @discardableResult
  private func delete(sessionID: Int64) -> Bool {
    if let readOnlyReason {
      report(readOnlyReason)
      return false
    }
    do {
      try store.deleteSession(id: sessionID)
    } catch {
      report("Not deleted: " + error.description)
      return false
    }
    for index in pages.indices {
      if case .list(var list) = pages[index] {
        list.removed(sessionID: sessionID)
        list.problem = nil
        pages[index] = .list(list)
      }
    }
    return true
  }

  /// After a delete from a transcript, every page showing that session (the transcript, and a
  /// history opened from it) goes; a history of other sessions' attempts is reloaded.
  private func leaveDeletedTranscripts(_ sessionID: Int64) {
    pages.removeAll { page in
      if case .transcript(let review) = page { return review.transcript.summary.id == sessionID }
      return false
    }
    // A history left on top would list the deleted attempts; back to the list below it.
    while case .history? = pages.last { pages.removeLast() }
    refreshTopTranscript()
  }

  /// Re-reads the transcript now on top: a rating given to the same answer from another page
  /// (history → transcript) must show when coming back.
  private func refreshTopTranscript() {
    guard case .transcript(var review)? = pages.last else { return }
    if let fresh = try? store.session(id: review.transcript.summary.id) {
      review.replace(transcript: fresh)
      pages[pages.count - 1] = .transcript(review)
    }
  }

  /// Shows `message` on the page on top (the list's problem line, the transcript's status).
  private func report(_ message: String) {
    switch pages.last {
    case .list(var list)?:
      list.problem = message
      pages[pages.count - 1] = .list(list)
    case .transcript(var review)?:
      review.saveProblem = message
      pages[pages.count - 1] = .transcript(review)
    case .history?, nil:
      break
    }
  }

  private func updateTop(_ change: (inout TranscriptReview) -> Void) {
    guard case .transcript(var review)? = pages.last else { return }
    change(&review)
    pages[pages.count - 1] = .transcript(review)
  }
}

extension ReviewNavigator {
  /// Saves a note still being written: on Ctrl-C or a signal, a half-written note is kept like
  /// a rehearsal's draft.
  func saveUnfinishedNote(rows: Int, columns: Int) {
    guard case .transcript(var review)? = pages.last, review.noteEditor != nil else { return }
    let effects = review.send(.saveNote)
    pages[pages.count - 1] = .transcript(review)
    for effect in effects {
      if case .annotate = effect { carryOut(effect, rows: rows, columns: columns) }
    }
  }
}
