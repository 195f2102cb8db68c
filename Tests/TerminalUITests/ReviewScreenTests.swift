import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

// MARK: - Fixtures

let reviewUTC = TimeZone.gmt
let reviewStart = Date(timeIntervalSince1970: 1_795_000_000)

/// Sessions as the store lists them, with a wide CJK company and an emoji in a position.
func reviewSessions(_ count: Int = 12) -> [SessionSummary] {
  let companies = [
    "Northwind Labs", "株式会社サンプル", "Contoso", "Fabrikam Research & Development", "Nestlé",
  ]
  return (1...count).map { index in
    let started = reviewStart.addingTimeInterval(Double(index) * 86_400 + 3_600)
    return SessionSummary(
      id: Int64(index), started: started, updated: started,
      status: index % 4 == 0 ? .interrupted : .finished,
      company: companies[index % companies.count],
      position: index % 3 == 0 ? "Staff Engineer 🚀" : "Senior Backend Engineer",
      deckID: "second-interview", deckTitle: index % 2 == 0 ? "Second interview" : "Data analyst",
      role: nil, mode: "typed", segments: ["behavioural"], seed: 7, salaryRange: nil,
      walkAway: nil, answers: 4 + index % 5, overTarget: index % 3,
      interviewMilliseconds: 600_000 + index * 61_000)
  }
}

func reviewEntry(
  _ sequence: Int, _ kind: EntryKind, segment: SegmentKind?, id: String? = nil, question: String,
  answer: String, thinking: Int? = 10_000, answering: Int? = 60_000, target: Int? = 120_000,
  skipped: Bool = false, annotation: Annotation = Annotation()
) -> Entry {
  Entry(
    TranscriptEntry(
      sequence: sequence, kind: kind, segment: segment, questionID: id, question: question,
      answer: answer, thinkingMilliseconds: thinking, answerMilliseconds: answering,
      targetMilliseconds: target, parentSequence: kind == .followUp ? sequence - 1 : nil,
      skipped: skipped, spokenNotes: false), recorded: reviewStart, annotation: annotation)
}

/// A finished session with every kind of entry, a CJK and emoji answer and a long answer.
func reviewTranscript() -> Transcript {
  var summary = reviewSessions(1)[0]
  summary.id = 42
  summary.company = "Northwind Labs"
  summary.position = "Senior Backend Engineer"
  summary.deckTitle = "Second interview"
  summary.answers = 5
  summary.overTarget = 2
  summary.salaryRange = "€85–95k"
  summary.walkAway = "€80k"
  let long = (1...10).map {
    "Step \($0): a token bucket per client, kept in Redis and refilled by a small Lua script."
  }.joined(separator: "\n")
  return Transcript(
    summary: summary,
    entries: [
      reviewEntry(
        1, .answer, segment: .behavioural, id: "b1",
        question:
          "Tell me about a time you disagreed with a technical decision your team lead made.",
        answer:
          "I wrote up the coupling risks and proposed an event stream. 日本語のドキュメント and a 🚀"
          + " demo won the argument.", thinking: 12_000, answering: 96_000, target: 120_000,
        annotation: Annotation(rating: 4, note: "Shorter intro next time.")),
      reviewEntry(
        2, .followUp, segment: .behavioural, id: "b1",
        question: "What would you do differently?", answer: "Raise it earlier, in design review.",
        thinking: 4_000, answering: 80_000, target: 60_000,
        annotation: Annotation(practiseAgain: true)),
      reviewEntry(
        3, .answer, segment: .behavioural, id: "b2",
        question: "Describe a project you are proud of.", answer: "", thinking: 20_000,
        answering: 0, target: 90_000, skipped: true),
      reviewEntry(
        4, .answer, segment: .technical, id: "t1",
        question: "How would you design a rate limiter for a public API?", answer: long,
        thinking: 30_000, answering: 200_000, target: 180_000),
      reviewEntry(
        5, .answer, segment: .salary, id: "s1", question: "What salary are you expecting?",
        answer: "€85–95k, depending on the package.", thinking: 5_000, answering: 50_000,
        target: 60_000),
      reviewEntry(
        6, .candidateQuestion, segment: .questions, question: "Your questions",
        answer: "What does success look like in the first 90 days?", target: nil),
      reviewEntry(
        7, .reflection, segment: nil, question: "What went well?",
        answer: "Clear structure on the behavioural answers.", thinking: nil, answering: nil,
        target: nil),
    ])
}

