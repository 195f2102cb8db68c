import Foundation
import Testing

@testable import InterviewCore

// MARK: - Fixtures

/// Feedback on `answer` from the real analyser, as the store would have saved it.
func analysed(
  _ answer: String, _ segment: SegmentKind, target: Int? = 120, jobTerms: [String] = [],
  tips: [String] = []
) -> AnswerFeedback {
  AnswerAnalyzer.standard.analyse(
    FeedbackInput(
      answer: answer, segment: segment, question: "Q", targetSeconds: target,
      jobTerms: jobTerms, tips: tips))
}

/// An entry whose feedback the analyser made from its answer.
func feedbackEntry(
  _ sequence: Int, _ kind: EntryKind = .answer, segment: SegmentKind, question: String = "Q?",
  answer: String, jobTerms: [String] = [], tips: [String] = [], analysed withFeedback: Bool = true
) -> Entry {
  var entry = reviewEntry(
    sequence, kind, segment: segment, id: "q\(sequence)", question: question,
    answer: answer, parent: kind == .followUp ? sequence - 1 : nil)
  if withFeedback {
    entry.feedback = analysed(answer, segment, jobTerms: jobTerms, tips: tips)
  }
  return entry
}

/// A behavioural answer with fillers, hedges, a number and job terms; a follow-up without
/// feedback (stored before it existed); a salary answer; a question to the panel.
func feedbackTranscript() -> Transcript {
  var transcript = reviewTranscript()
  transcript.entries = [
    feedbackEntry(
      1, segment: .behavioural,
      answer:
        "Um, last year our checkout failed twice a week. I think I basically rewrote the retry"
        + " logic myself and, you know, added alerts. Failures dropped by 80% in a month.",
      jobTerms: ["retry logic", "alerts", "Kubernetes"],
      tips: ["Explain the retry logic you chose", "Give before and after numbers"]),
    feedbackEntry(
      2, .followUp, segment: .behavioural, answer: "Raise it earlier, maybe.", analysed: false),
    feedbackEntry(3, segment: .salary, answer: "I'm probably looking at 85,000 to 95,000 base."),
    feedbackEntry(
      4, .candidateQuestion, segment: .questions,
      answer: "How does the team decide what to build next?"),
  ]
  return transcript
}

/// The highlighted words of a line, by kind.
func highlighted(_ line: TranscriptLine) -> [String] {
  let characters = Array(line.text)
  return line.highlights.map { "\($0.kind):" + String(characters[$0.range]) }
}

/// The highlighted words of wrapped lines.
func highlighted(_ lines: [TranscriptLayout.HighlightedLine]) -> [[String]] {
  lines.map { line in
    let characters = Array(line.text)
    return line.highlights.map { "\($0.kind):" + String(characters[$0.range]) }
  }
}

// MARK: - Highlights through wrapping

@Suite struct FeedbackHighlightTests {
  func marks(_ text: String) -> [(kind: TranscriptHighlight.Kind, scalars: Range<Int>)] {
    let feedback = analysed(text, .behavioural)
    return feedback.fillers.map { (.filler, $0.start..<$0.end) }
      + feedback.hedges.map { (.hedge, $0.start..<$0.end) }
  }

  @Test func asciiHighlightsLandOnTheirWordsOnEveryLine() {
    let text = "Um, I think we basically shipped it on time."
    let lines = TranscriptLayout.wrap(text, width: 16, marks: marks(text))
    #expect(lines.map(\.text) == ["Um, I think we", "basically", "shipped it on", "time."])
    #expect(highlighted(lines) == [["filler:Um", "hedge:I think"], ["filler:basically"], [], []])
    // Without marks the text wraps exactly as before.
    #expect(lines.map(\.text) == TranscriptLayout.wrap(text, width: 16))
  }

