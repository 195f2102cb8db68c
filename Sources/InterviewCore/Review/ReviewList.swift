import Foundation

/// What the review list is asked to do: keys as the list understands them.
public enum ReviewListAction: Equatable, Sendable {
  /// Moves the selection by `rows` (negative is up), stopping at the ends.
  case move(Int)
  /// Moves the selection by `pages` screenfuls (negative is up).
  case page(Int)
  /// Selects the first (newest) session.
  case first
  /// Selects the last (oldest) session.
  case last
  /// Opens the filter line for typing (`/`).
  case beginFilter
  /// Edits the filter text; line breaks are ignored, control characters cleaned.
  case editFilter(EditCommand)
  /// Keeps the filter and leaves the filter line (Enter).
  case acceptFilter
  /// Clears the filter and leaves the filter line (Esc).
  case cancelFilter
  /// Opens the selected session's transcript.
  case open
  /// Asks to delete the selected session; nothing happens until `confirmDelete`.
  case requestDelete
  /// Deletes the session the confirmation asked about.
  case confirmDelete
  /// Keeps the session the confirmation asked about.
  case cancelDelete
  /// Shows or hides the help; any action closes it.
  case toggleHelp
  /// Leaves the list.
  case quit
  /// The list shows `visibleRows` sessions at a time now.
  case resize(visibleRows: Int)
}

/// What the app must do after a review-list action.
public enum ReviewListEffect: Equatable, Sendable {
  /// Load and show the transcript of this session.
  case open(Int64)
  /// Delete this session from the store, then call `ReviewList.removed(sessionID:)`.
  case delete(Int64)
  /// Leave the review list.
  case quit
}

/// The list of stored sessions, newest first, with a `/` filter, a selection kept on screen and
/// a delete confirmation. Pure: the app loads the sessions and carries out the effects.
public struct ReviewList: Equatable, Sendable {
  /// Every session given, newest first.
  public private(set) var sessions: [SessionSummary]
  /// Indices into `sessions` of the ones the filter keeps, in order.
  public private(set) var matches: [Int]
  /// Index into `matches` of the selected session; 0 when there is none.
  public private(set) var selection: Int = 0
  /// Index into `matches` of the first row shown.
  public private(set) var scroll: Int = 0
  /// How many rows the screen shows; the selection is kept within them.
  public private(set) var visibleRows: Int = 10
  /// The filter text.
  public private(set) var filter = AnswerBuffer()
  /// Whether keys go to the filter line.
  public private(set) var isEditingFilter = false
  /// The session a delete confirmation is asking about.
  public private(set) var pendingDelete: SessionSummary?
  /// Whether the help overlay shows.
  public private(set) var isShowingHelp = false
  /// A one-line problem to show (a failed load or delete), set by the app; cleared by any key.
  public var problem: String?
  /// The time zone dates are shown and matched in.
  public let timeZone: TimeZone
  /// Per session, the folded text the filter matches against; made on the first filter, not
  /// on opening, because folding 10,000 sessions' text is most of what opening would cost.
  private var haystacks: [String]?

  /// A list of `sessions` (sorted newest first here), dates shown in `timeZone`.
  public init(sessions: [SessionSummary], timeZone: TimeZone) {
    self.timeZone = timeZone
    self.sessions = []
    self.matches = []
    self.haystacks = nil
    replace(sessions: sessions)
  }

  /// The selected session, if any session matches.
  public var selected: SessionSummary? {
    matches.indices.contains(selection) ? sessions[matches[selection]] : nil
  }

  /// The sessions the filter keeps, in order.
  public var shown: [SessionSummary] { matches.map { sessions[$0] } }

  /// `date` as the list shows it, `Sat 21 Nov 14:05` in the list's time zone (`DateStyle`).
  public func dateText(_ date: Date, compact: Bool = false) -> String {
    DateStyle.list(date, timeZone: timeZone, compact: compact)
  }

