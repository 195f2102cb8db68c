import Foundation
import GRDB
import InterviewCore
import Testing
import TranscriptStore

/// A drill session of deck `deckID`, started at `started`.
func drillSession(started: Date, deckID: String = "backend-staff") -> NewSession {
  NewSession(
    started: started, company: "", position: "", deckID: deckID, deckTitle: "Backend: staff level",
    role: nil, mode: "typed", segments: ["behavioural"], seed: 0, salaryRange: nil,
    walkAway: nil, kind: .drill)
}

/// An answer to deck question `questionID` at `sequence`, recorded `minute` minutes after
/// `morning()`.
func deckAnswer(
  _ sequence: Int, to questionID: String, at minute: Int64, text: String = "We paired on it.",
  skipped: Bool = false, kind: EntryKind = .answer, parent: Int? = nil
) -> Entry {
  Entry(
    TranscriptEntry(
      sequence: sequence, kind: kind, segment: .behavioural, questionID: questionID,
      question: "Tell me about a conflict.", answer: text, thinkingMilliseconds: 2_000,
      answerMilliseconds: 50_000 + Int(minute), targetMilliseconds: 120_000,
      parentSequence: parent, skipped: skipped, spokenNotes: false), recorded: morning(plus: minute)
  )
}

@Suite struct PracticeStoreTests {
  let conflict = CardKey(deckID: "backend-staff", questionID: "conflict")
  let today = StudyDay(ordinal: 20_514)

  /// Adds a session of `kind` started at `minute` with `entries`, finished; returns its id.
  @discardableResult
  private func add(
    _ store: TranscriptDatabase, _ kind: SessionKind, at minute: Int64, _ entries: [Entry]
  ) throws -> Int64 {
    let started = morning(plus: minute)
    let id = try store.createSession(
      kind == .drill ? drillSession(started: started) : sampleSession(started: started))
    for entry in entries { try store.append(entry, to: id) }
    try store.setStatus(.finished, sessionID: id, at: started)
    return id
  }

  private func schedule(_ grade: DrillGrade, after previous: CardSchedule? = nil, on day: Int = 0)
    -> CardSchedule
  {
    Scheduler.schedule(after: previous, grade: grade, on: today.adding(days: day))
  }

  // MARK: - Stars and schedules

  @Test func aStarIsKeptWithoutTouchingTheSchedule() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    #expect(try store.progress(for: [conflict]) == [:])

    try store.setStarred(true, for: conflict)
    #expect(try store.progress(for: [conflict]) == [conflict: CardProgress(starred: true)])