  @Test func aFillerBrokenByTheWrapIsHighlightedOnBothLinesButNotTheSpace() {
    let text = "We fixed it and, you know, moved on."
    let lines = TranscriptLayout.wrap(text, width: 20, marks: marks(text))
    #expect(lines.map(\.text) == ["We fixed it and, you", "know, moved on."])
    #expect(highlighted(lines) == [["filler:you"], ["filler:know"]])
  }

  @Test func wideCharactersShiftNoHighlight() {
    let text = "日本語のドキュメント um I think 日本 basically."
    let lines = TranscriptLayout.wrap(text, width: 14, marks: marks(text))
    for line in lines { #expect(line.text.terminalColumns <= 14, "\(line.text)") }
    // The CJK run fills whole lines of 7 wide characters; "I think" breaks at the wrap.
    #expect(lines.map(\.text) == ["日本語のドキュ", "メント um I", "think 日本", "basically."])
    #expect(
      highlighted(lines) == [[], ["filler:um", "hedge:I"], ["hedge:think"], ["filler:basically"]])
  }

  @Test func combiningMarksCountAsScalarsButDrawAsOneCharacter() {
    // "é" written as e + U+0301: two scalars, one Character, one cell.
    let text = "Cafe\u{301} e\u{301}quipe: um, I guess we basically coped."
    let spans = marks(text)
    #expect(spans.count == 3)
    let lines = TranscriptLayout.wrap(text, width: 18, marks: spans)
    #expect(
      lines.map(\.text) == ["Cafe\u{301} e\u{301}quipe: um, I", "guess we basically", "coped."])
    #expect(
      highlighted(lines) == [["filler:um", "hedge:I"], ["hedge:guess", "filler:basically"], []])
  }

  @Test func aMarkInsideAClusterTakesTheWholeCharacter() {
    // A mark that ends between a letter and its accent still highlights the accented letter.
    let text = "cafe\u{301} ok"
    let lines = TranscriptLayout.wrap(text, width: 40, marks: [(.hedge, 3..<4)])
    #expect(highlighted(lines) == [["hedge:e\u{301}"]])
  }

  @Test func controlCharactersMadeInertKeepTheMarksInPlace() {
    // ESC stays one scalar (␛); C1 CSI becomes eight (<U+009B>); a tab becomes a space.
    let text = "\u{1B}[1m \u{9B}2J\tum, I think so."
    let lines = TranscriptLayout.wrap(text, width: 60, marks: marks(text))
    #expect(lines.map(\.text) == ["␛[1m <U+009B>2J um, I think so."])
    #expect(highlighted(lines) == [["filler:um", "hedge:I think"]])
  }

  @Test func aWordWiderThanTheLineIsCutAndKeepsItsMark() {
    let text = "basically"
    let lines = TranscriptLayout.wrap(text, width: 4, marks: [(.filler, 0..<9)])
    #expect(lines.map(\.text) == ["basi", "call", "y"])
    #expect(highlighted(lines) == [["filler:basi"], ["filler:call"], ["filler:y"]])
  }

  @Test func marksPastTheEndOrEmptyAreIgnored() {
    let lines = TranscriptLayout.wrap(
      "um ok", width: 10, marks: [(.filler, 3..<40), (.hedge, 2..<2)])
    #expect(highlighted(lines) == [["filler:ok"]])
  }

  @Test func theAnswerCarriesItsHighlightsAfterAPrefix() {
    var entry = feedbackEntry(1, segment: .behavioural, answer: "Um, I think it worked.")
    entry.spokenNotes = true
    var transcript = reviewTranscript()
    transcript.entries = [entry]
    let layout = TranscriptLayout(transcript, width: 30)
    let answer = layout.lines.filter { $0.kind == .answer }
    #expect(answer.map(\.text) == ["Notes while speaking: Um, I", "think it worked."])
    #expect(answer.map(highlighted) == [["filler:Um", "hedge:I"], ["hedge:think"]])
  }

  @Test func feedbackThatNoLongerMatchesTheAnswerHighlightsNothing() {
    var entry = feedbackEntry(1, segment: .behavioural, answer: "Um, I think it worked.")
    entry.answer = "It worked, and I said so plainly."
    var transcript = reviewTranscript()
    transcript.entries = [entry]
    let answer = TranscriptLayout(transcript, width: 60).lines.filter { $0.kind == .answer }
    #expect(answer.allSatisfy { $0.highlights.isEmpty })
  }
}

