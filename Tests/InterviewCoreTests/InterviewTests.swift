import Foundation
import Testing

@testable import InterviewCore

@Suite struct InterviewFlowTests {
  @Test func briefingThenIntroThenFirstQuestion() {
    var script = Script()
    #expect(script.interview.stage == .briefing)
    #expect(script.send(.proceed) == [.saveProgress])
    #expect(script.interview.stage == .intro(segment: 0))
    script.send(.proceed)
    #expect(script.turn == Turn(segment: 0, question: 0))
    #expect(
      script.interview.questionText(for: Turn(segment: 0, question: 0)) == "Tell me about Acme.")
  }

  @Test func aStageIsTheSummaryOrTheBriefingOnlyWhenItIs() {
    var script = Script()
    #expect(script.interview.stage.isBriefing && !script.interview.stage.isSummary)
    script.send(.proceed)
    #expect(!script.interview.stage.isBriefing && !script.interview.stage.isSummary)
    script.send(.proceed)
    #expect(script.turn != nil && !script.interview.stage.isSummary)
    #expect(Stage.summary.isSummary && !Stage.summary.isBriefing)
  }

  @Test("typing on a segment's introduction starts the first answer with what was typed")
  func typingOnTheIntroStartsTheAnswer() throws {
    var script = Script()
    script.send(.proceed)
    #expect(script.interview.stage == .intro(segment: 0))
    script.type("I", after: 2_000)
    #expect(script.turn?.segment == 0 && script.turn?.question == 0)
    #expect(script.turn?.buffer.text == "I")
    #expect(script.turn?.started == true)
    script.type(" led", after: 1_000)
    script.send(.submit, after: 9_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.answer == "I led")
    // The question showed with the first key, so no time was spent thinking about it.
    #expect(entry.thinkingMilliseconds == 0)
    #expect(entry.answerMilliseconds == 10_000)
  }

  @Test func typedAnswerRecordsThinkingAndAnswerTime() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 4_000)  // 4 s of intro count for the segment
    script.send(.tick, after: 2_500)
    #expect(script.turn?.thinkingMilliseconds == 2_500)
    #expect(script.turn?.started == false)
    script.type("I", after: 500)  // first keystroke at 3 s
    #expect(script.turn?.started == true)
    script.type(" led", after: 10_000)
    let effects = script.send(.submit, after: 20_000)
    let entry = try #require(script.recorded.first)
    #expect(effects.first == .record(entry))
    #expect(entry.kind == .answer)
    #expect(entry.sequence == 1)
    #expect(entry.segment == .behavioural)
    #expect(entry.questionID == "b1")
    #expect(entry.question == "Tell me about Acme.")
    #expect(entry.answer == "I led")
    #expect(entry.thinkingMilliseconds == 3_000)
    #expect(entry.answerMilliseconds == 30_000)
    #expect(entry.targetMilliseconds == 120_000)
    #expect(!entry.skipped)
    #expect(script.interview.segmentMilliseconds == [37_000, 0, 0])
    #expect(script.interview.interviewMilliseconds == 37_000)
  }

  @Test func followUpIsItsOwnEntryLinkedToItsQuestion() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("Answer")
    script.send(.submit, after: 1_000)
    // The plan has no probes, so the deck's follow-up is asked, and says so.
    #expect(
      script.turn
        == Turn(segment: 0, question: 0, isFollowUp: true, followUpText: "Why?", probe: .deck))
    script.type("Because", after: 2_000)
    script.send(.submit, after: 5_000)
    let followUp = try #require(script.recorded.last)
    #expect(followUp.kind == .followUp)
    #expect(followUp.question == "Why?")
    #expect(followUp.questionID == "b1")
    #expect(followUp.parentSequence == 1)
    #expect(followUp.thinkingMilliseconds == 2_000)
    #expect(followUp.answerMilliseconds == 5_000)
    #expect(followUp.targetMilliseconds == 60_000)
    #expect(script.turn == Turn(segment: 0, question: 1))
  }

  @Test func emptyTypedAnswerIsNotSubmitted() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("  ")
    #expect(script.send(.submit).isEmpty)
    #expect(script.interview.notice?.contains("Esc") == true)
    script.send(.tick, after: 1_000)  // ticks come often; the hint must outlive them
    #expect(script.interview.notice != nil)
    script.type("x")
    #expect(script.interview.notice == nil)
  }

  @Test func backspaceOnEmptyDraftKeepsThinking() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    #expect(script.send(.edit(.deleteBackward), after: 1_000).isEmpty)
    #expect(script.send(.edit(.left)).isEmpty)
    #expect(script.turn?.started == false)
    #expect(script.send(.edit(.insert("x"))) == [.draftChanged])
    #expect(script.turn?.started == true)
  }

  @Test func wholeInterviewReachesSummaryWithEveryEntry() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    for answer in ["one", "one more", "two"] {
      script.type(answer, after: 1_000)
      script.send(.submit, after: 1_000)
    }
    #expect(script.interview.stage == .intro(segment: 1))
    script.send(.proceed)
    script.type("three", after: 1_000)
    script.send(.submit, after: 1_000)
    #expect(script.interview.stage == .intro(segment: 2))
    script.send(.proceed)
    script.type("What does the team ship?", after: 1_000)
    script.send(.submit, after: 1_000)
    #expect(script.turn?.question == 1)
    script.send(.submit, after: 1_000)  // nothing more to ask
    #expect(script.interview.stage == .reflection(.wentWell, AnswerBuffer()))
    script.type("Clear stories")
    script.send(.submit)
    script.send(.submit)  // nothing to do differently: optional
    script.type("Send the dashboard link")
    let last = script.send(.submit)
    #expect(script.interview.stage == .summary)
    #expect(last.suffix(2) == [.saveProgress, .finished])
    let kinds = script.recorded.map(\.kind)
    #expect(
      kinds == [
        .answer, .followUp, .answer, .answer, .candidateQuestion, .reflection, .reflection,
      ])
    #expect(script.recorded.map(\.sequence) == Array(1...7))
    #expect(script.recorded == script.interview.entries)
    #expect(script.recorded[5].question == ReflectionPrompt.wentWell.text)
    #expect(script.recorded[6].question == ReflectionPrompt.followUp.text)
    #expect(script.recorded[4].segment == .questions)
  }
}

