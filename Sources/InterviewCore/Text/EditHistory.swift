/// The undo and redo history of an answer: its edits, gathered into the steps a person would
/// undo at once (a word typed, a run of Backspaces, a paste, a deleted word).
struct EditHistory: Sendable {
  /// One change to the characters: at `position`, `removed` gave way to `inserted`.
  struct Edit: Sendable {
    var position: Int
    var removed: [Character]
    var inserted: [Character]
    var cursorBefore: Int
    var cursorAfter: Int
  }

  /// What kind of edit, for deciding whether it continues the step before.
  enum Kind: Sendable {
    /// A character typed; a word and the spaces after it make one step.
    case typing
    /// One character deleted by Backspace or Delete; a run of them makes one step.
    case deleting
    /// A paste, a line break, a deleted word or line, a yank: each is a step of its own.
    case other
  }

  /// Steps that can be undone, oldest first; each step's edits in the order they were made.
  private var undoSteps: [[Edit]] = []
  /// Steps undone that can be done again, the most recently undone last.
  private var redoSteps: [[Edit]] = []
  /// The kind of the last step, while it may still grow; nil once the cursor moved away.
  private var openKind: Kind?

  /// The most steps kept: enough for a long answer, without keeping every key of it forever.
  static let maximumSteps = 5000

  /// Adds `edit`, to the open step when it continues it, else as a new step.
  mutating func record(_ edit: Edit, kind: Kind) {
    redoSteps.removeAll()
    if let openKind, openKind == kind, kind != .other, let last = undoSteps.last?.last,
      last.cursorAfter == edit.cursorBefore,
      !(kind == .typing && startsWord(edit, after: last))
    {
      let step = undoSteps.count - 1
      if let merged = Self.merged(last, edit) {
        undoSteps[step][undoSteps[step].count - 1] = merged
      } else {
        undoSteps[step].append(edit)
      }
    } else {
      undoSteps.append([edit])
      if undoSteps.count > Self.maximumSteps {
        undoSteps.removeFirst(undoSteps.count - Self.maximumSteps)
      }
    }
    openKind = kind
  }

  /// Ends the open step, when the cursor moves or the answer is restored.
  mutating func closeStep() {
    openKind = nil
  }

  /// The step to undo, moved to the redo side; nil when there is none.
  mutating func takeUndo() -> [Edit]? {
    openKind = nil
    guard let step = undoSteps.popLast() else { return nil }
    redoSteps.append(step)
    return step
  }

  /// The step to redo, moved back to the undo side; nil when there is none.
  mutating func takeRedo() -> [Edit]? {
    openKind = nil
    guard let step = redoSteps.popLast() else { return nil }
    undoSteps.append(step)
    return step
  }

  /// One edit doing what `first` then `second` did, when `second` only rewrote the end of what
  /// `first` inserted and added after it, as typing does; a word typed is then one edit, not
  /// one a key, which keeps the history small.
  private static func merged(_ first: Edit, _ second: Edit) -> Edit? {
    let end = first.position + first.inserted.count
    guard second.position + second.removed.count == end,
      second.removed.count <= first.inserted.count,
      first.inserted.suffix(second.removed.count).elementsEqual(second.removed)
    else { return nil }
    var merged = first
    merged.inserted.removeLast(second.removed.count)
    merged.inserted += second.inserted
    merged.cursorAfter = second.cursorAfter
    return merged
  }

  /// Whether a typed character begins a new word after the step's last one: a letter after a
  /// space, so that undo takes back "word " at a time.
  private func startsWord(_ edit: Edit, after last: Edit) -> Bool {
    guard let previous = last.inserted.last, let next = edit.inserted.first else { return true }
    return previous.isWhitespace && !next.isWhitespace
  }
}
