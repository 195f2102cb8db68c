import Foundation
import Testing

@testable import InterviewCore

/// A card of the deck `practice`: question `id` of `segment`, held to `target` seconds, its text
/// naming the company and the position so the filling shows.
func drillCard(_ id: String, segment: SegmentKind = .behavioural, target: Int = 90) -> DeckCard {
  DeckCard(
    key: CardKey(deckID: "practice", questionID: id), deckTitle: "Practice deck",
    segment: segment, segmentTitle: segment.defaultTitle,
    interviewer: segment.defaultInterviewer,
    question: Question(
      id: id, text: "Why {company} for {position}? (\(id))", targetSeconds: target,
      followUps: ["Go on."], tips: ["Be brief."]))
}

/// The day drills in these tests happen on, unless they say otherwise.
let drillDay = StudyDay(ordinal: 20_000)

/// Sends actions to a drill with scripted time and collects every effect.
struct DrillScript {
  var drill: Drill
  var now: Int64 = 1_000
  var effects: [DrillEffect] = []

  /// A drill of `cards` whose first question shows at the script's start.
  init(
    _ cards: [DeckCard], progress: [CardKey: CardProgress] = [:], mode: AnswerMode = .typed,
    today: StudyDay = drillDay
  ) {
    drill = Drill(cards: cards, progress: progress, mode: mode, today: today, startingAt: now)
  }

  /// Lets `milliseconds` pass, then sends `action`.
  @discardableResult
  mutating func send(_ action: DrillAction, after milliseconds: Int64 = 0) -> [DrillEffect] {
    now += milliseconds
    let result = drill.send(action, at: now)
    effects += result
    return result
  }

  /// Lets `milliseconds` pass, then sends `action` to the question being answered.
  @discardableResult
  mutating func send(_ action: InterviewAction, after milliseconds: Int64 = 0) -> [DrillEffect] {
    send(.interview(action), after: milliseconds)
  }

  /// Types `text` as one insert.
  mutating func type(_ text: String, after milliseconds: Int64 = 0) {
    send(.edit(.insert(text)), after: milliseconds)
  }

  /// Types `text` and submits it at once.
  mutating func answer(_ text: String, after milliseconds: Int64 = 0) {
    type(text, after: milliseconds)
    send(.submit)
  }

  /// Lets `milliseconds` pass, then signals an interrupt.
  @discardableResult
  mutating func interrupt(after milliseconds: Int64 = 0) -> [DrillEffect] {
    now += milliseconds
    let result = drill.interrupted(at: now)
    effects += result
    return result
  }

  /// The entries recorded through effects, in order.
  var recorded: [TranscriptEntry] {
    effects.compactMap {
      if case .record(let entry) = $0 { return entry }
      return nil
    }
  }

  /// The grades saved through effects, in order.
  var grades: [(CardKey, DrillGrade, CardSchedule, Int)] {
    effects.compactMap {
      if case .grade(let key, let grade, let schedule, let sequence) = $0 {
        return (key, grade, schedule, sequence)
      }
      return nil
    }
  }

  /// The turn of the question being answered, if any.
  var turn: Turn? {
    if case .answering(let turn) = drill.interview?.stage { return turn }
    return nil
  }
}

/// One step of a script run on both a rehearsal and a drill: a pause, then an action.
private typealias Step = (after: Int64, action: InterviewAction)

/// The first entry `steps` record in a rehearsal of a one-question plan in `mode`, the steps
/// starting as the question shows.
private func rehearsedEntry(_ steps: [Step], mode: AnswerMode) -> TranscriptEntry? {
  var plan = samplePlan(mode: mode)
  plan.segments = [plan.segments[0]]
  plan.segments[0].questions = [PlannedQuestion(id: "why", text: "Why?", targetSeconds: 90)]
  var script = Script(plan)
  script.send(.proceed)
  script.send(.proceed, after: 5_000)  // the intro's time is the segment's, not the answer's
  for step in steps { script.send(step.action, after: step.after) }
  return script.recorded.first
}

