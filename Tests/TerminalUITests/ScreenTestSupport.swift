import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

// MARK: - A plan and scripted interviews

/// A plan like a real deck's: five segments, long questions that wrap, a follow-up, a salary
/// segment, the candidate's questions with ideas.
func screenPlan(mode: AnswerMode = .typed) -> InterviewPlan {
  let settings = RehearsalSettings(
    company: "Northwind Labs", position: "Senior Backend Engineer",
    segments: SegmentKind.allCases, questionsPerSegment: 2, mode: mode,
    salaryRange: "€85–95k", walkAway: "€80k", seed: 7)
  return InterviewPlan(
    settings: settings, deckTitle: "Second interview",
    segments: [
      PlannedSegment(
        kind: .behavioural, title: "Behavioural", interviewer: "Priya Raman",
        intro:
          "Thanks for coming back for the second round. I lead the platform team, and I'd like to"
          + " hear about how you work with other people: times things went well, and times they"
          + " did not. Take your time with each answer.",
        questions: [
          PlannedQuestion(
            id: "b1",
            text:
              "Tell me about a time you disagreed with a technical decision your team lead made."
              + " What did you do, and how did it end?",
            targetSeconds: 120,
            followUp: "Looking back, what would you do differently if it happened again?"),
          PlannedQuestion(
            id: "b2", text: "Describe a project at Northwind Labs' scale you are proud of.",
            targetSeconds: 90),
        ], budgetSeconds: 600),
      PlannedSegment(
        kind: .technical, title: "Technical & problem-solving", interviewer: "Marcus Chen",
        intro: "Let's talk design.",
        questions: [
          PlannedQuestion(
            id: "t1",
            text: "How would you design a rate limiter for a public API with thousands of clients?",
            targetSeconds: 180)
        ], budgetSeconds: 900),
      PlannedSegment(
        kind: .culture, title: "Culture & team fit", interviewer: "Dana Okafor",
        intro: "A few questions about how you like to work.",
        questions: [
          PlannedQuestion(
            id: "c1", text: "What does a healthy code review culture look like to you?",
            targetSeconds: 90)
        ], budgetSeconds: 300),
      PlannedSegment(
        kind: .salary, title: "Salary & the offer", interviewer: "Sam Rivera",
        intro: "Let's talk about the offer.",
        questions: [
          PlannedQuestion(
            id: "s1", text: "What salary range are you expecting for this role?",
            targetSeconds: 60)
        ], budgetSeconds: 300),
      PlannedSegment(
        kind: .questions, title: "Your questions for us", interviewer: "Priya Raman",
        intro: "We're nearly done. What would you like to know about us?", questions: [],
        budgetSeconds: 300),
    ],
    inspiration: [
      "What does success look like in the first 90 days?",
      "How does the team decide what to build next?",
      "What is the on-call rotation like, and how are incidents reviewed afterwards?",
      "Who would I work with most closely?",
      "What has changed on the team in the last year?",
      "What do you enjoy most about working at Northwind Labs?",
    ])
}

/// Sends actions with scripted time, as the core's own tests do.
struct Script {
  var interview: Interview
  var now: Int64 = 1_000

  init(_ plan: InterviewPlan = screenPlan()) { interview = Interview(plan: plan) }

  /// Lets `seconds` pass, then sends `action`.
  mutating func send(_ action: InterviewAction, after seconds: Int64 = 0) {
    now += seconds * 1000
    _ = interview.send(action, at: now)
  }

  /// Lets `seconds` pass, then types `text` as one insert.
  mutating func type(_ text: String, after seconds: Int64 = 0) {
    send(.edit(.insert(text)), after: seconds)
  }

  /// Lets `seconds` pass without any action but a tick.
  mutating func wait(_ seconds: Int64) { send(.tick, after: seconds) }
}

/// Interviews in every state the screens draw, built by playing them through the core.
enum States {
  static var briefing: Interview { Script().interview }

  static var intro: Interview {
    var script = Script()
    script.send(.proceed, after: 20)
    script.wait(7)
    return script.interview
  }

  /// The first question, `seconds` into the answer, with a two-paragraph draft.
  static func typedAnswer(seconds: Int64 = 96) -> Interview {
    typedAnswerScript(seconds: seconds).interview
  }

