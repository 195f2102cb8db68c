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
    switch continuation(of: edit, kind: kind) {
    case .extendLast:
      // In place, so the step's text is not copied for every key typed.
      let step = undoSteps.count - 1
      let index = undoSteps[step].count - 1
      undoSteps[step][index].inserted.removeLast(edit.removed.count)
      undoSteps[step][index].inserted.append(contentsOf: edit.inserted)
      undoSteps[step][index].cursorAfter = edit.cursorAfter
    case .appendToStep:
      undoSteps[undoSteps.count - 1].append(edit)
    case .newStep:
      undoSteps.append([edit])
      if undoSteps.count > Self.maximumSteps {
        undoSteps.removeFirst(undoSteps.count - Self.maximumSteps)
      }
    }
    openKind = kind
  }

  /// Adds `character`, typed at `position` with nothing removed (`isSpace` when it is a
  /// space), as `record` would: onto the open step's last edit in place when it continues it,
  /// without the edit's arrays, which cost more than the rest of the key.
  mutating func recordTyped(_ character: Character, isSpace: Bool, at position: Int) {
    guard let (step, index) = typingExtends(at: position, isSpace: isSpace) else {
      record(
        Edit(
          position: position, removed: [], inserted: [character], cursorBefore: position,
          cursorAfter: position + 1), kind: .typing)
      return
    }
    redoSteps.removeAll()
    undoSteps[step][index].inserted.append(character)
    undoSteps[step][index].cursorAfter = position + 1
  }

  /// Where the open step's last edit is, when a character typed at `position` extends it
  /// (`continuation` finding `.extendLast`); nil otherwise. Read apart from the change, so that
  /// no copy of the edit is alive while its text grows in place.
  private func typingExtends(at position: Int, isSpace: Bool) -> (step: Int, edit: Int)? {
    guard openKind == .typing, let step = undoSteps.indices.last,
      let index = undoSteps[step].indices.last
    else { return nil }
    let last = undoSteps[step][index]
    // A letter after a space starts a word, and a word is a step of its own.
    let startsWord = last.inserted.last.map { $0.isWhitespaceQuickly && !isSpace } ?? true
    guard last.cursorAfter == position, !startsWord,
      position == last.position + last.inserted.count
    else { return nil }
    return (step, index)
  }

  /// How an edit joins the history.
  private enum Continuation {
    /// It continues the open step and the step's last edit can absorb it.
    case extendLast
    /// It continues the open step as an edit of its own.
    case appendToStep
    /// It starts a step.
    case newStep
  }

  private func continuation(of edit: Edit, kind: Kind) -> Continuation {
    guard let openKind, openKind == kind, kind != .other, let last = undoSteps.last?.last,
      last.cursorAfter == edit.cursorBefore,
      !(kind == .typing && startsWord(edit, after: last))
    else { return .newStep }
    return Self.extends(last, with: edit) ? .extendLast : .appendToStep
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

  /// Whether `second` only rewrote the end of what `first` inserted and added after it, as
  /// typing does, so that one edit can do both: a word typed is then one edit, not one a key,
  /// which keeps the history small.
  private static func extends(_ first: Edit, with second: Edit) -> Bool {
    second.position + second.removed.count == first.position + first.inserted.count
      && second.removed.count <= first.inserted.count
      && first.inserted.suffix(second.removed.count).elementsEqual(second.removed)
  }

  /// Whether a typed character begins a new word after the step's last one: a letter after a
  /// space, so that undo takes back "word " at a time. The typed character is the last one an
  /// edit inserts: the first may be the one before the cursor, clustered again with it.
  private func startsWord(_ edit: Edit, after last: Edit) -> Bool {
    guard let previous = last.inserted.last, let next = edit.inserted.last else { return true }
    return previous.isWhitespaceQuickly && !next.isWhitespaceQuickly
  }
}

extension Character {
  /// `isWhitespace`, with ASCII, nearly every key typed, answered without Unicode's property
  /// tables: the history asks it on every key, and the table lookup was most of its cost.
  var isWhitespaceQuickly: Bool {
    guard let ascii = asciiValue else { return isWhitespace }
    return ascii == 0x20 || (0x09...0x0D).contains(ascii)
  }
}
