import Testing

@testable import InterviewCore

/// The drill as people who use Anki expect it: an unanswered question offers only Again and
/// Hard, Again asks the card again later in the same drill, the last grade can be taken back
/// with its schedule, and stopping says so.
@Suite struct DrillUnansweredTests {
  @Test func aSkipWithNothingTypedOffersOnlyAgainAndHard() throws {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    script.send(.openMenu, after: 1_000)
    script.send(.choose(.skip))
    let entry = try #require(script.recorded.first)
    #expect(entry.skipped && entry.answer.isEmpty)
    #expect(script.drill.offeredGrades == [.again, .hard])
    // Good and Easy do nothing: still grading, nothing saved.
    #expect(script.send(.grade(.good)).isEmpty)
    #expect(script.send(.grade(.easy)).isEmpty)
    #expect(script.drill.phase == .grading(entry))
    #expect(script.grades.isEmpty)
    script.send(.grade(.hard))
    #expect(script.grades.map(\.1) == [.hard])
    #expect(script.drill.current == drillCard("b"))
  }

  @Test func anAnswerWithTextOffersAllFour() {
    var script = DrillScript([drillCard("a")])
    script.answer("I led the migration.")
    #expect(script.drill.offeredGrades == DrillGrade.allCases)
  }

  @Test func whichGradesEachKindOfEntryMayHave() {
    func entry(_ answer: String, skipped: Bool = false, spoken: Bool = false) -> TranscriptEntry {
      TranscriptEntry(
        sequence: 1, kind: .answer, segment: .behavioural, questionID: "a", question: "Q?",
        answer: answer, skipped: skipped, spokenNotes: spoken)
    }
    #expect(Drill.grades(for: entry("", skipped: true)) == [.again, .hard])
    #expect(Drill.grades(for: entry("  \n ")) == [.again, .hard])
    #expect(Drill.grades(for: entry("not sure", skipped: true)) == DrillGrade.allCases)
    // Answered aloud with no notes is still an answer; skipped aloud is not.
    #expect(Drill.grades(for: entry("", spoken: true)) == DrillGrade.allCases)
    #expect(Drill.grades(for: entry("", skipped: true, spoken: true)) == [.again, .hard])
  }
}

@Suite struct DrillAgainTests {
  /// The question ids the drill asks, in order, answering each with `grades` in turn.
  private func asked(_ count: Int, grades: [DrillGrade]) -> (ids: [String], script: DrillScript) {
    let cards = (0..<count).map { drillCard("c\($0)") }
    var script = DrillScript(cards)
    var ids: [String] = []
    var grades = grades[...]
    while let card = script.drill.current, script.drill.interview != nil {
      ids.append(card.key.questionID)
      script.answer("answer", after: 1_000)
      script.send(.grade(grades.popFirst() ?? .good))
    }
    return (ids, script)
  }

  @Test func againAsksTheCardAfterThreeMore() {
    let (ids, script) = asked(6, grades: [.again])
    #expect(ids == ["c0", "c1", "c2", "c3", "c0", "c4", "c5"])
    #expect(script.drill.results.count == 7)
    #expect(script.drill.phase == .finished)
    #expect(!script.drill.wasStopped)
  }

  @Test func againNearTheEndAsksItLast() {
    let (ids, _) = asked(3, grades: [.good, .again])
    #expect(ids == ["c0", "c1", "c2", "c1"])
  }

  @Test func againOnTheLastCardAsksItAtOnce() {
    let (ids, script) = asked(2, grades: [.good, .again, .good])
    #expect(ids == ["c0", "c1", "c1"])
    #expect(script.grades.map(\.1) == [.good, .again, .good])
    #expect(script.recorded.map(\.sequence) == [1, 2, 3])
  }

  @Test func theReAskIsGradedAndThatGradeSchedulesIt() throws {
    let card = drillCard("a")
    var script = DrillScript([card])
    script.answer("first")
    script.send(.grade(.again))
    let again = try #require(script.grades.last?.2)
    // The schedule after Again is the scheduler's.
    #expect(again == Scheduler.schedule(after: nil, grade: .again, on: drillDay))
    #expect(script.drill.progress[card.key]?.schedule == again)
    #expect(script.drill.current == card)
    script.answer("second")
    let preview = script.drill.preview(of: .good)
    script.send(.grade(.good))
    let good = try #require(script.grades.last?.2)
    #expect(good == Scheduler.schedule(after: again, grade: .good, on: drillDay))
    #expect(preview == good)
    #expect(script.drill.progress[card.key]?.schedule == good)
    #expect(script.drill.nextDue == good.due)
    #expect(script.grades.map(\.3) == [1, 2])
  }

  @Test func theProgressLineCountsTheReAsks() {
    var script = DrillScript([drillCard("a"), drillCard("b"), drillCard("c")])
    #expect(script.drill.interview?.plan.drill == DrillCardPosition(number: 1, count: 3))
    script.answer("one")
    script.send(.grade(.again))
    #expect(script.drill.interview?.plan.drill == DrillCardPosition(number: 2, count: 4))
    script.answer("two")
    script.send(.grade(.good))
    script.answer("three")
    script.send(.grade(.good))
    #expect(script.drill.interview?.plan.drill == DrillCardPosition(number: 4, count: 4))
    #expect(script.drill.current == drillCard("a"))
  }

  @Test func aReAskNotReachedCountsAsNotReached() {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    script.answer("one")
    script.send(.grade(.again))
    script.answer("two")
    script.send(.quit)
    #expect(script.drill.notReached == 1)
    #expect(script.drill.wasStopped)
  }
}