  static func typedAnswerScript(seconds: Int64 = 96) -> Script {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.type(
      "When our lead chose a shared database for two services, I wrote up the coupling risks"
        + " and proposed an event stream instead.", after: 12)
    script.send(.edit(.lineBreak))
    script.type("We tried both for a sprint: 日本語 docs, a 🚀 demo, and the numbers won.")
    script.wait(seconds)
    return script
  }

  static var typedThinking: Interview {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.wait(12)
    return script.interview
  }

  static var spokenBeforeStart: Interview {
    var script = Script(screenPlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.wait(9)
    return script.interview
  }

  static var spokenAfterStart: Interview {
    var script = Script(screenPlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.send(.startSpeaking, after: 9)
    script.type("- shared DB vs events\n- ran a one-sprint trial", after: 30)
    script.wait(35)
    return script.interview
  }

  static var followUp: Interview {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.type("I wrote up the risks and proposed a trial.", after: 10)
    script.send(.submit, after: 150)
    script.wait(4)
    return script.interview
  }

  /// The salary question, reached by skipping the earlier ones.
  static var salary: Interview {
    var script = Script.atTheSalaryQuestion()
    script.type("Based on my research, ", after: 6)
    script.wait(20)
    return script.interview
  }

  static func candidateQuestions(showingIdeas: Bool = true) -> Interview {
    var script = Script()
    script.send(.proceed)
    for _ in 0..<4 {
      script.send(.proceed, after: 5)
      while case .answering = script.interview.stage {
        script.send(.choose(.skip), after: 30)
      }
    }
    script.send(.proceed, after: 5)
    script.type("How do you decide what the platform team builds next?", after: 8)
    script.send(.submit, after: 20)
    if showingIdeas { script.send(.toggleInspiration, after: 3) }
    return script.interview
  }

  static var reflection: Interview {
    var script = Script()
    script.send(.proceed)
    script.send(.choose(.end), after: 30)
    script.type("Stayed calm on the design question;\nthe STAR structure helped.")
    return script.interview
  }

  /// A finished interview: answers within and over target, a skip, a follow-up, a question to
  /// the panel, and reflection.
  static var summary: Interview {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 30)
    script.type("I proposed a trial and we measured both.", after: 15)
    script.send(.submit, after: 100)
    script.type("Raise it earlier, in the design review.", after: 5)
    script.send(.submit, after: 80)
    script.send(.choose(.skip), after: 20)
    script.send(.proceed, after: 10)
    script.type("Token bucket per client, shared in Redis.", after: 30)
    script.send(.submit, after: 200)
    script.send(.proceed, after: 10)
    script.type("Kind, fast, and about the code, not the person.", after: 10)
    script.send(.submit, after: 290)
    script.send(.proceed, after: 10)
    script.type("€85–95k, depending on the package.", after: 5)
    script.send(.submit, after: 30)
    script.send(.proceed, after: 5)
    script.type("What does success look like in the first 90 days?", after: 10)
    script.send(.submit, after: 20)
    script.send(.submit, after: 5)
    script.type("Clear structure on the behavioural answers.", after: 5)
    script.send(.submit, after: 5)
    script.send(.submit, after: 5)
    script.type("Thank Marcus for the rate-limiter discussion.", after: 5)
    script.send(.submit, after: 5)
    return script.interview
  }

  static var menu: Interview {
    var script = typedAnswerScript(seconds: 40)
    script.send(.openMenu, after: 2)
    script.send(.moveMenuSelection(1), after: 1)
    return script.interview
  }

  static var help: Interview {
    var script = typedAnswerScript(seconds: 40)
    script.send(.toggleHelp, after: 2)
    return script.interview
  }

  /// The first question with nothing typed, just after Enter: the core's notice shows.
  static var notice: Interview {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.send(.submit, after: 12)
    return script.interview
  }

  /// Every state, by name, for sweeps over sizes.
  static var all: [(String, Interview)] {
    [
      ("briefing", briefing), ("intro", intro), ("typed-thinking", typedThinking),
      ("typed-answer", typedAnswer()), ("typed-over", typedAnswer(seconds: 140)),
      ("spoken-before", spokenBeforeStart), ("spoken-after", spokenAfterStart),
      ("follow-up", followUp), ("salary", salary),
      ("candidate-ideas", candidateQuestions()),
      ("candidate-plain", candidateQuestions(showingIdeas: false)),
      ("reflection", reflection), ("summary", summary), ("menu", menu), ("help", help),
    ]
  }
}

/// A setup form as the runtime builds it.
func sampleForm(_ settings: RehearsalSettings = RehearsalSettings(seed: 7)) -> SetupForm {
  SetupForm(
    settings: settings,
    decks: [
      .init(id: "second-interview", title: "Second interview"),
      .init(id: "data-analyst", title: "Data analyst"),
    ],
    roles: ["backend", "data"])
}

let sampleOffer = ResumeOffer(
  company: "Northwind Labs", position: "Senior Backend Engineer", started: "Sat 21 Nov 14:05",
  whereabouts: "Behavioural · question 2 of 2",
  draftPreview: "The migration to event sourcing started as a side project")

// MARK: - Snapshots

/// Compares what `screen` shows with Snapshots/NAME.txt line by line, or writes the file when
/// RECORD_SNAPSHOTS=1. The file ends with where the cursor is, which matters as much as text.
func expectSnapshot(
  _ screen: GridScreen, named name: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  var actual = screen.lines
  if let cursor = screen.cursor {
    actual.append(
      "--- \(screen.size.columns)x\(screen.size.rows), cursor at row \(cursor.row), column \(cursor.column)"
    )
  } else {
    actual.append("--- \(screen.size.columns)x\(screen.size.rows), cursor hidden")
  }
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots").appendingPathComponent("\(name).txt")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    let text = actual.joined(separator: "\n") + "\n"
    #expect(throws: Never.self, sourceLocation: sourceLocation) {
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return
  }
  guard let recorded = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record(
      "No snapshot \(name).txt: record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  var expected = recorded.components(separatedBy: "\n")
  if expected.last == "" { expected.removeLast() }
  guard expected != actual else { return }
  var report = ["Snapshot \(name) differs (- recorded, + now):"]
  for index in 0..<max(expected.count, actual.count) {
    let old = index < expected.count ? expected[index] : nil
    let new = index < actual.count ? actual[index] : nil
    guard old != new else { continue }
    report.append(String(format: "%3d - ", index) + (old.map { "|\($0)|" } ?? "(none)"))
    report.append(String(format: "%3d + ", index) + (new.map { "|\($0)|" } ?? "(none)"))
  }
  Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}

/// Renders with `draw` into a fresh grid of `rows` by `columns`.
func rendered(
  rows: Int, columns: Int, glyphs: Glyphs = .unicode, _ draw: (inout GridScreen) -> Void
) -> GridScreen {
  var screen = GridScreen(rows: rows, columns: columns, glyphs: glyphs)
  draw(&screen)
  return screen
}

// MARK: - A screen that catches drawing past the edges

/// A grid that records every write or fill reaching outside the screen: a layout must fit by
/// itself, not by the screen clipping it.
struct StrictScreen: Screen {
  var grid: GridScreen
  var violations: [String] = []

