import InterviewCore

/// Decides when a key typed into an answer can reach the terminal as one cell instead of a
/// whole frame: nearly every key a typist presses adds a character at the end of the line being
/// typed and changes nothing else on the screen, and drawing the frame again for it cost more
/// than everything else a key does.
///
/// It remembers what the last whole frame showed (every face the frame was drawn from, and the
/// editor's lines) and echoes only when the interview now shows exactly that but for one
/// printable ASCII character more at the end of the cursor's line, with the cursor after it.
/// Anything else (a clock's second, a word count, a wrap, a scroll, a notice, a menu) draws
/// the frame. By construction the echoed screen is the frame a whole draw would make, which the
/// tests check on every key of long typing runs.
public struct TypingEcho {
  /// Everything an answering frame shows apart from the editor's lines and cursor.
  struct Face: Equatable {
    var rows: Int
    var columns: Int
    var header: InterviewScreen.HeaderFace
    var question: AnswerView.QuestionFace
    var timer: AnswerView.TimerFace
    var salary: String?
    var isSpoken: Bool
    var isTyping: Bool
    var words: Int
    var status: InterviewScreen.StatusFace
    var footer: [KeyBinding]

    /// The face of `interview` on a terminal `rows` by `columns`; nil for any frame but an
    /// answer already started, without a menu or the help over it, on a screen big enough.
    init?(_ interview: Interview, context: InterviewScreenContext, rows: Int, columns: Int) {
      guard case .answering(let turn) = interview.stage, turn.started, interview.isTyping,
        interview.menuSelection == nil, !interview.isShowingHelp
      else { return nil }
      let layout = LayoutClass(rows: rows, columns: columns)
      guard layout != .tooSmall else { return nil }
      let region = InterviewScreen.body(rows: rows, columns: columns)
      let plan = interview.plan
      let spoken = plan.settings.mode == .spoken
      self.rows = rows
      self.columns = columns
      header = InterviewScreen.HeaderFace(interview, isCompact: layout == .compact)
      question = AnswerView.QuestionFace(
        plan: plan, region: region, segment: turn.segment, question: turn.question,
        isFollowUp: turn.isFollowUp, followUpText: turn.followUpText, coach: interview.coachNote,
        lead: AnswerView.coachLead(interview, turn: turn))
      // The row is the question block's to decide, and the same question face puts it in the
      // same place.
      timer = AnswerView.timerFace(
        label: spoken ? "Speaking" : "Answer", elapsed: turn.answerMilliseconds,
        target: interview.targetMilliseconds(for: turn), row: 0, region: region)
      salary =
        plan.segments[turn.segment].kind == .salary
        ? BriefingView.salaryReminder(plan.settings, short: region.isCompact) : nil
      isSpoken = spoken
      isTyping = interview.isTyping
      words = turn.buffer.wordCount
      status = InterviewScreen.StatusFace(
        saveProblem: context.saveProblem, notice: interview.notice, isBriefing: false,
        isSummary: false, transcriptPath: context.transcriptPath)
      footer = InterviewKeys.footer(for: interview)
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

  /// The last frame shown: its face, and where the editor's lines went.
  private var shown: (face: Face, placement: AnswerView.EditorPlacement)?

  /// Nothing shown yet: the first frame is drawn whole.
  public init() {}

  /// Forgets the frame shown, for when something else took the screen.
  public mutating func forget() {
    shown = nil
  }

  /// Remembers the frame just drawn whole: its face (nil when it could not be echoed on) and
  /// where its editor went.
  mutating func remember(_ face: Face?, placement: AnswerView.EditorPlacement?) {
    if let face, let placement {
      shown = (face, placement)
    } else {
      shown = nil
    }
  }

  /// The cell that turns the frame shown into the one `interview` would draw, remembered as
  /// shown; nil when the frame must be drawn whole.
  mutating func cell(face: Face, interview: Interview) -> Cell? {
    guard let (oldFace, placement) = shown, oldFace == face,
      case .answering(let turn) = interview.stage
    else { return nil }
    let old = placement.window
    let new = turn.buffer.window(width: placement.width, rows: placement.rows)
    guard new.firstRow == old.firstRow, new.lineCount == old.lineCount,
      new.cursorRow == old.cursorRow, new.lines.count == old.lines.count
    else { return nil }
    let index = new.cursorRow - new.firstRow
    guard old.lines.indices.contains(index) else { return nil }
    for line in new.lines.indices where line != index {
      guard new.lines[line].text == old.lines[line].text else { return nil }
    }
    let before = old.lines[index].text.utf8
    let after = new.lines[index].text.utf8
    // One cell more at the end of the line, within the width: ASCII both, so a byte is a cell,
    // and the cursor at the end before and after.
    guard after.count == before.count + 1, after.count <= placement.width,
      old.cursorColumn == before.count, new.cursorColumn == after.count,
      let added = after.last, (0x20..<0x7F).contains(added),
      before.allSatisfy({ (0x20..<0x7F).contains($0) }),
      after.starts(with: before)
    else { return nil }
    var kept = placement
    kept.window = new
    shown = (face, kept)
    let row = placement.firstRow + index
    return Cell(
      row: row, column: placement.textLeft + old.cursorColumn, character: added,
      cursorRow: row, cursorColumn: placement.textLeft + new.cursorColumn)
  }
}
