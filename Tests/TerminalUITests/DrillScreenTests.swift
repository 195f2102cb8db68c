import InterviewCore
import Testing

@testable import TerminalUI

/// Sends drill actions with scripted time.
struct DrillScript {
  var drill: Drill
  var now: Int64 = 1_000

  /// A drill of the culture, behavioural, technical and second culture cards.
  init(mode: AnswerMode = .typed) {
    drill = Drill(
      cards: [practiceCards[3], practiceCards[0], practiceCards[2], practiceCards[4]],
      progress: practiceProgress, mode: mode, today: practiceToday, startingAt: 1_000)
  }

  /// Lets `seconds` pass, then sends `action`.
  mutating func send(_ action: DrillAction, after seconds: Int64 = 0) {
    now += seconds * 1000
    _ = drill.send(action, at: now)
  }

  /// Lets `seconds` pass, then types `text`.
  mutating func type(_ text: String, after seconds: Int64 = 0) {
    send(.interview(.edit(.insert(text))), after: seconds)
  }
}

/// Drills in the states the screens draw.
enum DrillStates {
  /// The first card, 40 seconds into a typed answer.
  static var answering: Drill {
    var script = DrillScript()
    script.type("Small changes, reviewed within a day; 日本語 comments welcome.", after: 9)
    script.send(.interview(.tick), after: 40)
    return script.drill
  }

  /// The first card answered over its target, waiting for a grade.
  static var grading: Drill {
    var script = DrillScript()
    script.type(
      "Small changes, reviewed within a day, about the code and never the person. 日本語の"
        + "チームでも同じです。We paired on the hard ones and wrote down what we agreed.", after: 9)
    script.send(.interview(.edit(.lineBreak)))
    script.type("Reviews teach both ways. 🚀", after: 30)
    script.send(.interview(.submit), after: 70)
    return script.drill
  }

  /// Two cards graded, the third ended from the Esc menu with a draft: one not reached.
  static var summary: Drill {
    var script = DrillScript()
    script.type("Small changes, fast reviews.", after: 5)
    script.send(.interview(.submit), after: 60)
    script.send(.grade(.good), after: 3)
    script.type("I wrote up the risks and proposed a trial.", after: 10)
    script.send(.interview(.submit), after: 80)
    script.send(.grade(.again), after: 2)
    script.type("Token bucket per client", after: 20)
    script.send(.interview(.choose(.end)), after: 30)
    return script.drill
  }

  /// The first card skipped with nothing typed, waiting for a grade: only Again and Hard.
  static var unansweredGrading: Drill {
    var script = DrillScript()
    script.send(.interview(.openMenu), after: 12)
    script.send(.interview(.choose(.skip)))
    return script.drill
  }

  /// One card graded, the second answered and then left with q while grading: stopped, two
  /// cards never reached.
  static var stopped: Drill {
    var script = DrillScript()
    script.type("Small changes, fast reviews.", after: 5)
    script.send(.interview(.submit), after: 60)
    script.send(.grade(.good), after: 3)
    script.type("I wrote up the risks and proposed a trial.", after: 10)
    script.send(.interview(.submit), after: 80)
    script.send(.quit, after: 2)
    return script.drill
  }

  /// The next question after a grade, untouched: Ctrl-Z would undo the grade.
  static var afterAGrade: Drill {
    var script = DrillScript()
    script.type("Small changes, fast reviews.", after: 5)
    script.send(.interview(.submit), after: 60)
    script.send(.grade(.good), after: 3)
    script.send(.interview(.tick), after: 4)
    return script.drill
  }

  /// Every card graded: the summary that `u` can take the last grade back from.
  static var done: Drill {
    var script = DrillScript()
    for (index, grade) in [DrillGrade.good, .hard, .easy, .good].enumerated() {
      script.type("Answer \(index + 1).", after: 5)
      script.send(.interview(.submit), after: 30)
      script.send(.grade(grade), after: 2)
    }
    return script.drill
  }

  static var menu: Drill {
    var script = DrillScript()
    script.type("Small changes", after: 5)
    script.send(.interview(.openMenu), after: 10)
    script.send(.interview(.moveMenuSelection(2)))
    return script.drill
  }

  static var gradingHelp: Drill {
    var drill = grading
    _ = drill.send(.toggleHelp, at: 200_000)
    return drill
  }

