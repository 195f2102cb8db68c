import Foundation
import GRDB
import InterviewCore
import Testing
import TranscriptStore

/// Taking back a drill grade: the entry's grade is cleared and the card's schedule is what it
/// was before, with its star and the practise-again mark the grade had answered.
@Suite struct GradeUndoTests {
  let conflict = CardKey(deckID: "backend-staff", questionID: "conflict")
  let today = StudyDay(ordinal: 20_514)

  /// A drill session with answers to `questionIDs`, numbered from 1; returns its id.
  private func drill(_ store: TranscriptDatabase, at minute: Int64, _ questionIDs: [String])
    throws -> Int64
  {
    let id = try store.createSession(drillSession(started: morning(plus: minute)))
    for (index, questionID) in questionIDs.enumerated() {
      try store.append(
        deckAnswer(index + 1, to: questionID, at: minute + Int64(index) + 1), to: id)
    }
    return id
  }

  @Test func undoPutsBackTheScheduleAndClearsTheGrade() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let earlier = try drill(store, at: 0, ["conflict"])
    let first = Scheduler.schedule(after: nil, grade: .good, on: today)
    try store.recordGrade(
      .good, schedule: first, for: conflict, sessionID: earlier, entrySequence: 1)
    try store.setStarred(true, for: conflict)

    let later = try drill(store, at: 60, ["conflict"])
    let second = Scheduler.schedule(after: first, grade: .easy, on: today.adding(days: 3))
    try store.recordGrade(
      .easy, schedule: second, for: conflict, sessionID: later, entrySequence: 1)
    #expect(try store.progress(for: [conflict])[conflict]?.schedule == second)

    try store.undoGrade(for: conflict, restoring: first, sessionID: later, entrySequence: 1)
    let progress = try #require(try store.progress(for: [conflict])[conflict])
    #expect(progress.schedule == first)
    #expect(progress.starred)
    #expect(progress.latest?.grade == nil)
    let grades = try fixture.inspect { db in
      try Row.fetchAll(db, sql: "SELECT entry_id, grade FROM drill_grade")
    }
    // Only the earlier session's grade is left.
    #expect(grades.map { $0["grade"] as String? } == ["good"])
  }

  @Test func undoOfAFirstGradeLeavesNoSchedule() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let session = try drill(store, at: 0, ["conflict", "failure"])
    let failure = CardKey(deckID: "backend-staff", questionID: "failure")
    try store.recordGrade(
      .again, schedule: Scheduler.schedule(after: nil, grade: .again, on: today), for: conflict,
      sessionID: session, entrySequence: 1)
    try store.recordGrade(
      .hard, schedule: Scheduler.schedule(after: nil, grade: .hard, on: today), for: failure,
      sessionID: session, entrySequence: 2)

    try store.undoGrade(for: failure, restoring: nil, sessionID: session, entrySequence: 2)
    let progress = try store.progress(for: [conflict, failure])
    #expect(progress[failure]?.schedule == nil)
    #expect(progress[failure]?.latest?.grade == nil)
    // The other card's grade and schedule are untouched.
    #expect(progress[conflict]?.schedule?.lapses == 1)
    #expect(progress[conflict]?.latest?.grade == .again)
  }

  @Test func undoOfAMissingEntryIsReported() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let store = fixture.store
    let session = try drill(store, at: 0, ["conflict"])
    #expect(throws: StoreError.self) {
      try store.undoGrade(for: conflict, restoring: nil, sessionID: session, entrySequence: 9)
    }
  }
}
