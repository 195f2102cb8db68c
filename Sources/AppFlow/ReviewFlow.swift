import Foundation
import InterviewCore
import TerminalUI

/// Review as a stack of pages (list → transcript → history → transcript …), pure: a key or a
/// store result gives the new pages and the store work to do. The executable runs the effects
/// against the store and sends their results back, so every decision is here and tested.
public struct ReviewFlow: Sendable {
  /// One page of the stack.
  public enum Page: Sendable {
    /// The list of sessions.
    case list(ReviewList)
    /// One session's transcript.
    case transcript(TranscriptReview)
    /// Every attempt at one question.
    case history(QuestionHistory)
    /// The follow-up letter of the transcript below, in the editor.
    case letter(LetterEditor)
  }

  /// What happened: a key, a new terminal size, or the result of an effect.
  public enum Action: Sendable {
    /// A key pressed on the page on top.
    case key(Key)
    /// The terminal is now `rows` by `columns`.
    case resize(rows: Int, columns: Int)
    /// The sessions, or why they could not be read.
    case sessionsLoaded(Result<[SessionSummary], FlowProblem>)
    /// The transcript `loadTranscript` asked for (nil: it is no longer stored), or why not.
    case transcriptLoaded(
      Result<Transcript?, FlowProblem>, sessionID: Int64, focus: EntryReference?)
    /// The attempts at a question asked for by `loadHistory`, or why they could not be read.
    case historyLoaded(
      Result<[QuestionAttempt], FlowProblem>, question: String, focus: EntryReference)
    /// A rating, mark or note was saved, or why not.
    case annotated(FlowProblem?)
    /// A session was deleted, or why not.
    case deleted(sessionID: Int64, FlowProblem?)
    /// The transcript on top read again after coming back to it (nil when it could not be).
    case transcriptReloaded(Transcript?)
    /// The letter `saveLetter` asked for was saved, or why not.
    case letterSaved(FlowProblem?)
    /// Ctrl-C or a signal: a note or letter being written is saved like a draft.
    case interrupt
    /// The player `play` asked for started at `at` (milliseconds, the runner's monotonic clock).
    case playbackStarted(at: Int64)
    /// The runner's clock reads `now` while the recording plays: the spoken word moves on.
    case playbackClock(now: Int64)
    /// The recording stopped playing by itself, or could not play, with why in one line.
    case playbackEnded(problem: String?)
  }

  /// What the runner must do.
  public enum Effect: Equatable, Sendable {
    /// Read every session, for the list.
    case loadSessions
    /// Read one session's transcript, to open with `focus` on an answer.
    case loadTranscript(Int64, focus: EntryReference?)
    /// Read every attempt at a question.
    case loadHistory(QuestionKey, question: String, focus: EntryReference)
    /// Save a rating, mark or note.
    case annotate(EntryReference, Annotation)
    /// Delete a session.
    case delete(Int64)
    /// Read the transcript now on top again (a rating given from another page must show).
    case reloadTranscript(Int64)
    /// Save `text` as session `sessionID`'s follow-up letter.
    case saveLetter(sessionID: Int64, text: String)
    /// The last page was left: back to wherever review was opened from.
    case leave
    /// Start the player on the recording at `audioPath` (relative to the data directory), then
    /// send `playbackStarted`, or `playbackEnded` with why it cannot play.
    case play(audioPath: String)
    /// Stop the player and wait for it to end; the page has already gone back to reading.
    case stopPlayback
  }

  /// The pages, the list at the bottom; empty before the sessions are loaded and after leaving.
  public private(set) var pages: [Page] = []
  /// Why the store cannot take ratings, notes or deletes (opened read-only), if so.
  public let readOnlyReason: String?
  /// The terminal's size, which the pages' viewports follow.
  public private(set) var rows: Int
  /// The terminal's width.
  public private(set) var columns: Int
  /// The time zone dates are shown in.
  private let timeZone: TimeZone
  /// The panel by role for a session's letter draft (its deck's interviewers), nil for each
  /// segment's default interviewer: what `FollowUpLetter` thanks when no names were given.
  private let panel: @Sendable (SessionSummary) -> [String]?

  /// Review at a terminal `rows` by `columns`, and the effects that load it: the sessions, then
  /// `sessionID`'s transcript over them when given (a summary's "open in review").
  /// `panel` gives a session's panel by role for its letter draft.
  public static func start(
    readOnlyReason: String?, rows: Int, columns: Int, timeZone: TimeZone,
    opening sessionID: Int64? = nil,
    panel: @escaping @Sendable (SessionSummary) -> [String]? = { _ in nil }
  ) -> (ReviewFlow, [Effect]) {
    let flow = ReviewFlow(
      readOnlyReason: readOnlyReason, rows: rows, columns: columns, timeZone: timeZone,
      panel: panel)
    var effects: [Effect] = [.loadSessions]
    if let sessionID { effects.append(.loadTranscript(sessionID, focus: nil)) }
    return (flow, effects)
  }

