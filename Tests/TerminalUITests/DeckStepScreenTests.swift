import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

// MARK: - Cards and progress for the practice screens

let practiceUTC = TimeZone(identifier: "UTC") ?? .current
let practiceToday = StudyDay(iso: "2026-11-21") ?? StudyDay(ordinal: 20_778)

/// A card of the "second-interview" deck.
func practiceCard(
  _ id: String, _ segment: SegmentKind, _ text: String, target: Int = 120, roles: [String] = [],
  followUps: [String] = [], tips: [String] = [], tags: [String] = []
) -> DeckCard {
  let interviewers: [SegmentKind: String] = [
    .behavioural: "Priya Raman", .technical: "Marcus Chen", .culture: "Dana Okafor",
    .salary: "Sam Rivera",
  ]
  return DeckCard(
    key: CardKey(deckID: "second-interview", questionID: id), deckTitle: "Second interview",
    segment: segment, segmentTitle: segment.defaultTitle,
    interviewer: interviewers[segment] ?? "Hiring manager",
    question: Question(
      id: id, text: text, targetSeconds: target, roles: roles, followUps: followUps, tips: tips,
      tags: tags))
}

/// Six cards over four segments: long questions that wrap, tips, follow-ups, roles and tags.
let practiceCards: [DeckCard] = [
  practiceCard(
    "b1", .behavioural,
    "Tell me about a time you disagreed with a technical decision your team lead made at"
      + " {company}. What did you do, and how did it end?",
    followUps: ["Looking back, what would you do differently?"],
    tips: [
      "A concrete situation, not a general stance.",
      "Disagreeing with respect: data, a proposal, then commitment to the decision.",
    ], tags: ["conflict", "leadership"]),
  practiceCard(
    "b2", .behavioural, "Describe a project you are proud of.", target: 90,
    tips: ["Your part in it, in numbers."]),
  practiceCard(
    "t1", .technical,
    "How would you design a rate limiter for a public API with thousands of clients?",
    target: 180, roles: ["backend"],
    followUps: ["How does it behave when Redis is down?", "Where would you put it: edge or app?"],
    tips: ["Token or leaky bucket, and why.", "Where the state lives and what fails open."],
    tags: ["design"]),
  practiceCard(
    "c1", .culture, "What does a healthy code review culture look like to you?", target: 90,
    followUps: ["What do you do when a review stalls?"],
    tips: [
      "Kind, fast, and about the code rather than the person.",
      "Small changes; authors who ask for the review they need.",
      "Reviews as teaching both ways, not gatekeeping.",
    ], tags: ["culture", "review"]),
  practiceCard(
    "c2", .culture, "How do you like to receive feedback?", target: 60,
    tips: ["An example of feedback you acted on."]),
  practiceCard(
    "s1", .salary, "What salary range are you expecting for this role?", target: 60,
    tips: ["A researched range, anchored high, with the package in mind."],
    tags: ["negotiation"]),
]

/// What the store knows: c1 starred and scheduled, answered in a drill in Japanese and English
/// over target; b1 answered in an interview and rated; t1 marked to practise again.
let practiceProgress: [CardKey: CardProgress] = [
  practiceCards[3].key: CardProgress(
    starred: true,
    schedule: CardSchedule(
      repetitions: 2, ease: 2_500, intervalDays: 6, due: practiceToday.adding(days: 3),
      lastDrilled: practiceToday.adding(days: -3), lapses: 0),
    latest: LatestAnswer(
      sessionID: 9, fromDrill: true, recorded: Date(timeIntervalSince1970: 1_795_000_000),
      answer:
        "小さな変更と速いレビュー: small changes, reviewed within a day, comments about the"
        + " code and never the person. 日本語のチームでも同じです。We paired on the hard ones"
        + " and wrote down what we agreed, so the next review went faster. 🚀 Over time the"
        + " team trusted the process and stopped treating review as a gate. Newcomers learnt"
        + " the codebase through reviews, and seniors learnt from their questions.",
      thinkingMilliseconds: 8_000, answerMilliseconds: 104_000, targetMilliseconds: 90_000,
      rating: 4, grade: .good)),
  practiceCards[0].key: CardProgress(
    latest: LatestAnswer(
      sessionID: 3, fromDrill: false, recorded: Date(timeIntervalSince1970: 1_794_500_000),
      answer: "I wrote up the coupling risks and proposed a one-sprint trial.",
      thinkingMilliseconds: 12_000, answerMilliseconds: 70_000, targetMilliseconds: 120_000,
      rating: 3)),
  practiceCards[2].key: CardProgress(markedToPractiseAgain: true),
]

/// A stepper over the practice cards after `actions`.
func practiceStepper(_ actions: [DeckStepperAction] = []) -> DeckStepper {
  var stepper = DeckStepper(cards: practiceCards, progress: practiceProgress, today: practiceToday)
  for action in actions { _ = stepper.send(action) }
  return stepper
}

