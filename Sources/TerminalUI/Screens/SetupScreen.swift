import InterviewCore

/// Draws the setup form: every field with its value, the focused one highlighted, a hint for
/// it, and why the form cannot start yet.
public enum SetupScreen {
  /// Draws `form` into `screen`, cleared first; the terminal cursor goes to the focused text
  /// field's cursor.
  public static func render(_ form: SetupForm, into screen: inout some Screen) {
    guard let layout = screen.beginFrame() else { return }
    let (rows, columns) = screen.size
    let compact = layout == .compact
    let fields = form.fields
    // The label column fits the longest label; the value follows after two spaces.
    let labelWidth = fields.filter { $0 != .start }.map(\.label.count).max() ?? 0
    let markerColumn = compact ? 0 : 2
    let labelColumn = markerColumn + 2
    let valueColumn = labelColumn + labelWidth + 2
    let valueWidth = columns - valueColumn - (compact ? 1 : 2)

    let firstRow: Int
    let visible: Int
    if compact {
      screen.label(
        "New rehearsal", row: 0, column: 1, width: columns - 2, style: Style(.title, .bold))
      firstRow = 1
      visible = rows - 5
    } else {
      let used = screen.label(
        "SecondRound", row: 0, column: 1, width: columns - 2, style: Style(.title, .bold))
      screen.label(
        " · New rehearsal", row: 0, column: 1 + used, width: columns - 2 - used,
        style: Style(.title))
      screen.rule(row: 1, column: 0, width: columns)
      firstRow = 3
      visible = min(fields.count, rows - 8)
    }
    // When the fields do not all fit, the window follows the focus.
    let focusIndex = fields.firstIndex(of: form.focus) ?? 0
    let start = max(0, min(focusIndex - visible / 2, fields.count - visible))
    if start > 0 || start + visible < fields.count {
      screen.labelRight(
        "\(focusIndex + 1)/\(fields.count)", row: compact ? 0 : 1, end: columns - 1,
        style: Style(.muted))
    }

    var row = firstRow
    for field in fields[start..<min(fields.count, start + visible)] {
      let focused = field == form.focus
      let style = Style(focused ? .selection : .normal)
      if focused {
        screen.fill(row: row, column: markerColumn, width: columns - markerColumn - 1, style: style)
        screen.label("▸", row: row, column: markerColumn, width: 1, style: style)
      }
      if field == .start {
        screen.label(
          "[ \(field.label) ]", row: row, column: labelColumn, width: columns - labelColumn - 1,
          style: focused ? style : Style(.accent, .bold))
        row += 1
        continue
      }
      screen.label(
        field.label, row: row, column: labelColumn, width: labelWidth,
        style: focused ? style : Style(.muted))
      if field.isText {
        drawText(
          form, field, focused: focused, row: row, column: valueColumn, width: valueWidth,
          style: style, into: &screen)
      } else {
        let value = form.value(field)
        let used = screen.label(
          "‹ \(value) ›", row: row, column: valueColumn, width: valueWidth, style: style)
        if field == .deck, let deck = form.decks.first(where: { $0.id == value }) {
          screen.text(
            "  " + deck.title, row: row, column: valueColumn + used, width: valueWidth - used,
            style: focused ? style : Style(.muted))
        }
      }
      row += 1
    }

    // The compact layout has no room for a long problem on the status line: it takes the
    // hint's place, which says less than the problem does, and the blank row above the footer.
    let problemInHint = compact && form.problem != nil
    let hintRow = compact ? min(row, rows - 4) : row + 1
    // A problem names what to type instead (every segment, every deck), so it is wrapped, never
    // cut at the edge: it ends on the row above the footer and takes rows from the hint.
    let problemWidth = columns - 2
    let problemLines =
      problemInHint
      ? []
      : form.problem.map {
        limited(
          wrapped(screen.glyphs.chrome("Cannot start: " + $0), width: problemWidth),
          to: max(1, rows - 3 - hintRow), width: problemWidth, ellipsis: screen.glyphs.ellipsis)
      } ?? []
    let hintRows = compact ? (problemInHint ? rows - 1 - hintRow : 2) : rows - 3 - hintRow
    let hintWidth = columns - 2 - labelColumn + (compact ? 1 : 0)
    let hintText = problemInHint ? "Cannot start: " + (form.problem ?? "") : hint(for: form)
    let hintLines = wrapped(screen.glyphs.chrome(hintText), width: hintWidth)
    // The hint gives way to the problem's lines, keeping a blank row between them.
    let hintRoom =
      problemLines.isEmpty
      ? hintRows : max(0, min(hintRows, rows - 2 - problemLines.count - hintRow))
    for (index, line) in limited(
      hintLines, to: hintRoom, width: hintWidth, ellipsis: screen.glyphs.ellipsis
    ).enumerated() {
      screen.write(
        line, row: hintRow + index, column: compact ? 1 : labelColumn,
        style: Style(problemInHint ? .error : .muted))
    }
    for (index, line) in problemLines.enumerated() {
      screen.write(
        line, row: rows - 1 - problemLines.count + index, column: 1, style: Style(.error))
    }
    screen.footer(SetupKeys.footer(for: form), row: rows - 1)
    if form.isConfirmingDiscard {
      screen.hideCursor()
      ConfirmBox.draw(
        title: "Discard this setup?",
        lines: ["What you typed in the form is lost.", "Your transcripts are not touched."],
        note: "y discard · n keep editing", into: &screen)
    }
  }