@Suite struct DrillUndoTests {
  @Test func undoOnTheSummaryRestoresTheGradeAndSchedule() throws {
    let card = drillCard("b")
    let earlier = CardSchedule(
      repetitions: 1, ease: 2_500, intervalDays: 3, due: drillDay,
      lastDrilled: drillDay.adding(days: -3), lapses: 0)
    let known = CardProgress(schedule: earlier, markedToPractiseAgain: true)
    var script = DrillScript([drillCard("a"), card], progress: [card.key: known])
    script.answer("one")
    script.send(.grade(.good))
    script.answer("two")
    let entry = try #require(script.recorded.last)
    script.send(.grade(.easy))
    #expect(script.drill.phase == .finished)
    #expect(script.drill.canUndoGrade)
    let effects = script.send(.undoGrade, after: 1_000)
    #expect(effects == [.ungrade(card.key, restoring: earlier, entrySequence: 2)])
    #expect(script.drill.phase == .grading(entry))
    #expect(script.drill.current == card)
    #expect(script.drill.progress[card.key] == known)
    #expect(script.drill.results.last?.grade == nil)
    #expect(script.drill.results.last?.schedule == nil)
    // The first grade stays; only one level of undo.
    #expect(script.drill.results.first?.grade == .good)
    #expect(!script.drill.canUndoGrade)
    #expect(script.send(.undoGrade).isEmpty)
    // Graded again, the new grade counts.
    let regrade = script.send(.grade(.hard))
    let hard = Scheduler.schedule(after: earlier, grade: .hard, on: drillDay)
    #expect(regrade == [.grade(card.key, .hard, hard, entrySequence: 2), .finished])
  }

  @Test func undoOfANeverScheduledCardRestoresNoSchedule() {
    let card = drillCard("a")
    var script = DrillScript([card])
    script.answer("one")
    script.send(.grade(.good))
    #expect(
      script.send(.undoGrade) == [.ungrade(card.key, restoring: nil, entrySequence: 1)])
    #expect(script.drill.progress[card.key] == nil)
  }

  @Test func ctrlZOnTheUntouchedNextQuestionUndoesTheGrade() throws {
    let cards = [drillCard("a"), drillCard("b")]
    var script = DrillScript(cards)
    script.answer("one")
    let entry = try #require(script.recorded.first)
    script.send(.grade(.good))
    #expect(script.drill.current == cards[1])
    script.send(.tick, after: 2_000)
    // The cursor moves, nothing is typed: the grade can still be undone.
    script.send(.edit(.left))
    #expect(script.drill.canUndoGrade)
    #expect(
      script.send(.undoGrade) == [.ungrade(cards[0].key, restoring: nil, entrySequence: 1)])
    #expect(script.drill.phase == .grading(entry))
    #expect(script.drill.current == cards[0])
    #expect(script.drill.index == 0)
    // Graded again, the next question starts afresh.
    script.send(.grade(.easy))
    #expect(script.drill.current == cards[1])
    #expect(script.turn?.thinkingMilliseconds == 0)
  }

  @Test func nothingToUndoOnceSomethingIsTyped() {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    script.answer("one")
    script.send(.grade(.good))
    script.type("x")
    script.send(.edit(.deleteBackward))
    // The editor has history now: its undo keys are the editor's again.
    #expect(!script.drill.canUndoGrade)
    let before = script.drill
    #expect(script.send(.undoGrade).isEmpty)
    #expect(script.drill == before)
  }

  @Test func nothingToUndoBeforeTheFirstGradeOrAfterANewAnswer() {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    #expect(!script.drill.canUndoGrade)
    script.answer("one")
    #expect(!script.drill.canUndoGrade)
    script.send(.grade(.good))
    script.answer("two")
    // Answer 2 came after the grade: stopping leaves it ungraded, and the grade before stays.
    script.send(.quit)
    #expect(!script.drill.canUndoGrade)
    #expect(script.send(.undoGrade).isEmpty)
  }

  @Test func undoingAgainTakesTheReAskOutOfTheQueue() throws {
    let cards = [drillCard("a"), drillCard("b"), drillCard("c")]
    var script = DrillScript(cards)
    script.answer("one")
    script.send(.grade(.again))
    #expect(script.drill.queue.map(\.key) == (cards + [cards[0]]).map(\.key))
    script.send(.undoGrade)
    #expect(script.drill.queue == cards)
    #expect(script.drill.notReached == 2)
    script.send(.grade(.good))
    #expect(script.drill.interview?.plan.drill == DrillCardPosition(number: 2, count: 3))
  }

  @Test func undoAfterTheLastAgainOnTheReAskedCard() {
    // The last card graded Again is asked at once; undo from that untouched re-ask.
    var script = DrillScript([drillCard("a")])
    script.answer("one")
    script.send(.grade(.again))
    #expect(script.drill.queue.count == 2)
    #expect(script.drill.canUndoGrade)
    script.send(.undoGrade)
    #expect(script.drill.queue.count == 1)
    #expect(script.drill.index == 0)
  }
}

@Suite struct DrillStoppedTests {
  @Test func quittingWhileGradingStopsTheDrill() {
    var script = DrillScript([drillCard("a"), drillCard("b"), drillCard("c")])
    script.answer("one")
    script.send(.grade(.good))
    script.answer("two")
    script.send(.quit)
    #expect(script.drill.phase == .finished)
    #expect(script.drill.wasStopped)
    #expect(script.drill.gradeCounts == [.good: 1])
    #expect(script.drill.ungraded.count == 1)
    #expect(script.drill.notReached == 1)
  }

  @Test func theLastGradeFinishesWithoutStopping() {
    var script = DrillScript([drillCard("a")])
    script.answer("one")
    script.send(.grade(.good))
    #expect(script.drill.phase == .finished)
    #expect(!script.drill.wasStopped)
  }
}
