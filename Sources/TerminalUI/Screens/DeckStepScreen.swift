import Foundation
import InterviewCore

/// Draws stepping through a deck: a header with the position and the card's markers, the
/// front of the card (who asks, the question, its target and tags), the back when turned over
/// (tips, follow-ups, the user's latest answer), the filter menu and the help.
public enum DeckStepScreen {
  /// Draws the whole frame for `stepper` into `screen`, cleared first; the latest answer's day
  /// is told in `timeZone`.
  public static func render(
    _ stepper: DeckStepper, timeZone: TimeZone = .current, into screen: inout some Screen
  ) {
    guard let layout = screen.beginFrame() else { return }
    screen.hideCursor()
    let (rows, columns) = screen.size
    let compact = layout == .compact
    drawHeader(stepper, compact: compact, into: &screen)
    let card = CardLayout(stepper, rows: rows, columns: columns, timeZone: timeZone)
    let region = card.region
    if stepper.current == nil {
      let message =
        stepper.cards.isEmpty
        ? "This deck has no questions." : "No question matches this filter: / picks another."
      for (index, line) in wrapped(message, width: region.width).prefix(region.height)
        .enumerated()
      {
        screen.text(
          line, row: region.top + index, column: region.left, width: region.width,
          style: Style(.muted))
      }
    }
    var row = region.top
    for line in card.front {
      draw(line, row: row, region: region, into: &screen)
      row += 1
    }
    if stepper.isRevealed {
      drawBack(card, scroll: stepper.backScroll, into: &screen)
    }
    drawStatus(stepper, compact: compact, row: rows - 2, into: &screen)
    screen.footer(DeckStepperKeys.footer(for: stepper), row: rows - 1)
    if let menu = stepper.filterMenu, !stepper.isShowingHelp {
      drawFilterMenu(menu, current: stepper.filter, into: &screen)
    }
    if stepper.isShowingHelp {
      HelpOverlay.render(DeckStepperKeys.help(for: stepper), into: &screen)
    }
  }

  /// Rows the back of the card has on a terminal `rows` by `columns`: what a page of
  /// scrolling moves by.
  public static func backRows(_ stepper: DeckStepper, rows: Int, columns: Int) -> Int {
    CardLayout(stepper, rows: rows, columns: columns, timeZone: .current).backHeight
  }

  /// The furthest the back of the current card scrolls on a terminal `rows` by `columns`:
  /// scrolled this far, its last line shows.
  public static func backScrollLimit(_ stepper: DeckStepper, rows: Int, columns: Int) -> Int {
    CardLayout(stepper, rows: rows, columns: columns, timeZone: .current).scrollLimit
  }

  // MARK: - Layout

  /// One line of a card, already cut to the width: spans, or a timing line drawn with the
  /// rehearsal's timer bar.
  enum CardLine: Equatable {
    case spans(SpanLine)
    case timing(thinking: Int?, answer: Int?, target: Int?)

    static let blank = CardLine.spans([])
  }

  /// Where everything of the current card goes for one terminal size.
  struct CardLayout {
    /// The body of the screen, between the header and the status line.
    var region: Region
    /// The front's lines, from the top of the region.
    var front: [CardLine] = []
    /// The back's lines, all of them; `backTop` is where the first one shown goes.
    var back: [CardLine] = []
    /// The first row of the back.
    var backTop: Int

    /// Rows the back has.
    var backHeight: Int { max(0, region.bottom - backTop) }

    /// How far the back scrolls: when it is cut, its last row is a "more" hint.
    var scrollLimit: Int {
      back.count <= backHeight ? 0 : max(0, back.count - max(1, backHeight - 1))
    }

    init(_ stepper: DeckStepper, rows: Int, columns: Int, timeZone: TimeZone) {
      let compact = LayoutClass(rows: rows, columns: columns) != .full
      region =
        compact
        ? Region(top: 1, bottom: rows - 2, left: 1, width: max(1, columns - 2), isCompact: true)
        : Region(top: 3, bottom: rows - 2, left: 2, width: max(1, columns - 4), isCompact: false)
      backTop = region.top
      guard let card = stepper.current else { return }
      let width = region.width
      let revealed = stepper.isRevealed
      // Turned over in the compact layout, the front gives its room to the back.
      let bare = compact && revealed
      if !bare {
        front.append(
          .spans(
            DeckStepScreen.spread(
              card.interviewer + " asks", Style(.muted),
              "aim for " + TargetDuration.clock(seconds: card.question.targetSeconds),
              Style(.muted), width: width)))
        if !compact { front.append(.blank) }
      }
      let questionRoom = bare ? 2 : compact ? 5 : revealed ? 5 : 8
      let question = limited(
        wrapped(card.text, width: width), to: questionRoom, width: width, ellipsis: "…")
      front += question.map { .spans([Span($0, Style(.accent, .bold))]) }
      if !bare, let labels = DeckStepScreen.labels(of: card.question) {
        front.append(.spans([Span(fitted(labels, width: width, ellipsis: "…"), Style(.muted))]))
      }
      if revealed {
        if !compact { front.append(.blank) }
        back = DeckStepScreen.backLines(
          card, progress: stepper.progress(of: card), today: stepper.today, width: width,
          timeZone: timeZone)
      }
      backTop = min(region.bottom, region.top + front.count)
    }
  }