  /// A text field's value, scrolled sideways so the cursor shows when it is focused.
  private static func drawText(
    _ form: SetupForm, _ field: SetupForm.Field, focused: Bool, row: Int, column: Int, width: Int,
    style: Style, into screen: inout some Screen
  ) {
    let text = form.text(field)
    guard focused, let buffer = form.texts[field] else {
      if text.isEmpty,
        [.salaryRange, .walkAway, .interviewers, .jobDescription].contains(field)
      {
        screen.label("optional", row: row, column: column, width: width, style: Style(.muted))
      } else if field == .jobDescription {
        // A pasted posting is long: its start, and how much there is.
        let count = " · " + counted(form.jobDescriptionWords, "word")
        let room = width - count.terminalColumns
        let used =
          room >= 8
          ? screen.text(text, row: row, column: column, width: room, style: style) : 0
        screen.label(
          used > 0 ? count : String(count.dropFirst(3)), row: row, column: column + used,
          width: width - used, style: Style(.muted))
      } else {
        screen.text(text, row: row, column: column, width: width, style: style)
      }
      return
    }
    let characters = Array(oneLine(text))
    let cursor = min(buffer.cursor, characters.count)
    // Scroll so the cursor fits with a cell to spare for it after the text; one pass, since a
    // paste can make a field long.
    var first = 0
    var cells = characters[..<cursor].reduce(0) { $0 + $1.terminalColumns }
    while first < cursor, cells > max(0, width - 1) {
      cells -= characters[first].terminalColumns
      first += 1
    }
    let shown = String(String(characters[first...]).prefix(columns: width))
    screen.write(shown, row: row, column: column, style: style)
    screen.setCursor(row: row, column: column + cells)
  }

  /// What the focused field wants, with how long the job description is while it is focused.
  static func hint(for form: SetupForm) -> String {
    let words = form.jobDescriptionWords
    guard form.focus == .jobDescription, words > 0 else { return hint(for: form.focus) }
    return "\(counted(words, "word")): the coach looks for its key terms. Ctrl-U clears it."
  }

  /// What the focused field wants, in a line.
  static func hint(for field: SetupForm.Field) -> String {
    switch field {
    case .company: return "The employer you are interviewing with; the questions name it."
    case .position: return "The job title, as the posting has it; the questions name it."
    case .deck: return "←/→ choose the deck the questions come from."
    case .role: return "←/→ choose a role for role-specific questions, or any."
    case .rolePack:
      return "←/→ if needed: the role's pack fills what your deck lacks · always: it joins in."
    case .segments:
      return "comma-separated: "
        + SegmentKind.allCases.map(\.rawValue).joined(separator: ",")
    case .questionsPerSegment:
      let range = RehearsalSettings.questionsPerSegmentRange
      return "←/→ how many questions each segment asks: \(range.lowerBound)–\(range.upperBound)."
    case .mode:
      return "←/→ typed: write your answers · spoken: answer aloud, type notes if you like."
    case .voice:
      return "←/→ whether the panel reads each question aloud (espeak-ng), a voice each."
    case .recordingStart:
      return "←/→ first key: recording starts when you start answering; at once: as soon as "
        + "the question is asked."
    case .followUps: return "←/→ whether interviewers may ask one follow-up after an answer."
    case .feedback:
      return "←/→ the coach's notes after each answer, only at the end, or off."
    case .salaryRange:
      return "Optional: the range you researched, as you would say it, e.g. 60–70k."
    case .walkAway: return "Optional: the lowest offer you would accept; kept to yourself."
    case .interviewers:
      return "Optional: the panel's names, comma-separated; the follow-up letter greets them."
    case .jobDescription:
      return "Optional: paste the job posting; the coach looks for its key terms."
    case .start: return "Enter starts the interview; Ctrl-S starts it from any field."
    }
  }
}