    let drill = try add(store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11)])
    let good = schedule(.good)
    try store.recordGrade(.good, schedule: good, for: conflict, sessionID: drill, entrySequence: 1)
    var progress = try #require(try store.progress(for: [conflict])[conflict])
    #expect(progress.starred)
    #expect(progress.schedule == good)

    try store.setStarred(false, for: conflict)
    progress = try #require(try store.progress(for: [conflict])[conflict])
    #expect(!progress.starred)
    #expect(progress.schedule == good)

    // A card starred then unstarred, never answered, is nothing known again.
    let other = CardKey(deckID: "backend-staff", questionID: "failure")
    try store.setStarred(true, for: other)
    try store.setStarred(false, for: other)
    #expect(try store.progress(for: [other]).isEmpty)
  }

  @Test func aScheduleRoundTripsAndRegradingReplacesTheGrade() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let drill = try add(
      store, .drill, at: 10,
      [deckAnswer(1, to: "conflict", at: 11), deckAnswer(2, to: "failure", at: 12)])
    let first = CardSchedule(
      repetitions: 3, ease: 2_360, intervalDays: 15, due: today.adding(days: 15),
      lastDrilled: today, lapses: 2)
    try store.recordGrade(.hard, schedule: first, for: conflict, sessionID: drill, entrySequence: 1)
    var progress = try #require(try store.progress(for: [conflict])[conflict])
    #expect(progress.schedule == first)
    #expect(progress.latest?.grade == .hard)

    let second = schedule(.again, after: first)
    try store.recordGrade(
      .again, schedule: second, for: conflict, sessionID: drill, entrySequence: 1)
    progress = try #require(try store.progress(for: [conflict])[conflict])
    #expect(progress.schedule == second)
    #expect(progress.latest?.grade == .again)

    let grades = try fixture.inspect { db in
      try Row.fetchAll(db, sql: "SELECT grade, day FROM drill_grade ORDER BY entry_id")
    }
    #expect(grades.map { $0["grade"] as String? } == ["again"])
    #expect(grades.map { $0["day"] as String? } == [today.iso])
  }

  @Test func gradingChecksTheEntry() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let drill = try add(store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11)])
    #expect(throws: StoreError.noSuchEntry(fixture.path, sessionID: drill, sequence: 2)) {
      try store.recordGrade(
        .good, schedule: schedule(.good), for: conflict, sessionID: drill, entrySequence: 2)
    }
    #expect(throws: StoreError.noSuchEntry(fixture.path, sessionID: drill + 1, sequence: 1)) {
      try store.recordGrade(
        .good, schedule: schedule(.good), for: conflict, sessionID: drill + 1, entrySequence: 1)
    }
    let elsewhere = CardKey(deckID: "backend-staff", questionID: "failure")
    #expect {
      try store.recordGrade(
        .good, schedule: schedule(.good), for: elsewhere, sessionID: drill, entrySequence: 1)
    } throws: { error in
      if case .invalidValue = error as? StoreError { return true }
      return false
    }
    // Nothing of the refused grades was stored.
    #expect(try store.progress(for: [conflict])[conflict]?.schedule == nil)
    #expect(try store.progress(for: [elsewhere]).isEmpty)
  }

  // MARK: - The latest answer

  @Test func theLatestAnswerIsTheNewestAcrossSessionsKindsAndDecks() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let otherDeck = CardKey(deckID: "product-manager", questionID: "conflict")
    let interview = try add(
      store, .interview, at: 0,
      [
        deckAnswer(1, to: "conflict", at: 1, text: "first"),
        deckAnswer(2, to: "failure", at: 2, text: "elsewhere"),
      ])
    #expect(try store.progress(for: [conflict])[conflict]?.latest?.answer == "first")
    #expect(try store.progress(for: [conflict])[conflict]?.latest?.sessionID == interview)

    let drill = try add(
      store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11, text: "drilled")])
    var latest = try #require(try store.progress(for: [conflict])[conflict]?.latest)
    #expect(latest.answer == "drilled")
    #expect(latest.fromDrill)
    #expect(latest.sessionID == drill)
    #expect(latest.recorded == morning(plus: 11))
    #expect(latest.answerMilliseconds == 50_011)
    #expect(latest.targetMilliseconds == 120_000)
    #expect(latest.thinkingMilliseconds == 2_000)

    // A later interview, with a follow-up and an empty skip after its answer: the answer wins.
    let later = try add(
      store, .interview, at: 20,
      [
        deckAnswer(1, to: "conflict", at: 21, text: "latest"),
        deckAnswer(2, to: "conflict", at: 22, text: "a follow-up", kind: .followUp, parent: 1),
      ])
    try add(
      store, .interview, at: 30, [deckAnswer(1, to: "conflict", at: 31, text: "", skipped: true)])
    let both = try store.progress(for: [conflict, otherDeck])
    latest = try #require(both[conflict]?.latest)
    #expect(latest.answer == "latest")
    #expect(!latest.fromDrill)
    #expect(latest.sessionID == later)
    #expect(latest.grade == nil)
    // History follows the question id: the same question in another deck has the same answer.
    #expect(both[otherDeck]?.latest == latest)
    #expect(both[otherDeck]?.schedule == nil)

    // A skip with notes typed is an answer worth showing.
    try add(
      store, .interview, at: 40,
      [deckAnswer(1, to: "conflict", at: 41, text: "half a thought", skipped: true)])
    latest = try #require(try store.progress(for: [conflict])[conflict]?.latest)
    #expect(latest.answer == "half a thought")
    #expect(latest.skipped)

    // Questions never answered are left out.
    let never = CardKey(deckID: "backend-staff", questionID: "never")
    #expect(try store.progress(for: [never, conflict]).keys.sorted() == [conflict])
  }

  @Test func theLatestAnswerCarriesItsRatingAndGrade() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let drill = try add(
      store, .drill, at: 10,
      [deckAnswer(1, to: "conflict", at: 11, text: "spoken", skipped: false)])
    try store.annotate(EntryReference(sessionID: drill, sequence: 1), with: Annotation(rating: 4))
    var latest = try #require(try store.progress(for: [conflict])[conflict]?.latest)
    #expect(latest.rating == 4)
    #expect(latest.grade == nil)

    try store.recordGrade(
      .easy, schedule: schedule(.easy), for: conflict, sessionID: drill, entrySequence: 1)
    latest = try #require(try store.progress(for: [conflict])[conflict]?.latest)
    #expect(latest.rating == 4)
    #expect(latest.grade == .easy)
    #expect(latest.fromDrill)
  }

  // MARK: - Practise again

  @Test func aPractiseAgainMarkCountsUntilTheCardIsDrilledAndGradedAgain() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let interview = try add(store, .interview, at: 0, [deckAnswer(1, to: "conflict", at: 1)])
    #expect(try store.progress(for: [conflict])[conflict]?.markedToPractiseAgain == false)

    try store.annotate(
      EntryReference(sessionID: interview, sequence: 1), with: Annotation(practiseAgain: true))
    // Never graded: any mark counts.
    var progress = try #require(try store.progress(for: [conflict])[conflict])
    #expect(progress.markedToPractiseAgain)
    #expect(progress.isDue(on: today))

    // Drilled and graded afterwards: the mark is dealt with.
    let drill = try add(store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11)])
    let good = schedule(.good)
    try store.recordGrade(.good, schedule: good, for: conflict, sessionID: drill, entrySequence: 1)
    progress = try #require(try store.progress(for: [conflict])[conflict])
    #expect(!progress.markedToPractiseAgain)
    #expect(!progress.isDue(on: today))

    // Marked on a newer interview answer: due again.
    let newer = try add(store, .interview, at: 20, [deckAnswer(1, to: "conflict", at: 21)])
    try store.annotate(
      EntryReference(sessionID: newer, sequence: 1), with: Annotation(practiseAgain: true))
    #expect(try store.progress(for: [conflict])[conflict]?.markedToPractiseAgain == true)
    try store.annotate(EntryReference(sessionID: newer, sequence: 1), with: Annotation())
    #expect(try store.progress(for: [conflict])[conflict]?.markedToPractiseAgain == false)

    // The graded drill answer itself marked in review afterwards counts too.
    try store.annotate(
      EntryReference(sessionID: drill, sequence: 1), with: Annotation(practiseAgain: true))
    #expect(try store.progress(for: [conflict])[conflict]?.markedToPractiseAgain == true)
  }

  @Test func anUngradedDrillDoesNotClearAMark() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let interview = try add(store, .interview, at: 0, [deckAnswer(1, to: "conflict", at: 1)])
    try store.annotate(
      EntryReference(sessionID: interview, sequence: 1), with: Annotation(practiseAgain: true))
    // Drilled in another deck, and in this one without a grade: neither is this card's grade.
    let otherDeck = CardKey(deckID: "product-manager", questionID: "conflict")
    let drill = try add(
      store, .drill, at: 10,
      [deckAnswer(1, to: "conflict", at: 11), deckAnswer(2, to: "conflict", at: 12)])
    try store.recordGrade(
      .good, schedule: schedule(.good), for: otherDeck, sessionID: drill, entrySequence: 1)
    let both = try store.progress(for: [conflict, otherDeck])
    #expect(both[conflict]?.markedToPractiseAgain == true)
    #expect(both[otherDeck]?.markedToPractiseAgain == false)
  }

  // MARK: - Deleting, kinds, resuming

  @Test func deletingADrillDropsItsGradesButKeepsTheCard() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let drill = try add(store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11)])
    let good = schedule(.good)
    try store.setStarred(true, for: conflict)
    try store.recordGrade(.good, schedule: good, for: conflict, sessionID: drill, entrySequence: 1)

    try store.deleteSession(id: drill)
    #expect(
      try store.progress(for: [conflict])
        == [conflict: CardProgress(starred: true, schedule: good)])
    let counts = try fixture.inspect { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM drill_grade"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM card")
      )
    }
    #expect(counts.0 == 0)
    #expect(counts.1 == 1)
  }

  @Test func aSessionKeepsItsKind() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let interview = try add(store, .interview, at: 0, [])
    let drill = try add(store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11)])
    #expect(try store.sessions().map(\.kind) == [.drill, .interview])
    #expect(try store.sessions().map(\.id) == [drill, interview])
    #expect(try store.session(id: drill)?.summary.kind == .drill)
    #expect(try store.session(id: interview)?.summary.kind == .interview)
    #expect(try store.session(id: drill)?.summary.answers == 1)
  }

  @Test func aDrillIsNeverOfferedForResuming() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let interview = try store.createSession(sampleSession(started: morning()))
    try store.saveProgress(
      sessionID: interview, snapshot: Data("i".utf8), interviewMilliseconds: 1,
      at: morning(plus: 1))
    try store.setStatus(.interrupted, sessionID: interview, at: morning(plus: 2))
    let drill = try store.createSession(drillSession(started: morning(plus: 10)))
    try store.saveProgress(
      sessionID: drill, snapshot: Data("d".utf8), interviewMilliseconds: 1, at: morning(plus: 11))
    try store.setStatus(.interrupted, sessionID: drill, at: morning(plus: 12))
    #expect(try store.resumable()?.summary.id == interview)
    try store.declineResume(sessionID: interview)
    #expect(try store.resumable() == nil)
  }

  // MARK: - Refusals and damage

  @Test func aReadOnlyStoreRefusesStarsAndGrades() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let drill = try add(fixture.store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11)])
    try fixture.store.setStarred(true, for: conflict)
    fixture.store.close()
    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    defer { reader.close() }
    #expect(throws: StoreError.readOnly(fixture.path)) {
      try reader.setStarred(false, for: conflict)
    }
    #expect(throws: StoreError.readOnly(fixture.path)) {
      try reader.recordGrade(
        .good, schedule: schedule(.good), for: conflict, sessionID: drill, entrySequence: 1)
    }
    let progress = try #require(try reader.progress(for: [conflict])[conflict])
    #expect(progress.starred)
    #expect(progress.schedule == nil)
    #expect(progress.latest?.sessionID == drill)
  }

  @Test(arguments: [
    "UPDATE card SET due = 'soon'",
    "UPDATE card SET last_drilled = '2026-02-30'",
    "UPDATE card SET lapses = NULL",
    "UPDATE drill_grade SET grade = 'meh'",
    "UPDATE session SET kind = 'quiz'",
  ])
  func aDamagedValueIsReportedNotACrash(_ damage: String) throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let drill = try add(fixture.store, .drill, at: 10, [deckAnswer(1, to: "conflict", at: 11)])
    try fixture.store.recordGrade(
      .good, schedule: schedule(.good), for: conflict, sessionID: drill, entrySequence: 1)
    try fixture.inspect { db in
      // The schema's checks would refuse these; a hand edit need not go through them.
      try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
      try db.execute(sql: damage)
      #expect(db.changesCount == 1)
    }
    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    defer { reader.close() }
    #expect {
      try reader.progress(for: [conflict])
    } throws: { error in
      guard case .damaged(let path, _) = error as? StoreError else { return false }
      return path == fixture.path
    }
  }
}