@Suite struct InterviewPauseTests {
  @Test func menuStopsEveryClock() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.send(.tick, after: 1_000)
    script.send(.openMenu)
    #expect(script.interview.isPaused)
    #expect(script.interview.menuSelection == .resume)
    script.send(.tick, after: 60_000)
    script.send(.closeMenu, after: 1_000)
    #expect(!script.interview.isPaused)
    script.send(.tick, after: 500)
    #expect(script.turn?.thinkingMilliseconds == 1_500)
    #expect(script.interview.interviewMilliseconds == 1_500)
  }

  /// Behind the "terminal too small" notice the question cannot be seen, so no clock runs; the
  /// notice is not a key, so it leaves the menu, the help and the draft alone.
  @Test func aTooSmallTerminalStopsEveryClock() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("So", after: 2_000)
    script.send(.screenTooSmall(true), after: 3_000)
    #expect(script.interview.isPaused)
    script.send(.tick, after: 45_000)
    script.send(.screenTooSmall(false), after: 15_000)
    #expect(!script.interview.isPaused)
    script.send(.tick, after: 1_000)
    #expect(script.turn?.thinkingMilliseconds == 2_000)
    #expect(script.turn?.answerMilliseconds == 4_000)
    #expect(script.interview.interviewMilliseconds == 6_000)
    #expect(script.turn?.buffer.text == "So")
    // With the menu open, the notice coming and going leaves the menu open and paused.
    script.send(.openMenu)
    script.send(.screenTooSmall(true))
    script.send(.screenTooSmall(false), after: 5_000)
    #expect(script.interview.menuSelection == .resume)
    #expect(script.interview.isPaused)
    script.send(.tick, after: 5_000)
    #expect(script.interview.interviewMilliseconds == 6_000)
  }

  @Test func helpPausesAndAnyKeyLeavesIt() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.send(.toggleHelp, after: 1_000)
    #expect(script.interview.isShowingHelp)
    script.send(.tick, after: 9_000)
    script.type("x")  // leaves the help; does not type
    #expect(!script.interview.isShowingHelp)
    #expect(script.turn?.buffer.isEmpty == true)
    #expect(script.turn?.thinkingMilliseconds == 1_000)
  }

  @Test func menuSelectionWrapsAndChooses() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.send(.openMenu)
    script.send(.moveMenuSelection(-1))
    #expect(script.interview.menuSelection == .help)
    script.send(.moveMenuSelection(2))
    #expect(script.interview.menuSelection == .skip)
    script.send(.chooseMenuSelection)
    #expect(script.interview.menuSelection == nil)
    #expect(script.recorded.first?.skipped == true)
  }

  @Test func skipKeepsPartialTextAndSkipsTheFollowUp() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("half an ans", after: 2_000)
    script.send(.openMenu, after: 3_000)
    script.send(.choose(.skip), after: 10_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.skipped)
    #expect(entry.answer == "half an ans")
    #expect(entry.thinkingMilliseconds == 2_000)
    #expect(entry.answerMilliseconds == 3_000)
    #expect(script.turn == Turn(segment: 0, question: 1))
  }

  @Test func endingEarlyKeepsTheDraftAsAnAnswerAndGoesToReflection() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("draft", after: 2_000)
    script.send(.openMenu, after: 3_000)
    let effects = script.send(.choose(.end))
    let entry = try #require(script.recorded.first)
    // An answer with text is an answer, ended early: not skipped, timed, counted.
    #expect(!entry.skipped && entry.answer == "draft")
    #expect(entry.countsAsAnswer)
    #expect(entry.thinkingMilliseconds == 2_000 && entry.answerMilliseconds == 3_000)
    #expect(script.interview.endedEarly)
    #expect(effects == [.record(entry), .saveProgress])
    #expect(script.interview.stage == .reflection(.wentWell, AnswerBuffer()))
    script.send(.openMenu)
    #expect(script.send(.choose(.end)) == [.saveProgress, .finished])
    #expect(script.interview.stage == .summary)
  }

  @Test func theEmptyAnswerNoticeSaysWhatEscAndTheMenuDo() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("  ")
    #expect(script.send(.submit).isEmpty)
    let notice = try #require(script.interview.notice)
    #expect(notice == "Type an answer, or Esc then s to skip.")
    // Esc opens the menu rather than skipping; its Skip entry is the one the notice's letter
    // names, and choosing it skips the question.
    script.send(.openMenu)
    #expect(script.interview.menuSelection != nil)
    #expect(script.turn?.question == 0)
    let skip = try #require(script.interview.menuItems.first { $0 == .skip })
    #expect(skip.title.lowercased().hasPrefix("s"))
    script.send(.choose(skip))
    #expect(script.recorded.last?.skipped == true)
    #expect(script.turn?.question == 1)
  }

  @Test func theReflectionsMenuOffersNoSkip() {
    var script = Script()
    script.send(.openMenu)
    script.send(.choose(.end))
    #expect(script.interview.stage == .reflection(.wentWell, AnswerBuffer()))
    script.send(.openMenu)
    #expect(script.interview.menuItems == [.resume, .end, .help])
    // Choosing Skip by its letter does nothing there: the prompt stays, nothing is recorded.
    let recorded = script.recorded.count
    script.send(.closeMenu)
    script.type("Clear stories")
    script.send(.openMenu)
    script.send(.choose(.skip))
    #expect(script.recorded.count == recorded)
    guard case .reflection(let prompt, let draft) = script.interview.stage else {
      Issue.record("left the reflection: \(script.interview.stage)")
      return
    }
    #expect(prompt == .wentWell && draft.text == "Clear stories")
    script.send(.choose(.end))
    #expect(script.interview.stage == .summary)
    #expect(script.recorded.last?.answer == "Clear stories")
  }

  @Test func noMenuOnTheSummary() {
    var script = Script()
    script.send(.openMenu)
    script.send(.choose(.end))
    script.send(.openMenu)
    script.send(.choose(.end))
    #expect(script.interview.stage == .summary)
    script.send(.openMenu)
    #expect(script.interview.menuSelection == nil)
  }
}

