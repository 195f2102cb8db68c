import InterviewCore
import Testing

@testable import TerminalUI

/// The review keymaps: what keys mean in each state, and that footers come from the same table.
@Suite struct ReviewKeysTests {
  @Test func theListFeedsItsSizeAndMapsItsKeys() {
    var list = ReviewList(sessions: reviewSessions(30), timeZone: reviewUTC)
    _ = ReviewListKeys.handle(.resize, list: &list, rows: 24, columns: 80)
    #expect(list.visibleRows == 19)
    _ = ReviewListKeys.handle(.resize, list: &list, rows: 12, columns: 40)
    #expect(list.visibleRows == 9)
    #expect(ReviewListKeys.action(for: .enter, in: list) == .open)
    #expect(ReviewListKeys.action(for: .character("j"), in: list) == .move(1))
    #expect(ReviewListKeys.action(for: .pageDown, in: list) == .page(1))
    #expect(ReviewListKeys.action(for: .character("G"), in: list) == .last)
    #expect(ReviewListKeys.action(for: .character("y"), in: list) == nil)
    #expect(ReviewListKeys.action(for: .control("c"), in: list) == nil)
    #expect(ReviewListKeys.handle(.character("q"), list: &list, rows: 12, columns: 40) == [.quit])
  }

  @Test func typingInTheFilterIsTextNotCommands() {
    var list = ReviewList(sessions: reviewSessions(), timeZone: reviewUTC)
    _ = ReviewListKeys.handle(.character("/"), list: &list, rows: 24, columns: 80)
    for key in [Key.character("q"), .character("d"), .character("?")] {
      #expect(ReviewListKeys.handle(key, list: &list, rows: 24, columns: 80) == [])
    }
    #expect(list.filter.text == "qd?")
    #expect(ReviewListKeys.action(for: .escape, in: list) == .cancelFilter)
    #expect(ReviewListKeys.action(for: .backspace, in: list) == .editFilter(.deleteBackward))
  }

