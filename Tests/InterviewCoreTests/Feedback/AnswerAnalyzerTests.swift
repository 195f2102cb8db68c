import Foundation
import Testing

@testable import InterviewCore

/// The analysis on the issue's own examples: each trap it names, both sides of it.
@Suite struct AnswerAnalyzerTests {
  func feedback(
    _ answer: String, _ segment: SegmentKind = .behavioural, target: Int? = nil,
    jobTerms: [String] = [], tips: [String] = [], timings: [WordTiming]? = nil
  ) -> AnswerFeedback {
    AnswerAnalyzer.standard.analyse(
      FeedbackInput(
        answer: answer, segment: segment, targetSeconds: target, jobTerms: jobTerms, tips: tips,
        wordTimings: timings))
  }

  func verdicts(_ answer: String, _ segment: SegmentKind = .behavioural) -> FeedbackVerdicts {
    feedback(answer, segment).verdicts
  }

  @Test(arguments: [
    "I pulled the logs and found nothing odd.", "We split the work across the three of us.",
    "Last spring I then dug through the pool settings.", "I automated it.",
    "We shared the plan with finance.",
  ])
  func stepsTakenAreActions(_ answer: String) {
    #expect(verdicts(answer).action)
  }

  @Test(arguments: [
    "I would pull the logs first and check the pool.",
    "If we missed the date we'd lose the contract.",
    "I always check in with the team on Mondays.", "I usually start from the data.",
    "I'm the kind of person who steps up when things get hard.",
    "I was responsible for the billing migration.", "I was in charge of the release train.",
    "I needed more time and I loved the challenge.",
  ])
  func hypotheticalsHabitsRolesAndFeelingsAreNotActions(_ answer: String) {
    #expect(!verdicts(answer).action)
  }

  @Test(arguments: [
    "The pool kept running dry, so I raised the limit. The timeouts stopped.",
    "Our biggest client was about to leave. I called her every week with a fix list. She renewed.",
    "I rewrote the export job. As a result the report was ready before nine.",
    "We missed the deadline by two weeks. It was a hard project and I learned to plan buffers.",
    "The customer renewed for two more years after I rebuilt their dashboard.",
    "We launched it and the board loved it.", "We moved 2 million records and nobody noticed.",
    "I delivered the project two weeks early.",
  ])
  func outcomesWithOrWithoutAKeywordAreResults(_ answer: String) {
    #expect(verdicts(answer).result)
  }

  @Test(arguments: [
    "Sign-ups had dropped, so I interviewed ten users about the form.",
    "I set up calls with customers. The goal was to reduce churn.",
    "I wrote up the incident and then I handed it over to the platform team.",
    "I told the client about the delay early. Handled that way, bad news builds trust.",
    "I pulled the logs and found that the cache was stale.",
  ])
  func problemsGoalsHandOversAndClaimsAreNotResults(_ answer: String) {
    #expect(!verdicts(answer).result)
  }

  @Test(arguments: [
    "We cut the queue by 12 tickets.", "It took three weeks.", "I asked twice.",
    "Half the team joined.", "A third of the calls were repeats.", "A dozen stores signed up.",
    "We had sixty people waiting.", "Latency fell 40%.", "We saved $20k.",
  ])
  func measuresAreQuantified(_ answer: String) {
    #expect(verdicts(answer).quantified)
  }

  @Test(arguments: [
    "In 2021 I moved teams.", "Two years ago I joined Acme.", "Last spring we launched.",
    "We shipped it in Q3.", "It went live on March 4th.", "When I was 22 I started there.",
    "We upgraded to Python 3.11.",
  ])
  func yearsDatesAgesAndVersionsAreNotMeasures(_ answer: String) {
    #expect(!verdicts(answer).quantified)
  }

  @Test func fillersCountWhereTheyFillAndNotWhereTheyMean() {
    let spoken = "Um, so I, uh, basically, like, rebuilt it, you know, and umm it kinda worked."
    let found = feedback(spoken).fillers.map(\.text).map { $0.lowercased() }
    #expect(found == ["um", "uh", "basically", "like", "you know", "umm", "kinda"])
    let plain =
      "I like Python and would like to use tools like Redis. It looks like it felt like "
      + "the kind of person I am, what kind of work I do, the same kind of thing."
    #expect(feedback(plain).fillers.isEmpty)
    let compared =
      "It's like a queue. A cache is like a notebook. We were like a family. I mean it."
    #expect(feedback(compared).fillers.isEmpty)
    #expect(feedback("It was like, forty people, and like we just stayed.").fillers.count == 2)
  }