  /// `left` at the start of a line `width` wide and `right` at its end, `left` cut first.
  static func spread(
    _ left: String, _ leftStyle: Style, _ right: String, _ rightStyle: Style,
    width: Int
  ) -> SpanLine {
    let rightWidth = right.terminalColumns
    guard rightWidth + 2 < width else {
      return [Span(fitted(left, width: width, ellipsis: "…"), leftStyle)]
    }
    return [
      Span(fitted(left, width: width - rightWidth - 2, ellipsis: "…"), leftStyle),
      Span(right, at: width - rightWidth, rightStyle),
    ]
  }

  /// "#culture #review · for data, backend", or nil for a question with neither.
  static func labels(of question: Question) -> String? {
    var parts: [String] = []
    if !question.tags.isEmpty {
      parts.append(question.tags.map { "#" + $0 }.joined(separator: " "))
    }
    if !question.roles.isEmpty { parts.append("for " + question.roles.joined(separator: ", ")) }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// The back of `card`: what the interviewer listens for, the follow-ups, and the latest
  /// answer, every line cut or wrapped to `width`.
  static func backLines(
    _ card: DeckCard, progress: CardProgress, today: StudyDay, width: Int, timeZone: TimeZone
  ) -> [CardLine] {
    var lines: [CardLine] = []
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      if !lines.isEmpty { lines.append(.blank) }
      lines.append(.spans([Span(fitted(title, width: width, ellipsis: "…"), Style(.title))]))
      for item in items {
        // A hanging indent, so each item's lines read as one.
        for (index, line) in wrapped(item, width: max(1, width - 2)).enumerated() {
          lines.append(.spans([Span(index == 0 ? "• " : "  "), Span(line, at: 2)]))
        }
      }
    }
    section("What they listen for", card.tips)
    section("Follow-ups", card.followUps)
    if !lines.isEmpty { lines.append(.blank) }
    guard let latest = progress.latest else {
      lines.append(
        .spans([
          Span(
            fitted("Not answered yet: d drills it now.", width: width, ellipsis: "…"),
            Style(.accent))
        ]))
      return lines
    }
    let day = StudyDay(latest.recorded, timeZone: timeZone)
    let ago = day.age(today: today)
    let source = latest.fromDrill ? "in a drill" : "in an interview"
    let heading = "Your last answer"
    lines.append(
      .spans([
        Span(heading, Style(.title)),
        Span(
          fitted(
            " · \(day.short) (\(ago)) · \(source)", width: width - heading.terminalColumns,
            ellipsis: "…"), at: heading.terminalColumns, Style(.muted)),
      ]))
    lines.append(
      .timing(
        thinking: latest.thinkingMilliseconds, answer: latest.answerMilliseconds,
        target: latest.targetMilliseconds))
    var verdict: [String] = []
    if let rating = latest.rating { verdict.append("rated \(rating)/5") }
    if let grade = latest.grade { verdict.append("graded \(grade.name)") }
    if latest.skipped { verdict.append("skipped") }
    if latest.spokenNotes { verdict.append("answered aloud: notes below") }
    lines.append(
      .spans([
        Span(
          fitted(
            verdict.isEmpty ? "not rated" : verdict.joined(separator: " · "), width: width,
            ellipsis: "…"), Style(verdict.isEmpty ? .muted : .normal))
      ]))
    if let feedback = latest.feedback, !latest.skipped {
      // The coach's marks and note, so the user sees what to do better before drilling again.
      let headline = feedback.headline
      lines += FeedbackView.lines(
        lead: "Coach:",
        leadStyle: headline.map(FeedbackView.leadStyle) ?? Style(.title, .bold),
        marks: FeedbackView.marks(feedback, segment: card.segment), note: headline?.text,
        width: width, maxLines: 3
      ).map { .spans($0) }
    }
    let answer = latest.answer.trimmingCharacters(in: .whitespacesAndNewlines)
    if answer.isEmpty {
      lines.append(.spans([Span("(nothing typed)", Style(.muted))]))
    } else {
      lines += wrapped(answer, width: width).map { .spans([Span($0)]) }
    }
    return lines
  }

