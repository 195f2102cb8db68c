/// The follow-up letter open in the app's editor: the text being edited, whether leaving would
/// drop changes, and the question asked before it does. Pure; saving is the app's, asked for
/// by the outcome `save`.
public struct LetterEditor: Equatable, Sendable {
  /// What the editor is asked to do.
  public enum Action: Equatable, Sendable {
    /// Edits the letter.
    case edit(EditCommand)
    /// Saves the letter with the session.
    case save
    /// Esc: closes at once when nothing changed, else asks first.
    case cancel
    /// The answer to "drop your changes?": true drops them and closes.
    case confirmDiscard(Bool)
    /// Shows or hides the help; any action closes it.
    case toggleHelp
  }

  /// What the app must do after an action.
  public enum Outcome: Equatable, Sendable {
    /// Save `text` as session `sessionID`'s letter, then report with `saved(problem:)`.
    case save(sessionID: Int64, text: String)
    /// Close the editor, back to the page it was opened from.
    case close
  }

  /// The session the letter belongs to.
  public let sessionID: Int64
  /// What the letter is for, as the editor's header names it ("Acme — Analyst").
  public let title: String
  /// The letter as it is now.
  public private(set) var buffer: AnswerBuffer
  /// The letter as last saved or opened: what leaving would go back to.
  public private(set) var saved: String
  /// Whether Esc is asking before changes are dropped.
  public private(set) var isConfirmingDiscard = false
  /// Whether the help overlay shows.
  public private(set) var isShowingHelp = false
  /// Whether a save was asked for and has not been reported yet.
  public private(set) var isSaving = false
  /// Why the last save failed, shown until the next one works.
  public private(set) var problem: String?

  /// The editor on `text`, the letter of session `sessionID` (saved, or a fresh draft);
  /// `title` names the interview it follows.
  public init(sessionID: Int64, text: String, title: String = "") {
    self.sessionID = sessionID
    self.title = title
    // The cursor at the start, so the subject and greeting show first.
    buffer = AnswerBuffer(text: text, cursor: 0)
    saved = text
  }

  /// Whether the letter differs from what leaving would keep.
  public var hasChanges: Bool { buffer.text != saved }

  /// Applies `action`; returns what the app must do, if anything.
  public mutating func send(_ action: Action) -> Outcome? {
    if isShowingHelp {
      isShowingHelp = false
      return nil
    }
    if isConfirmingDiscard {
      guard case .confirmDiscard(let discard) = action else { return nil }
      isConfirmingDiscard = false
      return discard ? .close : nil
    }
    switch action {
    case .edit(let command):
      buffer.apply(command)
    case .save:
      isSaving = true
      return .save(sessionID: sessionID, text: buffer.text)
    case .cancel:
      guard hasChanges else { return .close }
      isConfirmingDiscard = true
    case .confirmDiscard:
      break
    case .toggleHelp:
      isShowingHelp = true
    }
    return nil
  }

  /// The app's report on the save asked for: with no problem the letter is saved and the
  /// editor closes (`close`); otherwise it stays open, saying why, with nothing lost.
  public mutating func saved(problem: String?) -> Outcome? {
    isSaving = false
    self.problem = problem
    guard problem == nil else { return nil }
    saved = buffer.text
    return .close
  }
}
