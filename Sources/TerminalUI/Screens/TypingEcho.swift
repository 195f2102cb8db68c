import InterviewCore

/// Decides when a key typed into an answer can reach the terminal as one cell instead of a
/// whole frame: nearly every key a typist presses adds a character at the end of the line being
/// typed and changes nothing else on the screen, and drawing the frame again for it cost more
/// than everything else a key does.
///
/// It remembers what the last whole frame showed (every face the frame was drawn from, and the
/// editor's lines) and echoes only when the interview now shows exactly that but for one
/// printable ASCII character more at the end of the cursor's line, with the cursor after it.
/// When only the editor changed otherwise (a wrap, a deletion, the cursor moved), just the
/// editor's rows are drawn again. Anything else (a clock's second, a notice, a menu) draws the
/// frame. By construction the screen is the frame a whole draw would make, which the tests
/// check on every key of long typing runs, with one exception: the word count.
///
/// A key that starts a word is echoed like any other, and the count in the editor's border
/// follows when typing pauses (`countsAreLate`; the app waits `countsPauseMilliseconds` for
/// the next key) or with the clocks' next second, whichever is first. Drawn on every word
/// start, the count cost as much as all the other keys of the word together: ncurses' search
/// for the cheapest way to the border row and back.
public struct TypingEcho {
  /// What an answering frame shows apart from the editor's lines and cursor, in the terms it
  /// changes in while one answer is typed; the rest (the plan, the question, the coach's note,
  /// the keys) is the same for as long as these are, given the same plan.
  struct Face: Equatable {
    var rows: Int
    var columns: Int
    var segment: Int
    var question: Int
    var isFollowUp: Bool
    /// The entries recorded: the coach's note is the last one's.
    var entries: Int
    var isPaused: Bool
    var clocks: InterviewScreen.HeaderClocks
    var answerSecond: Int
    var secondsOver: Int
    var timeRole: ColorRole
    var barFilled: Int
    var notice: String?
    var saveProblem: String?
    var transcriptPath: String

    /// The face of `interview` on a terminal `rows` by `columns`, its timer bar `barWidth`
    /// cells wide; nil for any frame but an answer already started, typed into, without a menu
    /// or the help over it, on a screen big enough.
    init?(
      _ interview: borrowing Interview, context: InterviewScreenContext, rows: Int, columns: Int,
      barWidth: Int
    ) {
      guard case .answering(let turn) = interview.stage, turn.started, interview.isTyping,
        interview.menuSelection == nil, !interview.isShowingHelp,
        LayoutClass(rows: rows, columns: columns) != .tooSmall
      else { return nil }
      self.rows = rows
      self.columns = columns
      segment = turn.segment
      question = turn.question
      isFollowUp = turn.isFollowUp
      entries = interview.entries.count
      isPaused = interview.isPaused
      clocks = InterviewScreen.HeaderClocks(interview, segment: turn.segment)
      // As the timer row shows them (`AnswerView.timerFace`).
      let elapsed = turn.answerMilliseconds
      let target = interview.targetMilliseconds(for: turn)
      answerSecond = max(0, elapsed) / 1000
      secondsOver = elapsed > target ? (elapsed - target) / 1000 : -1
      timeRole = TerminalUI.timeRole(elapsed: elapsed, target: target)
      barFilled =
        elapsed >= target || target <= 0 ? barWidth : elapsed * barWidth / max(1, target)
      notice = interview.notice
      saveProblem = context.saveProblem
      transcriptPath = context.transcriptPath
    }
  }

  /// One character to put on the screen, and where the cursor goes after it.
  public struct Cell: Equatable, Sendable {
    /// The screen row.
    public var row: Int
    /// The screen column.
    public var column: Int
    /// The character: one printable ASCII byte.
    public var character: UInt8
    /// Where the cursor shows afterwards.
    public var cursorRow: Int
    /// Where the cursor shows afterwards.
    public var cursorColumn: Int
  }

  /// What the editor's border counts: the lines scrolled above and below the editor, and the
  /// words.
  struct EditorCounts: Equatable {
    var above: Int
    var below: Int
    var words: Int

    /// The counts of an editor `rows` lines high whose cursor line is `line`, as
    /// `AnswerBuffer.window` places it, with `words` words.
    init(_ line: AnswerCursorLine, rows: Int, words: Int) {
      let shown = min(line.lineCount, line.firstRow + max(1, rows)) - line.firstRow
      above = line.firstRow
      below = max(0, line.lineCount - line.firstRow - shown)
      self.words = words
    }
  }

  /// How long typing must pause before the word count catches up with the words echoed: a
  /// person's keys come further apart than this, nearly always, so to them the count follows
  /// every word; a burst of keys (a fast typist's roll, keys queued behind a slow link) is
  /// counted once it ends.
  public static let countsPauseMilliseconds = 40

  /// What to do for a key instead of drawing the whole frame.
  enum Step {
    /// Put one character on the screen.
    case cell(Cell)
    /// Draw the editor's border row with the counts again, nothing else having changed since
    /// the characters echoed before: typing paused after a word was started.
    case counts(AnswerView.EditorPlacement, EditorCounts)
    /// Draw the editor again, as placed, on its rows alone.
    case editor(AnswerView.EditorPlacement)
  }

  /// The last frame shown whole, or echoed onto since. A class: every key reads it, and a
  /// copy of its plan and faces would retain each of their parts.
  private final class Shown {
    let face: Face
    let plan: InterviewPlan
    let barWidth: Int
    let placement: AnswerView.EditorPlacement
    var line: AnswerCursorLine
    /// The words the editor's border counts.
    var words: Int
    /// Whether the answer has more or fewer words than the border counts: words started by
    /// keys echoed since the border was drawn.
    var countsAreLate = false

