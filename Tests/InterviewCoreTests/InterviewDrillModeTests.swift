import Foundation
import Testing

@testable import InterviewCore

/// Sends actions to a drill-mode interview of `card` with scripted time.
private func drillInterview(
  _ card: DeckCard = drillCard("why"), mode: AnswerMode = .typed
) -> Script {
  Script(InterviewPlan.drill(card, mode: mode, number: 2, of: 5))
}

@Suite struct InterviewDrillPlanTests {
  @Test func planHoldsTheCardsOneQuestionWithoutFollowUp() throws {
    let card = drillCard("why", segment: .culture, target: 75)
    let plan = InterviewPlan.drill(card, mode: .spoken, number: 2, of: 5)
    #expect(plan.drill == DrillCardPosition(number: 2, count: 5))
    #expect(plan.settings.deckID == "practice")
    #expect(plan.settings.segments == [.culture])
    #expect(plan.settings.questionsPerSegment == 1)
    #expect(plan.settings.mode == .spoken)
    #expect(!plan.settings.followUps)
    #expect(plan.settings.company.isEmpty && plan.settings.position.isEmpty)
    #expect(plan.deckTitle == "Practice deck")
    let segment = try #require(plan.segments.first)
    #expect(plan.segments.count == 1)
    #expect(segment.kind == .culture)
    #expect(segment.title == SegmentKind.culture.defaultTitle)
    #expect(segment.interviewer == SegmentKind.culture.defaultInterviewer)
    // Placeholders read as they do when practising, and the deck's follow-ups are not asked;
    // its tips are carried for the feedback, but no probes: a drill has no follow-ups.
    #expect(
      segment.questions == [
        PlannedQuestion(
          id: "why", text: "Why the company for this role? (why)", targetSeconds: 75,
          tips: ["Be brief."])
      ])
    #expect(segment.probes == nil)
  }
}

@Suite struct InterviewDrillModeTests {
  @Test func startsAtTheQuestionWithoutBriefingOrIntro() {
    let script = drillInterview()
    #expect(script.interview.isDrill)
    #expect(script.interview.stage == .answering(Turn(segment: 0, question: 0)))
    #expect(script.interview.isTyping)
    #expect(script.interview.menuItems == MenuItem.allCases)
    #expect(!script.interview.endedEarly)
  }

  @Test func submittingRecordsTheAnswerAndEndsAtTheSummary() throws {
    var script = drillInterview(drillCard("why", target: 90))
    script.send(.tick)  // the first action starts the clock
    script.type("Because", after: 4_000)
    script.type(" of the team", after: 6_000)
    let effects = script.send(.submit, after: 50_000)
    let entry = try #require(script.recorded.first)
    #expect(effects == [.record(entry), .saveProgress, .finished])
    #expect(script.interview.stage == .summary)
    #expect(script.interview.entries == [entry])
    #expect(entry.sequence == 1)
    #expect(entry.kind == .answer)
    #expect(entry.segment == .behavioural)
    #expect(entry.questionID == "why")
    #expect(entry.question == "Why the company for this role? (why)")
    #expect(entry.answer == "Because of the team")
    #expect(entry.thinkingMilliseconds == 4_000)
    #expect(entry.answerMilliseconds == 56_000)
    #expect(entry.targetMilliseconds == 90_000)
    #expect(!entry.skipped && !entry.spokenNotes)
    #expect(!script.interview.endedEarly)
  }

  @Test func noFollowUpEvenWhenThePlanHasOne() throws {
    var plan = InterviewPlan.drill(drillCard("why"), mode: .typed, number: 1, of: 1)
    plan.segments[0].questions[0].followUp = "And then?"
    var script = Script(plan)
    script.type("Answer")
    #expect(script.send(.submit).suffix(2) == [.saveProgress, .finished])
    #expect(script.interview.stage == .summary)
  }

  @Test func anEmptyTypedAnswerIsNotSubmitted() {
    var script = drillInterview()
    script.type("   ")
    #expect(script.send(.submit).isEmpty)
    #expect(script.interview.notice == "Type an answer, or Esc then s to skip.")
    #expect(script.turn != nil)
  }