/// The first entry `steps` record when drilling one card in `mode`, the steps starting as the
/// question shows.
private func drilledEntry(_ steps: [Step], mode: AnswerMode) -> TranscriptEntry? {
  var script = DrillScript([drillCard("why")], mode: mode)
  for step in steps { script.send(step.action, after: step.after) }
  return script.recorded.first
}

@Suite struct DrillAnsweringTests {
  @Test func noCardsIsFinishedAtOnce() {
    var drill = Drill(cards: [], progress: [:], mode: .typed, today: drillDay)
    #expect(drill.phase == .finished)
    #expect(drill.current == nil)
    #expect(drill.preview(of: .good) == nil)
    #expect(drill.send(.quit, at: 0) == [.leave])
  }

  @Test func theFirstCardIsAnsweredAtOnce() throws {
    let cards = [drillCard("a"), drillCard("b"), drillCard("c")]
    let script = DrillScript(cards, mode: .spoken)
    let interview = try #require(script.drill.interview)
    #expect(script.drill.current == cards[0])
    #expect(interview.plan == InterviewPlan.drill(cards[0], mode: .spoken, number: 1, of: 3))
    #expect(script.turn == Turn(segment: 0, question: 0))
  }

  @Test func typedClocksMatchTheRehearsal() throws {
    let steps: [Step] = [
      (2_500, .tick), (500, .edit(.insert("I"))), (4_000, .openMenu), (90_000, .tick),
      (0, .closeMenu), (6_000, .edit(.insert(" led"))), (0, .toggleHelp), (30_000, .tick),
      (0, .edit(.insert("?"))), (20_000, .submit),
    ]
    let rehearsed = try #require(rehearsedEntry(steps, mode: .typed))
    let drilled = try #require(drilledEntry(steps, mode: .typed))
    #expect(drilled.thinkingMilliseconds == rehearsed.thinkingMilliseconds)
    #expect(drilled.answerMilliseconds == rehearsed.answerMilliseconds)
    #expect(drilled.answer == rehearsed.answer)
    // And what the script adds up to: paused time counts for neither.
    #expect(drilled.thinkingMilliseconds == 3_000)
    #expect(drilled.answerMilliseconds == 30_000)
    #expect(drilled.answer == "I led")
  }

  @Test func spokenClocksMatchTheRehearsal() throws {
    let steps: [Step] = [
      (1_000, .edit(.left)), (3_000, .startSpeaking), (10_000, .edit(.insert("STAR"))),
      (0, .openMenu), (7_000, .closeMenu), (45_000, .submit),
    ]
    let rehearsed = try #require(rehearsedEntry(steps, mode: .spoken))
    let drilled = try #require(drilledEntry(steps, mode: .spoken))
    #expect(drilled.thinkingMilliseconds == rehearsed.thinkingMilliseconds)
    #expect(drilled.answerMilliseconds == rehearsed.answerMilliseconds)
    #expect(drilled.spokenNotes && rehearsed.spokenNotes)
    #expect(drilled.thinkingMilliseconds == 4_000)
    #expect(drilled.answerMilliseconds == 55_000)
  }

  @Test func effectsOfTheQuestionPassThrough() {
    var script = DrillScript([drillCard("a")], mode: .spoken)
    #expect(script.send(.startSpeaking) == [.saveProgress])
    #expect(script.send(.edit(.insert("n"))) == [.draftChanged])
    #expect(script.send(.tick, after: 1_000).isEmpty)
  }

  @Test func theTypeAnAnswerFirstNoticeIsTheRehearsals() {
    var script = DrillScript([drillCard("a")])
    #expect(script.send(.submit).isEmpty)
    #expect(script.drill.interview?.notice == "Type an answer, or Esc then s to skip.")
    #expect(script.turn != nil)
  }