// MARK: - The feedback block

@Suite struct FeedbackBlockTests {
  func lines(width: Int = 76, _ item: Int) -> [TranscriptLine] {
    TranscriptLayout(feedbackTranscript(), width: width).lines.filter { $0.item == item }
  }

  @Test func anAnswerShowsVerdictsCountsNotesTermsAndTips() {
    let lines = lines(0)
    let kinds = lines.map(\.kind)
    // Question, timing, answer, then the feedback, then the candidate's own verdict.
    #expect(Array(kinds.prefix(2)) == [.question, .timing])
    let firstFeedback = kinds.firstIndex(of: .feedback) ?? 0
    #expect(kinds[..<firstFeedback].allSatisfy { [.question, .timing, .answer].contains($0) })
    #expect(kinds.last == .annotation || kinds.last == .note)
    let texts = lines.map(\.text)
    #expect(texts.contains("✓ context  ✓ action  ✓ result  ✓ number"), "\(texts)")
    #expect(texts.contains { $0.hasPrefix("30 words · fillers 3 (10 per 100 words) · hedges 1") })
    let feedback = analysed(feedbackTranscript().entries[0].answer, .behavioural)
    let gaps = lines.filter { $0.kind == .feedbackGap && $0.text.hasPrefix("✗ ") }
    let strengths = lines.filter { $0.kind == .feedbackStrength && $0.text.hasPrefix("✓ ") }
    #expect(gaps.count == feedback.notes.filter { $0.kind == .gap }.count)
    #expect(strengths.count == feedback.notes.filter { $0.kind == .strength }.count)
    #expect(gaps.allSatisfy { $0.highlights == [TranscriptHighlight(.missed, 0..<1)] })
    #expect(strengths.allSatisfy { $0.highlights == [TranscriptHighlight(.met, 0..<1)] })
    let details = lines.filter { $0.kind == .feedbackDetail }.map(\.text)
    #expect(
      details.contains("Job terms: used retry logic, alerts; missing Kubernetes"), "\(details)")
    #expect(details.contains { $0 == "Tips touched: Explain the retry logic you chose" })
  }

  @Test func theCountsLineIsItsOwnLegend() {
    let counts = lines(0).first { $0.text.contains("fillers") }
    let shown = counts.map(highlighted) ?? []
    #expect(shown == ["filler:fillers", "hedge:hedges"])
  }

  @Test func theAnswersFillersAndHedgesAreHighlighted() {
    let answer = lines(0).filter { $0.kind == .answer }
    #expect(
      answer.flatMap(highlighted) == [
        "filler:Um", "hedge:I think", "filler:basically", "filler:you know",
      ])
  }

  @Test func verdictMarksAreMetOrMissedAndTeamOnlyShowsWhenItApplies() {
    var transcript = reviewTranscript()
    transcript.entries = [
      feedbackEntry(
        1, segment: .behavioural, answer: "We planned the release and we shipped it together.")
    ]
    let marks = TranscriptLayout(transcript, width: 76).lines.filter { $0.kind == .feedback }
    let first = marks.first
    #expect(first?.text.contains("✗ \"we\" only, no \"I\"") == true, "\(marks.map(\.text))")
    #expect(first.map(highlighted)?.contains("met:✓ action") == true)
    #expect(first.map(highlighted)?.contains("missed:✗ number") == true)
  }

  @Test func aSalaryAnswerIsJudgedOnItsFigure() {
    let texts = lines(2).filter { $0.kind == .feedback }.map(\.text)
    #expect(texts.first == "✓ names a figure", "\(texts)")
    var transcript = reviewTranscript()
    transcript.entries = [feedbackEntry(1, segment: .salary, answer: "Whatever is fair.")]
    let vague = TranscriptLayout(transcript, width: 76).lines.filter { $0.kind == .feedback }
    #expect(vague.first?.text == "✗ no figure")
    #expect(vague.first?.highlights == [TranscriptHighlight(.missed, 0..<11)])
  }

  @Test func theCandidatesQuestionsAreOpenOrClosedWithTheirTopics() {
    let lines = lines(3)
    #expect(lines.first?.text == "You asked: How does the team decide what to build next?")
    let judged = lines.filter { $0.kind == .feedbackDetail }
    #expect(judged.first?.text.hasPrefix("✓ open question · topics: ") == true, "\(judged)")
    #expect(judged.first?.indent == 4)
    // No verdict marks: a question is not a story.
    #expect(!lines.contains { $0.text.contains("context") })
    var transcript = reviewTranscript()
    transcript.entries = [
      feedbackEntry(1, .candidateQuestion, segment: .questions, answer: "Is there a bonus?")
    ]
    let closed = TranscriptLayout(transcript, width: 76).lines.filter { $0.kind == .feedbackDetail }
    #expect(closed.first?.text.hasPrefix("✗ closed question (yes or no)") == true)
  }

  @Test func anEntryWithoutFeedbackSaysHowToMakeIt() {
    let hint = lines(1).filter { $0.kind == .feedbackHint }
    #expect(hint.map(\.text) == ["No feedback yet: run 'secondround transcripts analyse 42'"])
    // One line at any width a screen can have; the short form in 40 columns.
    for width in [20, 36, 38, 50, 60, 76] {
      let hint = lines(width: width, 1).filter { $0.kind == .feedbackHint }
      #expect(hint.count == 1 || width < 39, "\(width): \(hint)")
      #expect(hint.allSatisfy { $0.indent + $0.text.terminalColumns <= width })
    }
    #expect(
      lines(width: 38, 0).filter { $0.kind == .feedbackHint }.isEmpty)
    var old = feedbackTranscript()
    old.entries[0].feedback = nil
    let narrow = TranscriptLayout(old, width: 38).lines
    // An answer has room for the command in 40 columns; a follow-up, further in, says less.
    #expect(
      narrow.filter { $0.kind == .feedbackHint }.map(\.text) == [
        "No feedback: transcripts analyse 42", "No feedback yet",
      ])
  }

  @Test func skippedAnswersAndReflectionsHaveNoHint() {
    let lines = TranscriptLayout(reviewTranscript(), width: 76).lines
    let hinted = Set(lines.filter { $0.kind == .feedbackHint }.compactMap(\.item))
    // Every answered entry of the old transcript, but not the skip (2), the empty candidate
    // question (6) or the reflection (7).
    #expect(hinted == [0, 1, 3, 4, 5])
  }

  @Test func compactWidthsUseShortFormsAndEveryLineFits() {
    let compact = lines(width: 38, 0)
    let texts = compact.map(\.text)
    #expect(texts.contains("✓ context ✓ action ✓ result ✓ number"), "\(texts)")
    #expect(texts.contains("fillers 3 (10/100w) · hedges 1"), "\(texts)")
    for width in 8...100 {
      let layout = TranscriptLayout(feedbackTranscript(), width: width)
      // Segment headings are one line the screen cuts, as before feedback.
      for line in layout.lines where line.kind != .segment {
        #expect(
          line.indent + line.text.terminalColumns <= max(8, width),
          "\(width): \(line.kind) \(line.indent) \(line.text)")
        let count = line.text.count
        #expect(line.highlights.allSatisfy { $0.range.upperBound <= count && !$0.range.isEmpty })
      }
      for (item, range) in layout.ranges {
        #expect(layout.lines[range].allSatisfy { $0.item == item })
      }
    }
  }

  @Test func notesWrapWithAHangingIndent() {
    let notes = lines(width: 30, 0).filter {
      $0.kind == .feedbackGap || $0.kind == .feedbackStrength
    }
    let wrapped = notes.filter { !$0.text.hasPrefix("✓") && !$0.text.hasPrefix("✗") }
    #expect(!wrapped.isEmpty)
    #expect(wrapped.allSatisfy { $0.indent == 4 && $0.highlights.isEmpty })
  }
}

