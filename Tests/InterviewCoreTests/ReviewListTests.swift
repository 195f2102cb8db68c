import Foundation
import Testing

@testable import InterviewCore

// MARK: - Fixtures shared by the review tests

let reviewUTC = TimeZone.gmt
let reviewStart = Date(timeIntervalSince1970: 1_795_000_000)

/// A session `id`, started `id` days after `reviewStart`, so higher ids are newer.
func reviewSession(
  _ id: Int64, company: String = "Northwind Labs", position: String = "Backend Engineer",
  deck: String = "Second interview", status: SessionStatus = .finished, answers: Int = 6,
  overTarget: Int = 1
) -> SessionSummary {
  let started = reviewStart.addingTimeInterval(Double(id) * 86_400)
  return SessionSummary(
    id: id, started: started, updated: started, status: status, company: company,
    position: position, deckID: "second-interview", deckTitle: deck, role: nil, mode: "typed",
    segments: ["behavioural"], seed: 7, salaryRange: nil, walkAway: nil, answers: answers,
    overTarget: overTarget, interviewMilliseconds: 1_500_000)
}

/// An entry of the review transcript.
func reviewEntry(
  _ sequence: Int, _ kind: EntryKind, segment: SegmentKind?, id: String? = nil, question: String,
  answer: String, thinking: Int? = 10_000, answering: Int? = 60_000, target: Int? = 120_000,
  parent: Int? = nil, skipped: Bool = false, annotation: Annotation = Annotation()
) -> Entry {
  Entry(
    TranscriptEntry(
      sequence: sequence, kind: kind, segment: segment, questionID: id, question: question,
      answer: answer, thinkingMilliseconds: thinking, answerMilliseconds: answering,
      targetMilliseconds: target, parentSequence: parent, skipped: skipped, spokenNotes: false),
    recorded: reviewStart, annotation: annotation)
}

/// A finished session with every kind of entry: a rated answer with a note and a wide CJK and
/// emoji answer, an over-target follow-up, a skip, a long answer, the candidate's questions and
/// the reflection.
func reviewTranscript(id: Int64 = 42) -> Transcript {
  var summary = reviewSession(id)
  summary.salaryRange = "€85–95k"
  summary.walkAway = "€80k"
  let long = (1...12).map {
    "Paragraph \($0): token bucket per client, shared in Redis, refilled by a Lua script."
  }.joined(separator: "\n")
  return Transcript(
    summary: summary,
    entries: [
      reviewEntry(
        1, .answer, segment: .behavioural, id: "b1",
        question:
          "Tell me about a time you disagreed with a technical decision your team lead made.",
        answer:
          "I wrote up the coupling risks and proposed an event stream. 日本語のドキュメント and a 🚀 demo won.",
        thinking: 12_000, answering: 96_000, target: 120_000,
        annotation: Annotation(rating: 4, note: "Shorter intro next time.", practiseAgain: false)),
      reviewEntry(
        2, .followUp, segment: .behavioural, id: "b1",
        question: "What would you do differently?", answer: "Raise it earlier, in design review.",
        thinking: 4_000, answering: 80_000, target: 60_000, parent: 1),
      reviewEntry(
        3, .answer, segment: .behavioural, id: "b2",
        question: "Describe a project you are proud of.",
        answer: "", thinking: 20_000, answering: 0, target: 90_000, skipped: true),
      reviewEntry(
        4, .answer, segment: .technical, id: "t1",
        question: "How would you design a rate limiter?", answer: long, thinking: 30_000,
        answering: 200_000, target: 180_000),
      reviewEntry(
        5, .answer, segment: .salary, id: "s1", question: "What salary are you expecting?",
        answer: "€85–95k, depending on the package.", thinking: 5_000, answering: 30_000,
        target: 60_000),
      reviewEntry(
        6, .candidateQuestion, segment: .questions, question: "Your questions",
        answer: "What does success look like in the first 90 days?", target: nil),
      reviewEntry(
        7, .candidateQuestion, segment: .questions, question: "Your questions", answer: "",
        target: nil, skipped: true),
      reviewEntry(
        8, .reflection, segment: nil, question: "What went well?",
        answer: "Clear structure on the behavioural answers.", thinking: nil, answering: nil,
        target: nil),
    ])
}

// MARK: - The list

@Suite struct ReviewListTests {
  func list(_ sessions: [SessionSummary], rows: Int = 5) -> ReviewList {
    var list = ReviewList(sessions: sessions, timeZone: reviewUTC)
    _ = list.send(.resize(visibleRows: rows))
    return list
  }