  @Test func gradingActionsAreIgnoredWhileAnswering() {
    var script = DrillScript([drillCard("a")])
    script.type("draft")
    let before = script.drill
    #expect(script.send(.grade(.good)).isEmpty)
    #expect(script.send(.quit).isEmpty)
    #expect(script.send(DrillAction.toggleHelp).isEmpty)
    #expect(script.drill == before)
  }
}

@Suite struct DrillGradingTests {
  @Test func answersAreNumberedAcrossTheDrill() {
    let cards = [drillCard("a"), drillCard("b"), drillCard("c")]
    var script = DrillScript(cards)
    for (number, card) in cards.enumerated() {
      script.answer("answer \(number + 1)", after: 1_000)
      #expect(script.drill.phase == .grading(script.recorded[number]))
      script.send(.grade(.good))
      #expect(script.drill.results.count == number + 1)
      #expect(script.drill.results[number].key == card.key)
    }
    #expect(script.recorded.map(\.sequence) == [1, 2, 3])
    #expect(script.recorded.map(\.questionID) == ["a", "b", "c"])
    #expect(script.drill.results.map(\.entry) == script.recorded)
    #expect(script.grades.map(\.3) == [1, 2, 3])
    #expect(script.grades.map(\.0) == cards.map(\.key))
  }

  @Test func aGradeSchedulesTheCardAndPrimesTheNextQuestion() throws {
    let cards = [drillCard("a"), drillCard("b")]
    var script = DrillScript(cards)
    script.answer("first", after: 2_000)
    let entry = try #require(script.recorded.first)
    #expect(script.drill.phase == .grading(entry))
    script.send(.tick, after: 5_000)  // time spent grading
    let preview = try #require(script.drill.preview(of: .good))
    let effects = script.send(.grade(.good), after: 4_000)
    // A first good grade: 3 days.
    let schedule = CardSchedule(
      repetitions: 1, ease: 2_500, intervalDays: 3, due: drillDay.adding(days: 3),
      lastDrilled: drillDay, lapses: 0)
    #expect(preview == schedule)
    #expect(effects == [.grade(cards[0].key, .good, schedule, entrySequence: 1), .saveProgress])
    #expect(script.drill.progress[cards[0].key]?.schedule == schedule)
    #expect(script.drill.results[0].grade == .good)
    #expect(script.drill.results[0].schedule == schedule)
    #expect(script.drill.current == cards[1])
    #expect(script.drill.interview?.plan.drill == DrillCardPosition(number: 2, count: 2))
    // The next question's thinking time runs from the grade, not from its first tick.
    script.send(.tick, after: 1_500)
    #expect(script.turn?.thinkingMilliseconds == 1_500)
  }