// MARK: - The review with feedback

@Suite struct ReviewFeedbackStateTests {
  func review(width: Int = 60, height: Int = 10) -> TranscriptReview {
    TranscriptReview(
      transcript: feedbackTranscript(), timeZone: reviewUTC,
      viewport: TranscriptViewport(width: width, height: height))
  }

  @Test func highlightsStartShownAndToggleWithoutMovingAnything() {
    var review = review()
    #expect(review.showsHighlights)
    #expect(review.hasFeedback)
    _ = review.send(.scroll(3))
    let before = (review.layout, review.scroll, review.focus)
    #expect(review.send(.toggleHighlights) == [])
    #expect(!review.showsHighlights)
    #expect(review.layout == before.0 && review.scroll == before.1 && review.focus == before.2)
    _ = review.send(.toggleHighlights)
    #expect(review.showsHighlights)
  }

  @Test func theToggleWaitsWhileHelpTheEditorOrADeleteIsOpen() {
    var review = review()
    _ = review.send(.toggleHelp)
    _ = review.send(.toggleHighlights)
    #expect(review.showsHighlights && !review.isShowingHelp)
    _ = review.send(.beginNote)
    _ = review.send(.toggleHighlights)
    #expect(review.showsHighlights && review.noteEditor != nil)
    _ = review.send(.cancelNote)
    _ = review.send(.requestDelete)
    _ = review.send(.toggleHighlights)
    #expect(review.showsHighlights && review.isConfirmingDelete)
  }

