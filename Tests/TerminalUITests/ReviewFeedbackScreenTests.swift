import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

// MARK: - Fixtures

/// An entry whose feedback the real analyser made from its answer, as the store saves it;
/// `analysed: false` stands for an entry stored before feedback existed.
func feedbackReviewEntry(
  _ sequence: Int, _ kind: EntryKind = .answer, segment: SegmentKind, question: String,
  answer: String, answering: Int = 60_000, target: Int? = 120_000, jobTerms: [String] = [],
  tips: [String] = [], analysed: Bool = true
) -> Entry {
  var entry = reviewEntry(
    sequence, kind, segment: segment, id: "\(segment.rawValue)-\(sequence)",
    question: question, answer: answer, answering: answering, target: target)
  if analysed {
    entry.feedback = AnswerAnalyzer.standard.analyse(
      FeedbackInput(
        answer: answer, segment: segment, question: question,
        targetSeconds: target.map { $0 / 1000 },
        jobTerms: jobTerms, tips: tips))
  }
  return entry
}

/// A transcript with feedback: a behavioural answer with fillers, hedges and job terms; a
/// follow-up stored before feedback existed; a technical answer in CJK with a combining accent;
/// a salary answer; a question to the panel.
func feedbackReviewTranscript() -> Transcript {
  var transcript = reviewTranscript()
  transcript.summary.answers = 4
  transcript.summary.overTarget = 0
  transcript.entries = [
    feedbackReviewEntry(
      1, segment: .behavioural,
      question: "Tell me about a time you fixed something nobody owned.",
      answer:
        "Um, last year our checkout failed twice a week. I think I basically rewrote the retry"
        + " logic myself and, you know, added alerts. Failures dropped by 80% in a month.",
      answering: 70_000, jobTerms: ["retry logic", "alerts", "Kubernetes"],
      tips: ["Explain the retry logic you chose", "Give before and after numbers"]),
    feedbackReviewEntry(
      2, .followUp, segment: .behavioural, question: "What would you do differently?",
      answer: "Raise it earlier, maybe in the design review.", answering: 30_000,
      target: 60_000, analysed: false),
    feedbackReviewEntry(
      3, segment: .technical, question: "How would you design a rate limiter?",
      answer:
        "Um, 日本語のドキュメント first. I'd probably use a token bucket per client, a cafe\u{301}"
        + " queue basically.", answering: 90_000, target: 180_000),
    feedbackReviewEntry(
      4, segment: .salary, question: "What salary are you expecting?",
      answer: "I'm looking at 85,000 to 95,000 base.", answering: 20_000, target: 60_000),
    feedbackReviewEntry(
      5, .candidateQuestion, segment: .questions, question: "Your questions",
      answer: "How does the team decide what to build next?", target: nil),
  ]
  return transcript
}

/// The feedback review sized for a terminal, as the app feeds it through the keymap.
func sizedFeedbackReview(rows: Int, columns: Int, keys: [Key] = []) -> TranscriptReview {
  var review = TranscriptReview(transcript: feedbackReviewTranscript(), timeZone: reviewUTC)
  for key in [.resize] + keys {
    _ = ReviewTranscriptKeys.handle(key, review: &review, rows: rows, columns: columns)
  }
  return review
}

// MARK: - Snapshots

@Suite struct ReviewFeedbackSnapshotTests {
  func expectBoth(
    _ name: String, keys: [Key] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for size in SnapshotTests.sizes {
      let review = sizedFeedbackReview(rows: size.rows, columns: size.columns, keys: keys)
      let screen = rendered(rows: size.rows, columns: size.columns) {
        ReviewTranscriptScreen.render(review, into: &$0)
      }
      expectSnapshot(screen, named: "\(name)-\(size.name)", sourceLocation: sourceLocation)
    }
  }

  @Test func feedbackUnderTheFirstAnswer() { expectBoth("review-feedback") }

  @Test func feedbackFurtherDown() {
    // The follow-up without feedback, then the technical answer in CJK.
    expectBoth("review-feedback-next", keys: [.tab, .tab])
  }

  @Test func feedbackAtTheEnd() { expectBoth("review-feedback-end", keys: [.end]) }

  @Test func scrolledIntoTheFirstAnswersFeedback() {
    expectBoth("review-feedback-scrolled", keys: Array(repeating: .down, count: 7))
  }

  @Test func hidingTheHighlightsChangesNoText() {
    for size in SnapshotTests.sizes {
      let shown = rendered(rows: size.rows, columns: size.columns) {
        ReviewTranscriptScreen.render(
          sizedFeedbackReview(rows: size.rows, columns: size.columns), into: &$0)
      }
      let hidden = rendered(rows: size.rows, columns: size.columns) {
        ReviewTranscriptScreen.render(
          sizedFeedbackReview(rows: size.rows, columns: size.columns, keys: [.character("f")]),
          into: &$0)
      }
      #expect(shown.lines == hidden.lines)
      #expect(shown.cells != hidden.cells)
    }
  }
}