func reviewAttempts() -> [QuestionAttempt] {
  let first = reviewTranscript().entries[0]
  let answers = [
    "We argued in the meeting and I lost.",
    "I wrote up the coupling risks and proposed an event stream. 日本語のドキュメント and a 🚀"
      + " demo won the argument after a one-sprint trial with both designs.",
    "I asked for a design review, brought numbers from a spike, and we chose the event stream"
      + " together; the lead thanked me for raising it early.",
  ]
  return answers.enumerated().map { index, answer in
    var entry = first
    entry.answer = answer
    entry.thinkingMilliseconds = (20 - index * 5) * 1_000
    entry.answerMilliseconds = [150_000, 96_000, 80_000][index]
    entry.annotation = Annotation(
      rating: index + 2, note: index == 0 ? "Rambling." : "", practiseAgain: index == 0)
    return QuestionAttempt(
      sessionID: Int64(40 + index),
      started: reviewStart.addingTimeInterval(Double(index) * 604_800),
      company: index == 1 ? "株式会社サンプル" : "Northwind Labs", position: "Senior Backend Engineer",
      entry: entry)
  }
}

/// A state machine sized for a terminal, as the app feeds it through the keymap.
func sizedList(_ sessions: [SessionSummary], rows: Int, columns: Int) -> ReviewList {
  var list = ReviewList(sessions: sessions, timeZone: reviewUTC)
  _ = ReviewListKeys.handle(.resize, list: &list, rows: rows, columns: columns)
  return list
}

func sizedReview(rows: Int, columns: Int, focus: EntryReference? = nil) -> TranscriptReview {
  var review = TranscriptReview(transcript: reviewTranscript(), focus: focus, timeZone: reviewUTC)
  _ = ReviewTranscriptKeys.handle(.resize, review: &review, rows: rows, columns: columns)
  return review
}

func sizedHistory(rows: Int, columns: Int) -> QuestionHistory {
  var history = QuestionHistory(
    question: reviewTranscript().entries[0].question, attempts: reviewAttempts(),
    focus: EntryReference(sessionID: 41, sequence: 1), timeZone: reviewUTC)
  _ = ReviewHistoryKeys.handle(.resize, history: &history, rows: rows, columns: columns)
  return history
}

// MARK: - Snapshots

@Suite struct ReviewSnapshotTests {
  static let sizes = SnapshotTests.sizes

  func expectBoth(
    _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ draw: (Int, Int, inout GridScreen) -> Void
  ) {
    for size in Self.sizes {
      let screen = rendered(rows: size.rows, columns: size.columns) {
        draw(size.rows, size.columns, &$0)
      }
      expectSnapshot(screen, named: "\(name)-\(size.name)", sourceLocation: sourceLocation)
    }
  }

  @Test func list() {
    expectBoth("review-list") { rows, columns, screen in
      var list = sizedList(reviewSessions(), rows: rows, columns: columns)
      _ = ReviewListKeys.handle(.down, list: &list, rows: rows, columns: columns)
      ReviewListScreen.render(list, into: &screen)
    }
  }

  @Test func listWithDrills() {
    // Every third session a drill: no company or position, its deck named instead.
    let sessions = reviewSessions().map { session in
      guard session.id % 3 == 1 else { return session }
      var drill = session
      drill.kind = .drill
      drill.company = ""
      drill.position = ""
      return drill
    }
    expectBoth("review-list-drills") { rows, columns, screen in
      var list = sizedList(sessions, rows: rows, columns: columns)
      _ = ReviewListKeys.handle(.down, list: &list, rows: rows, columns: columns)
      ReviewListScreen.render(list, into: &screen)
      let drills = screen.lines.filter { $0.contains("Drill · ") }
      // Sessions 10, 7 and 4 are in view at 12 rows; session 1 too at 24.
      #expect(drills.count == (rows < 24 ? 3 : 4), "\(screen.lines)")
      #expect(drills.allSatisfy { !$0.contains("—") }, "\(drills)")
    }
  }

  @Test func emptyList() {
    expectBoth("review-list-empty") { rows, columns, screen in
      ReviewListScreen.render(sizedList([], rows: rows, columns: columns), into: &screen)
    }
  }

  @Test func listWithTheFilterOpen() {
    expectBoth("review-list-filter") { rows, columns, screen in
      var list = sizedList(reviewSessions(), rows: rows, columns: columns)
      for key in [Key.character("/"), .paste("nestle staff")] {
        _ = ReviewListKeys.handle(key, list: &list, rows: rows, columns: columns)
      }
      ReviewListScreen.render(list, into: &screen)
    }
  }