  // MARK: - Drawing

  static func draw(_ line: CardLine, row: Int, region: Region, into screen: inout some Screen) {
    switch line {
    case .spans(let spans):
      screen.draw(spans, row: row, column: region.left, width: region.width)
    case .timing(let thinking, let answer, let target):
      drawTiming(
        thinking: thinking, answer: answer, target: target, row: row, column: region.left,
        width: region.width, into: &screen)
    }
  }

  /// "Thinking 0:12 · Answer 1:45 / 2:00 ▰▰▰▱ +0:10 over": a stored answer's times, as review
  /// and the back of a card show them.
  static func drawTiming(
    thinking: Int?, answer: Int?, target: Int?, row: Int, column: Int, width: Int,
    into screen: inout some Screen
  ) {
    var used = 0
    // The answer's time and how far over matter more than thinking time: on a narrow line,
    // thinking time goes first.
    let answerRoom =
      answer.map { "Answer \(clock(milliseconds: $0)) / 0:00  +0:00 over".count } ?? 14
    if let thinking, width >= answerRoom + 16 {
      used = screen.label(
        "Thinking \(clock(milliseconds: thinking)) · ", row: row, column: column, width: width,
        style: Style(.muted))
    }
    guard let answer else {
      screen.label(
        "no answer time", row: row, column: column + used, width: width - used,
        style: Style(.muted))
      return
    }
    guard let target else {
      screen.label(
        "Answer \(clock(milliseconds: answer))", row: row, column: column + used,
        width: width - used)
      return
    }
    AnswerView.drawTimer(
      label: "Answer", elapsed: answer, target: target, row: row,
      region: Region(
        top: row, bottom: row + 1, left: column + used, width: width - used,
        isCompact: width - used < 60),
      into: &screen)
  }

  private static func drawBack(_ card: CardLayout, scroll: Int, into screen: inout some Screen) {
    let height = card.backHeight
    guard height > 0 else { return }
    let cut = card.back.count > height
    let start = min(max(0, scroll), card.scrollLimit)
    let shown = cut ? max(0, height - 1) : height
    for (offset, line) in card.back.dropFirst(start).prefix(shown).enumerated() {
      draw(line, row: card.backTop + offset, region: card.region, into: &screen)
    }
    guard cut else { return }
    let below = card.back.count - start - shown
    let hint =
      below > 0
      ? "↓ \(below) more · ↓/j scrolls" : "↑ \(start) above · ↑/k scrolls back"
    screen.label(
      hint, row: card.backTop + shown, column: card.region.left, width: card.region.width,
      style: Style(.muted))
  }

  private static func drawHeader(
    _ stepper: DeckStepper, compact: Bool, into screen: inout some Screen
  ) {
    let columns = screen.size.columns
    let marks = markers(stepper, glyphs: screen.glyphs)
    if compact {
      // One row: the position, then the card's own markers at the right.
      let own = marks.filter(\.isCardMarker)
      var end = columns - 1
      for mark in own.reversed() {
        let start = end - screen.glyphs.chrome(mark.text).terminalColumns
        guard start > columns / 2 else { break }
        screen.labelRight(mark.text, row: 0, end: end, style: mark.style)
        end = start - 1
      }
      screen.text(
        stepper.positionText, row: 0, column: 1, width: max(0, end - 2),
        style: Style(.accent, .bold))
      return
    }
    let position = screen.labelRight(
      stepper.positionText, row: 0, end: columns - 1, style: Style(.accent, .bold))
    screen.text(
      stepper.cards.first?.deckTitle ?? "Deck", row: 0, column: 1, width: max(0, position - 3),
      style: Style(.title, .bold))
    var column = 1
    for (index, mark) in marks.enumerated() {
      let room = columns - 1 - column
      guard room > 0 else { break }
      if index > 0 {
        column += screen.label(" · ", row: 1, column: column, width: room, style: Style(.muted))
      }
      column += screen.text(
        mark.text, row: 1, column: column, width: columns - 1 - column, style: mark.style)
    }
    screen.rule(row: 2, column: 0, width: columns)
  }

  /// A word in the header about the stepping or the card.
  struct Marker: Equatable {
    var text: String
    var style: Style
    /// Whether it is about the card (star, due) rather than the stepping (filter, order).
    var isCardMarker: Bool
  }

