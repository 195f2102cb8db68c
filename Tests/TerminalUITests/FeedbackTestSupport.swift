import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

// MARK: - Entries with feedback

/// `entry` with the feedback the interview gives it when it is submitted: made by the
/// analyser from the answer, its segment, its question's tips and the plan's job terms.
func analysed(_ entry: TranscriptEntry, jobTerms: [String] = [], tips: [String] = [])
  -> TranscriptEntry
{
  guard !entry.skipped, entry.kind != .reflection, let segment = entry.segment else {
    return entry
  }
  var entry = entry
  entry.feedback = AnswerAnalyzer.standard.analyse(
    FeedbackInput(
      answer: entry.answer, segment: segment, question: entry.question,
      targetSeconds: entry.targetMilliseconds.map { $0 / 1000 }, jobTerms: jobTerms, tips: tips))
  return entry
}

/// `interview` with its plan changed by `change` and every entry analysed against the new
/// plan's job terms, rebuilt through the interview's own coding (both are the core's to set).
func coached(_ interview: Interview, plan change: (inout InterviewPlan) -> Void = { _ in })
  -> Interview
{
  var plan = interview.plan
  change(&plan)
  let entries = interview.entries.map { entry in
    let question = plan.segments.flatMap(\.questions).first { $0.id == entry.questionID }
    return analysed(entry, jobTerms: plan.jobTerms ?? [], tips: question?.tips ?? [])
  }
  do {
    let encoder = JSONEncoder()
    guard
      var object = try JSONSerialization.jsonObject(with: encoder.encode(interview))
        as? [String: Any]
    else {
      Issue.record("an interview did not encode as an object")
      return interview
    }
    object["plan"] = try JSONSerialization.jsonObject(with: encoder.encode(plan))
    object["entries"] = try JSONSerialization.jsonObject(with: encoder.encode(entries))
    return try JSONDecoder().decode(
      Interview.self, from: JSONSerialization.data(withJSONObject: object))
  } catch {
    Issue.record("could not rebuild the interview: \(error)")
    return interview
  }
}

/// Terms of a backend job description: two the summary's answers use, three they never do.
let feedbackJobTerms = ["Redis", "rate limiting", "code review", "Kafka", "observability"]

// MARK: - States with feedback

/// Interviews, drills and cards whose answers carry feedback, in the states the screens draw.
enum FeedbackStates {
  /// The follow-up to an answer that told no outcome: the coach's line is over it.
  static var followUp: Interview { coached(States.followUp) }

  /// The second behavioural question, typed into, after an answer and its follow-up.
  static var typing: Interview {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.type(
      "When our lead chose a shared database, I wrote up the coupling risks and proposed an"
        + " event stream. We ran both for a sprint and the stream cut failed deploys by 40%.",
      after: 10)
    script.send(.submit, after: 90)
    script.type(
      "Um, I would, like, raise it earlier, um, in the design review, you know.", after: 4)
    script.send(.submit, after: 40)
    script.type("Last year I led the billing migration to a queue.", after: 8)
    script.wait(30)
    return coached(script.interview)
  }

  /// The candidate's questions after a salary answer that named its figure: praise.
  static var candidateQuestions: Interview {
    var script = Script.atTheSalaryQuestion()
    script.type(
      "Based on my research for senior backend roles in this city, and on what I earn today,"
        + " I am looking for €85,000 to €95,000 base salary. The package matters to me as well,"
        + " so I would weigh the pension, the training budget and remote days together with the"
        + " base before I decide on an offer.", after: 6)
    script.send(.submit, after: 40)
    script.send(.proceed, after: 5)
    script.wait(3)
    return coached(script.interview)
  }

  /// The finished interview of the plain summary, analysed against a job description.
  static func summary(_ timing: FeedbackTiming = .afterEach) -> Interview {
    coached(States.summary) { plan in
      plan.settings.feedback = timing
      plan.jobTerms = feedbackJobTerms
    }
  }

  /// The typing state with feedback only at the end: no coach's line.
  static var typingAtTheEnd: Interview {
    coached(typing) { $0.settings.feedback = .end }
  }

  /// A salary answer long enough to need the coach's second line, and a long note.
  static var salaryLongNote: Interview {
    var script = Script.atTheSalaryQuestion()
    script.type("I'd rather hear your range first.", after: 6)
    script.send(.submit, after: 20)
    script.send(.proceed, after: 5)
    return coached(script.interview)
  }