@Suite struct SpokenInterviewTests {
  @Test func spaceStartsAndEnterEnds() throws {
    var script = Script(samplePlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed)
    #expect(!script.interview.isTyping)
    script.send(.startSpeaking, after: 4_000)
    #expect(script.turn?.started == true)
    #expect(script.interview.isTyping)
    script.type("STAR, metrics", after: 30_000)
    script.send(.submit, after: 60_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.thinkingMilliseconds == 4_000)
    #expect(entry.answerMilliseconds == 90_000)
    #expect(entry.answer == "STAR, metrics")
    #expect(entry.spokenNotes)
  }

  @Test func enterBeforeSpeakingStartsAndEmptyNotesAreFine() throws {
    var script = Script(samplePlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed)
    script.send(.submit, after: 1_000)
    #expect(script.turn?.started == true)
    #expect(script.recorded.isEmpty)
    script.send(.submit, after: 2_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.answer.isEmpty && !entry.skipped)
    #expect(entry.answerMilliseconds == 2_000)
  }

  @Test func candidateQuestionsAndReflectionAreTypedEvenWhenSpeaking() {
    var script = Script(samplePlan(mode: .spoken))
    script.send(.openMenu)
    script.send(.choose(.end))
    #expect(script.interview.currentMode == .typed)
    #expect(script.interview.isTyping)
  }
}