// MARK: - Styles

/// The highlights read from cells: fillers and hedges carry attributes that stay apart
/// without colour, and lose them when hidden.
@Suite struct ReviewFeedbackStyleTests {
  let locate = ReviewStyleTests()

  /// The cells of the first `text` on screen, with where they are.
  func cells(of text: String, in screen: GridScreen) -> [(row: Int, column: Int)] {
    guard let row = locate.row(of: text, in: screen),
      let start = locate.column(of: text, row: row, in: screen)
    else { return [] }
    var found: [(row: Int, column: Int)] = []
    var column = start
    for _ in text {
      while screen.cells[row][column].isContinuation { column += 1 }
      found.append((row, column))
      column += 1
    }
    return found
  }

  /// The attributes a terminal shows for the cell in `mode`: the role's own and the style's.
  func attributes(_ screen: GridScreen, _ cell: (row: Int, column: Int), _ mode: ColorMode)
    -> CellAttributes
  {
    guard let style = screen.style(row: cell.row, column: cell.column) else { return [] }
    return Palette.appearance(of: style.color, in: mode).attributes.union(style.attributes)
  }

  func render(keys: [Key] = [], glyphs: Glyphs = .unicode) -> GridScreen {
    let review = sizedFeedbackReview(rows: 24, columns: 80, keys: keys)
    return rendered(rows: 24, columns: 80, glyphs: glyphs) {
      ReviewTranscriptScreen.render(review, into: &$0)
    }
  }

  @Test func fillersAndHedgesAreUnderlinedAndApartWithAndWithoutColour() throws {
    let screen = render()
    let filler = cells(of: "basically", in: screen)
    let hedge = cells(of: "I think", in: screen)
    let plain = cells(of: "rewrote", in: screen)
    try #require(!filler.isEmpty && !hedge.isEmpty && !plain.isEmpty)
    #expect(
      filler.allSatisfy {
        screen.style(row: $0.row, column: $0.column) == Style(.warning, [.bold, .underline])
      })
    #expect(
      hedge.allSatisfy { screen.style(row: $0.row, column: $0.column) == Style(.muted, .underline) }
    )
    for mode in [ColorMode.color, .monochrome] {
      let fillerLook = Set(filler.map { attributes(screen, $0, mode).rawValue })
      let hedgeLook = Set(hedge.map { attributes(screen, $0, mode).rawValue })
      let plainLook = Set(plain.map { attributes(screen, $0, mode).rawValue })
      #expect(fillerLook == [CellAttributes([.bold, .underline]).rawValue], "\(mode)")
      #expect(hedgeLook == [CellAttributes([.dim, .underline]).rawValue], "\(mode)")
      #expect(plainLook == [0], "\(mode)")
    }
    // In colour the filler is also in the warning colour.
    #expect(Palette.appearance(of: .warning, in: .color).foreground == .yellow)
  }

  @Test func theSpaceBetweenTwoWordsOfAFillerIsUnderlinedButNotTheOneAfter() throws {
    let screen = render()
    let youKnow = cells(of: "you know,", in: screen)
    try #require(youKnow.count == 9)
    #expect(
      youKnow.prefix(8).allSatisfy { attributes(screen, $0, .monochrome).contains(.underline) })
    #expect(!attributes(screen, youKnow[8], .monochrome).contains(.underline))
  }

  @Test func hidingTheHighlightsDrawsThemAsTheRestOfTheAnswer() {
    let screen = render(keys: [.character("f")])
    for word in ["basically", "I think", "Um", "fillers", "hedges"] {
      let found = cells(of: word, in: screen)
      #expect(!found.isEmpty, "\(word)")
      for mode in [ColorMode.color, .monochrome] {
        #expect(found.allSatisfy { attributes(screen, $0, mode).isEmpty }, "\(word) \(mode)")
      }
      #expect(found.allSatisfy { screen.style(row: $0.row, column: $0.column) == .plain })
    }
    // Pressing f again brings them back.
    let again = render(keys: [.character("f"), .character("f")])
    let filler = cells(of: "basically", in: again)
    #expect(filler.allSatisfy { attributes(again, $0, .monochrome) == [.bold, .underline] })
  }

  @Test func theCountsLineIsTheLegend() {
    let screen = render()
    let fillers = cells(of: "fillers", in: screen)
    let hedges = cells(of: "hedges", in: screen)
    #expect(
      fillers.allSatisfy {
        screen.style(row: $0.row, column: $0.column) == Style(.warning, [.bold, .underline])
      })
    #expect(
      hedges.allSatisfy {
        screen.style(row: $0.row, column: $0.column) == Style(.muted, .underline)
      })
  }

  @Test func verdictsAndNotesAreMarkedMetOrMissed() {
    let screen = render()
    let met = cells(of: "✓ result", in: screen)
    #expect(
      !met.isEmpty
        && met.allSatisfy { screen.style(row: $0.row, column: $0.column)?.color == .good })
    guard let gapRow = screen.lines.firstIndex(where: { $0.contains("✗ ") && !$0.contains("✓") }),
      let mark = screen.lines[gapRow].firstIndex(of: "✗")
    else {
      Issue.record("no gap note: \(screen.lines)")
      return
    }
    let column = screen.lines[gapRow].distance(from: screen.lines[gapRow].startIndex, to: mark)
    #expect(screen.style(row: gapRow, column: column)?.color == .warning)
    // Without colour a missed mark is bold and a met one is not: the ✓ and ✗ tell them apart.
    #expect(Palette.appearance(of: .warning, in: .monochrome).attributes.contains(.bold))
  }

  @Test func anASCIITerminalGetsPlainMarks() {
    let screen = render(glyphs: .ascii)
    #expect(screen.lines.contains { $0.contains("+ context  + action  + result  + number") })
    #expect(!screen.lines.joined().contains("✓"))
    #expect(!screen.lines.joined().contains("✗"))
  }

  @Test func theHintForOldAnswersIsMuted() {
    let screen = render(keys: [.tab])
    let hint = cells(of: "No feedback yet: run 'secondround transcripts analyse 42'", in: screen)
    #expect(!hint.isEmpty)
    #expect(hint.allSatisfy { screen.style(row: $0.row, column: $0.column)?.color == .muted })
  }
}