  /// The drill's answer waiting for its grade, with its feedback.
  static var drillGrading: (Drill, DrillPhase) {
    let drill = DrillStates.grading
    guard case .grading(let entry) = drill.phase else { return (drill, drill.phase) }
    return (drill, .grading(analysed(entry, tips: drill.current?.tips ?? [])))
  }

  /// A short drilled answer, so the second note has room.
  static var drillGradingShort: (Drill, DrillPhase) {
    var script = DrillScript()
    script.type("Small changes, kind reviews, and we, um, basically pair a lot.", after: 9)
    script.send(.interview(.submit), after: 40)
    let drill = script.drill
    guard case .grading(let entry) = drill.phase else { return (drill, drill.phase) }
    return (drill, .grading(analysed(entry, tips: drill.current?.tips ?? [])))
  }

  /// The drill's summary with each answer analysed.
  static var drillSummary: (Drill, [DrillResult]) {
    let drill = DrillStates.summary
    let results = drill.results.map { result in
      var result = result
      result.entry = analysed(result.entry)
      return result
    }
    return (drill, results)
  }

  /// Progress in which b1's latest answer carries feedback.
  static var progress: [CardKey: CardProgress] {
    var progress = practiceProgress
    let key = practiceCards[0].key
    if var latest = progress[key]?.latest {
      latest.feedback = AnswerAnalyzer.standard.analyse(
        FeedbackInput(
          answer: latest.answer, segment: .behavioural, question: practiceCards[0].text,
          targetSeconds: 120, tips: practiceCards[0].tips))
      progress[key]?.latest = latest
    }
    return progress
  }

  /// The first card, turned over, its latest answer coached.
  static var stepper: DeckStepper {
    var stepper = DeckStepper(cards: practiceCards, progress: progress, today: practiceToday)
    _ = stepper.send(.toggleReveal)
    return stepper
  }

  /// A filled-in form with a pasted job description, focused on `field`.
  static func form(focus field: SetupForm.Field) -> SetupForm {
    var form = sampleForm(
      RehearsalSettings(
        company: "Northwind Labs", position: "Senior Backend Engineer", seed: 7, feedback: .end))
    while form.focus != .jobDescription { form.moveFocus(1) }
    form.edit(
      .insert(
        "Senior Backend Engineer, Platform\n\nYou will own our public API: rate limiting,"
          + " Redis, Kafka and observability.\n- 5+ years of backend work\n- Code review"
          + " culture you help shape"))
    while form.focus != field { form.moveFocus(1) }
    return form
  }

  /// Every state above, drawn by name, for the fit sweep.
  static var screens: [(String, (inout StrictScreen) -> Void)] {
    var screens: [(String, (inout StrictScreen) -> Void)] = [
      ("coach-follow-up", followUp), ("coach-typing", typing),
      ("coach-candidate", candidateQuestions), ("coach-salary", salaryLongNote),
      ("summary-feedback", summary()), ("summary-feedback-off", summary(.off)),
    ].map { name, interview in
      (name, { InterviewScreen.render(interview, context: .init(), into: &$0) })
    }
    let (drill, grading) = drillGrading
    let (shortDrill, shortGrading) = drillGradingShort
    let (finished, results) = drillSummary
    screens += [
      (
        "drill-grading-feedback",
        {
          DrillScreen.render(
            drill, phase: grading, results: drill.results, context: .init(), into: &$0)
        }
      ),
      (
        "drill-grading-second-note",
        {
          DrillScreen.render(
            shortDrill, phase: shortGrading, results: shortDrill.results, context: .init(),
            into: &$0)
        }
      ),
      (
        "drill-summary-feedback",
        {
          DrillScreen.render(
            finished, phase: finished.phase, results: results, context: .init(), into: &$0)
        }
      ),
      ("step-feedback", { DeckStepScreen.render(stepper, timeZone: practiceUTC, into: &$0) }),
      ("setup-feedback", { SetupScreen.render(form(focus: .feedback), into: &$0) }),
      ("setup-job", { SetupScreen.render(form(focus: .jobDescription), into: &$0) }),
      ("setup-job-unfocused", { SetupScreen.render(form(focus: .start), into: &$0) }),
    ]
    return screens
  }
}

extension Script {
  /// The sample interview at its salary question, every earlier question skipped.
  static func atTheSalaryQuestion() -> Script {
    var script = Script()
    script.send(.proceed)
    for _ in 0..<3 {
      script.send(.proceed, after: 5)
      while case .answering = script.interview.stage {
        script.send(.choose(.skip), after: 30)
      }
    }
    script.send(.proceed, after: 5)
    return script
  }
}