/// The stepper after `keys`, fed through the keymap at a terminal `rows` by `columns`.
func keyedStepper(_ keys: [Key], rows: Int = 24, columns: Int = 80) -> DeckStepper {
  var stepper = practiceStepper()
  for key in keys {
    _ = DeckStepperKeys.handle(key, stepper: &stepper, seed: 11, rows: rows, columns: columns)
  }
  return stepper
}

/// The first cell of `text` on screen at or below row `first`, as (row, column); nil when it is
/// not there.
func locate(_ text: String, in screen: GridScreen, from first: Int = 0)
  -> (row: Int, column: Int)?
{
  let target = Array(text)
  for (row, cells) in screen.cells.enumerated() where row >= first {
    let visible = cells.enumerated().filter { !$0.element.isContinuation }
    guard visible.count >= target.count else { continue }
    for start in 0...(visible.count - target.count)
    where (0..<target.count).allSatisfy({ visible[start + $0].element.character == target[$0] }) {
      return (row, visible[start].offset)
    }
  }
  return nil
}

// MARK: - Snapshots and styles

@Suite struct DeckStepScreenTests {
  func expectStep(
    _ stepper: DeckStepper, named name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for size in SnapshotTests.sizes {
      let screen = rendered(rows: size.rows, columns: size.columns) {
        DeckStepScreen.render(stepper, timeZone: practiceUTC, into: &$0)
      }
      expectSnapshot(screen, named: "\(name)-\(size.name)", sourceLocation: sourceLocation)
    }
  }

  /// The culture card, the one with a latest answer, a star and a schedule.
  static let toCulture: [DeckStepperAction] = [.nextSegment, .nextSegment]

  @Test func front() {
    let stepper = practiceStepper()
    #expect(stepper.positionText == "1/6 · Behavioural")
    expectStep(stepper, named: "step-front")
  }

  @Test func revealedWithALatestAnswer() {
    let stepper = practiceStepper(Self.toCulture + [.toggleReveal])
    #expect(stepper.current?.key.questionID == "c1")
    #expect(stepper.isRevealed)
    expectStep(stepper, named: "step-revealed")
  }

  @Test func revealedAndScrolledToTheEnd() {
    let stepper = keyedStepper([.tab, .tab, .enter] + Array(repeating: .pageDown, count: 6))
    #expect(stepper.backScroll > 0)
    expectStep(stepper, named: "step-revealed-end")
  }

  @Test func revealedWithoutAnAnswer() {
    let stepper = practiceStepper([.nextSegment, .toggleReveal])
    #expect(stepper.current?.key.questionID == "t1")
    expectStep(stepper, named: "step-unanswered")
  }

  @Test func filterMenu() {
    let stepper = practiceStepper([.openFilterMenu, .moveFilterSelection(1)])
    #expect(stepper.filterMenu != nil)
    expectStep(stepper, named: "step-filter-menu")
  }

  @Test func starredShuffledAndFiltered() {
    var stepper = practiceStepper([.toggleStar, .shuffle(seed: 5), .openFilterMenu])
    let starred = stepper.filterMenu?.choices.firstIndex { $0.filter == .starred } ?? 0
    let selection = stepper.filterMenu?.selection ?? 0
    _ = stepper.send(.moveFilterSelection(starred - selection))
    _ = stepper.send(.chooseFilter)
    #expect(stepper.filter == .starred)
    #expect(stepper.isShuffled)
    #expect(stepper.current.map { stepper.progress(of: $0).starred } == true)
    expectStep(stepper, named: "step-starred-shuffled")
  }

  @Test func notice() {
    var stepper = practiceStepper()
    stepper.notice = "No starred questions yet: press * on a question to star it."
    expectStep(stepper, named: "step-notice")
  }

  @Test func help() {
    let stepper = practiceStepper([.toggleHelp])
    expectStep(stepper, named: "step-help")
  }

  @Test func anEmptyDeckSaysSo() {
    let stepper = DeckStepper(cards: [], progress: [:], today: practiceToday)
    let screen = rendered(rows: 24, columns: 80) { DeckStepScreen.render(stepper, into: &$0) }
    #expect(locate("This deck has no questions.", in: screen) != nil)
    #expect(locate("0/0", in: screen) != nil)
  }

  @Test func theHeaderMarksTheStarAndWhenTheCardIsDue() throws {
    let culture = practiceStepper(Self.toCulture)
    let screen = rendered(rows: 24, columns: 80) {
      DeckStepScreen.render(culture, timeZone: practiceUTC, into: &$0)
    }
    let star = try #require(locate("★", in: screen))
    #expect(screen.style(row: star.row, column: star.column)?.color == .warning)
    #expect(locate("due 24 Nov", in: screen) != nil)
    #expect(locate("4/6 · Culture & team fit", in: screen)?.row == 0)

    let technical = rendered(rows: 24, columns: 80) {
      DeckStepScreen.render(practiceStepper([.nextSegment]), into: &$0)
    }
    #expect(locate("due today", in: technical) != nil)
    #expect(locate("★", in: technical) == nil)
    let first = rendered(rows: 24, columns: 80) {
      DeckStepScreen.render(practiceStepper(), into: &$0)
    }
    #expect(locate("new", in: first)?.row == 1)
    let ascii = rendered(rows: 24, columns: 80, glyphs: .ascii) {
      DeckStepScreen.render(culture, into: &$0)
    }
    #expect(locate("★", in: ascii) == nil)
    #expect(ascii.lines[1].contains("*"))
  }