  private init(
    readOnlyReason: String?, rows: Int, columns: Int, timeZone: TimeZone,
    panel: @escaping @Sendable (SessionSummary) -> [String]?
  ) {
    self.panel = panel
    self.readOnlyReason = readOnlyReason
    self.rows = rows
    self.columns = columns
    self.timeZone = timeZone
  }

  /// The page on top, if any.
  public var top: Page? { pages.last }

  /// Whether every page was left.
  public var hasLeft: Bool { left }

  /// Whether a recording is playing (or about to): the runner then keeps the clock ticking.
  public var isPlaying: Bool {
    if case .transcript(let review)? = pages.last { return review.playback != nil }
    return false
  }
  private var left = false

  /// Applies `action`; returns the effects to run, in order.
  public mutating func send(_ action: Action) -> [Effect] {
    switch action {
    case .key(let key): return press(key)
    case .resize(let rows, let columns):
      self.rows = rows
      self.columns = columns
      return press(.resize)
    case .sessionsLoaded(let result):
      var list: ReviewList
      switch result {
      case .success(let sessions):
        list = ReviewList(sessions: sessions, timeZone: timeZone)
        list.problem = readOnlyReason
      case .failure(let problem):
        list = ReviewList(sessions: [], timeZone: timeZone)
        list.problem = problem.message
      }
      _ = ReviewListKeys.handle(.resize, list: &list, rows: rows, columns: columns)
      pages = [.list(list)]
      return []
    case .transcriptLoaded(let result, let sessionID, let focus):
      switch result {
      case .success(let transcript?):
        var review = TranscriptReview(transcript: transcript, focus: focus, timeZone: timeZone)
        _ = ReviewTranscriptKeys.handle(.resize, review: &review, rows: rows, columns: columns)
        pages.append(.transcript(review))
      case .success(nil):
        report("Transcript \(sessionID) is no longer stored.")
      case .failure(let problem):
        report(problem.message)
      }
      return []
    case .historyLoaded(let result, let question, let focus):
      switch result {
      case .success(let attempts):
        var history = QuestionHistory(
          question: question, attempts: attempts, focus: focus, timeZone: timeZone)
        _ = ReviewHistoryKeys.handle(.resize, history: &history, rows: rows, columns: columns)
        pages.append(.history(history))
      case .failure(let problem):
        updateTranscript { $0.saveProblem = problem.message }
      }
      return []
    case .annotated(let problem):
      updateTranscript { $0.saveProblem = problem.map { "Not saved: " + $0.message } }
      return []
    case .deleted(_, let problem?):
      report("Not deleted: " + problem.message)
      return []
    case .deleted(let sessionID, nil):
      return forget(sessionID)
    case .transcriptReloaded(let transcript):
      if let transcript { updateTranscript { $0.replace(transcript: transcript) } }
      return []
    case .letterSaved(let problem):
      guard case .letter(var editor)? = pages.last else { return [] }
      let outcome = editor.saved(problem: problem?.message)
      pages[pages.count - 1] = .letter(editor)
      return outcome == .close ? back() : []
    case .interrupt:
      if case .letter(let editor)? = pages.last, editor.hasChanges, readOnlyReason == nil {
        return [.saveLetter(sessionID: editor.sessionID, text: editor.buffer.text)]
      }
      guard case .transcript(var review)? = pages.last, review.noteEditor != nil else { return [] }
      let effects = review.send(.saveNote)
      pages[pages.count - 1] = .transcript(review)
      return effects.flatMap { effect -> [Effect] in
        if case .annotate = effect { return carryOut(effect) }
        return []
      }
    case .playbackStarted(let now):
      updateTranscript { $0.playbackStarted(at: now) }
      return []
    case .playbackClock(let now):
      updateTranscript { $0.playbackClock(now: now) }
      return []
    case .playbackEnded(let problem):
      updateTranscript { $0.playbackEnded(problem: problem) }
      return []
    }
  }

  // MARK: - Keys