  @Test func threeFillersPerHundredWordsIsHeavy() {
    let words = Array(repeating: "word", count: 97).joined(separator: " ")
    #expect(feedback("um uh er " + words).verdicts.fillerHeavy)
    #expect(!feedback("um uh " + words + " more").verdicts.fillerHeavy)
    #expect(feedback("um uh er " + words).fillersPer100Words == 3)
  }

  @Test func fillerRangesPointAtTheText() throws {
    let answer = "Café ☕ — um, 日本 uh done"
    let found = feedback(answer).fillers
    let scalars = Array(answer.unicodeScalars)
    for span in found {
      let text = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
      #expect(text == span.text)
    }
    #expect(found.map(\.text) == ["um", "uh"])
  }

  @Test func weThroughoutIsTeamOnlyButOneOwnStepIsNot() {
    let team = "Last year the build broke. We traced it and we fixed it. I remember I liked that."
    #expect(verdicts(team).teamOnly)
    let mixed = "Last year the build broke. We traced it, and I then dug through the pool settings."
    #expect(!verdicts(mixed).teamOnly)
    #expect(!verdicts("We always review each other's code.").teamOnly)
    #expect(!verdicts("We would split the work.").teamOnly)
  }

  @Test(arguments: [
    "I'm looking for 78,000 to 85,000.", "Around ninety thousand.",
    "Somewhere between sixty-five and seventy, base.",
    "I currently earn 70k, so I'm looking for 85k.",
    "Honestly, one-twenty would make this a clear yes for me.",
  ])
  func theCandidatesFigureIsNamed(_ answer: String) {
    #expect(verdicts(answer, .salary).namesFigure)
  }

  @Test(arguments: [
    "What range did you budget for the role?", "Whatever is fair for the role.",
    "I currently make 70,000.", "Glassdoor shows 80 to 95k for this role in London.",
    "You raised a $30 million Series B, so I assume the package is competitive.",
    "I have a four-week notice period.",
  ])
  func otherFiguresAreNotTheirs(_ answer: String) {
    #expect(!verdicts(answer, .salary).namesFigure)
  }

  @Test func aSceneToldInThePastIsContextEvenWithAlways() {
    #expect(verdicts("Last year at Acme our weekly SQL report was always late.").context)
    #expect(!verdicts("I always check the logs first.").context)
    #expect(!verdicts("I was always the one who stayed calm.").context)
  }

  @Test func verdictsThatDoNotApplyAreFalse() {
    #expect(!verdicts("I'm looking for 90k.", .behavioural).namesFigure)
    let asked = verdicts("Last year what did the team ship, and how did it go?", .questions)
    #expect(!asked.context && !asked.action && !asked.result)
  }

  @Test func theJSONAlwaysCarriesAllSevenVerdicts() throws {
    let data = try JSONEncoder().encode(feedback("Short."))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let verdicts = try #require(object["verdicts"] as? [String: Bool])
    #expect(Set(verdicts.keys) == Set(FeedbackVerdicts.keys))
    #expect(object["words"] as? Int == 1)
    #expect(object["job_terms"] is [String: Any])
  }

  @Test func typedAnswersAreTimedAtOneHundredFiftyWordsAMinute() {
    let words = Array(repeating: "word", count: 150).joined(separator: " ")
    #expect(feedback(words, target: 120).speaking?.seconds == 60)
    #expect(feedback(words, target: 120).speaking?.verdict == .onTarget)
    #expect(feedback(words, target: 200).speaking?.verdict == .tooShort)
    #expect(feedback(words, target: 50).speaking?.verdict == .tooLong)
    #expect(feedback(words).speaking == nil)
  }

  @Test func spokenAnswersHavePaceAndPauses() throws {
    let timings = (0..<30).map { index in
      let start = index * 400 + (index >= 15 ? 3_000 : 0)
      return WordTiming(word: "w", startMilliseconds: start, endMilliseconds: start + 300)
    }
    let delivery = try #require(feedback("w", timings: timings).delivery)
    #expect(delivery.longPauses == [3_100])
    #expect(delivery.longestPauseMilliseconds == 3_100)
    // Over the time the words were voiced: the long pause does not slow the pace.
    #expect(delivery.wordsPerMinute == 30 * 60_000 / (29 * 400 + 300 + 3_000 - 3_100))
    #expect(delivery.speakingMilliseconds == 29 * 400 + 3_000 + 300)
    #expect(feedback("w", timings: timings).speaking == nil)
  }