  /// The header's markers: the filter, the order, the star and when the card is due.
  static func markers(_ stepper: DeckStepper, glyphs: Glyphs) -> [Marker] {
    var marks: [Marker] = []
    if let name = filterName(stepper.filter, in: stepper) {
      marks.append(Marker(text: "filter: " + name, style: Style(.accent), isCardMarker: false))
    }
    if stepper.isShuffled {
      marks.append(Marker(text: "shuffled", style: Style(.muted), isCardMarker: false))
    }
    guard let card = stepper.current else { return marks }
    let progress = stepper.progress(of: card)
    if progress.starred {
      marks.append(
        Marker(text: glyphs.isASCII ? "*" : "★", style: Style(.warning, .bold), isCardMarker: true))
    }
    if progress.isDue(on: stepper.today) {
      marks.append(Marker(text: "due today", style: Style(.warning), isCardMarker: true))
    } else if let schedule = progress.schedule {
      marks.append(
        Marker(text: "due " + schedule.due.short, style: Style(.muted), isCardMarker: true))
    } else {
      marks.append(Marker(text: "new", style: Style(.accent), isCardMarker: true))
    }
    return marks
  }

  /// The filter as the header names it; nil for every question.
  static func filterName(_ filter: StepFilter, in stepper: DeckStepper) -> String? {
    switch filter {
    case .all: return nil
    case .starred: return "Starred"
    case .due: return "Due today"
    case .segment(let kind):
      return stepper.cards.first { $0.segment == kind }?.segmentTitle ?? kind.defaultTitle
    case .role(let role): return "role: " + role
    case .tag(let tag): return "#" + tag
    }
  }

  private static func drawStatus(
    _ stepper: DeckStepper, compact: Bool, row: Int, into screen: inout some Screen
  ) {
    let width = screen.size.columns - 2
    if let notice = stepper.notice {
      // A notice says what to do: when it is too long for its row, it takes the one above.
      var lines = wrapped(notice, width: width)
      if lines.count > 1 {
        lines = limited(lines, to: 2, width: width, ellipsis: screen.glyphs.ellipsis)
        screen.fill(row: row - 1, column: 0, width: screen.size.columns, style: .plain)
      }
      for (index, line) in lines.enumerated() {
        screen.text(
          line, row: row - lines.count + 1 + index, column: 1, width: width,
          style: Style(.warning))
      }
    } else if compact {
      // The compact header has room for the card's markers only: the stepping's go here.
      let words = markers(stepper, glyphs: screen.glyphs).filter { !$0.isCardMarker }.map(\.text)
      screen.text(
        words.joined(separator: " · "), row: row, column: 1, width: width, style: Style(.muted))
    } else if stepper.current != nil, !stepper.isRevealed, stepper.filterMenu == nil,
      !stepper.isShowingHelp
    {
      // Not under a popup: half a hint peeking out from under a box reads as garbage.
      screen.labelRight(
        "Space turns the card over", row: row, end: screen.size.columns - 1,
        style: Style(.muted))
    }
  }

  /// The filter menu: a box over the card, one choice a row with its count, scrolled so the
  /// highlighted one shows.
  private static func drawFilterMenu(
    _ menu: StepFilterMenu, current: StepFilter, into screen: inout some Screen
  ) {
    let (rows, columns) = screen.size
    let glyphs = screen.glyphs
    let countWidth = menu.choices.map { String($0.count).count }.max() ?? 1
    let titleWidth =
      menu.choices.map { oneLine(glyphs.chrome($0.title)).terminalColumns }.max() ?? 0
    let note = "Enter apply · Esc close"
    let width = min(columns - 2, max(titleWidth + countWidth + 8, note.terminalColumns + 6, 24))
    // Between the header and the footer, with the blank cell the box clears around itself.
    let height = min(rows - 4, menu.choices.count + 2)
    guard width >= 8, height >= 3 else { return }
    let top = max(2, (rows - height) / 2)
    let left = max(1, (columns - width) / 2)
    screen.box(
      top: top, left: left, height: height, width: width, title: "Filter", note: note,
      clearing: true, style: Style(.accent))
    let visible = height - 2
    let first = min(
      max(0, menu.selection - visible + 1), max(0, menu.choices.count - visible))
    for (offset, choice) in menu.choices.dropFirst(first).prefix(visible).enumerated() {
      let index = first + offset
      let row = top + 1 + offset
      let selected = index == menu.selection
      let style = Style(selected ? .selection : .normal)
      if selected { screen.fill(row: row, column: left + 1, width: width - 2, style: style) }
      let marker = choice.filter == current ? "• " : "  "
      let count = String(choice.count)
      let countStart = left + width - 2 - count.count
      screen.label(
        selected ? "▸ " : marker, row: row, column: left + 1, width: width - 2, style: style)
      screen.text(
        choice.title, row: row, column: left + 3, width: max(0, countStart - left - 4),
        style: style)
      screen.write(
        count, row: row, column: countStart,
        style: selected ? style : Style(choice.count == 0 ? .muted : .normal))
    }
  }
}