  @Test func onlyYDeletesAndEscKeeps() {
    var list = ReviewList(sessions: reviewSessions(), timeZone: reviewUTC)
    _ = ReviewListKeys.handle(.character("D"), list: &list, rows: 24, columns: 80)
    #expect(ReviewListKeys.action(for: .enter, in: list) == nil)
    #expect(ReviewListKeys.handle(.escape, list: &list, rows: 24, columns: 80) == [])
    #expect(list.pendingDelete == nil)
    _ = ReviewListKeys.handle(.character("D"), list: &list, rows: 24, columns: 80)
    let id = list.selected?.id ?? -1
    #expect(
      ReviewListKeys.handle(.character("y"), list: &list, rows: 24, columns: 80) == [.delete(id)])
  }

  @Test func digitsRateAndZeroClears() {
    let review = TranscriptReview(transcript: reviewTranscript(), timeZone: reviewUTC)
    for digit in 1...5 {
      #expect(
        ReviewTranscriptKeys.action(
          for: .character(Character("\(digit)")), in: review, editorWidth: 76)
          == .rate(digit))
    }
    #expect(
      ReviewTranscriptKeys.action(for: .character("0"), in: review, editorWidth: 76) == .rate(nil))
    #expect(ReviewTranscriptKeys.action(for: .character("6"), in: review, editorWidth: 76) == nil)
    #expect(
      ReviewTranscriptKeys.action(for: .character("a"), in: review, editorWidth: 76)
        == .togglePractiseAgain)
    #expect(
      ReviewTranscriptKeys.action(for: .character("H"), in: review, editorWidth: 76) == .openHistory
    )
    #expect(
      ReviewTranscriptKeys.action(for: .backTab, in: review, editorWidth: 76) == .focusPrevious)
  }

  @Test func theNoteEditorKeepsTheRehearsalsConventions() {
    var review = TranscriptReview(transcript: reviewTranscript(), timeZone: reviewUTC)
    _ = ReviewTranscriptKeys.handle(.character("e"), review: &review, rows: 24, columns: 80)
    #expect(review.noteEditor != nil)
    #expect(
      ReviewTranscriptKeys.action(for: .character("1"), in: review, editorWidth: 76)
        == .editNote(.insert("1")))
    #expect(
      ReviewTranscriptKeys.action(for: .lineBreak, in: review, editorWidth: 76)
        == .editNote(.lineBreak))
    #expect(
      ReviewTranscriptKeys.action(for: .up, in: review, editorWidth: 76)
        == .editNote(.up(width: 76)))
    #expect(ReviewTranscriptKeys.action(for: .enter, in: review, editorWidth: 76) == .saveNote)
    #expect(ReviewTranscriptKeys.action(for: .escape, in: review, editorWidth: 76) == .cancelNote)
    _ = ReviewTranscriptKeys.handle(.paste("!"), review: &review, rows: 24, columns: 80)
    let effects = ReviewTranscriptKeys.handle(.enter, review: &review, rows: 24, columns: 80)
    #expect(
      effects == [
        .annotate(
          EntryReference(sessionID: 42, sequence: 1),
          Annotation(rating: 4, note: "Shorter intro next time.!"))
      ])
  }

  @Test func theHistoryUsesSpaceToMarkAndToLeaveTheComparison() {
    var history = sizedHistory(rows: 24, columns: 80)
    #expect(ReviewHistoryKeys.action(for: .character(" "), in: history) == .toggleMark)
    #expect(ReviewHistoryKeys.action(for: .enter, in: history) == .open)
    _ = ReviewHistoryKeys.handle(.character(" "), history: &history, rows: 24, columns: 80)
    _ = ReviewHistoryKeys.handle(.up, history: &history, rows: 24, columns: 80)
    _ = ReviewHistoryKeys.handle(.character("c"), history: &history, rows: 24, columns: 80)
    #expect(history.isComparing)
    #expect(history.viewport.sideBySide)
    #expect(ReviewHistoryKeys.action(for: .character(" "), in: history) == .back)
    #expect(ReviewHistoryKeys.action(for: .enter, in: history) == nil)
    _ = ReviewHistoryKeys.handle(.resize, history: &history, rows: 12, columns: 40)
    #expect(!history.viewport.sideBySide)
    #expect(ReviewHistoryKeys.handle(.escape, history: &history, rows: 12, columns: 40) == [])
    #expect(!history.isComparing)
    #expect(ReviewHistoryKeys.handle(.escape, history: &history, rows: 12, columns: 40) == [.back])
  }

  @Test func footersComeFromTheHelpTable() {
    var list = ReviewList(sessions: reviewSessions(), timeZone: reviewUTC)
    var review = TranscriptReview(transcript: reviewTranscript(), timeZone: reviewUTC)
    var history = sizedHistory(rows: 24, columns: 80)
    let pairs: [([KeyBinding], [KeyBinding])] = [
      (ReviewListKeys.footer(for: list), ReviewListKeys.help(for: list)),
      (ReviewTranscriptKeys.footer(for: review), ReviewTranscriptKeys.help(for: review)),
      (ReviewHistoryKeys.footer(for: history), ReviewHistoryKeys.help(for: history)),
    ]
    for (footer, help) in pairs {
      #expect(!footer.isEmpty)
      #expect(footer.allSatisfy { help.shows($0) })
    }
    // Under the help, the help lists the keys of the state beneath and any key closes it.
    _ = list.send(.toggleHelp)
    _ = review.send(.toggleHelp)
    _ = history.send(.toggleHelp)
    #expect(ReviewListKeys.footer(for: list).map(\.keys) == ["any key"])
    #expect(ReviewListKeys.help(for: list).contains { $0.keys == "/" })
    #expect(
      ReviewTranscriptKeys.action(for: .character("x"), in: review, editorWidth: 1) == .toggleHelp)
    #expect(ReviewHistoryKeys.action(for: .character("x"), in: history) == .toggleHelp)
  }
}