  private mutating func press(_ key: Key) -> [Effect] {
    guard let page = pages.popLast() else { return [] }
    switch page {
    case .list(var list):
      let effects = ReviewListKeys.handle(key, list: &list, rows: rows, columns: columns)
      pages.append(.list(list))
      return effects.flatMap { carryOut($0) }
    case .transcript(var review):
      let effects = ReviewTranscriptKeys.handle(key, review: &review, rows: rows, columns: columns)
      pages.append(.transcript(review))
      return effects.flatMap { carryOut($0) }
    case .history(var history):
      let effects = ReviewHistoryKeys.handle(
        key, history: &history, rows: rows, columns: columns)
      pages.append(.history(history))
      return effects.flatMap { carryOut($0) }
    case .letter(var editor):
      let outcome = LetterEditorKeys.handle(key, editor: &editor, rows: rows, columns: columns)
      pages.append(.letter(editor))
      switch outcome {
      case .save(let sessionID, let text)?:
        if let readOnlyReason {
          _ = editor.saved(problem: readOnlyReason)
          pages[pages.count - 1] = .letter(editor)
          return []
        }
        return [.saveLetter(sessionID: sessionID, text: text)]
      case .close?: return back()
      case nil: return []
      }
    }
  }

  private mutating func carryOut(_ effect: ReviewListEffect) -> [Effect] {
    switch effect {
    case .open(let sessionID): return [.loadTranscript(sessionID, focus: nil)]
    case .delete(let sessionID): return delete(sessionID)
    case .quit:
      pages.removeAll()
      left = true
      return [.leave]
    }
  }

  private mutating func carryOut(_ effect: TranscriptReviewEffect) -> [Effect] {
    switch effect {
    case .annotate(let reference, let annotation):
      if let readOnlyReason {
        updateTranscript { $0.saveProblem = readOnlyReason }
        return []
      }
      return [.annotate(reference, annotation)]
    case .openHistory(let key, let question, let focus):
      return [.loadHistory(key, question: question, focus: focus)]
    case .delete(let sessionID):
      return delete(sessionID)
    case .openLetter(let sessionID):
      guard case .transcript(let review)? = pages.last else { return [] }
      // The letter as saved, else a draft made from the transcript on screen.
      let summary = review.transcript.summary
      pages.append(
        .letter(
          LetterEditor(
            sessionID: sessionID,
            text: FollowUpLetter.text(for: review.transcript, panel: panel(summary)),
            title: "\(summary.company) — \(summary.position)")))
      return []
    case .back:
      return back()
    case .play(_, let audioPath):
      return [.play(audioPath: audioPath)]
    case .stopPlayback:
      return [.stopPlayback]
    }
  }

  private mutating func carryOut(_ effect: QuestionHistoryEffect) -> [Effect] {
    switch effect {
    case .back: return back()
    case .openTranscript(let reference):
      return [.loadTranscript(reference.sessionID, focus: reference)]
    }
  }

  /// Leaves the page on top; a transcript below is read again.
  private mutating func back() -> [Effect] {
    pages.removeLast()
    if case .transcript(let review)? = pages.last {
      return [.reloadTranscript(review.transcript.summary.id)]
    }
    return []
  }

  private mutating func delete(_ sessionID: Int64) -> [Effect] {
    if let readOnlyReason {
      report(readOnlyReason)
      return []
    }
    return [.delete(sessionID)]
  }

  /// After a delete, every list forgets the session; every page showing it goes (a history left
  /// on top would list the deleted attempts, so it goes too), and a transcript left on top is
  /// read again.
  private mutating func forget(_ sessionID: Int64) -> [Effect] {
    for index in pages.indices {
      if case .list(var list) = pages[index] {
        list.removed(sessionID: sessionID)
        list.problem = nil
        pages[index] = .list(list)
      }
    }
    let before = pages.count
    pages.removeAll { page in
      if case .transcript(let review) = page { return review.transcript.summary.id == sessionID }
      return false
    }
    guard pages.count != before else { return [] }
    while case .history? = pages.last { pages.removeLast() }
    if case .transcript(let review)? = pages.last {
      return [.reloadTranscript(review.transcript.summary.id)]
    }
    return []
  }

  /// Shows `message` on the page on top (the list's problem line, the transcript's status).
  private mutating func report(_ message: String) {
    switch pages.last {
    case .list(var list)?:
      list.problem = message
      pages[pages.count - 1] = .list(list)
    case .transcript(var review)?:
      review.saveProblem = message
      pages[pages.count - 1] = .transcript(review)
    case .history?, .letter?, nil:
      break
    }
  }

  private mutating func updateTranscript(_ change: (inout TranscriptReview) -> Void) {
    guard case .transcript(var review)? = pages.last else { return }
    change(&review)
    pages[pages.count - 1] = .transcript(review)
  }
}

/// Why a store call failed, as the one line the screen shows.
public struct FlowProblem: Error, Equatable, Sendable {
  /// The line.
  public var message: String

  /// A problem described by `message`.
  public init(_ message: String) { self.message = message }
}