  @Test func noQuestionIsNoQuestion() throws {
    let none = feedback("I don't have any questions, you covered everything.", .questions)
    #expect(none.questions == [])
    #expect(none.headline?.code == "no-question")
    let wondering = feedback("I was wondering how the team plans its quarter.", .questions)
    #expect(wondering.questions?.first?.isOpen == true)
    #expect(
      feedback("Is there a bonus ?", .questions).questions?.first?.text == "Is there a bonus ?")
  }

  @Test func aHypotheticalAnswerIsToldSo() {
    #expect(
      feedback("I would talk to the team first and agree on the plan.").headline?.code
        == "hypothetical")
    let asked = AnswerAnalyzer.standard.analyse(
      FeedbackInput(
        answer: "I would meet everyone and read the runbooks.", segment: .behavioural,
        question: "What would you do in your first 90 days?"))
    #expect(!asked.notes.contains { ["no-result", "no-action", "hypothetical"].contains($0.code) })
  }

  @Test func aFigureNamedEarlierIsNotAskedForAgain() {
    let later = AnswerAnalyzer.standard.analyse(
      FeedbackInput(
        answer: "I would decline the counter-offer.", segment: .salary, figureNamedEarlier: true))
    #expect(!later.notes.contains { $0.code == "no-figure" })
  }

  @Test func salaryAndQuestionsAreNotHeldToJobTerms() {
    #expect(feedback("Around 90k base.", .salary, jobTerms: ["SQL"]).jobTerms == JobTermUse())
  }

  @Test func theCandidatesQuestionsAreOpenOrClosedWithTopics() throws {
    let asked = feedback(
      "What does success look like in the first six months? Is there a training budget?",
      .questions)
    let questions = try #require(asked.questions)
    #expect(questions.map(\.isOpen) == [true, false])
    #expect(questions[0].topics.contains("position"))
    #expect(questions[1].topics.contains("development"))
    #expect(asked.headline?.code == "closed-question")
  }

  @Test func tipsTouchedShareAContentWord() {
    let touched = feedback(
      "I watched the conversion metric every day.",
      tips: ["Names the metric they watched", "Says who they told"]
    ).tipsTouched
    #expect(touched == ["Names the metric they watched"])
  }

  @Test func jobTermsAreTheDescriptionsContentWords() {
    let description = """
      We are looking for a Data Analyst with strong SQL skills. You will build dashboards in \
      Tableau, own stakeholder reporting and run A/B tests. Experience with Python and SQL \
      is required; dashboards for the sales team are a plus.
      """
    let terms = JobTerms.extract(from: description)
    #expect(terms.first == "Data Analyst")
    #expect(terms.contains("SQL"))
    #expect(terms.contains("dashboards"))
    #expect(terms.contains("Tableau") || terms.contains("tableau"))
    #expect(!terms.contains("experience") && !terms.contains("strong") && !terms.contains("the"))
    let use = feedback("I built the dashboards in SQL.", jobTerms: terms).jobTerms
    #expect(use.used.contains("SQL") && use.used.contains("dashboards"))
    #expect(use.missing.contains("python") || use.missing.contains("Python"))
  }

  @Test func ratesReadAsProseAndNeverTrap() {
    #expect(FeedbackReport.rate(3) == "3")
    #expect(FeedbackReport.rate(12.46) == "12.5")
    #expect(FeedbackReport.rate(.nan) == "0" && FeedbackReport.rate(-4) == "0")
    #expect(FeedbackReport.rate(1e300) == "1000000")
  }

  @Test func theSameAnswerGivesTheSameFeedback() {
    let answer = "Last year I, um, rewrote the export. It now takes 20 minutes, I think."
    #expect(feedback(answer, target: 60) == feedback(answer, target: 60))
  }

  @Test func theMostUsefulNoteComesFirst() {
    #expect(
      feedback("Last year I rewrote the export and added an index.").headline?.text
        == "No outcome yet: what changed because of what you did?")
    #expect(feedback("", .behavioural).headline?.code == "empty")
    #expect(feedback("Whatever is fair.", .salary).headline?.code == "no-figure")
  }
}
