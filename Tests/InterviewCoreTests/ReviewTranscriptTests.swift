import Foundation
import Testing

@testable import InterviewCore

@Suite struct ReviewTranscriptTests {
  func review(width: Int = 60, height: Int = 10) -> TranscriptReview {
    TranscriptReview(
      transcript: reviewTranscript(), timeZone: reviewUTC,
      viewport: TranscriptViewport(width: width, height: height))
  }

  func reference(_ sequence: Int) -> EntryReference {
    EntryReference(sessionID: 42, sequence: sequence)
  }

  // MARK: Layout

  @Test func theLayoutTagsEveryLineWithItsEntryAndWrapsByDisplayColumns() {
    let layout = TranscriptLayout(reviewTranscript(), width: 30)
    #expect(layout.lines.first?.kind == .salary)
    #expect(layout.lines.first?.text.hasPrefix("Salary range €85–95k") == true)
    for line in layout.lines {
      #expect(line.indent + line.text.terminalColumns <= 30, "\(line)")
    }
    // The wide answer wraps into several lines, each within the width.
    let answer = layout.lines.filter { $0.kind == .answer && $0.item == 0 }
    #expect(answer.count >= 3)
    #expect(answer.map(\.text).joined(separator: " ").contains("日本語"))
    // Every line of an entry lies within its range.
    for (item, range) in layout.ranges {
      #expect(layout.lines[range].allSatisfy { $0.item == item })
    }
  }

  @Test func followUpsSitIndentedUnderTheirQuestion() {
    let layout = TranscriptLayout(reviewTranscript(), width: 60)
    let first = layout.lines.first { $0.kind == .question && $0.item == 0 }
    let followUp = layout.lines.first { $0.kind == .question && $0.item == 1 }
    #expect(first?.indent == 0)
    #expect(followUp?.indent == 2)
    #expect(followUp?.text.hasPrefix("↳ ") == true)
    let followUpRange = layout.ranges[1]
    let firstRange = layout.ranges[0]
    #expect((firstRange?.upperBound ?? 0) < (followUpRange?.lowerBound ?? 0))
  }

