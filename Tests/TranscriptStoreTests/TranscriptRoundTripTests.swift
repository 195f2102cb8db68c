import Foundation
import InterviewCore
import Testing
import TranscriptStore

@Suite struct TranscriptRoundTripTests {
  @Test func everyFieldOfASessionAndItsEntriesComesBack() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let session = sampleSession(seed: UInt64.max)
    let entries = [
      answer(1),
      Entry(
        TranscriptEntry(
          sequence: 2, kind: .followUp, segment: .behavioural, questionID: nil,
          question: "And what did Dana say?", answer: "« merci » — 日本\nsecond line",
          thinkingMilliseconds: nil, answerMilliseconds: 30_001, targetMilliseconds: nil,
          parentSequence: 1, skipped: false, spokenNotes: true), recorded: date(1_772_442_123_456)),
      Entry(
        TranscriptEntry(
          sequence: 3, kind: .candidateQuestion, segment: .questions, questionID: "team-size",
          question: "How big is the team?", answer: "", thinkingMilliseconds: 0,
          answerMilliseconds: 0, targetMilliseconds: 60_000, parentSequence: nil, skipped: true,
          spokenNotes: false), recorded: morning(plus: 3)),
      Entry(
        TranscriptEntry(
          sequence: 4, kind: .reflection, segment: nil, questionID: nil,
          question: "What would you answer differently?", answer: "Lead with the outcome.",
          thinkingMilliseconds: nil, answerMilliseconds: nil, targetMilliseconds: nil,
          parentSequence: nil, skipped: false, spokenNotes: false), recorded: morning(plus: 4)),
    ]

    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(session)
    for entry in entries { try store.append(entry, to: id) }
    try store.saveProgress(
      sessionID: id, snapshot: Data("{}".utf8), interviewMilliseconds: 321_000,
      at: morning(plus: 5))
    try store.setStatus(.finished, sessionID: id, at: morning(plus: 6))

    let expected = SessionSummary(
      id: id, started: session.started, updated: morning(plus: 6), status: .finished,
      company: session.company, position: session.position, deckID: session.deckID,
      deckTitle: session.deckTitle, role: session.role, mode: session.mode,
      segments: session.segments, seed: UInt64.max, salaryRange: session.salaryRange,
      walkAway: session.walkAway, answers: 2, interviewMilliseconds: 321_000)
    let shown = try #require(try store.session(id: id))
    #expect(shown.summary == expected)
    #expect(shown.entries == entries)
    #expect(try store.sessions() == [expected])
    store.close()

