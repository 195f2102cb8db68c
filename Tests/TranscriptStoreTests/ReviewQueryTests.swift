import Foundation
import GRDB
import InterviewCore
import Testing
import TranscriptStore

@Suite struct SessionListTests {
  @Test func newestStartComesFirstAndTiesGoToTheLaterSession() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    // Created out of start order, so id order and start order disagree.
    let middle = try fixture.add(started: morning(plus: 60))
    let oldest = try fixture.add(started: morning())
    let newest = try fixture.add(started: morning(plus: 120))
    let tiedWithMiddle = try fixture.add(started: morning(plus: 60))
    #expect(try fixture.store.sessions().map(\.id) == [newest, tiedWithMiddle, middle, oldest])
  }

  @Test func aLimitTakesTheNewestSessions() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    for minutes in [30, 10, 50, 20, 40] { try fixture.add(started: morning(plus: Int64(minutes))) }
    let all = try fixture.store.sessions()
    #expect(all.count == 5)
    #expect(try fixture.store.sessions(limit: 2) == Array(all.prefix(2)))
    #expect(try fixture.store.sessions(limit: 9) == all)
    #expect(try fixture.store.sessions(limit: 0) == [])
    #expect(try fixture.store.sessions(limit: -3) == [])
  }

  @Test func inProgressMeansALiveOwnerAndOneWithoutReadsInterrupted() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let finished = try fixture.add(started: morning(), status: .finished)
    let interrupted = try fixture.add(started: morning(plus: 10), status: .interrupted)
    let inProgress = try fixture.add(started: morning(plus: 20), status: .inProgress)
    let store = fixture.store
    #expect(try store.sessions(status: .finished).map(\.id) == [finished])
    // Its process gone (no one holds it), a session left in progress is interrupted.
    let unfinished = try store.sessions(status: .interrupted)
    #expect(unfinished.map(\.id) == [inProgress, interrupted])
    #expect(unfinished.map(\.status) == [.interrupted, .interrupted])
    #expect(try store.sessions(status: .interrupted, limit: 1).map(\.id) == [inProgress])
    #expect(try store.sessions(status: .inProgress).isEmpty)
    // Owned by a live rehearsal, it is in progress and no longer counts as interrupted.
    let claim = try store.claimSession(inProgress)
    #expect(try store.sessions(status: .interrupted).map(\.id) == [interrupted])
    #expect(try store.sessions(status: .inProgress).map(\.id) == [inProgress])
    #expect(try store.sessions().first?.status == .inProgress)
    claim.release()
  }

  @Test func answersAndOverTargetCountOnlyTimedAnswersGiven() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let entries = [
      reviewEntry(1, answering: 130_000, target: 120_000),  // over
      reviewEntry(2, answering: 120_000, target: 120_000),  // exactly on target: not over
      reviewEntry(3, kind: .followUp, answering: 50_000, target: 40_000, parent: 1),  // over
      reviewEntry(4, answering: 200_000, target: 120_000, skipped: true),  // skipped: neither
      reviewEntry(5, answering: 90_000, target: nil),  // no target: an answer, never over
      reviewEntry(
        6, kind: .candidateQuestion, segment: .questions, answering: 90_000, target: 60_000),
      reviewEntry(7, kind: .reflection, segment: nil, answering: 90_000, target: 10_000),
    ]
    let id = try fixture.add(started: morning(), entries: entries)
    let empty = try fixture.add(started: morning(plus: 60))
    let summaries = Dictionary(
      uniqueKeysWithValues: try fixture.store.sessions().map { ($0.id, $0) })
    let given = entries.filter { $0.isAnswer && !$0.skipped }
    #expect(summaries[id]?.answers == given.count)
    #expect(summaries[id]?.overTarget == given.filter(\.isOverTarget).count)
    #expect(summaries[id]?.answers == 4)
    #expect(summaries[id]?.overTarget == 2)
    #expect(summaries[empty]?.answers == 0)
    #expect(summaries[empty]?.overTarget == 0)
    // One session read alone counts the same way as the list.
    #expect(try fixture.store.session(id: id)?.summary == summaries[id])
  }
}