  @Test func skipRecordsASkippedEntryAndEnds() throws {
    var script = drillInterview()
    script.send(.tick)
    script.type("half", after: 2_000)
    script.send(.openMenu, after: 1_000)
    let effects = script.send(.choose(.skip), after: 30_000)
    let entry = try #require(script.recorded.first)
    #expect(effects == [.record(entry), .saveProgress, .finished])
    #expect(entry.skipped && entry.answer == "half")
    #expect(entry.thinkingMilliseconds == 2_000 && entry.answerMilliseconds == 1_000)
    #expect(script.interview.stage == .summary)
    #expect(!script.interview.endedEarly)
  }

  @Test func endFromTheMenuKeepsTheDraftAndFinishesWithoutReflection() throws {
    var script = drillInterview()
    script.type("draft")
    script.send(.openMenu)
    script.send(.moveMenuSelection(2))
    #expect(script.interview.menuSelection == .end)
    let effects = script.send(.chooseMenuSelection)
    let entry = try #require(script.recorded.first)
    #expect(effects == [.record(entry), .saveProgress, .finished])
    #expect(!entry.skipped && entry.answer == "draft")
    #expect(script.interview.stage == .summary)
    #expect(script.interview.endedEarly)
    script.send(.openMenu)
    #expect(script.interview.menuSelection == nil)
  }

  @Test func endWithNothingTypedStillRecordsTheQuestionAsSkipped() throws {
    var script = drillInterview()
    let effects = script.send(.choose(.end))
    let entry = try #require(script.recorded.first)
    #expect(effects == [.record(entry), .saveProgress, .finished])
    #expect(entry.skipped && entry.answer.isEmpty)
  }

  @Test func spokenAnswerStartsWithSpaceAndEndsWithEnter() throws {
    var script = drillInterview(mode: .spoken)
    #expect(!script.interview.isTyping)
    script.send(.tick)
    #expect(script.send(.submit, after: 3_000) == [.saveProgress])  // Enter starts speaking
    #expect(script.turn?.started == true)
    script.type("STAR", after: 10_000)
    let effects = script.send(.submit, after: 20_000)
    let entry = try #require(script.recorded.first)
    #expect(effects == [.record(entry), .saveProgress, .finished])
    #expect(entry.spokenNotes && entry.answer == "STAR")
    #expect(entry.thinkingMilliseconds == 3_000 && entry.answerMilliseconds == 30_000)
  }

  @Test func menuAndHelpPauseTheClocks() {
    var script = drillInterview()
    script.send(.tick)
    script.send(.tick, after: 1_000)
    script.send(.openMenu)
    script.send(.tick, after: 60_000)
    script.send(.closeMenu)
    script.send(.toggleHelp, after: 500)
    script.send(.tick, after: 60_000)
    script.type("x")  // leaves the help without typing
    script.send(.tick, after: 250)
    #expect(script.turn?.thinkingMilliseconds == 1_750)
    #expect(script.turn?.buffer.isEmpty == true)
    #expect(script.interview.interviewMilliseconds == 1_750)
  }

  @Test func aTooSmallTerminalPausesTheDrillsClock() {
    var script = drillInterview()
    script.send(.tick)
    script.send(.tick, after: 1_000)
    script.send(.screenTooSmall(true))
    script.send(.tick, after: 30_000)
    script.send(.screenTooSmall(false), after: 30_000)
    script.send(.tick, after: 500)
    #expect(script.turn?.thinkingMilliseconds == 1_500)
    #expect(script.interview.interviewMilliseconds == 1_500)
  }

  @Test func aCardForTheEmployerIsAskedAsItsOwnQuestion() throws {
    // In a rehearsal the questions segment is the candidate's turn to ask; a drilled card from
    // it is still the card's question, with its id and target.
    var script = drillInterview(drillCard("ask", segment: .questions, target: 45))
    script.type("I would ask about onboarding")
    script.send(.submit, after: 1_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.kind == .answer)
    #expect(entry.questionID == "ask")
    #expect(entry.question == "Why the company for this role? (ask)")
    #expect(entry.targetMilliseconds == 45_000)
    #expect(script.interview.stage == .summary)
  }