  @Test func listAskingToDelete() {
    expectBoth("review-list-delete") { rows, columns, screen in
      var list = sizedList(reviewSessions(), rows: rows, columns: columns)
      _ = ReviewListKeys.handle(.character("D"), list: &list, rows: rows, columns: columns)
      ReviewListScreen.render(list, into: &screen)
    }
  }

  @Test func transcriptAtTheTop() {
    expectBoth("review-transcript") { rows, columns, screen in
      ReviewTranscriptScreen.render(sizedReview(rows: rows, columns: columns), into: &screen)
    }
  }

  @Test func transcriptInterruptedBeforeTheFirstAnswer() {
    expectBoth("review-transcript-empty") { rows, columns, screen in
      var summary = reviewTranscript().summary
      summary.status = .interrupted
      summary.answers = 0
      summary.overTarget = 0
      var review = TranscriptReview(
        transcript: Transcript(summary: summary, entries: []), focus: nil, timeZone: reviewUTC)
      _ = ReviewTranscriptKeys.handle(.resize, review: &review, rows: rows, columns: columns)
      ReviewTranscriptScreen.render(review, into: &screen)
    }
  }

  @Test func transcriptScrolledIntoALongAnswer() {
    expectBoth("review-transcript-scrolled") { rows, columns, screen in
      var review = sizedReview(rows: rows, columns: columns)
      for key in [Key.tab, .tab, .tab, .down, .down, .down] {
        _ = ReviewTranscriptKeys.handle(key, review: &review, rows: rows, columns: columns)
      }
      ReviewTranscriptScreen.render(review, into: &screen)
    }
  }

  @Test func transcriptEditingANote() {
    expectBoth("review-transcript-note") { rows, columns, screen in
      var review = sizedReview(rows: rows, columns: columns)
      for key in [Key.character("e"), .character(" "), .paste("Lead with the outcome.")] {
        _ = ReviewTranscriptKeys.handle(key, review: &review, rows: rows, columns: columns)
      }
      ReviewTranscriptScreen.render(review, into: &screen)
    }
  }

  @Test func transcriptAskingToDelete() {
    expectBoth("review-transcript-delete") { rows, columns, screen in
      var review = sizedReview(rows: rows, columns: columns)
      _ = ReviewTranscriptKeys.handle(
        .character("D"), review: &review, rows: rows, columns: columns)
      ReviewTranscriptScreen.render(review, into: &screen)
    }
  }

  @Test func history() {
    expectBoth("review-history") { rows, columns, screen in
      var history = sizedHistory(rows: rows, columns: columns)
      _ = ReviewHistoryKeys.handle(.character(" "), history: &history, rows: rows, columns: columns)
      _ = ReviewHistoryKeys.handle(.down, history: &history, rows: rows, columns: columns)
      ReviewHistoryScreen.render(history, into: &screen)
    }
  }

  @Test func comparisonSideBySideAndStacked() {
    // 80 columns put the two side by side; 40 one above the other.
    expectBoth("review-compare") { rows, columns, screen in
      var history = sizedHistory(rows: rows, columns: columns)
      for key in [Key.up, .character(" "), .end, .character("c")] {
        _ = ReviewHistoryKeys.handle(key, history: &history, rows: rows, columns: columns)
      }
      ReviewHistoryScreen.render(history, into: &screen)
    }
  }

  @Test func listHelp() {
    var list = sizedList(reviewSessions(), rows: 24, columns: 80)
    _ = ReviewListKeys.handle(.character("?"), list: &list, rows: 24, columns: 80)
    expectSnapshot(
      rendered(rows: 24, columns: 80) { ReviewListScreen.render(list, into: &$0) },
      named: "review-list-help-80x24")
  }
}

@Suite struct LiveTranscriptHeaderTests {
  @Test("a transcript whose rehearsal runs elsewhere says so in its header, not 'in-progress'")
  func liveSessionHeader() {
    var transcript = reviewTranscript()
    transcript.summary.status = .inProgress
    let review = TranscriptReview(transcript: transcript, focus: nil, timeZone: reviewUTC)
    var screen = GridScreen(rows: 24, columns: 100)
    ReviewTranscriptScreen.render(review, into: &screen)
    #expect(screen.lines[1].contains("running in another terminal"), "\(screen.lines[1])")
    #expect(!screen.lines[1].contains("in-progress"))
  }
}