@Suite struct CandidateQuestionTests {
  private func atCandidateQuestions() -> Script {
    var plan = samplePlan()
    plan.segments.removeFirst(2)
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed)
    return script
  }

  @Test func inspirationShowsOnlyOnRequest() {
    var script = atCandidateQuestions()
    guard case .candidateQuestions(_, let showing) = script.interview.stage else {
      Issue.record("not at the candidate's questions")
      return
    }
    #expect(!showing)
    script.send(.toggleInspiration)
    #expect(
      script.interview.stage
        == .candidateQuestions(Turn(segment: 0, question: 0), showingInspiration: true))
  }

  /// Three ideas, at the candidate's questions.
  private func withThreeIdeas() -> Script {
    var plan = samplePlan()
    plan.segments.removeFirst(2)
    plan.inspiration = ["First idea?", "Second idea?", "Third idea?"]
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed)
    return script
  }

  @Test func theHighlightedIdeaMovesAndStopsAtEitherEnd() {
    var script = withThreeIdeas()
    script.send(.moveInspiration(1))
    #expect(script.interview.highlightedIdea == 0, "hidden ideas do not move")
    script.send(.toggleInspiration)
    script.send(.moveInspiration(1))
    #expect(script.interview.highlightedIdea == 1)
    script.send(.moveInspiration(5))
    #expect(script.interview.highlightedIdea == 2)
    script.send(.moveInspiration(-9))
    #expect(script.interview.highlightedIdea == 0)
    // Hidden and shown again, the ideas start from the top.
    script.send(.moveInspiration(2))
    script.send(.toggleInspiration)
    script.send(.toggleInspiration)
    #expect(script.interview.highlightedIdea == 0)
  }

  @Test func anIdeaGoesIntoTheQuestionAtTheCursorAndUndoTakesItBack() {
    var script = withThreeIdeas()
    script.type("So: ")
    script.send(.toggleInspiration)
    script.send(.moveInspiration(1))
    let effects = script.send(.useInspiration)
    #expect(effects == [.draftChanged])
    #expect(script.turn?.buffer.text == "So: Second idea?")
    guard case .candidateQuestions(_, let showing) = script.interview.stage else {
      Issue.record("not at the candidate's questions")
      return
    }
    #expect(!showing, "the ideas hide once one is used")
    // Used, it is the candidate's own question: edited, then asked.
    script.send(.edit(.undo))
    #expect(script.turn?.buffer.text == "So: ")
    script.send(.edit(.redo))
    script.send(.submit, after: 1_000)
    #expect(script.recorded.last?.answer == "So: Second idea?")
    // With the ideas hidden, the action does nothing.
    #expect(script.send(.useInspiration).isEmpty)
    #expect(script.turn?.buffer.text == "")
  }

  @Test func eachQuestionIsTimedAndRecorded() throws {
    var script = atCandidateQuestions()
    script.type("How is success measured?", after: 3_000)
    script.send(.submit, after: 4_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.kind == .candidateQuestion)
    #expect(entry.question == "Do you have any questions for us?")
    #expect(entry.thinkingMilliseconds == 3_000 && entry.answerMilliseconds == 4_000)
    #expect(entry.questionID == nil)
    #expect(script.interview.questionText(for: try #require(script.turn)).contains("anything else"))
  }
}