  @Test func anAnswerOverItsTargetIsInTheOverStyle() throws {
    let stepper = practiceStepper(Self.toCulture + [.toggleReveal])
    let screen = rendered(rows: 24, columns: 80) {
      DeckStepScreen.render(stepper, timeZone: practiceUTC, into: &$0)
    }
    let answer = try #require(locate("Answer 1:44 / 1:30", in: screen))
    #expect(screen.style(row: answer.row, column: answer.column)?.color == .over)
    let over = try #require(locate("+0:14 over", in: screen))
    #expect(screen.style(row: over.row, column: over.column)?.color == .over)
    #expect(locate("rated 4/5 · graded good", in: screen) != nil)
    #expect(locate("in a drill", in: screen) != nil)

    // Within its target, the interview answer is in the good colour.
    let within = rendered(rows: 24, columns: 80) {
      DeckStepScreen.render(practiceStepper([.toggleReveal]), timeZone: practiceUTC, into: &$0)
    }
    let good = try #require(locate("Answer 1:10 / 2:00", in: within))
    #expect(within.style(row: good.row, column: good.column)?.color == .good)
    #expect(locate("in an interview", in: within) != nil)
  }

  @Test func theFilterMenuHighlightsItsSelectionAndShowsCounts() throws {
    let stepper = practiceStepper([.openFilterMenu, .moveFilterSelection(1)])
    let screen = rendered(rows: 24, columns: 80) { DeckStepScreen.render(stepper, into: &$0) }
    let starred = try #require(locate("Starred", in: screen))
    #expect(screen.style(row: starred.row, column: starred.column)?.color == .selection)
    let all = try #require(locate("All questions", in: screen))
    #expect(screen.style(row: all.row, column: all.column)?.color != .selection)
    #expect(screen.lines[all.row].hasSuffix("6 │") || screen.lines[all.row].contains(" 6 "))
  }

  @Test func scrollingStopsWhereTheBackEnds() {
    var stepper = practiceStepper(Self.toCulture + [.toggleReveal])
    let limit = DeckStepScreen.backScrollLimit(stepper, rows: 12, columns: 40)
    #expect(limit > 0)
    for _ in 0..<(limit + 5) {
      _ = DeckStepperKeys.handle(.down, stepper: &stepper, seed: 1, rows: 12, columns: 40)
    }
    #expect(stepper.backScroll == limit)
    // One press up moves what shows, however far a larger screen had scrolled.
    _ = DeckStepperKeys.handle(.up, stepper: &stepper, seed: 1, rows: 12, columns: 40)
    #expect(stepper.backScroll == limit - 1)
    let screen = rendered(rows: 12, columns: 40) {
      DeckStepScreen.render(stepper, timeZone: practiceUTC, into: &$0)
    }
    #expect(screen.lines.contains { $0.contains("↓ 1 more") })
  }

  @Test func aBackThatFitsDoesNotScroll() {
    var stepper = practiceStepper([.nextSegment, .toggleReveal])
    #expect(DeckStepScreen.backScrollLimit(stepper, rows: 60, columns: 200) == 0)
    _ = DeckStepperKeys.handle(.down, stepper: &stepper, seed: 1, rows: 60, columns: 200)
    #expect(stepper.backScroll == 0)
  }

  // MARK: - The deck picker

  @Test func picker() {
    var picker = samplePicker()
    _ = picker.send(.move(1))
    for size in SnapshotTests.sizes {
      expectSnapshot(
        rendered(rows: size.rows, columns: size.columns) {
          DeckPickerScreen.render(picker, into: &$0)
        }, named: "picker-\(size.name)")
    }
  }

  @Test func thePickerHighlightsItsSelectionAndCountsWhatIsDue() throws {
    var picker = samplePicker()
    _ = picker.send(.move(1))
    let screen = rendered(rows: 24, columns: 80) { DeckPickerScreen.render(picker, into: &$0) }
    let selected = try #require(locate("Data analyst", in: screen))
    #expect(screen.style(row: selected.row, column: 0)?.color == .selection)
    #expect(screen.style(row: selected.row, column: 79)?.color == .selection)
    let other = try #require(locate("Second interview", in: screen))
    #expect(screen.style(row: other.row, column: other.column)?.color == .normal)
    #expect(screen.lines[selected.row].hasSuffix("2 due"))
    #expect(screen.lines[other.row].hasSuffix("1 due"))
    #expect(locate("3 decks · 3 due today", in: screen)?.row == 0)
    #expect(screen.lines[23].hasPrefix(" ↑/↓ move  Enter step  q back  ? help"))
  }

  @Test func pickerHelp() {
    var picker = samplePicker()
    _ = picker.send(.toggleHelp)
    let screen = rendered(rows: 24, columns: 80) { DeckPickerScreen.render(picker, into: &$0) }
    #expect(locate("Help", in: screen) != nil)
    #expect(locate("first/last", in: screen) != nil)
  }
}