@Suite struct AnnotationTests {
  @Test func anAnnotationIsSavedAndReadBackFromAFreshOpening() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1), reviewEntry(2)])
    let annotation = Annotation(
      rating: 4, note: "Lead with the outcome — « mieux » 日本\nthen the detail.",
      practiseAgain: true)
    try fixture.store.annotate(EntryReference(sessionID: id, sequence: 2), with: annotation)
    fixture.store.close()

    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    let entries = try #require(try reader.session(id: id)).entries
    #expect(entries.map(\.annotation) == [Annotation(), annotation])
    // Everything else about the entry is as it was appended.
    var expected = reviewEntry(2)
    expected.annotation = annotation
    #expect(entries.last == expected)
  }

  @Test func aNewAnnotationReplacesTheOldOneWhole() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1)])
    let reference = EntryReference(sessionID: id, sequence: 1)
    try fixture.store.annotate(
      reference, with: Annotation(rating: 2, note: "rambled", practiseAgain: true))
    try fixture.store.annotate(reference, with: Annotation(rating: 5))
    #expect(try fixture.store.session(id: id)?.entries.first?.annotation == Annotation(rating: 5))
    try fixture.store.annotate(reference, with: Annotation())
    #expect(try fixture.store.session(id: id)?.entries.first?.annotation.isEmpty == true)
  }

  @Test(arguments: [0, 6, -1, Int.max])
  func aRatingOutsideOneToFiveIsRefusedAndNothingIsWritten(rating: Int) throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1)])
    let reference = EntryReference(sessionID: id, sequence: 1)
    let kept = Annotation(rating: 3, note: "keep me", practiseAgain: false)
    try fixture.store.annotate(reference, with: kept)
    let error = #expect(throws: StoreError.self) {
      try fixture.store.annotate(
        reference, with: Annotation(rating: rating, note: "lost?", practiseAgain: true))
    }
    guard case .invalidValue(let path, let reason) = error else {
      Issue.record("expected .invalidValue, got \(String(describing: error))")
      return
    }
    #expect(path == fixture.path)
    #expect(reason.contains("\(rating)"))
    #expect(error?.description.contains("\n") == false)
    #expect(try fixture.store.session(id: id)?.entries.first?.annotation == kept)
  }

  @Test func anUnknownEntryOrSessionIsNoSuchEntry() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1)])
    #expect(throws: StoreError.noSuchEntry(fixture.path, sessionID: id, sequence: 2)) {
      try fixture.store.annotate(
        EntryReference(sessionID: id, sequence: 2), with: Annotation(rating: 1))
    }
    #expect(throws: StoreError.noSuchEntry(fixture.path, sessionID: id + 1, sequence: 1)) {
      try fixture.store.annotate(
        EntryReference(sessionID: id + 1, sequence: 1), with: Annotation(rating: 1))
    }
    #expect(try fixture.store.session(id: id)?.entries.first?.annotation == Annotation())
  }

  @Test func aReadOnlyStoreRefusesToAnnotate() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1)])
    fixture.store.close()
    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    #expect(throws: StoreError.readOnly(fixture.path)) {
      try reader.annotate(EntryReference(sessionID: id, sequence: 1), with: Annotation(rating: 4))
    }
    #expect(try reader.session(id: id)?.entries.first?.annotation == Annotation())
  }

  @Test func notesAreSearchableAndReplacedNotesAreNot() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1)])
    let reference = EntryReference(sessionID: id, sequence: 1)
    try fixture.store.annotate(reference, with: Annotation(note: "mention the flamingo metric"))
    #expect(try fixture.store.search("flamingo").map(\.reference) == [reference])
    try fixture.store.annotate(reference, with: Annotation(note: "mention the pelican metric"))
    #expect(try fixture.store.search("flamingo") == [])
    #expect(try fixture.store.search("pelican").map(\.reference) == [reference])
    #expect(try fixture.inspect(searchIndexMatchesEntries))
  }
}

@Suite struct DeleteSessionTests {
  @Test func deletingASessionRemovesItsEntriesAndTheirSearchIndexOnly() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let entries = [
      reviewEntry(1, questionID: "conflict", answer: "The zephyr project slipped."),
      reviewEntry(2, kind: .followUp, answer: "A zephyr follow-up.", parent: 1),
    ]
    let doomed = try fixture.add(started: morning(), entries: entries)
    let kept = try fixture.add(started: morning(plus: 60), entries: entries)
    try fixture.store.annotate(
      EntryReference(sessionID: doomed, sequence: 1), with: Annotation(note: "zephyr note"))
    #expect(Set(try fixture.store.search("zephyr").map(\.sessionID)) == [doomed, kept])

    try fixture.store.deleteSession(id: doomed)

    #expect(try fixture.store.session(id: doomed) == nil)
    #expect(try fixture.store.sessions().map(\.id) == [kept])
    #expect(Set(try fixture.store.search("zephyr").map(\.sessionID)) == [kept])
    #expect(try fixture.store.search("zephyr").count == 2)
    #expect(try fixture.store.history(of: .deckQuestion("conflict")).map(\.sessionID) == [kept])
    #expect(try fixture.store.session(id: kept)?.entries == entries)
    let (left, consistent) = try fixture.inspect { db in
      (
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM entry WHERE session_id = ?", arguments: [doomed]),
        try searchIndexMatchesEntries(db)
      )
    }
    #expect(left == 0)
    #expect(consistent)
  }

  @Test func anUnknownSessionIsNoSuchSessionAndDeletesNothing() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1)])
    #expect(throws: StoreError.noSuchSession(fixture.path, id: id + 1)) {
      try fixture.store.deleteSession(id: id + 1)
    }
    try fixture.store.deleteSession(id: id)
    // A second delete of the same id finds nothing to delete.
    #expect(throws: StoreError.noSuchSession(fixture.path, id: id)) {
      try fixture.store.deleteSession(id: id)
    }
  }

  @Test func aReadOnlyStoreRefusesToDelete() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [reviewEntry(1)])
    fixture.store.close()
    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    #expect(throws: StoreError.readOnly(fixture.path)) { try reader.deleteSession(id: id) }
    #expect(try reader.sessions().map(\.id) == [id])
  }
}