  @Test func theLastGradeFinishesTheDrill() {
    let cards = [drillCard("a"), drillCard("b")]
    var script = DrillScript(cards)
    script.answer("one")
    script.send(.grade(.easy))
    script.answer("two")
    let effects = script.send(.grade(.hard))
    #expect(effects.last == .finished)
    #expect(effects.count == 2)
    #expect(script.drill.phase == .finished)
    #expect(script.drill.current == nil)
    #expect(script.drill.gradeCounts == [.easy: 1, .hard: 1])
    #expect(script.drill.ungraded.isEmpty)
    #expect(script.drill.notReached == 0)
    // A first drill's grade sets the first interval: easy 5 days, hard 1.
    #expect(script.drill.nextDue == drillDay.adding(days: 1))
    #expect(
      script.drill.results.map(\.schedule?.due) == [
        drillDay.adding(days: 5), drillDay.adding(days: 1),
      ])
  }

  @Test func skipThenGrade() throws {
    var script = DrillScript([drillCard("a")])
    script.type("not sure", after: 1_000)
    script.send(.openMenu)
    script.send(.choose(.skip))
    let entry = try #require(script.recorded.first)
    #expect(entry.skipped && entry.answer == "not sure")
    #expect(script.drill.phase == .grading(entry))
    let effects = script.send(.grade(.again))
    let schedule = try #require(script.grades.first?.2)
    #expect(schedule.lapses == 1 && schedule.repetitions == 0)
    // Again: due the same day, to be practised before the day is over.
    #expect(schedule.due == drillDay)
    // Again on the last card asks it once more at once, as a learning step.
    #expect(
      effects == [.grade(drillCard("a").key, .again, schedule, entrySequence: 1), .saveProgress])
    #expect(script.drill.current == drillCard("a"))
    #expect(script.drill.interview != nil)
  }

  @Test func endFromTheMenuEndsTheDrillWithoutGrading() throws {
    let cards = [drillCard("a"), drillCard("b"), drillCard("c")]
    var script = DrillScript(cards)
    script.answer("one")
    script.send(.grade(.good))
    script.type("half", after: 2_000)
    script.send(.openMenu)
    let effects = script.send(.choose(.end))
    let entry = try #require(script.recorded.last)
    // The half-typed answer is an answer, ended early: kept, not skipped, left ungraded.
    #expect(entry.sequence == 2 && !entry.skipped && entry.answer == "half")
    #expect(entry.thinkingMilliseconds == 2_000)
    #expect(effects == [.record(entry), .saveProgress, .finished])
    #expect(script.drill.phase == .finished)
    #expect(script.grades.count == 1)
    #expect(script.drill.ungraded.map(\.key) == [cards[1].key])
    #expect(script.drill.notReached == 1)
    #expect(script.drill.gradeCounts == [.good: 1])
    #expect(script.send(.grade(.good)).isEmpty)
    #expect(script.send(.quit) == [.leave])
  }

  @Test func quitWhileGradingLeavesTheAnswerSavedButUngraded() {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    script.answer("one")
    // Stopping shows the summary, as the last grade does; only then does q leave.
    #expect(script.send(.quit) == [.finished])
    #expect(script.drill.phase == .finished)
    #expect(script.drill.notReached == 1)
    #expect(script.send(.quit) == [.leave])
    #expect(script.grades.isEmpty)
    #expect(script.recorded.count == 1)
    #expect(script.drill.results.first?.grade == nil)
    #expect(script.drill.progress.isEmpty)
  }

  @Test func helpWhileGradingAndOnTheSummary() throws {
    var script = DrillScript([drillCard("a")])
    script.answer("one")
    script.send(DrillAction.toggleHelp)
    #expect(script.drill.isShowingHelp)
    script.send(.tick, after: 1_000)  // ticks do not close it
    #expect(script.drill.isShowingHelp)
    #expect(script.send(.grade(.good)).isEmpty)  // any other key only closes it
    #expect(!script.drill.isShowingHelp)
    #expect(script.grades.isEmpty)
    script.send(DrillAction.toggleHelp)
    script.send(DrillAction.toggleHelp)
    #expect(!script.drill.isShowingHelp)
    script.send(.grade(.good))
    #expect(script.drill.phase == .finished)
    script.send(DrillAction.toggleHelp)
    #expect(script.drill.isShowingHelp)
    #expect(script.send(.quit).isEmpty)
    #expect(script.send(.quit) == [.leave])
  }

  @Test func gradingAnswersTheMarkFromReview() {
    let card = drillCard("a")
    var script = DrillScript(
      [card], progress: [card.key: CardProgress(starred: true, markedToPractiseAgain: true)])
    script.answer("one")
    script.send(.grade(.good))
    let progress = script.drill.progress[card.key]
    #expect(progress?.markedToPractiseAgain == false)
    #expect(progress?.starred == true)
    #expect(progress?.isDue(on: drillDay) == false)
  }
}