  static var all: [(String, Drill)] {
    [
      ("drill-answering", answering), ("drill-grading", grading), ("drill-summary", summary),
      ("drill-menu", menu), ("drill-grading-help", gradingHelp),
      ("drill-grading-unanswered", unansweredGrading), ("drill-stopped", stopped),
      ("drill-after-a-grade", afterAGrade), ("drill-done", done),
      (
        "drill-spoken",
        {
          var script = DrillScript(mode: .spoken)
          script.send(.interview(.tick), after: 7)
          return script.drill
        }()
      ),
    ]
  }
}

@Suite struct DrillScreenTests {
  func expectDrill(
    _ drill: Drill, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for size in SnapshotTests.sizes {
      let screen = rendered(rows: size.rows, columns: size.columns) {
        DrillScreen.render(drill, context: .init(), into: &$0)
      }
      expectSnapshot(screen, named: "\(name)-\(size.name)", sourceLocation: sourceLocation)
    }
  }

  @Test func answeringHasTheDrillHeader() {
    let drill = DrillStates.answering
    guard case .answering(let interview) = drill.phase else {
      Issue.record("not answering: \(drill.phase)")
      return
    }
    #expect(interview.plan.drill == DrillCardPosition(number: 1, count: 4))
    expectDrill(drill, named: "drill-answering")
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, context: .init(), into: &$0)
    }
    #expect(screen.lines[0].contains("Drill 1/4 · Culture & team fit"))
    #expect(!screen.lines[0].contains("—"))
    #expect(locate("Question 1 of 4", in: screen) != nil)
  }

  @Test func theEscMenuEndsTheDrill() {
    expectDrill(DrillStates.menu, named: "drill-menu")
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(DrillStates.menu, context: .init(), into: &$0)
    }
    #expect(locate("End the drill", in: screen) != nil)
    #expect(locate("End the interview", in: screen) == nil)
    // A rehearsal's menu keeps its own words.
    let rehearsal = rendered(rows: 24, columns: 80) {
      InterviewScreen.render(States.menu, context: .init(), into: &$0)
    }
    #expect(locate("End the interview and save", in: rehearsal) != nil)
  }

  @Test func grading() {
    let drill = DrillStates.grading
    guard case .grading = drill.phase else {
      Issue.record("not grading: \(drill.phase)")
      return
    }
    expectDrill(drill, named: "drill-grading")
  }

  @Test func gradingShowsWhatEachGradeSchedules() throws {
    let drill = DrillStates.grading
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, context: .init(), into: &$0)
    }
    // The card was on its third repetition with a 6-day interval: good gives 6 × 2.5 = 15 days.
    let good = try #require(drill.preview(of: .good))
    #expect(good.due == practiceToday.adding(days: 15))
    #expect(locate("3 Good · in 15 days (6 Dec)", in: screen) != nil)
    // Again is due the same day: the question comes back before the day is over.
    #expect(locate("1 Again · today (21 Nov)", in: screen) != nil)
    let key = try #require(locate("4 Easy", in: screen))
    #expect(screen.style(row: key.row, column: key.column)?.color == .keyHint)
    // The answer ran 1:40 against 1:30: over target, in the over style.
    let answer = try #require(locate("Answer 1:40 / 1:30", in: screen))
    #expect(screen.style(row: answer.row, column: answer.column)?.color == .over)
    #expect(locate("What they listen for", in: screen) != nil)
    #expect(
      screen.lines[23].hasPrefix(" 1 again  2 hard  3 good  4 easy  q stop  ? help"))
  }

  @Test func theSummaryListsGradesAndDueDays() throws {
    let drill = DrillStates.summary
    #expect(drill.phase == .finished)
    expectDrill(drill, named: "drill-summary")
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, context: .init(), into: &$0)
    }
    let again = try #require(locate("again", in: screen, from: 3))
    #expect(screen.style(row: again.row, column: again.column)?.color == .over)
    // Again is due the same day; the answer ended early is kept, ungraded, not skipped.
    #expect(locate("due 21 Nov", in: screen) != nil)
    #expect(locate("ungraded", in: screen) != nil)
    #expect(locate("skipped", in: screen) == nil)
    // The fourth card and the second's second asking (it was graded Again) were never reached.
    #expect(locate("2 questions not reached", in: screen) != nil)
    // Ended from the menu: stopped, not done.
    #expect(locate("Drill stopped", in: screen) != nil)
    #expect(screen.lines[23].hasPrefix(" q/Enter back"))
  }

  @Test func anUnansweredCardOffersOnlyAgainAndHard() throws {
    let drill = DrillStates.unansweredGrading
    guard case .grading(let entry) = drill.phase else {
      Issue.record("not grading: \(drill.phase)")
      return
    }
    #expect(entry.skipped && entry.answer.isEmpty)
    expectDrill(drill, named: "drill-grading-unanswered")
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, context: .init(), into: &$0)
    }
    #expect(locate("1 Again · today", in: screen) != nil)
    #expect(locate("2 Hard", in: screen) != nil)
    #expect(locate("3 Good", in: screen) == nil)
    #expect(locate("4 Easy", in: screen) == nil)
    #expect(locate("Nothing was answered", in: screen) != nil)
    #expect(screen.lines[23].hasPrefix(" 1 again  2 hard  q stop  ? help"))
    // The keys agree with the screen: 3 and 4 do nothing here.
    #expect(DrillKeys.action(for: .character("3"), in: drill, editorWidth: 60) == nil)
    #expect(DrillKeys.action(for: .character("4"), in: drill, editorWidth: 60) == nil)
    #expect(DrillKeys.action(for: .character("2"), in: drill, editorWidth: 60) == .grade(.hard))
    let help = DrillKeys.help(for: drill).map(\.keys)
    #expect(help.contains("1") && help.contains("2"))
    #expect(!help.contains("3") && !help.contains("4"))
    // A compact terminal shows the two grades too, and no others.
    let compact = rendered(rows: 12, columns: 50) {
      DrillScreen.render(drill, context: .init(), into: &$0)
    }
    #expect(locate("2 Hard", in: compact) != nil)
    #expect(locate("4 Easy", in: compact) == nil)
  }

  @Test func stoppingWhileGradingShowsAStoppedSummary() {
    let drill = DrillStates.stopped
    #expect(drill.phase == .finished && drill.wasStopped)
    expectDrill(drill, named: "drill-stopped")
    let screen = rendered(rows: 24, columns: 80) {
      DrillScreen.render(drill, context: .init(), into: &$0)
    }
    #expect(locate("Drill stopped", in: screen) != nil)
    #expect(locate("Drill done", in: screen) == nil)
    #expect(locate("1 graded · 1 answered, not graded · 2 not reached", in: screen) != nil)
    #expect(locate("ungraded", in: screen) != nil)
    #expect(locate("2 questions not reached", in: screen) != nil)
    // Nothing to undo: the last thing that happened was an answer, not a grade.
    #expect(!screen.lines[23].contains("undo"))
  }

  @Test func theWayToUndoAGradeIsShown() {
    let next = rendered(rows: 24, columns: 80) {
      DrillScreen.render(DrillStates.afterAGrade, context: .init(), into: &$0)
    }
    #expect(locate("Ctrl-Z undo grade", in: next) != nil)
    #expect(
      DrillKeys.action(for: .control("z"), in: DrillStates.afterAGrade, editorWidth: 60)
        == .undoGrade)
    #expect(
      DrillKeys.action(for: .control("_"), in: DrillStates.afterAGrade, editorWidth: 60)
        == .undoGrade)
    // Once something is typed, Ctrl-Z is the editor's undo again, and the footer says nothing.
    var typed = DrillStates.afterAGrade
    _ = typed.send(.interview(.edit(.insert("x"))), at: 500_000)
    #expect(
      DrillKeys.action(for: .control("z"), in: typed, editorWidth: 60)
        == .interview(.edit(.undo)))
    let typing = rendered(rows: 24, columns: 80) {
      DrillScreen.render(typed, context: .init(), into: &$0)
    }
    #expect(locate("undo grade", in: typing) == nil)

    let done = DrillStates.done
    #expect(!done.wasStopped)
    let summary = rendered(rows: 24, columns: 80) {
      DrillScreen.render(done, context: .init(), into: &$0)
    }
    #expect(locate("Drill done", in: summary) != nil)
    #expect(summary.lines[23].contains("u undo last grade"))
    #expect(DrillKeys.action(for: .character("u"), in: done, editorWidth: 60) == .undoGrade)
  }

  @Test func helpWhileGrading() {
    expectDrill(DrillStates.gradingHelp, named: "drill-grading-help")
  }
}
