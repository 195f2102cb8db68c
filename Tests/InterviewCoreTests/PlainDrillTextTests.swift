import Foundation
import Testing

@testable import InterviewCore

/// The words of `drill --plain`: headings, grade parsing, next-due lines and the summary, all
/// said in words a screen reader reads well.
@Suite struct PlainDrillTextTests {
  @Test func theHeadingCountsTheCardsAndNamesTheSegmentAndDeck() {
    var script = DrillScript([drillCard("a"), drillCard("b", segment: .technical)])
    #expect(
      PlainDrillText.heading(script.drill) == "Card 1 of 2, Behavioural. Deck: Practice deck.")
    script.answer("First")
    script.send(.grade(.good))
    #expect(
      PlainDrillText.heading(script.drill)
        == "Card 2 of 2, \(SegmentKind.technical.defaultTitle). Deck: Practice deck.")
    #expect(!PlainDrillText.heading(script.drill).contains("·"))
  }

  @Test func theAskerSaysTheTargetInWords() {
    let card = drillCard("a", target: 90)
    #expect(
      PlainDrillText.asker(card)
        == "\(SegmentKind.behavioural.defaultInterviewer) asks, target 1 minute 30 seconds:")
  }

  @Test func gradesParseAsNumbersOrNames() {
    let all = DrillGrade.allCases
    #expect(PlainDrillText.grade("3", offered: all) == .grade(.good))
    #expect(PlainDrillText.grade(" 1 ", offered: all) == .grade(.again))
    #expect(PlainDrillText.grade("Easy", offered: all) == .grade(.easy))
    #expect(PlainDrillText.grade(":quit", offered: all) == .command(.quit))
    #expect(PlainDrillText.grade(":help", offered: all) == .command(.help))
  }

  @Test func aBadGradeIsRefusedWithItsReason() {
    let all = DrillGrade.allCases
    #expect(
      PlainDrillText.grade("5", offered: all) == .refused("'5' is not a grade: type 1, 2, 3 or 4."))
    #expect(
      PlainDrillText.grade("good-ish", offered: all)
        == .refused("'good-ish' is not a grade: type 1, 2, 3 or 4."))
    #expect(PlainDrillText.grade("", offered: all) == .refused("Type a grade: 1, 2, 3 or 4."))
    #expect(
      PlainDrillText.grade("3", offered: [.again, .hard])
        == .refused("Nothing was answered, so good is not offered: type 1 or 2."))
  }

  @Test func thePromptOffersWhatTheAnswerMayGet() {
    #expect(
      PlainDrillText.gradePrompt(offered: DrillGrade.allCases)
        == "Grade 1 to 4 (1 again, 2 hard, 3 good, 4 easy): ")
    #expect(
      PlainDrillText.gradePrompt(offered: [.again, .hard])
        == "Nothing was answered, so it is again or hard. Grade 1 or 2 (1 again, 2 hard): ")
  }

  @Test func theNextDueLineSaysWhenInWords() {
    // Day 20 000 is Friday 4 October 2024.
    let today = StudyDay(ordinal: 20_000)
    #expect(today.spelledOut == "Friday 4 October")
    let good = Scheduler.schedule(after: nil, grade: .good, on: today)
    #expect(
      PlainDrillText.nextDue(good, grade: .good, today: today)
        == "Next due in 3 days, Monday 7 October.")
    let hard = Scheduler.schedule(after: nil, grade: .hard, on: today)
    #expect(
      PlainDrillText.nextDue(hard, grade: .hard, today: today)
        == "Next due tomorrow, Saturday 5 October.")
    let again = Scheduler.schedule(after: nil, grade: .again, on: today)
    #expect(
      PlainDrillText.nextDue(again, grade: .again, today: today).contains("later in this drill"))
  }

  @Test func afterAnAnswerTheTimesFeedbackAndTipsAreShownInWords() {
    var script = DrillScript([drillCard("a")])
    script.type("I led the migration and cut costs by 20%.", after: 4_000)
    script.send(.submit, after: 30_000)
    guard case .grading(let entry) = script.drill.phase else {
      Issue.record("not grading: \(script.drill.phase)")
      return
    }
    let lines = PlainDrillText.afterAnswer(entry, card: script.drill.current)
    #expect(
      lines.dropFirst().first
        == "Your answer: thinking 4 seconds, answer 30 seconds, target 1 minute 30 seconds.")
    let coach = lines.first { $0.hasPrefix("Coach: ") }
    #expect(coach?.contains("number yes") == true, "\(lines)")
    #expect(lines.contains("What they listen for:"))
    #expect(lines.contains("  - Be brief."))
    #expect(!lines.joined().contains("✓") && !lines.joined().contains("/"))
  }

  @Test func anUntimedDrillRecordsNoTimesAndSaysSo() {
    var drill = Drill(
      cards: [drillCard("a")], progress: [:], mode: .typed, today: drillDay, startingAt: 0,
      untimed: true)
    _ = drill.send(.interview(.edit(.insert("An answer"))), at: 5_000)
    _ = drill.send(.interview(.submit), at: 9_000)
    guard case .grading(let entry) = drill.phase else {
      Issue.record("not grading")
      return
    }
    #expect(entry.answerMilliseconds == nil && entry.thinkingMilliseconds == nil)
    #expect(
      PlainDrillText.afterAnswer(entry, card: drill.current).dropFirst().first
        == "Your answer: untimed, target 1 minute 30 seconds.")
  }

  @Test func theSummaryTalliesTheGradesAndSaysWhenTheFirstComesBack() {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    script.answer("One")
    script.send(.grade(.good))
    script.answer("Two")
    script.send(.grade(.hard))
    #expect(
      PlainDrillText.summary(script.drill) == [
        "Drill done: 2 answers, 1 hard, 1 good.",
        "The first of them is due again tomorrow, Saturday 5 October.",
      ])
  }

  @Test func aStoppedDrillSaysWhatWasLeft() {
    var script = DrillScript([drillCard("a"), drillCard("b"), drillCard("c")])
    script.answer("One")
    script.send(.quit)
    #expect(
      PlainDrillText.summary(script.drill) == [
        "Drill stopped: 0 graded, 1 answered but not graded, 2 questions not reached."
      ])
  }

  @Test func stoppingOnAQuestionWithNothingTypedRecordsNothing() {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    script.answer("One")
    script.send(.grade(.good))
    let effects = script.drill.stop(at: script.now + 1_000)
    #expect(effects == [.finished])
    #expect(script.drill.phase == .finished && script.drill.wasStopped)
    #expect(script.drill.results.count == 1)
    #expect(
      PlainDrillText.summary(script.drill).first
        == "Drill stopped: 1 graded, 1 question not reached.")
  }

  @Test func stoppingWhileGradingKeepsTheAnswerUngraded() {
    var script = DrillScript([drillCard("a")])
    script.answer("One")
    _ = script.drill.stop(at: script.now)
    #expect(script.drill.phase == .finished)
    #expect(script.drill.ungraded.count == 1)
  }

  @Test func clocksInTheAppsSentencesAreWords() {
    #expect(
      SpokenText.clocks(in: "Short: about 0:09 spoken against 2:30; say more.")
        == "Short: about 9 seconds spoken against 2 minutes 30 seconds; say more.")
    #expect(SpokenText.clocks(in: "No clock here.") == "No clock here.")
  }

  @Test func undoIsTheDrillsOwnCommand() {
    guard case .unknown(let word) = PlainCommand(" :UNDO ") else {
      Issue.record(":undo is a rehearsal command now; PlainDrill must handle it there")
      return
    }
    #expect(PlainDrillText.isUndo(word))
    #expect(!PlainDrillText.isUndo(":und"))
    #expect(PlainDrillText.commands.contains { $0.name == ":undo" })
  }

  @Test func durationsAreWords() {
    #expect(SpokenText.duration(milliseconds: 4_400) == "4 seconds")
    #expect(SpokenText.duration(milliseconds: 60_000) == "1 minute")
    #expect(SpokenText.duration(milliseconds: 150_000) == "2 minutes 30 seconds")
    #expect(SpokenText.duration(milliseconds: 0) == "0 seconds")
  }
}