@Suite struct InterviewResumeTests {
  @Test func stateSurvivesEncodingWithDraftAndClocks() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 2_000)
    script.type("日本語 and 👍 draft", after: 1_000)
    script.send(.tick, after: 5_000)
    let data = try JSONEncoder().encode(script.interview)
    var restored = try JSONDecoder().decode(Interview.self, from: data)
    #expect(restored == script.interview)
    restored.restarted()
    // An hour later, on another boot: the gap is not counted.
    _ = restored.send(.tick, at: 99_000_000)
    _ = restored.send(.tick, at: 99_001_000)
    guard case .answering(let turn) = restored.stage else {
      Issue.record("not answering")
      return
    }
    #expect(turn.buffer.text == "日本語 and 👍 draft")
    #expect(turn.thinkingMilliseconds == 1_000)
    #expect(turn.answerMilliseconds == 6_000)
    #expect(restored.interviewMilliseconds == 9_000)
  }
}

@Suite struct InterviewReportTests {
  @Test func reportSplitsOverTargetSkippedAndReflection() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 1_000)
    #expect(script.interview.whereabouts == "Behavioural · question 1 of 2")
    script.type("long", after: 1_000)
    script.send(.submit, after: 121_000)  // 121 s against 120 s: over
    #expect(script.interview.whereabouts == "Behavioural · follow-up to question 1 of 2")
    script.type("short")
    script.send(.submit, after: 1_000)
    script.send(.openMenu)
    script.send(.choose(.skip))
    script.send(.openMenu)
    script.send(.choose(.end))
    script.type("Pace")
    script.send(.submit)
    let report = InterviewReport(script.interview)
    #expect(report.answers.count == 3)
    #expect(report.overTarget.map(\.question) == ["Tell me about Acme."])
    #expect(report.skipped.map(\.question) == ["A conflict?"])
    #expect(report.reflection.map(\.answer) == ["Pace"])
    #expect(report.segments.map(\.spentMilliseconds) == [124_000, 0, 0])
    #expect(report.segments.map(\.budgetMilliseconds) == [240_000, 180_000, 120_000])
    // The skipped question is not among the answers counted.
    #expect(report.segments.map(\.answered) == [2, 0, 0])
    #expect(report.budgetMilliseconds == 540_000)
    #expect(script.interview.draft?.text == "")
  }
}

@Suite struct InterviewDraftTests {
  @Test func aCombiningMarkIsAChangeToSave() {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("cafe")
    #expect(script.send(.edit(.insert("\u{301}"))) == [.draftChanged])
    #expect(script.turn?.buffer.text == "café")
  }
}

/// Answers read from a pipe: recorded with no times, so nothing reads the wait for a line as
/// thinking or answering.
@Suite struct UntimedInterviewTests {
  @Test func untimedAnswersAreRecordedWithoutTimes() throws {
    var plan = samplePlan()
    plan.settings.untimed = true
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed)
    script.type("An answer", after: 4_000)
    script.send(.submit, after: 9_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.answer == "An answer")
    #expect(entry.thinkingMilliseconds == nil && entry.answerMilliseconds == nil)
    #expect(entry.targetMilliseconds == 120_000)
    #expect(TranscriptFormat.isUntimed(entry))
    #expect(!entry.isOverTarget)
  }

  @Test func timedIsStillTheDefault() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    script.type("An answer", after: 4_000)
    script.send(.submit, after: 9_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.thinkingMilliseconds == 4_000 && entry.answerMilliseconds == 9_000)
    #expect(!TranscriptFormat.isUntimed(entry))
  }
}