  func type(_ text: String, into list: inout ReviewList) {
    _ = list.send(.beginFilter)
    _ = list.send(.editFilter(.insert(text)))
  }

  @Test func sessionsAreListedNewestFirst() {
    let list = list([reviewSession(1), reviewSession(3), reviewSession(2)])
    #expect(list.shown.map(\.id) == [3, 2, 1])
    #expect(list.selected?.id == 3)
  }

  @Test func theFilterIgnoresCaseAndAccentsAndMatchesEveryWord() {
    var list = list([
      reviewSession(1, company: "Nestlé", position: "Data Analyst"),
      reviewSession(2, company: "Northwind Labs", position: "Backend Engineer"),
      reviewSession(3, company: "NESTLE Health", position: "Backend Engineer"),
    ])
    type("nestle backend", into: &list)
    #expect(list.shown.map(\.id) == [3])
    _ = list.send(.editFilter(.deleteWordBackward))
    #expect(list.shown.map(\.id) == [3, 1])
  }

  @Test func theFilterFoldsAsTranscriptSearchDoes() {
    let sessions = [
      reviewSession(1, company: "Société Générale"), reviewSession(2, company: "Straße AG"),
      reviewSession(3, company: "Acme"),
    ]
    for (query, expected) in [
      ("SOCIETE", [1]), ("Socie\u{301}te\u{301}", [1]), ("ｓｏｃｉéｔé", [1]), ("strasse", [2]),
      ("STRASSE ag", [2]),
    ] as [(String, [Int64])] {
      var list = list(sessions)
      type(query, into: &list)
      #expect(list.shown.map(\.id) == expected, "\(query)")
    }
  }

  @Test func theFilterMatchesDateDeckAndStatus() {
    var list = list([
      reviewSession(1, status: .interrupted), reviewSession(2, deck: "Data analyst drill"),
      reviewSession(3), reviewSession(4, status: .inProgress),
    ])
    // By the date the list shows, and by the ISO day.
    type(list.dateText(list.sessions[3].started), into: &list)
    #expect(list.shown.map(\.id) == [1])
    _ = list.send(.cancelFilter)
    type(StudyDay(list.sessions[3].started, timeZone: reviewUTC).iso, into: &list)
    #expect(list.shown.map(\.id) == [1])
    _ = list.send(.cancelFilter)
    // The store reports a session in progress only while another terminal runs it (one whose
    // process died comes back interrupted), and it is found by what the list says of it.
    type("interrupted", into: &list)
    #expect(list.shown.map(\.id) == [1])
    _ = list.send(.cancelFilter)
    type("running", into: &list)
    #expect(list.shown.map(\.id) == [4])
    _ = list.send(.cancelFilter)
    type("drill", into: &list)
    #expect(list.shown.map(\.id) == [2])
  }

  @Test func theFilterFindsDrillsByTheWordDrill() {
    var drill = reviewSession(2, company: "", position: "", deck: "Second interview")
    drill.kind = .drill
    var list = list([reviewSession(1), drill, reviewSession(3)])
    type("drill", into: &list)
    #expect(list.shown.map(\.id) == [2])
  }

  @Test func filterTextIsCleanedOfControlsAndLineBreaks() {
    var list = list([reviewSession(1)])
    type("ab\u{1B}[31mc", into: &list)
    _ = list.send(.editFilter(.lineBreak))
    #expect(list.filter.text == "ab[31mc")
    #expect(!list.filter.text.contains("\n"))
  }

  @Test func enterKeepsTheFilterAndEscClearsIt() {
    var list = list([reviewSession(1, company: "Acme"), reviewSession(2)])
    type("acme", into: &list)
    _ = list.send(.acceptFilter)
    #expect(!list.isEditingFilter)
    #expect(list.shown.map(\.id) == [1])
    // Esc outside the filter line clears a kept filter first, then leaves.
    #expect(list.send(.cancelFilter) == [])
    #expect(list.shown.map(\.id) == [2, 1])
    #expect(list.send(.cancelFilter) == [.quit])
  }

  @Test func theSelectionFollowsItsSessionThroughTheFilter() {
    var list = list([reviewSession(1, company: "Acme"), reviewSession(2), reviewSession(3)])
    _ = list.send(.last)
    #expect(list.selected?.id == 1)
    type("acm", into: &list)
    _ = list.send(.cancelFilter)
    #expect(list.selected?.id == 1)
  }

