import Foundation
import Testing

@testable import InterviewCore

@Suite struct SchedulerTests {
  private let day0 = StudyDay(iso: "2026-01-05") ?? StudyDay(ordinal: 0)

  /// The schedules after grading `grades` in a row, each on the day the last one fell due.
  private func run(_ grades: [DrillGrade], from start: CardSchedule? = nil) -> [CardSchedule] {
    var schedule = start
    var day = start?.due ?? day0
    var schedules: [CardSchedule] = []
    for grade in grades {
      let next = Scheduler.schedule(after: schedule, grade: grade, on: day)
      schedules.append(next)
      schedule = next
      day = next.due
    }
    return schedules
  }

  @Test func gradesMapOntoSM2Qualities() {
    #expect(DrillGrade.allCases.map(\.quality) == [2, 3, 4, 5])
    #expect(DrillGrade.allCases.map(\.title) == ["Again", "Hard", "Good", "Easy"])
    for grade in DrillGrade.allCases { #expect(DrillGrade(name: grade.name) == grade) }
    #expect(DrillGrade(name: "Good") == nil)
  }

  @Test("a first drill's grades give four different intervals: today, 1, 3 and 5 days")
  func firstDrillIntervalsDifferByGrade() {
    let first = DrillGrade.allCases.map { Scheduler.schedule(after: nil, grade: $0, on: day0) }
    #expect(first.map(\.intervalDays) == [0, 1, 3, 5])
    #expect(first.map { $0.due.days(since: day0) } == [0, 1, 3, 5])
    #expect(Set(first.map(\.due)).count == 4)
    // "Again" is due the same day: the question is practised again before the day is over.
    #expect(first[0].isDue(on: day0))
    #expect(first[0].repetitions == 0 && first[0].lapses == 1)
    #expect(first.dropFirst().allSatisfy { $0.repetitions == 1 && $0.lapses == 0 })
  }

  @Test func intervalsRunByGradeThenSixThenTimesTheEaseRoundedUp() {
    let good = run(Array(repeating: .good, count: 5))
    // Good leaves the ease at 2.5: 6 × 2.5 = 15, 15 × 2.5 = 37.5 → 38, 38 × 2.5 = 95.
    #expect(good.map(\.intervalDays) == [3, 6, 15, 38, 95])
    #expect(good.map(\.repetitions) == [1, 2, 3, 4, 5])
    #expect(good.allSatisfy { $0.ease == 2_500 && $0.lapses == 0 })

    // The third interval uses the ease the second grade left: hard 2.5 → 2.36 → 2.22.
    let hard = run([.hard, .hard, .hard])
    #expect(hard.map(\.ease) == [2_360, 2_220, 2_080])
    #expect(hard.map(\.intervalDays) == [1, 6, 14])  // 6 × 2.22 = 13.32 → 14
  }

  @Test func easeMovesByGradeAndNeverFallsBelowOnePointThree() {
    let start = CardSchedule(
      repetitions: 3, ease: 2_000, intervalDays: 10, due: day0, lastDrilled: day0, lapses: 0)
    func ease(after grade: DrillGrade, from start: CardSchedule = start) -> Int {
      Scheduler.schedule(after: start, grade: grade, on: day0).ease
    }
    #expect(ease(after: .easy) == 2_100)
    #expect(ease(after: .good) == 2_000)
    #expect(ease(after: .hard) == 1_860)
    #expect(ease(after: .again) == 2_000)
    #expect(Scheduler.schedule(after: nil, grade: .easy, on: day0).ease == 2_600)

    let hards = run(Array(repeating: .hard, count: 10))
    #expect(
      hards.map(\.ease) == [
        2_360, 2_220, 2_080, 1_940, 1_800, 1_660, 1_520, 1_380, 1_300, 1_300,
      ])
    let low = CardSchedule(
      repetitions: 4, ease: 1_300, intervalDays: 10, due: day0, lastDrilled: day0, lapses: 2)
    // 10 × 1.3 = 13; the ease used is the one before this grade.
    #expect(Scheduler.schedule(after: low, grade: .hard, on: day0).intervalDays == 13)
    #expect(ease(after: .hard, from: low) == 1_300)
  }

  @Test func aLapseStartsTheRepetitionsOverAndIsCounted() {
    let learnt = run([.good, .good, .easy, .good])
    let before = learnt[3]
    #expect(before.repetitions == 4)
    let lapse = Scheduler.schedule(after: before, grade: .again, on: before.due)
    #expect(lapse.repetitions == 0)
    #expect(lapse.intervalDays == 0)
    #expect(lapse.due == before.due)
    #expect(lapse.ease == before.ease)
    #expect(lapse.lapses == 1)
    let relearnt = run([.good, .good, .again, .again], from: lapse)
    #expect(relearnt.map(\.intervalDays) == [3, 6, 0, 0])
    #expect(relearnt.map(\.lapses) == [1, 1, 2, 3])
    #expect(relearnt.map(\.repetitions) == [1, 2, 0, 0])
  }

  @Test func aRunOfGradesOverScriptedDaysComesDueExactlyIntervalDaysLater() {
    var schedule: CardSchedule?
    // Drilled on the day it falls due, once two days late: 6 × 2.5 = 15, 15 × 2.36 = 35.4 → 36;
    // "again" is due the same day and drilled again on it.
    let script: [(offset: Int, grade: DrillGrade, interval: Int)] = [
      (0, .good, 3), (3, .good, 6), (11, .hard, 15), (26, .easy, 36), (62, .again, 0),
      (62, .good, 3), (65, .good, 6),
    ]
    for step in script {
      let day = day0.adding(days: step.offset)
      if let schedule { #expect(schedule.isDue(on: day)) }
      let next = Scheduler.schedule(after: schedule, grade: step.grade, on: day)
      #expect(next.intervalDays == step.interval, "day \(step.offset)")
      #expect(next.lastDrilled == day)
      #expect(next.due.days(since: day) == step.interval)
      #expect(!next.isDue(on: next.due.adding(days: -1)))
      #expect(next.isDue(on: next.due))
      #expect(next.isDue(on: next.due.adding(days: 30)))
      schedule = next
    }
    #expect(schedule?.due == day0.adding(days: 71))
    #expect(schedule?.ease == 2_460)
    #expect(schedule?.lapses == 1)
  }

  @Test func schedulesSurviveACodableRoundTrip() throws {
    let schedule = run([.good, .hard, .easy]).last
    let data = try JSONEncoder().encode(schedule)
    #expect(try JSONDecoder().decode(CardSchedule?.self, from: data) == schedule)
  }
}