  @Test func theLayoutShowsSegmentsSkipsCandidateQuestionsNotesAndReflection() {
    let lines = TranscriptLayout(reviewTranscript(), width: 60).lines
    #expect(
      lines.filter { $0.kind == .segment }.map(\.text) == [
        "Behavioural", "Technical & problem-solving", "Salary & the offer", "Your questions for us",
      ])
    #expect(lines.contains { $0.kind == .skipped && $0.item == 2 })
    #expect(lines.contains { $0.kind == .note && $0.text == "Note: Shorter intro next time." })
    let asked = lines.filter { $0.kind == .candidateQuestion }
    #expect(Set(asked.compactMap(\.item)) == [5])
    #expect(lines.contains { $0.kind == .reflectionHeading })
    #expect(lines.contains { $0.kind == .reflection && $0.item == 7 })
    #expect(lines.last?.kind != .blank)
  }

  @Test func aSessionWithNothingRecordedSaysSoInsteadOfABlankPage() {
    for (status, expected) in [
      (SessionStatus.interrupted, "Interrupted before the first answer: nothing was recorded."),
      (.finished, "Ended before the first answer: nothing was recorded."),
      (.inProgress, "Still running elsewhere, with no answer recorded yet."),
    ] {
      var summary = reviewSession(7, status: status, answers: 0, overTarget: 0)
      summary.salaryRange = "€85–95k"
      // The "no more questions" submission alone shows nothing either.
      let empty = reviewEntry(
        1, .candidateQuestion, segment: .questions, question: "Your questions?", answer: "")
      for entries in [[], [empty]] {
        let lines = TranscriptLayout(
          Transcript(summary: summary, entries: entries), width: 80
        ).lines
        // The salary figures, (the segment's heading,) then the notice.
        #expect(lines.first?.kind == .salary, "\(status)")
        #expect(lines.last?.kind == .skipped, "\(status)")
        #expect(lines.last?.text == expected)
        #expect(lines.filter { $0.kind == .skipped }.count == 1)
      }
    }
    // One answer is enough to show the transcript as usual.
    let lines = TranscriptLayout(reviewTranscript(), width: 80).lines
    #expect(!lines.contains { $0.text.contains("nothing was recorded") })
  }

  @Test func controlCharactersInAnswersAreMadeInert() {
    var transcript = reviewTranscript()
    transcript.entries[0].answer = "red \u{1B}[31m text"
    let lines = TranscriptLayout(transcript, width: 60).lines
    let answer = lines.first { $0.kind == .answer && $0.item == 0 }
    #expect(answer?.text == "red ␛[31m text")
  }

  // MARK: Focus and scrolling

  @Test func focusStartsOnTheFirstAnswerAndMovesOnlyBetweenAnswers() {
    var review = review()
    #expect(review.focus == 0)
    var focused: [Int?] = [review.focus]
    for _ in 0..<6 {
      _ = review.send(.focusNext)
      focused.append(review.focus)
    }
    // Candidate questions and the reflection are not focusable; the last answer stays.
    #expect(focused == [0, 1, 2, 3, 4, 4, 4])
    _ = review.send(.focusPrevious)
    #expect(review.focus == 3)
    _ = review.send(.top)
    #expect(review.focus == 0 && review.scroll == 0)
  }

  @Test func theReviewOpensAtTheTop() {
    let review = review(height: 8)
    #expect(review.scroll == 0)
    #expect(review.layout.lines[0].kind == .salary)
  }

  @Test func focusCanStartAtAGivenEntry() {
    let review = TranscriptReview(
      transcript: reviewTranscript(), focus: reference(4), timeZone: reviewUTC,
      viewport: TranscriptViewport(width: 60, height: 10))
    #expect(review.focus == 3)
    let range = review.layout.ranges[3] ?? 0..<0
    #expect(review.scroll <= range.lowerBound && range.lowerBound < review.scroll + 10)
  }

  @Test func movingTheFocusScrollsItIntoView() {
    var review = review(height: 8)
    for _ in 0..<4 {
      _ = review.send(.focusNext)
      let range = review.layout.ranges[review.focus ?? 0] ?? 0..<0
      // Its first line shows, and the whole answer when it fits.
      #expect(review.scroll <= range.lowerBound)
      #expect(range.lowerBound < review.scroll + 8)
      if range.count <= 8 { #expect(range.upperBound <= review.scroll + 8) }
    }
  }

  @Test func scrollingGoesLineByLineWithinBounds() {
    var review = review(height: 8)
    _ = review.send(.scroll(-1))
    #expect(review.scroll == 0)
    _ = review.send(.scroll(1))
    #expect(review.scroll == 1)
    _ = review.send(.page(1))
    #expect(review.scroll == 8)
    _ = review.send(.bottom)
    #expect(review.scroll == review.maxScroll)
    #expect(review.maxScroll == review.layout.lines.count - 8)
    _ = review.send(.scroll(3))
    #expect(review.scroll == review.maxScroll)
    #expect(review.focus == 4)
  }

  @Test func theFocusFollowsWhenItsAnswerScrollsAway() {
    var review = review(height: 6)
    #expect(review.focus == 0)
    let end = review.layout.ranges[0]?.upperBound ?? 0
    for _ in 0..<end { _ = review.send(.scroll(1)) }
    #expect(review.focus != 0)
    let range = review.layout.ranges[review.focus ?? 0] ?? 0..<0
    #expect(range.lowerBound < review.scroll + 6 && range.upperBound > review.scroll)
  }

  @Test func aLongAnswerScrollsSmoothlyWhileFocused() {
    var review = TranscriptReview(
      transcript: reviewTranscript(), focus: reference(4), timeZone: reviewUTC,
      viewport: TranscriptViewport(width: 40, height: 6))
    let range = review.layout.ranges[3] ?? 0..<0
    #expect(range.count > 6)
    #expect(review.scroll == range.lowerBound)
    _ = review.send(.scroll(1))
    _ = review.send(.scroll(1))
    #expect(review.scroll == range.lowerBound + 2)
    #expect(review.focus == 3)
  }

  @Test func resizingRewrapsAndKeepsTheTopEntryInView() {
    var review = review(width: 60, height: 8)
    for _ in 0..<3 { _ = review.send(.focusNext) }
    let before = review.layout.lines[review.scroll].item
    _ = review.send(.resize(TranscriptViewport(width: 30, height: 8)))
    #expect(review.layout.width == 30)
    #expect(review.layout.lines[review.scroll].item == before)
    #expect(review.scroll <= review.maxScroll)
    let range = review.layout.ranges[review.focus ?? 0] ?? 0..<0
    #expect(range.lowerBound < review.scroll + 8 && range.upperBound > review.scroll)
  }

  // MARK: Annotations

  @Test func ratingsAreSavedAtOnceAndZeroClears() {
    var review = review()
    _ = review.send(.focusNext)
    #expect(review.send(.rate(5)) == [.annotate(reference(2), Annotation(rating: 5))])
    #expect(review.focusedEntry?.annotation.rating == 5)
    #expect(review.send(.rate(5)) == [])
    #expect(review.send(.rate(6)) == [])
    #expect(review.send(.rate(nil)) == [.annotate(reference(2), Annotation())])
  }

  @Test func practiseAgainToggles() {
    var review = review()
    let expected = Annotation(rating: 4, note: "Shorter intro next time.", practiseAgain: true)
    #expect(review.send(.togglePractiseAgain) == [.annotate(reference(1), expected)])
    var cleared = expected
    cleared.practiseAgain = false
    #expect(review.send(.togglePractiseAgain) == [.annotate(reference(1), cleared)])
  }

  @Test func cancellingANoteKeepsTheOldOne() {
    var review = review()
    _ = review.send(.beginNote)
    #expect(review.noteEditor?.text == "Shorter intro next time.")
    _ = review.send(.editNote(.insert(" And slower.")))
    // Keys that mean something else outside the editor are text or ignored inside it.
    #expect(review.send(.rate(1)) == [])
    #expect(review.send(.cancelNote) == [])
    #expect(review.noteEditor == nil)
    #expect(review.focusedEntry?.annotation.note == "Shorter intro next time.")
  }

  @Test func savingANoteEmitsItAndLaysItOut() {
    var review = review()
    _ = review.send(.focusNext)
    _ = review.send(.beginNote)
    _ = review.send(.editNote(.insert("Lead with the outcome.")))
    _ = review.send(.editNote(.lineBreak))
    _ = review.send(.editNote(.insert("Then the numbers.\u{7}")))
    _ = review.send(.editNote(.lineBreak))
    let effects = review.send(.saveNote)
    let note = "Lead with the outcome.\nThen the numbers."
    #expect(effects == [.annotate(reference(2), Annotation(note: note))])
    #expect(review.noteEditor == nil)
    #expect(review.layout.lines.contains { $0.kind == .note && $0.item == 1 })
    // Saving the same text again changes nothing.
    _ = review.send(.beginNote)
    #expect(review.send(.saveNote) == [])
  }

  @Test func historyOpensForTheFocusedQuestion() {
    var review = review()
    #expect(
      review.send(.openHistory) == [
        .openHistory(
          .deckQuestion("b1"),
          question:
            "Tell me about a time you disagreed with a technical decision your team lead made.",
          focus: reference(1))
      ])
    _ = review.send(.focusNext)
    #expect(
      review.send(.openHistory) == [
        .openHistory(
          .text("What would you do differently?"), question: "What would you do differently?",
          focus: reference(2))
      ])
  }

  @Test func deleteAsksFirst() {
    var review = review()
    #expect(review.send(.requestDelete) == [])
    #expect(review.isConfirmingDelete)
    #expect(review.send(.rate(3)) == [])
    #expect(review.send(.cancelDelete) == [])
    #expect(!review.isConfirmingDelete)
    _ = review.send(.requestDelete)
    #expect(review.send(.confirmDelete) == [.delete(42)])
  }

  @Test func backLeavesAndHelpSwallowsOneAction() {
    var review = review()
    _ = review.send(.toggleHelp)
    #expect(review.send(.back) == [])
    #expect(!review.isShowingHelp)
    #expect(review.send(.back) == [.back])
  }

  @Test func aTranscriptWithoutAnswersHasNoFocus() {
    var transcript = reviewTranscript()
    transcript.entries = transcript.entries.filter { !$0.isAnswer }
    var review = TranscriptReview(transcript: transcript, timeZone: reviewUTC)
    #expect(review.focus == nil)
    #expect(review.send(.rate(3)) == [])
    #expect(review.send(.beginNote) == [])
    #expect(review.noteEditor == nil)
    #expect(review.send(.openHistory) == [])
  }
}

@Suite struct ReviewLayoutDetailTests {
  @Test func spokenNotesAndSkippedAnswersWithTextSaySo() {
    var transcript = reviewTranscript()
    transcript.entries[1].spokenNotes = true
    transcript.entries[2].answer = "Half a thought"
    let lines = TranscriptLayout(transcript, width: 60).lines
    #expect(
      lines.contains {
        $0.kind == .answer && $0.item == 1 && $0.text.hasPrefix("Notes while speaking: ")
      })
    #expect(lines.contains { $0.kind == .skipped && $0.item == 2 })
    #expect(lines.contains { $0.kind == .answer && $0.item == 2 && $0.text == "Half a thought" })
  }

  @Test func aPastedLineBreakInTheFilterIsASpace() {
    var list = ReviewList(sessions: [reviewSession(1, company: "Acme Corp")], timeZone: reviewUTC)
    _ = list.send(.beginFilter)
    _ = list.send(.editFilter(.insert("acme\ncorp")))
    #expect(list.filter.text == "acme corp")
    #expect(list.matches.count == 1)
  }
}