// MARK: - Keys

@Suite struct ReviewFeedbackKeysTests {
  @Test func fTogglesTheHighlightsAndClashesWithNoOtherKey() {
    var review = sizedFeedbackReview(rows: 24, columns: 80)
    #expect(
      ReviewTranscriptKeys.action(for: .character("f"), in: review, editorWidth: 76)
        == .toggleHighlights)
    _ = ReviewTranscriptKeys.handle(.character("f"), review: &review, rows: 24, columns: 80)
    #expect(!review.showsHighlights)
    // Only one rule of the table takes f, and f means no other action.
    let keymap = ReviewTranscriptKeys.keymap(for: review, editorWidth: 76)
    #expect(keymap.rules.filter { $0.matches(.character("f")) }.count == 1)
    #expect(!keymap.help.contains { $0.keys != "f" && $0.keys.split(separator: "/").contains("f") })
    // In the note editor f is a letter of the note.
    _ = ReviewTranscriptKeys.handle(.character("e"), review: &review, rows: 24, columns: 80)
    #expect(
      ReviewTranscriptKeys.action(for: .character("f"), in: review, editorWidth: 76)
        == .editNote(.insert("f")))
  }

  @Test func theFooterShowsTheHighlightsKeyWhenThereIsFeedback() {
    let review = sizedFeedbackReview(rows: 24, columns: 80)
    let footer = ReviewTranscriptKeys.footer(for: review).map { "\($0.keys) \($0.summary)" }
    #expect(footer.contains("f highlights"))
    #expect(footer.last == "a practise again")
    let screen = rendered(rows: 24, columns: 80) {
      ReviewTranscriptScreen.render(review, into: &$0)
    }
    #expect(
      screen.lines[23]
        == " Tab next  1-5 rate  e note  q back  f highlights  H history  ? help  L letter")
    // Wider terminals have room for "practise again" too.
    let wide = rendered(rows: 30, columns: 100) { ReviewTranscriptScreen.render(review, into: &$0) }
    #expect(wide.lines[29].hasSuffix("? help  L letter  a practise again"))
  }

  @Test func withoutFeedbackTheFooterIsAsBefore() {
    let review = sizedReview(rows: 24, columns: 80)
    let footer = ReviewTranscriptKeys.footer(for: review).map(\.keys)
    #expect(footer == ["Tab", "1-5", "e", "q", "a", "H", "?", "L"])
    #expect(ReviewTranscriptKeys.help(for: review).contains { $0.keys == "f" })
  }

  @Test func theHelpListsTheHighlightsKeyOnce() {
    var review = sizedFeedbackReview(rows: 24, columns: 80)
    _ = ReviewTranscriptKeys.handle(.character("?"), review: &review, rows: 24, columns: 80)
    let help = ReviewTranscriptKeys.help(for: review)
    #expect(help.filter { $0.keys == "f" } == [KeyBinding(keys: "f", summary: "highlights")])
    #expect(help.filter { $0.keys == "a" }.count == 1)
    let screen = rendered(rows: 24, columns: 80) {
      ReviewTranscriptScreen.render(review, into: &$0)
    }
    #expect(screen.lines.contains { $0.contains("f") && $0.contains("highlights") })
    // Any key closes the help, f included, without toggling.
    _ = ReviewTranscriptKeys.handle(.character("f"), review: &review, rows: 24, columns: 80)
    #expect(!review.isShowingHelp && review.showsHighlights)
  }
}