@Suite struct DrillInterruptTests {
  @Test func aDraftIsKeptAsAnAnswerEndedEarly() throws {
    var script = DrillScript([drillCard("a"), drillCard("b")])
    script.answer("one")
    script.send(.grade(.good), after: 1_000)
    script.type("unfinished", after: 3_000)
    script.send(.tick, after: 500)
    let effects = script.interrupt(after: 1_500)
    let entry = try #require(script.recorded.last)
    #expect(effects == [.record(entry)])
    #expect(entry.sequence == 2 && !entry.skipped && entry.answer == "unfinished")
    #expect(entry.questionID == "b")
    #expect(entry.thinkingMilliseconds == 3_000)
    #expect(entry.answerMilliseconds == 2_000)  // up to the interrupt, not the last tick
    #expect(script.drill.phase == .finished)
    #expect(script.drill.ungraded.map(\.entry) == [entry])
  }

  @Test func pausedTimeIsNotCountedWhenInterrupted() throws {
    var script = DrillScript([drillCard("a")])
    script.type("x", after: 1_000)
    script.send(.tick, after: 2_000)
    script.send(.openMenu)
    script.interrupt(after: 60_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.answerMilliseconds == 2_000)
  }

  @Test func withoutADraftNothingIsRecorded() {
    var script = DrillScript([drillCard("a")])
    script.type("  ", after: 500)
    script.send(.edit(.deleteToLineStart))
    #expect(script.interrupt(after: 2_000).isEmpty)
    #expect(script.recorded.isEmpty)
    #expect(script.turn?.answerMilliseconds == 2_000)
    #expect(script.turn?.thinkingMilliseconds == 500)
  }

  @Test func nothingToKeepWhileGrading() {
    var script = DrillScript([drillCard("a")])
    script.answer("one")
    let before = script.drill
    #expect(script.interrupt(after: 1_000).isEmpty)
    #expect(script.drill == before)
  }
}

@Suite struct DrillSchedulingTests {
  @Test func aScheduledCardsIntervalGrows() throws {
    let card = drillCard("a")
    let earlier = CardSchedule(
      repetitions: 2, ease: 2_360, intervalDays: 6, due: drillDay,
      lastDrilled: drillDay.adding(days: -6),
      lapses: 1)
    var script = DrillScript([card], progress: [card.key: CardProgress(schedule: earlier)])
    #expect(script.drill.progress[card.key]?.isDue(on: drillDay) == true)
    script.answer("again")
    let preview = script.drill.preview(of: .easy)
    script.send(.grade(.easy))
    let schedule = try #require(script.grades.first?.2)
    #expect(preview == schedule)
    // 6 days × 2.36, rounded up: 15; easy raises the ease by 0.1.
    #expect(schedule.intervalDays == 15)
    #expect(schedule.due == drillDay.adding(days: 15))
    #expect(schedule.repetitions == 3)
    #expect(schedule.ease == 2_460)
    #expect(schedule.lapses == 1)
  }

  @Test func drillingOverDaysSpacesTheQuestionOut() throws {
    let card = drillCard("a")
    var progress: [CardKey: CardProgress] = [:]
    var day = drillDay
    var dues: [Int] = []
    // Drill the card each day it falls due, graded as listed, as the app would from the store.
    for grade in [DrillGrade.good, .good, .good, .again, .good, .hard] {
      #expect(progress[card.key].map { $0.isDue(on: day) } ?? true)
      var script = DrillScript([card], progress: progress, today: day)
      script.answer("answer")
      script.send(.grade(grade))
      let schedule = try #require(script.grades.first?.2)
      #expect(schedule.lastDrilled == day)
      progress = script.drill.progress
      dues.append(schedule.due.days(since: drillDay))
      #expect(progress[card.key]?.isDue(on: schedule.due.adding(days: -1)) == false)
      day = schedule.due
    }
    // good: 3 days, then 6, then 6 × 2.5 = 15; again: due the same day; good: 3 again;
    // hard: 6.
    #expect(dues == [3, 9, 24, 24, 27, 33])
    // Again leaves the ease; hard lowers it by 0.14.
    #expect(progress[card.key]?.schedule?.ease == 2_360)
    #expect(progress[card.key]?.schedule?.lapses == 1)
  }
}
