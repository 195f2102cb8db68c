import InterviewCore
import Testing

@testable import TerminalUI

/// Colour and cursor, which snapshots of plain text cannot show.
@Suite struct ScreenStyleTests {
  func render(
    _ interview: Interview, rows: Int = 24, columns: Int = 80,
    context: InterviewScreenContext = .init()
  ) -> GridScreen {
    rendered(rows: rows, columns: columns) {
      InterviewScreen.render(interview, context: context, into: &$0)
    }
  }

  /// The row whose text contains `text`, and the column it starts at (in cells).
  func find(_ text: String, in screen: GridScreen) -> (row: Int, column: Int)? {
    for (row, cells) in screen.cells.enumerated() {
      let characters = cells.map(\.character)
      let target = Array(text)
      guard target.count <= characters.count else { continue }
      for column in 0...(characters.count - target.count)
      where Array(characters[column..<(column + target.count)]) == target {
        return (row, column)
      }
    }
    return nil
  }

  @Test(arguments: [(Int64(60), ColorRole.good), (Int64(96), .warning), (Int64(132), .over)])
  func theTimerBarTakesItsColourFromTheTimeAgainstTheTarget(seconds: Int64, role: ColorRole) {
    for (rows, columns) in [(24, 80), (12, 40)] {
      let screen = render(States.typedAnswer(seconds: seconds), rows: rows, columns: columns)
      guard let bar = find("█", in: screen), let time = find("Answer ", in: screen) else {
        Issue.record("no timer bar at \(columns)x\(rows)")
        continue
      }
      #expect(screen.style(row: bar.row, column: bar.column)?.color == role)
      #expect(screen.style(row: time.row, column: time.column)?.color == role)
    }
  }

  @Test func anAnswerOverItsTargetKeepsAFullBarAndSaysByHowMuch() throws {
    let screen = render(States.typedAnswer(seconds: 132))
    let over = try #require(find("+0:12 over", in: screen))
    #expect(screen.style(row: over.row, column: over.column)?.color == .over)
    #expect(screen.lines[over.row].contains(String(repeating: "█", count: 30)))
    #expect(!screen.lines[over.row].contains("░"))
  }

  @Test func theThresholdsAreThreeQuartersAndTheTarget() {
    #expect(timeRole(elapsed: 74, target: 100) == .good)
    #expect(timeRole(elapsed: 75, target: 100) == .warning)
    #expect(timeRole(elapsed: 100, target: 100) == .warning)
    #expect(timeRole(elapsed: 101, target: 100) == .over)
  }

  @Test func theMenuSelectionIsHighlighted() throws {
    let screen = render(States.menu)
    let skip = try #require(find("Skip this question", in: screen))
    let resume = try #require(find("Resume", in: screen))
    #expect(screen.style(row: skip.row, column: skip.column)?.color == .selection)
    #expect(screen.style(row: resume.row, column: resume.column)?.color != .selection)
    #expect(screen.cursor == nil)
  }

  @Test func footerKeysAreKeyHints() {
    for (name, interview) in States.all {
      let screen = render(interview)
      let footer = InterviewKeys.footer(for: interview)
      let first = footer[0]
      #expect(screen.lines[23].hasPrefix(" \(first.keys) \(first.summary)"), "\(name)")
      #expect(screen.style(row: 23, column: 1)?.color == .keyHint, "\(name)")
      let summaryColumn = 1 + first.keys.terminalColumns + 1
      #expect(screen.style(row: 23, column: summaryColumn)?.color == .normal, "\(name)")
    }
  }

  @Test func segmentsOverBudgetAreMarkedOnTheSummary() throws {
    let screen = render(States.summary)
    let culture = try #require(find("Culture & team fit", in: screen))
    let spent = try #require(screen.lines[culture.row].range(of: "5:10"))
    let column = screen.lines[culture.row].distance(
      from: screen.lines[culture.row].startIndex, to: spent.lowerBound)
    #expect(screen.style(row: culture.row, column: column)?.color == .over)
    let behavioural = try #require(find("Behavioural", in: screen))
    #expect(screen.style(row: behavioural.row, column: 54)?.color == .normal)
  }

  @Test func theStatusLineShowsSaveProblemsBeforeNotices() throws {
    let problem = render(
      States.notice, context: InterviewScreenContext(saveProblem: "Could not save: disk full"))
    #expect(problem.lines[22].contains("Could not save: disk full"))
    #expect(problem.style(row: 22, column: 1)?.color == .error)
    let notice = render(States.notice)
    #expect(notice.lines[22].contains("Type an answer, or Esc"))
    #expect(notice.style(row: 22, column: 1)?.color == .warning)
  }

  @Test func theCursorSitsAtTheDraftsCursorAndHidesWhenNothingIsTyped() {
    // The draft's last line ends 72 cells in; the box's text starts at column 2.
    let typed = render(States.typedAnswer())
    #expect(typed.cursor?.row == 13)
    #expect(typed.cursor?.column == 74)
    let compact = render(States.typedAnswer(), rows: 12, columns: 40)
    #expect(compact.cursor?.row == 9)
    #expect(compact.cursor?.column == 38)
    for interview in [
      States.spokenBeforeStart, States.briefing, States.intro, States.summary, States.menu,
      States.help,
    ] {
      #expect(render(interview).cursor == nil)
    }
    #expect(render(States.spokenAfterStart).cursor != nil)
    #expect(render(States.candidateQuestions()).cursor != nil)
  }

