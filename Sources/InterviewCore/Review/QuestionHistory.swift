import Foundation

/// How much of a question's history the screen shows.
public struct HistoryViewport: Equatable, Sendable {
  /// Cells the compare view is laid out in.
  public var width: Int
  /// Rows of attempts (in the list) or lines (in the compare view) shown at once.
  public var height: Int
  /// Whether the compare view puts the two attempts side by side (else one above the other).
  public var sideBySide: Bool

  /// A viewport `width` cells wide and `height` rows high.
  public init(width: Int, height: Int, sideBySide: Bool) {
    self.width = width
    self.height = height
    self.sideBySide = sideBySide
  }

  /// The width of each column when side by side: two columns and a three-cell gutter.
  public var columnWidth: Int { sideBySide ? max(1, (width - 3) / 2) : max(1, width) }
}

/// What the history view is asked to do.
public enum QuestionHistoryAction: Equatable, Sendable {
  /// In the list, moves the selection; in the compare view, scrolls by lines.
  case move(Int)
  /// Moves or scrolls by screenfuls.
  case page(Int)
  /// To the first attempt, or the top of the comparison.
  case first
  /// To the last attempt, or the bottom of the comparison.
  case last
  /// Marks the selected attempt for comparison, or unmarks it; the second mark compares.
  case toggleMark
  /// Opens the selected attempt in its transcript.
  case open
  /// Shows or hides the help; any action closes it.
  case toggleHelp
  /// From the comparison to the list; from the list back to where it was opened.
  case back
  /// The screen shows this much now.
  case resize(HistoryViewport)
}

/// What the app must do after a history action.
public enum QuestionHistoryEffect: Equatable, Sendable {
  /// Leave the history.
  case back
  /// Show this attempt in its transcript.
  case openTranscript(EntryReference)
}

/// Every attempt at one question across sessions, and any two of them compared. Pure.
public struct QuestionHistory: Equatable, Sendable {
  /// The question, as the title shows it.
  public let question: String
  /// The attempts, oldest first.
  public private(set) var attempts: [QuestionAttempt]
  /// Index of the selected attempt.
  public private(set) var selection = 0
  /// Index of the first attempt row shown.
  public private(set) var scroll = 0
  /// Indices of the attempts marked for comparison, in marking order (at most two).
  public private(set) var marked: [Int] = []
  /// Whether the two marked attempts show compared.
  public private(set) var isComparing = false
  /// The first line of the comparison shown.
  public private(set) var compareScroll = 0
  /// What the screen shows.
  public private(set) var viewport: HistoryViewport
  /// Whether the help overlay shows.
  public private(set) var isShowingHelp = false
  /// The time zone dates are shown in.
  public let timeZone: TimeZone

  /// The history of `question` from `attempts`, selecting the one at `focus` if given.
  public init(
    question: String, attempts: [QuestionAttempt], focus: EntryReference? = nil,
    timeZone: TimeZone,
    viewport: HistoryViewport = HistoryViewport(width: 76, height: 12, sideBySide: false)
  ) {
    self.question = question
    self.attempts = attempts
    self.timeZone = timeZone
    self.viewport = viewport
    selection =
      focus.flatMap { reference in attempts.firstIndex { $0.reference == reference } } ?? 0
    keepSelectionVisible()
  }

  /// The selected attempt.
  public var selected: QuestionAttempt? {
    attempts.indices.contains(selection) ? attempts[selection] : nil
  }

  /// The two attempts compared, in marking order, while comparing.
  public var compared: (QuestionAttempt, QuestionAttempt)? {
    guard isComparing, marked.count == 2 else { return nil }
    return (attempts[marked[0]], attempts[marked[1]])
  }

  /// `date` as the history shows it.
  public func dateText(_ date: Date, compact: Bool = false) -> String {
    DateStyle.list(date, timeZone: timeZone, compact: compact)
  }

  /// The compared attempts laid out for the viewport: one list per column, or both in one
  /// column one after the other.
  public var compareColumns: [[TranscriptLine]] {
    guard isComparing, marked.count == 2 else { return [] }
    let width = viewport.columnWidth
    let columns = marked.map { index in
      TranscriptLayout.attempt(
        attempts[index], item: index, dateText: dateText(attempts[index].started), width: width)
    }
    if viewport.sideBySide { return columns }
    return [columns[0] + [TranscriptLine(.blank)] + columns[1]]
  }

  /// Lines in the comparison: the longer column's.
  public var compareLineCount: Int { compareColumns.map(\.count).max() ?? 0 }

  /// Applies `action`; returns what the app must do.
  public mutating func send(_ action: QuestionHistoryAction) -> [QuestionHistoryEffect] {
    if case .resize(let new) = action {
      viewport = HistoryViewport(
        width: max(1, new.width), height: max(1, new.height), sideBySide: new.sideBySide)
      keepSelectionVisible()
      compareScroll = min(compareScroll, maxCompareScroll)
      return []
    }
    if isShowingHelp {
      isShowingHelp = false
      return []
    }
    if isComparing { return sendToComparison(action) }
    switch action {
    case .move(let rows): select(selection + rows)
    case .page(let pages): select(selection + pages * max(1, viewport.height - 1))
    case .first: select(0)
    case .last: select(attempts.count - 1)
    case .toggleMark:
      guard selected != nil else { return [] }
      if let index = marked.firstIndex(of: selection) {
        marked.remove(at: index)
      } else {
        marked.append(selection)
      }
      if marked.count == 2 {
        isComparing = true
        compareScroll = 0
      }
    case .open:
      if let selected { return [.openTranscript(selected.reference)] }
    case .toggleHelp: isShowingHelp = true
    case .back: return [.back]
    case .resize: break
    }
    return []
  }

  // MARK: - Internals

  private var maxCompareScroll: Int { max(0, compareLineCount - viewport.height) }

  private mutating func sendToComparison(_ action: QuestionHistoryAction) -> [QuestionHistoryEffect]
  {
    switch action {
    case .move(let lines): compareScroll += lines
    case .page(let pages): compareScroll += pages * max(1, viewport.height - 1)
    case .first: compareScroll = 0
    case .last: compareScroll = maxCompareScroll
    case .back, .toggleMark:
      // Leaving the comparison unmarks both, ready to pick another pair.
      isComparing = false
      marked = []
      compareScroll = 0
    case .open:
      // The attempt selected in the list, which is one of the two compared.
      if let selected { return [.openTranscript(selected.reference)] }
    case .toggleHelp: isShowingHelp = true
    case .resize: break
    }
    compareScroll = max(0, min(compareScroll, maxCompareScroll))
    return []
  }

  private mutating func select(_ index: Int) {
    selection = max(0, min(index, attempts.count - 1))
    keepSelectionVisible()
  }

  private mutating func keepSelectionVisible() {
    let rows = max(1, viewport.height)
    if selection < scroll { scroll = selection }
    if selection >= scroll + rows { scroll = selection - rows + 1 }
    scroll = max(0, min(scroll, attempts.count - rows))
  }
}