    // The same from a fresh read-only opening: nothing lived only in memory.
    let reader = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    let reread = try #require(try reader.session(id: id))
    #expect(reread.summary == expected)
    #expect(reread.entries == entries)
  }

  @Test func optionalSessionFieldsStayNil() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    var session = sampleSession(seed: 0)
    session.role = nil
    session.salaryRange = nil
    session.walkAway = nil
    session.segments = []
    let id = try store.createSession(session)
    let claim = try store.claimSession(id)
    defer { claim.release() }
    let summary = try #require(try store.session(id: id)?.summary)
    #expect(summary.role == nil && summary.salaryRange == nil && summary.walkAway == nil)
    #expect(summary.segments == [])
    #expect(summary.seed == 0)
    #expect(summary.status == .inProgress)
    #expect(summary.updated == session.started)
    #expect(summary.answers == 0 && summary.interviewMilliseconds == 0)
  }

  @Test func sessionsAreListedNewestStartFirst() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let middle = try store.createSession(sampleSession(started: morning(plus: 60)))
    let oldest = try store.createSession(sampleSession(started: morning()))
    let newest = try store.createSession(sampleSession(started: morning(plus: 120)))
    // Same start as `middle` but created later: the later one lists first.
    let twin = try store.createSession(sampleSession(started: morning(plus: 60)))
    // Writing to the oldest does not move it: the order is by start, not by last write.
    try store.append(answer(1), to: oldest)
    #expect(try store.sessions().map(\.id) == [newest, twin, middle, oldest])
  }

  @Test func answersCountOnlyAnswersAndFollowUpsThatWereNotSkipped() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    let other = try store.createSession(sampleSession())
    try store.append(answer(1), to: id)
    try store.append(answer(2, skipped: true), to: id)
    var followUp = answer(3)
    followUp.kind = .followUp
    followUp.parentSequence = 1
    try store.append(followUp, to: id)
    var skippedFollowUp = followUp
    skippedFollowUp.sequence = 4
    skippedFollowUp.skipped = true
    try store.append(skippedFollowUp, to: id)
    var question = answer(5)
    question.kind = .candidateQuestion
    try store.append(question, to: id)
    var reflection = answer(6)
    reflection.kind = .reflection
    reflection.segment = nil
    try store.append(reflection, to: id)
    // Another session's answer must not count towards this one.
    try store.append(answer(1), to: other)

    #expect(try store.session(id: id)?.summary.answers == 2)
    #expect(try store.sessions().first { $0.id == id }?.answers == 2)
    #expect(try store.session(id: other)?.summary.answers == 1)
    // The core's one definition of an answer (the summary's count) agrees with the list's.
    #expect(try store.session(id: id)?.entries.filter(\.countsAsAnswer).count == 2)
  }

  @Test func entriesComeBackInSequenceOrderAndAppendingMovesUpdated() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    try store.append(answer(2), to: id)
    try store.append(answer(1), to: id)
    let shown = try #require(try store.session(id: id))
    #expect(shown.entries.map(\.sequence) == [1, 2])
    #expect(shown.summary.updated == answer(1).recorded)
  }

  @Test func aRepeatedSequenceOrAMissingParentIsRefusedAndStoresNothing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    try store.append(answer(1), to: id)

    var again = answer(1)
    again.recorded = morning(plus: 30)
    #expect(throws: StoreError.self) { try store.append(again, to: id) }
    var orphan = answer(2)
    orphan.kind = .followUp
    orphan.parentSequence = 7
    #expect(throws: StoreError.self) { try store.append(orphan, to: id) }

    let shown = try #require(try store.session(id: id))
    #expect(shown.entries == [answer(1)])
    // The failed appends rolled back their touch of `updated` too.
    #expect(shown.summary.updated == answer(1).recorded)
  }

  @Test func snapshotsRoundTripAndTheLatestSaveWins() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    let first = Data(#"{"draft":"We pai"}"#.utf8)
    let binary = Data((0...255).map { UInt8($0) } + [0, 0, 0xFF])
    try store.saveProgress(
      sessionID: id, snapshot: first, interviewMilliseconds: 1_000, at: morning(plus: 1))
    #expect(try store.resumable()?.snapshot == first)
    try store.saveProgress(
      sessionID: id, snapshot: binary, interviewMilliseconds: 2_500, at: morning(plus: 2))
    let resumable = try #require(try store.resumable())
    #expect(resumable.snapshot == binary)
    #expect(resumable.summary.interviewMilliseconds == 2_500)
    #expect(resumable.summary.updated == morning(plus: 2))
  }

  @Test func statusChangesAreStoredAndMoveUpdated() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    let claim = try store.claimSession(id)
    defer { claim.release() }
    #expect(try store.session(id: id)?.summary.status == .inProgress)
    try store.setStatus(.interrupted, sessionID: id, at: morning(plus: 10))
    #expect(try store.session(id: id)?.summary.status == .interrupted)
    #expect(try store.session(id: id)?.summary.updated == morning(plus: 10))
    try store.setStatus(.inProgress, sessionID: id, at: morning(plus: 20))
    try store.setStatus(.finished, sessionID: id, at: morning(plus: 30))
    let summary = try #require(try store.session(id: id)?.summary)
    #expect(summary.status == .finished)
    #expect(summary.updated == morning(plus: 30))
  }

  @Test func writesToAnUnknownSessionNameIt() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let missing = StoreError.noSuchSession(directory.database, id: 99)
    #expect(throws: missing) { try store.append(answer(1), to: 99) }
    #expect(throws: missing) {
      try store.saveProgress(
        sessionID: 99, snapshot: Data(), interviewMilliseconds: 0, at: morning())
    }
    #expect(throws: missing) { try store.setStatus(.finished, sessionID: 99, at: morning()) }
    #expect(throws: missing) { try store.declineResume(sessionID: 99) }
    #expect(try store.session(id: 99) == nil)
    #expect(missing.description == "\(directory.database): error: no rehearsal with id 99")
  }

  @Test func aClosedStoreSaysSoAndClosingTwiceIsHarmless() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    store.close()
    store.close()
    #expect(throws: StoreError.closed(directory.database)) { try store.sessions() }
    #expect(throws: StoreError.closed(directory.database)) {
      try store.createSession(sampleSession())
    }
  }
}