  /// Applies `action`; returns what the app must do.
  public mutating func send(_ action: ReviewListAction) -> [ReviewListEffect] {
    if case .resize(let rows) = action {
      visibleRows = max(1, rows)
      keepSelectionVisible()
      return []
    }
    problem = nil
    if isShowingHelp {
      // Any key closes the help, as in the rehearsal.
      isShowingHelp = false
      return []
    }
    if pendingDelete != nil {
      return answerConfirmation(action)
    }
    if isEditingFilter {
      switch action {
      case .editFilter(let command):
        guard command != .lineBreak else { return [] }
        let keep = selected?.id
        if case .insert(let text) = command {
          // The filter is one line: a pasted line break is a space between words.
          filter.apply(.insert(String(text.map { $0.isNewline ? " " : $0 })))
        } else {
          filter.apply(command)
        }
        refilter(keeping: keep)
        return []
      case .acceptFilter:
        isEditingFilter = false
        return []
      case .cancelFilter:
        isEditingFilter = false
        let keep = selected?.id
        filter = AnswerBuffer()
        refilter(keeping: keep)
        return []
      case .move, .page, .first, .last, .toggleHelp:
        break
      default:
        return []
      }
    }
    switch action {
    case .move(let rows): select(selection + rows)
    case .page(let pages): select(selection + pages * max(1, visibleRows - 1))
    case .first: select(0)
    case .last: select(matches.count - 1)
    case .beginFilter: isEditingFilter = true
    case .editFilter, .acceptFilter: break
    case .cancelFilter:
      // Esc outside the filter line clears a kept filter before it leaves the list.
      if filter.isEmpty { return [.quit] }
      let keep = selected?.id
      filter = AnswerBuffer()
      refilter(keeping: keep)
    case .open:
      if let selected { return [.open(selected.id)] }
    case .requestDelete: pendingDelete = selected
    case .confirmDelete, .cancelDelete: break
    case .toggleHelp: isShowingHelp = true
    case .quit: return [.quit]
    case .resize: break
    }
    return []
  }

  /// Replaces the sessions (after a reload), keeping the filter and, where it still exists,
  /// the selected session.
  public mutating func replace(sessions newSessions: [SessionSummary]) {
    let keep = selected?.id
    sessions = newSessions.sorted { $0.started > $1.started }
    haystacks = nil
    refilter(keeping: keep)
  }

  /// Forgets a session the app deleted; the selection stays at the same place in the list.
  public mutating func removed(sessionID: Int64) {
    guard let index = sessions.firstIndex(where: { $0.id == sessionID }) else { return }
    let position = selection
    sessions.remove(at: index)
    haystacks?.remove(at: index)
    if pendingDelete?.id == sessionID { pendingDelete = nil }
    refilter(keeping: nil)
    select(position)
  }

  // MARK: - Internals

  private mutating func answerConfirmation(_ action: ReviewListAction) -> [ReviewListEffect] {
    switch action {
    case .confirmDelete:
      let id = pendingDelete?.id
      pendingDelete = nil
      return id.map { [.delete($0)] } ?? []
    case .cancelDelete, .cancelFilter, .quit:
      pendingDelete = nil
      return []
    default:
      // Anything else leaves the question open: a delete is never confirmed by accident.
      return []
    }
  }

  private mutating func select(_ index: Int) {
    selection = max(0, min(index, matches.count - 1))
    keepSelectionVisible()
  }

  private mutating func keepSelectionVisible() {
    if selection < scroll { scroll = selection }
    if selection >= scroll + visibleRows { scroll = selection - visibleRows + 1 }
    // No blank rows below the last session while there are sessions above the first shown.
    scroll = max(0, min(scroll, matches.count - visibleRows))
  }

  /// Recomputes the matches; the selection follows session `keep` when it still matches,
  /// else goes to the first.
  private mutating func refilter(keeping keep: Int64?) {
    let needles = SearchFolding.fold(filter.text).split(separator: " ").map(String.init)
    if needles.isEmpty {
      matches = Array(sessions.indices)
    } else {
      let haystacks = self.haystacks ?? sessions.map { SearchFolding.fold(searchText(of: $0)) }
      self.haystacks = haystacks
      matches = haystacks.indices.filter { index in
        needles.allSatisfy { haystacks[index].contains($0) }
      }
    }
    let index = keep.flatMap { id in matches.firstIndex { sessions[$0].id == id } } ?? 0
    select(index)
  }

  /// What the filter looks in: date, company, position, deck, status.
  private func searchText(of session: SessionSummary) -> String {
    [
      // The list's date, and the ISO day, so "2026-11" finds November's sessions too.
      dateText(session.started), StudyDay(session.started, timeZone: timeZone).iso,
      session.company, session.position, session.deckTitle,
      TranscriptFormat.status(session.status), session.kind == .drill ? "drill" : "",
    ].joined(separator: " ")
  }
}