  @Test func theEditorWrapsAtEditorWidthExactlyAsTheCoreMovesByLine() throws {
    for (rows, columns) in [(24, 80), (12, 40), (30, 100)] {
      let width = InterviewScreen.editorWidth(rows: rows, columns: columns)
      #expect(width == (columns >= 80 && rows >= 24 ? columns - 4 : columns - 2))
      var script = Script()
      script.send(.proceed)
      script.send(.proceed)
      script.type(String(repeating: "word ", count: 12) + "end")
      let screen = render(script.interview, rows: rows, columns: columns)
      let layout = try #require(script.interview.draft).layout(width: width)
      let left = columns >= 80 && rows >= 24 ? 2 : 1
      let first = try #require(find("word word", in: screen))
      #expect(first.column == left)
      for (index, line) in layout.lines.enumerated() {
        let shown = String(screen.lines[first.row + index].dropFirst(left))
        #expect(
          shown.hasPrefix(line.text.trimmingTrailingSpaces), "\(columns)x\(rows) line \(index)")
      }
    }
  }

  @Test func aLongDraftScrollsToKeepTheCursorInView() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type((1...40).map { "line \($0)" }.joined(separator: "\n"))
    let screen = render(script.interview)
    let last = try #require(find("line 40", in: screen))
    #expect(screen.cursor?.row == last.row)
    #expect(screen.lines[last.row + 1].hasPrefix("└"))
    #expect(find("more", in: screen) != nil)
    #expect(find("line 1 ", in: screen) == nil)
    // Back at the top, the first lines show and the cursor with them.
    for _ in 0..<39 { script.send(.edit(.up(width: 76))) }
    let top = render(script.interview)
    let first = try #require(find("line 1", in: top))
    #expect(top.cursor?.row == first.row)
  }

  @Test func deckTextIsDrawnInert() {
    var plan = screenPlan()
    plan.segments[0].questions[0].text = "Why \u{1B}[2J\u{1B}]0;owned\u{07} us?"
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed)
    for (rows, columns) in [(24, 80), (12, 40)] {
      let screen = render(script.interview, rows: rows, columns: columns)
      let text = screen.lines.joined(separator: "\n")
      #expect(text.contains("Why ␛[2J␛]0;owned␇ us?"))
      #expect(!text.unicodeScalars.contains { $0.isForbiddenControl && $0 != "\n" })
    }
  }

  @Test func setupHighlightsTheFocusShowsTheProblemAndPlacesTheCursor() throws {
    var form = sampleForm(RehearsalSettings(position: "Analyst", seed: 7))
    form.moveFocus(1)
    _ = form.start()
    let screen = rendered(rows: 24, columns: 80) { SetupScreen.render(form, into: &$0) }
    let company = try #require(find("Company", in: screen))
    #expect(screen.style(row: company.row, column: company.column)?.color == .selection)
    let position = try #require(find("Position", in: screen))
    #expect(screen.style(row: position.row, column: position.column)?.color != .selection)
    #expect(screen.style(row: 22, column: 1)?.color == .error)
    #expect(screen.cursor?.row == company.row)
    #expect(screen.cursor?.column == 21)
    var choice = form
    while choice.focus != .mode { choice.moveFocus(1) }
    let onChoice = rendered(rows: 24, columns: 80) { SetupScreen.render(choice, into: &$0) }
    #expect(onChoice.cursor == nil)
    #expect(onChoice.lines.contains { $0.contains("‹ typed ›") })
  }

  @Test func aLongTextFieldScrollsToItsCursor() throws {
    let long = String(repeating: "abcdefghij", count: 8) + "END"
    let form = sampleForm(RehearsalSettings(company: long, seed: 7))
    let screen = rendered(rows: 12, columns: 40) { SetupScreen.render(form, into: &$0) }
    let end = try #require(find("END", in: screen))
    #expect(screen.cursor?.row == end.row)
    #expect(screen.cursor?.column == end.column + 3)
    #expect(screen.cursor.map { $0.column < 40 } == true)
  }

  @Test func homeHighlightsTheSelection() throws {
    var menu = HomeMenu(savedTranscripts: 3)
    menu.move(by: 3)
    let screen = rendered(rows: 24, columns: 80) {
      HomeScreen.render(menu, version: "1.0", into: &$0)
    }
    let review = try #require(find("Review transcripts (3 saved)", in: screen))
    #expect(screen.style(row: review.row, column: review.column)?.color == .selection)
    let rehearse = try #require(find("Rehearse a new interview", in: screen))
    #expect(screen.style(row: rehearse.row, column: rehearse.column)?.color == .normal)
  }

  @Test func layoutClassesChangeAtTheDocumentedSizes() {
    #expect(LayoutClass(rows: 24, columns: 80) == .full)
    #expect(LayoutClass(rows: 23, columns: 80) == .compact)
    #expect(LayoutClass(rows: 24, columns: 79) == .compact)
    #expect(LayoutClass(rows: 12, columns: 40) == .compact)
    #expect(LayoutClass(rows: 11, columns: 40) == .tooSmall)
    #expect(LayoutClass(rows: 12, columns: 39) == .tooSmall)
    #expect(LayoutClass(rows: 0, columns: 0) == .tooSmall)
  }

  @Test func tooSmallSaysTheSizeAndTheMinimum() {
    let screen = rendered(rows: 10, columns: 38) {
      InterviewScreen.render(States.briefing, context: .init(), into: &$0)
    }
    let text = screen.lines.joined(separator: " ")
    #expect(text.contains("38×10"))
    #expect(text.contains("40×12"))
    let tiny = rendered(rows: 1, columns: 1) { TooSmallScreen.render(into: &$0) }
    #expect(tiny.lines == ["T"])
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