@Suite struct HistoryTests {
  @Test func aDeckQuestionGathersItsAnswersAcrossSessionsOldestFirst() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    // Placeholders make the words differ; the deck id is what ties the attempts together.
    func conflict(_ sequence: Int, with name: String, skipped: Bool = false) -> Entry {
      reviewEntry(
        sequence, questionID: "conflict", question: "Tell me about a conflict with \(name).",
        answer: skipped ? "" : "With \(name) we paired.", skipped: skipped)
    }
    let follow = reviewEntry(
      2, kind: .followUp, questionID: "conflict", question: "What did they say?", parent: 1)
    let latest = try fixture.add(
      started: morning(plus: 2_000), company: "Cedar", entries: [conflict(1, with: "Dana"), follow])
    let oldest = try fixture.add(
      started: morning(), company: "Birch", entries: [conflict(1, with: "Eli")])
    let skipped = try fixture.add(
      started: morning(plus: 1_000), company: "Aspen",
      entries: [reviewEntry(1, questionID: "other"), conflict(2, with: "Fay", skipped: true)])

    let history = try fixture.store.history(of: QuestionKey(conflict(1, with: "Dana")))
    #expect(history.map(\.sessionID) == [oldest, skipped, latest])
    #expect(history.map(\.company) == ["Birch", "Aspen", "Cedar"])
    #expect(history.map(\.started) == [morning(), morning(plus: 1_000), morning(plus: 2_000)])
    #expect(
      history.map(\.entry.question) == [
        "Tell me about a conflict with Eli.", "Tell me about a conflict with Fay.",
        "Tell me about a conflict with Dana.",
      ])
    // The skipped attempt is part of the history; the follow-up is not an attempt at it.
    #expect(history.map(\.entry.skipped) == [false, true, false])
    #expect(history.map(\.reference.sequence) == [1, 2, 1])
    #expect(!history.contains { $0.entry.kind == .followUp })
  }

  @Test func followUpsGatherByTheirWords() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let asked = "And what would you do differently?"
    func session(_ answer: String) -> [Entry] {
      [
        reviewEntry(1, questionID: "failure", question: "Tell me about a failure."),
        reviewEntry(
          2, kind: .followUp, questionID: "failure", question: asked, answer: answer, parent: 1),
        reviewEntry(
          3, kind: .followUp, questionID: "failure", question: "Who noticed first?", parent: 1),
      ]
    }
    let second = try fixture.add(started: morning(plus: 90), entries: session("Ask earlier."))
    let first = try fixture.add(started: morning(), entries: session("Write it down."))
    let key = QuestionKey(session("")[1])
    #expect(key == .text(asked))
    let history = try fixture.store.history(of: key)
    #expect(history.map(\.sessionID) == [first, second])
    #expect(history.map(\.entry.answer) == ["Write it down.", "Ask earlier."])
    #expect(history.allSatisfy { $0.entry.question == asked })
  }

  @Test func questionsWithoutAnIDGatherByTheirWords() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let whyUs = reviewEntry(1, questionID: nil, question: "Why us?", answer: "The mission.")
    let other = reviewEntry(2, questionID: nil, question: "Why now?")
    let first = try fixture.add(started: morning(), entries: [whyUs, other])
    let second = try fixture.add(started: morning(plus: 30), entries: [whyUs])
    #expect(QuestionKey(whyUs) == .text("Why us?"))
    let history = try fixture.store.history(of: QuestionKey(whyUs))
    #expect(
      history.map(\.reference) == [
        EntryReference(sessionID: first, sequence: 1),
        EntryReference(sessionID: second, sequence: 1),
      ])
    #expect(try fixture.store.history(of: .text("Why not?")) == [])
    #expect(try fixture.store.history(of: .deckQuestion("nowhere")) == [])
  }

  @Test func attemptsCarryTheirAnnotations() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let entry = reviewEntry(1, questionID: "pitch", question: "Pitch yourself.")
    let id = try fixture.add(started: morning(), entries: [entry])
    let annotation = Annotation(rating: 2, note: "too long", practiseAgain: true)
    try fixture.store.annotate(EntryReference(sessionID: id, sequence: 1), with: annotation)
    #expect(
      try fixture.store.history(of: .deckQuestion("pitch")).map(\.entry.annotation) == [
        annotation
      ])
  }
}