    /// Whether the frame was drawn from `plan`. Compared here, where the plan kept is read in
    /// place: read from outside, it was copied, every string in it retained, on every key.
    func shows(_ plan: borrowing InterviewPlan) -> Bool {
      self.plan == plan
    }

    init(
      face: Face, plan: InterviewPlan, barWidth: Int, placement: AnswerView.EditorPlacement,
      line: AnswerCursorLine, words: Int
    ) {
      self.face = face
      self.plan = plan
      self.barWidth = barWidth
      self.placement = placement
      self.line = line
      self.words = words
    }
  }

  private var shown: Shown?

  /// Nothing shown yet: the first frame is drawn whole.
  public init() {}

  /// Whether the word count on the screen is behind the answer: words were started by keys
  /// echoed since the count was drawn. The next step without a key brings it up to date.
  public var countsAreLate: Bool { shown?.countsAreLate ?? false }

  /// How long to wait for the next key, at most `milliseconds`: while the word count is behind,
  /// no longer than the pause it waits for.
  public func wait(upTo milliseconds: Int) -> Int {
    countsAreLate ? min(milliseconds, Self.countsPauseMilliseconds) : milliseconds
  }

  /// The screen row of the count that is behind, when `countsAreLate`.
  var lateCountsRow: Int? {
    guard let shown, shown.countsAreLate else { return nil }
    return AnswerView.countsRow(of: shown.placement.request)
  }

  /// Forgets the frame shown, for when something else took the screen.
  public mutating func forget() {
    shown = nil
  }

  /// Whether every byte of `text` is printable ASCII, each one cell.
  private static func isPrintableASCII(_ text: String.UTF8View) -> Bool {
    text.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { (0x20..<0x7F).contains($0) }
    } ?? text.allSatisfy { (0x20..<0x7F).contains($0) }
  }

  /// Remembers the frame just drawn whole for `interview` on a terminal `rows` by `columns`,
  /// its editor placed at `placement` (nil when it has none).
  mutating func remember(
    _ interview: Interview, context: InterviewScreenContext, rows: Int, columns: Int,
    placement: AnswerView.EditorPlacement?
  ) {
    shown = nil
    guard let placement, case .answering(let turn) = interview.stage else { return }
    let region = InterviewScreen.body(rows: rows, columns: columns)
    let timer = AnswerView.timerFace(
      label: interview.plan.settings.mode == .spoken ? "Speaking" : "Answer",
      elapsed: turn.answerMilliseconds, target: interview.targetMilliseconds(for: turn), row: 0,
      region: region)
    guard
      let face = Face(
        interview, context: context, rows: rows, columns: columns, barWidth: timer.barWidth)
    else { return }
    shown = Shown(
      face: face, plan: interview.plan, barWidth: timer.barWidth, placement: placement,
      line: turn.buffer.cursorLine(width: placement.width, rows: placement.rows),
      words: turn.buffer.wordCount)
  }

  /// What turns the frame shown into the one `interview` would draw on a terminal `rows` by
  /// `columns`, remembered as shown: one cell, the counts' row, or the editor's rows drawn
  /// again; nil when the frame must be drawn whole.
  mutating func step(
    for interview: Interview, context: InterviewScreenContext, rows: Int, columns: Int
  ) -> Step? {
    guard let shown, case .answering(let turn) = interview.stage,
      let face = Face(
        interview, context: context, rows: rows, columns: columns, barWidth: shown.barWidth),
      face == shown.face,
      // An interview's plan is set when it starts and never changes, and the app names each
      // session's transcript: the same transcript is the same plan. Without a name, compared.
      !face.transcriptPath.isEmpty || shown.shows(interview.plan)
    else { return nil }
    // Nothing outside the editor changed, so the editor is where it was: at worst it is drawn
    // again on its own rows.
    let placement = shown.placement
    let old = shown.line
    let new = turn.buffer.cursorLine(width: placement.width, rows: placement.rows)
    let words = turn.buffer.wordCount
    shown.line = new
    if let cell = Self.cell(old: old, new: new, placement: placement) {
      // The border's count, if this key started a word, waits for a pause.
      shown.countsAreLate = words != shown.words
      return .cell(cell)
    }
    let countsWereLate = shown.countsAreLate
    shown.words = words
    shown.countsAreLate = false
    if countsWereLate, new == old {
      return .counts(placement, EditorCounts(new, rows: placement.rows, words: words))
    }
    return .editor(placement)
  }

  /// The one cell that turns the editor's cursor line `old` into `new`, or nil when more
  /// changed.
  private static func cell(
    old: AnswerCursorLine, new: AnswerCursorLine, placement: AnswerView.EditorPlacement
  ) -> Cell? {
    // The same lines around it: the cursor's line starts where it did, in the same place on
    // screen, and ends its paragraph, so the lines after it wrap as they did.
    guard new.firstRow == old.firstRow, new.lineCount == old.lineCount, new.row == old.row,
      new.start == old.start, new.endsLogicalLine, old.endsLogicalLine
    else { return nil }
    let before = old.text.utf8
    let after = new.text.utf8
    // One cell more at the end of the line, within the width: ASCII both, so a byte is a cell,
    // and the cursor at the end before and after. The cheap checks first; `hasPrefix` compares
    // the bytes at once.
    guard after.count == before.count + 1, after.count <= placement.width,
      old.column == before.count, new.column == after.count,
      let added = after.last, (0x20..<0x7F).contains(added),
      isPrintableASCII(before), new.text.hasPrefix(old.text)
    else { return nil }
    let row = placement.firstRow + new.row - new.firstRow
    return Cell(
      row: row, column: placement.textLeft + old.column, character: added,
      cursorRow: row, cursorColumn: placement.textLeft + new.column)
  }
}
