import Testing

@testable import InterviewCore

/// The interview coaches each answer when it is submitted and probes for what it lacked.
@Suite struct InterviewFeedbackTests {
  static let probes: [String: [String]] = [
    "result": ["And how did it end?", "What changed in the end?"],
    "action": ["What did you do yourself?"],
    "quantified": ["How did you measure that?"],
  ]

  /// Two behavioural questions (the first with a deck follow-up), salary, then questions.
  static func plan(followUps: Bool = true, jobTerms: [String]? = nil) -> InterviewPlan {
    let settings = RehearsalSettings(
      company: "Acme", position: "Analyst", segments: [.behavioural, .salary, .questions],
      questionsPerSegment: 3, followUps: followUps, seed: 1)
    return InterviewPlan(
      settings: settings, deckTitle: "Sample",
      segments: [
        PlannedSegment(
          kind: .behavioural, title: "Behavioural", interviewer: "Hiring manager", intro: "Hi.",
          questions: [
            PlannedQuestion(
              id: "b1", text: "A time you fixed something?", targetSeconds: 120,
              followUp: "What would you do differently?",
              tips: ["Names the metric they watched"]),
            PlannedQuestion(
              id: "b2", text: "A conflict?", targetSeconds: 90, followUp: "Would you do it again?"),
            PlannedQuestion(id: "b3", text: "A failure?", targetSeconds: 90),
          ], budgetSeconds: 210, probes: probes),
        PlannedSegment(
          kind: .salary, title: "Salary", interviewer: "HR partner", intro: "Money.",
          questions: [
            PlannedQuestion(
              id: "s1", text: "Expectations?", targetSeconds: 60, followUp: "Is that base?")
          ],
          budgetSeconds: 60, probes: ["names_figure": ["What figure do you have in mind?"]]),
        PlannedSegment(
          kind: .questions, title: "Your questions", interviewer: "Hiring manager",
          intro: "Questions?", questions: [], budgetSeconds: 60),
      ],
      inspiration: [], jobTerms: jobTerms)
  }

  static let full =
    "Last year at a logistics firm our nightly export took five hours. I rewrote the query "
    + "and added an index. After that the export finished in 20 minutes."
  static let noResult =
    "Last year at a logistics firm our nightly export took five hours. I rewrote the query "
    + "and added an index."
  static let teamOnly =
    "Last year our nightly export took five hours. We rewrote the query and we added an index. "
    + "As a result the export finished in 20 minutes."
  static let noNumber =
    "Last year our nightly export was slow. I rewrote the query and added an index. After that "
    + "the export finished before anyone logged in."

  func answer(_ script: inout Script, _ text: String) {
    script.type(text, after: 1_000)
    script.send(.submit, after: 5_000)
  }

  func started(_ plan: InterviewPlan = plan()) -> Script {
    var script = Script(plan)
    script.send(.proceed)
    script.send(.proceed)
    return script
  }

  @Test func anAnswerIsCoachedWhenSubmitted() throws {
    var script = started()
    answer(&script, Self.noResult)
    let entry = try #require(script.recorded.first)
    let feedback = try #require(entry.feedback)
    #expect(feedback.verdicts.context && feedback.verdicts.action)
    #expect(!feedback.verdicts.result)
    #expect(feedback.headline?.code == "no-result")
    #expect(feedback.tipsTouched.isEmpty)
    #expect(feedback.speaking?.targetSeconds == 120)
  }

  @Test func noOutcomeIsProbedForTheOutcomeFirst() throws {
    var script = started()
    answer(&script, Self.noResult)
    let turn = try #require(script.turn)
    #expect(turn.isFollowUp && turn.probe == .result)
    #expect(script.interview.questionText(for: turn) == "And how did it end?")
    answer(&script, "The export finished in 20 minutes after that.")
    let followUp = try #require(script.recorded.last)
    #expect(followUp.kind == .followUp && followUp.probe == .result)
    #expect(followUp.question == "And how did it end?")
    #expect(followUp.feedback?.verdicts.result == true)
    #expect(followUp.feedback?.headline?.code == "probe-answered")
  }