  @Test func theChoiceSurvivesAReloadAndAResize() {
    var review = review()
    _ = review.send(.toggleHighlights)
    review.replace(transcript: feedbackTranscript())
    _ = review.send(.resize(TranscriptViewport(width: 38, height: 9)))
    #expect(!review.showsHighlights)
  }

  @Test func anOldTranscriptHasNoFeedbackToToggle() {
    let review = TranscriptReview(transcript: reviewTranscript(), timeZone: reviewUTC)
    #expect(!review.hasFeedback)
  }

  @Test func feedbackLinesBelongToTheirAnswerWhenScrolling() {
    var review = review(width: 38, height: 6)
    let range = review.layout.ranges[0] ?? 0..<0
    let feedback = range.filter { review.layout.lines[$0].kind == .feedbackGap }
    #expect(!feedback.isEmpty)
    // Scrolling down through the feedback keeps the answer in focus while any of it shows.
    while review.scroll + 1 < range.upperBound {
      _ = review.send(.scroll(1))
      #expect(review.focus == 0, "at \(review.scroll)")
    }
    // The next line down leaves the answer behind: the focus moves on.
    _ = review.send(.scroll(1))
    #expect(review.focus == 1)
    _ = review.send(.scroll(-1))
    #expect(review.focus == 1)
  }

  @Test func movingTheFocusShowsTheWholeAnswerWithItsFeedbackWhenItFits() {
    var review = review(width: 76, height: 40)
    _ = review.send(.focusNext)
    _ = review.send(.focusNext)
    let range = review.layout.ranges[2] ?? 0..<0
    #expect(range.count <= 40)
    #expect(review.scroll <= range.lowerBound && range.upperBound <= review.scroll + 40)
    // A long block in a short view starts at the answer's first line.
    var short = self.review(width: 38, height: 5)
    _ = short.send(.focusNext)
    _ = short.send(.focusPrevious)
    #expect(short.scroll == (short.layout.ranges[0]?.lowerBound ?? -1))
    _ = short.send(.page(1))
    #expect(short.scroll == (short.layout.ranges[0]?.lowerBound ?? -1) + 4)
    #expect(short.focus == 0)
  }
}