  @Test func movingStopsAtTheEndsAndKeepsTheSelectionInView() {
    var list = list((1...20).map { reviewSession(Int64($0)) }, rows: 5)
    _ = list.send(.move(-1))
    #expect(list.selection == 0)
    for _ in 0..<7 { _ = list.send(.move(1)) }
    #expect(list.selection == 7)
    #expect(list.scroll == 3)
    _ = list.send(.page(1))
    #expect(list.selection == 11)
    #expect(list.scroll == 7)
    _ = list.send(.last)
    #expect(list.selection == 19)
    #expect(list.scroll == 15)
    _ = list.send(.move(5))
    #expect(list.selection == 19)
    _ = list.send(.first)
    #expect(list.selection == 0)
    #expect(list.scroll == 0)
  }

  @Test func aSmallerViewKeepsTheSelectionVisible() {
    var list = list((1...20).map { reviewSession(Int64($0)) }, rows: 10)
    _ = list.send(.move(9))
    _ = list.send(.resize(visibleRows: 4))
    #expect(list.scroll <= list.selection && list.selection < list.scroll + 4)
  }

  @Test func anEmptyListDoesNothingButLeave() {
    var list = list([])
    #expect(list.selected == nil)
    for action: ReviewListAction in [.move(1), .page(1), .last, .first, .open, .requestDelete] {
      #expect(list.send(action) == [])
    }
    #expect(list.pendingDelete == nil)
    #expect(list.selection == 0 && list.scroll == 0)
    #expect(list.send(.quit) == [.quit])
  }

  @Test func enterOpensTheSelectedSession() {
    var list = list([reviewSession(1), reviewSession(2)])
    _ = list.send(.move(1))
    #expect(list.send(.open) == [.open(1)])
  }

  @Test func deleteAsksFirstAndOnlyYesDeletes() {
    var list = list([reviewSession(1), reviewSession(2), reviewSession(3)])
    _ = list.send(.move(1))
    #expect(list.send(.requestDelete) == [])
    #expect(list.pendingDelete?.id == 2)
    // Keys that mean something else leave the question open.
    #expect(list.send(.open) == [])
    #expect(list.send(.move(1)) == [])
    #expect(list.pendingDelete?.id == 2)
    #expect(list.send(.cancelDelete) == [])
    #expect(list.pendingDelete == nil)
    #expect(list.sessions.count == 3)

    _ = list.send(.requestDelete)
    #expect(list.send(.confirmDelete) == [.delete(2)])
    list.removed(sessionID: 2)
    #expect(list.shown.map(\.id) == [3, 1])
    // The selection stays at the same place: the next session down.
    #expect(list.selected?.id == 1)
  }

  @Test func removingTheLastSessionSelectsTheOneAbove() {
    var list = list([reviewSession(1), reviewSession(2)])
    _ = list.send(.last)
    list.removed(sessionID: 1)
    #expect(list.selected?.id == 2)
    list.removed(sessionID: 2)
    #expect(list.selected == nil)
  }

  @Test func replacingTheSessionsKeepsTheSelectedOne() {
    var list = list([reviewSession(1), reviewSession(2)])
    _ = list.send(.move(1))
    list.replace(sessions: [reviewSession(1), reviewSession(2), reviewSession(5)])
    #expect(list.selected?.id == 1)
    #expect(list.shown.map(\.id) == [5, 2, 1])
  }

  @Test func helpClosesOnTheNextActionWithoutActing() {
    var list = list([reviewSession(1)])
    _ = list.send(.toggleHelp)
    #expect(list.isShowingHelp)
    #expect(list.send(.open) == [])
    #expect(!list.isShowingHelp)
    #expect(list.send(.open) == [.open(1)])
  }

  @Test func tenThousandSessionsFilterAndScrollQuickly() {
    let sessions = (1...10_000).map {
      reviewSession(Int64($0), company: $0 % 100 == 0 ? "Zebra Corp" : "Company \($0)")
    }
    let clock = ContinuousClock()
    var list = ReviewList(sessions: [], timeZone: reviewUTC)
    let elapsed = clock.measure {
      list = ReviewList(sessions: sessions, timeZone: reviewUTC)
      _ = list.send(.resize(visibleRows: 19))
      _ = list.send(.last)
      _ = list.send(.beginFilter)
      for character in "zebra" { _ = list.send(.editFilter(.insert(String(character)))) }
    }
    #expect(list.sessions.count == 10_000)
    #expect(list.matches.count == 100)
    #expect(list.shown.first?.id == 10_000)
    #expect(list.shown.last?.id == 100)
    // Generous, for a loaded debug build: the point is no quadratic work per key.
    #expect(elapsed < .seconds(5))
  }
}