  init(rows: Int, columns: Int, glyphs: Glyphs = .unicode) {
    grid = GridScreen(rows: rows, columns: columns, glyphs: glyphs)
  }

  var size: (rows: Int, columns: Int) { grid.size }
  var glyphs: Glyphs { grid.glyphs }
  mutating func clear() { grid.clear() }

  @discardableResult
  mutating func write(_ text: String, row: Int, column: Int, style: Style) -> Int {
    let width = oneLine(text).terminalColumns
    if width > 0,
      !(0..<size.rows).contains(row) || column < 0 || column + width > size.columns
    {
      violations.append("write \(width) cells at \(row),\(column): \(text)")
    }
    return grid.write(text, row: row, column: column, style: style)
  }

  mutating func fill(row: Int, column: Int, width: Int, style: Style) {
    if width > 0, !(0..<size.rows).contains(row) || column < 0 || column + width > size.columns {
      violations.append("fill \(width) cells at \(row),\(column)")
    }
    grid.fill(row: row, column: column, width: width, style: style)
  }

  mutating func setCursor(row: Int, column: Int) {
    if !(0..<size.rows).contains(row) || !(0..<size.columns).contains(column) {
      violations.append("cursor at \(row),\(column)")
    }
    grid.setCursor(row: row, column: column)
  }

  mutating func hideCursor() { grid.hideCursor() }
}