  @Test func weOnlyIsProbedForWhatTheCandidateDid() throws {
    var script = started()
    answer(&script, Self.teamOnly)
    #expect(script.recorded.first?.feedback?.verdicts.teamOnly == true)
    #expect(script.turn?.probe == .action)
    #expect(
      script.turn.map { script.interview.questionText(for: $0) } == "What did you do yourself?")
  }

  @Test func noNumberIsProbedWhenTheQuestionHasAFollowUp() throws {
    var script = started()
    answer(&script, Self.noNumber)
    #expect(script.recorded.first?.feedback?.verdicts.result == true)
    #expect(script.turn?.probe == .quantified)
  }

  @Test func aWholeAnswerGetsTheDecksFollowUp() throws {
    var script = started()
    answer(&script, Self.full)
    #expect(script.turn?.probe == .deck)
    #expect(
      script.turn.map { script.interview.questionText(for: $0) }
        == "What would you do differently?")
    answer(&script, "I would add the index first.")
    #expect(script.recorded.last?.probe == .deck)
  }

  @Test func aQuestionThePlanGaveNoFollowUpGetsNoProbe() throws {
    var script = started()
    answer(&script, Self.full)
    answer(&script, "I would add the index first.")
    answer(&script, Self.full)
    answer(&script, "Yes.")
    // b3 has no follow-up in the plan: even an answer with no outcome moves on.
    answer(&script, "I think I would talk to people.")
    #expect(script.recorded.last?.feedback?.verdicts.result == false)
    #expect(script.turn == nil)
    #expect(script.interview.stage == .intro(segment: 1))
  }

  @Test func probesNeverRepeatWithinAnInterview() throws {
    var script = started()
    answer(&script, Self.noResult)
    #expect(script.turn?.probe == .result)
    answer(&script, "Not sure.")
    answer(&script, Self.noResult)
    let second = try #require(script.turn)
    #expect(second.probe == .result)
    #expect(script.interview.questionText(for: second) == "What changed in the end?")
    answer(&script, "Fine.")
    let asked = script.recorded.filter { $0.kind == .followUp }.map(\.question)
    #expect(Set(asked).count == asked.count)
  }

  /// Answers the behavioural segment whole, so the salary segment opens.
  func throughBehavioural(_ script: inout Script) {
    answer(&script, Self.full)
    answer(&script, "I would add the index first.")
    answer(&script, Self.full)
    answer(&script, "Yes, since it worked: the export finished in 20 minutes.")
    answer(&script, Self.full)
    script.send(.proceed)
  }

  @Test func aSalaryAnswerWithoutAFigureIsAskedForOne() throws {
    var script = started()
    throughBehavioural(&script)
    answer(&script, "I'd like to hear your range first, whatever is fair.")
    #expect(script.recorded.last?.feedback?.verdicts.namesFigure == false)
    #expect(script.turn?.probe == .namesFigure)
    answer(&script, "Around ninety thousand base.")
    #expect(script.recorded.last?.feedback?.verdicts.namesFigure == true)
    #expect(script.recorded.last?.feedback?.headline?.code == "probe-answered")
  }

  @Test func aFigureNamedIsNotAskedForAgain() throws {
    var plan = Self.plan()
    plan.segments[1].questions.append(
      PlannedQuestion(
        id: "s2", text: "What if they counter-offer?", targetSeconds: 60,
        followUp: "Would you tell us?"))
    var script = started(plan)
    throughBehavioural(&script)
    answer(&script, "Around ninety thousand base.")
    answer(&script, "Yes, base.")
    answer(&script, "I would decline it, I have made up my mind.")
    #expect(script.recorded.last?.feedback?.headline?.code != "no-figure")
    #expect(script.turn?.probe == .deck)
  }

  @Test func aQuestionAboutWhatTheyWouldDoIsNotProbedForAPastStory() throws {
    var plan = Self.plan()
    plan.segments[0].questions[0].text = "What would you focus on in your first 90 days?"
    var script = started(plan)
    answer(&script, "I would meet the team and read the runbooks.")
    #expect(script.turn?.probe == .quantified || script.turn?.probe == .deck)
    #expect(script.turn?.probe != .result)
  }

  @Test func followUpsOffAsksNone() throws {
    var script = started(Self.plan(followUps: false))
    answer(&script, Self.noResult)
    #expect(script.turn?.isFollowUp == false)
    #expect(script.recorded.first?.feedback != nil)
  }

  @Test func skippedAnswersAreNeitherCoachedNorProbed() throws {
    var script = started()
    script.type("Half an", after: 1_000)
    script.send(.choose(.skip), after: 1_000)
    #expect(script.recorded.first?.skipped == true)
    #expect(script.recorded.first?.feedback == nil)
    #expect(script.turn?.isFollowUp == false)
  }

  @Test func spokenNotesAreNotCoached() throws {
    var plan = Self.plan()
    plan.settings.mode = .spoken
    var script = started(plan)
    script.send(.startSpeaking, after: 1_000)
    script.type("export, index", after: 1_000)
    script.send(.submit, after: 5_000)
    #expect(script.recorded.first?.spokenNotes == true)
    #expect(script.recorded.first?.feedback == nil)
    // Without feedback the deck's follow-up is asked as before.
    #expect(script.turn?.probe == .deck)
  }

  @Test func jobTermsAreCountedPerAnswer() throws {
    var script = started(Self.plan(jobTerms: ["SQL", "index", "dashboards"]))
    answer(&script, Self.full + " I wrote the SQL myself.")
    let use = try #require(script.recorded.first?.feedback?.jobTerms)
    #expect(use.used == ["SQL", "index"])
    #expect(use.missing == ["dashboards"])
  }

  @Test func theCandidatesQuestionsAreJudgedOpenOrClosed() throws {
    var script = started()
    throughBehavioural(&script)
    answer(&script, "Around ninety thousand base.")
    answer(&script, "Yes, base.")
    script.send(.proceed)
    answer(&script, "How does the team decide what to build next?")
    let question = try #require(script.recorded.last)
    #expect(question.kind == .candidateQuestion)
    let judged = try #require(question.feedback?.questions?.first)
    #expect(judged.isOpen)
    #expect(judged.topics.contains("team"))
    #expect(question.feedback?.verdicts == FeedbackVerdicts())
  }
}