  @Test func aRehearsalStillBeginsAtItsBriefing() {
    var script = Script()
    #expect(!script.interview.isDrill)
    #expect(script.interview.stage == .briefing)
    script.send(.openMenu)
    script.send(.choose(.end))
    #expect(script.interview.stage == .reflection(.wentWell, AnswerBuffer()))
    #expect(script.interview.endedEarly)
  }
}

@Suite struct InterviewSnapshotCompatibilityTests {
  /// A rehearsal snapshot as saved before drills existed: no `drill` key in the plan, nothing
  /// about ending early.
  static let oldSnapshot = """
    {
      "entries": [],
      "interviewMilliseconds": 3000,
      "isShowingHelp": false,
      "lastInstant": 3000,
      "plan": {
        "deckTitle": "Sample",
        "inspiration": ["What does success look like at Acme?"],
        "segments": [
          {
            "budgetSeconds": 240,
            "interviewer": "Hiring manager",
            "intro": "Hello.",
            "kind": "behavioural",
            "questions": [
              {"followUp": "Why?", "id": "b1", "targetSeconds": 120, "text": "Tell me about Acme."}
            ],
            "title": "Behavioural"
          }
        ],
        "settings": {
          "company": "Acme", "deckID": "second-interview", "followUps": true, "mode": "typed",
          "position": "Data Analyst", "questionsPerSegment": 2, "salaryRange": "60–70k",
          "seed": 7, "segments": ["behavioural", "technical", "questions"], "walkAway": "58k"
        }
      },
      "segmentMilliseconds": [3000],
      "stage": {
        "answering": {
          "_0": {
            "answerMilliseconds": 0,
            "buffer": {"cursor": 2, "text": "ab"},
            "isFollowUp": false,
            "question": 0,
            "segment": 0,
            "started": true,
            "thinkingMilliseconds": 2000
          }
        }
      }
    }
    """

  @Test func aSnapshotFromBeforeDrillsDecodesAndBehavesAsARehearsal() throws {
    var interview = try JSONDecoder().decode(Interview.self, from: Data(Self.oldSnapshot.utf8))
    #expect(interview.plan.drill == nil)
    #expect(!interview.isDrill && !interview.endedEarly)
    #expect(interview.draft?.text == "ab")
    interview.restarted()
    _ = interview.send(.tick, at: 50_000)
    let effects = interview.send(.submit, at: 51_000)
    // The rehearsal goes on to the follow-up rather than ending as a drill would.
    #expect(effects.count == 2)
    #expect(effects.last == .saveProgress)
    #expect(interview.stage.followUpTurn?.isFollowUp == true)
    #expect(interview.stage.followUpTurn?.question == 0)
    #expect(interview.entries.first?.answerMilliseconds == 1_000)
  }

  @Test func aDrillSnapshotKeepsItsPositionAndHowItEnded() throws {
    var script = drillInterview()
    script.type("draft")
    script.send(.choose(.end))
    let data = try JSONEncoder().encode(script.interview)
    let restored = try JSONDecoder().decode(Interview.self, from: data)
    #expect(restored == script.interview)
    #expect(restored.plan.drill == DrillCardPosition(number: 2, count: 5))
    #expect(restored.endedEarly)
  }

  @Test func aRehearsalSnapshotStillHasNoDrillKey() throws {
    let data = try JSONEncoder().encode(Script().interview)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let plan = try #require(object["plan"] as? [String: Any])
    #expect(plan["drill"] == nil)
    #expect(object["ended"] == nil)
  }
}

extension Stage {
  /// The turn being answered when it is a follow-up.
  fileprivate var followUpTurn: Turn? {
    if case .answering(let turn) = self, turn.isFollowUp { return turn }
    return nil
  }
}
