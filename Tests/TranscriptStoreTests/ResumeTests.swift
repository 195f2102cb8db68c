import Foundation
import InterviewCore
import Testing
import TranscriptStore

@Suite struct ResumeTests {
  private func snapshot(_ text: String) -> Data { Data(text.utf8) }

  @Test func theNewestUnfinishedSessionWithASnapshotIsOffered() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try store.resumable() == nil)

    let interrupted = try store.createSession(sampleSession(started: morning(plus: 10)))
    try store.saveProgress(
      sessionID: interrupted, snapshot: snapshot("a"), interviewMilliseconds: 1,
      at: morning(plus: 11))
    try store.setStatus(.interrupted, sessionID: interrupted, at: morning(plus: 12))
    #expect(try store.resumable()?.summary.id == interrupted)
    #expect(try store.resumable()?.snapshot == snapshot("a"))

    // Newer, but neither finished ones nor ones without a snapshot can be resumed.
    let finished = try store.createSession(sampleSession(started: morning(plus: 20)))
    try store.saveProgress(
      sessionID: finished, snapshot: snapshot("b"), interviewMilliseconds: 1, at: morning(plus: 21))
    try store.setStatus(.finished, sessionID: finished, at: morning(plus: 22))
    let bare = try store.createSession(sampleSession(started: morning(plus: 30)))
    try store.setStatus(.interrupted, sessionID: bare, at: morning(plus: 31))
    #expect(try store.resumable()?.summary.id == interrupted)

    // A newer one left in progress by a process that is gone (no one holds it) wins, as
    // interrupted.
    let running = try store.createSession(sampleSession(started: morning(plus: 40)))
    try store.saveProgress(
      sessionID: running, snapshot: snapshot("c"), interviewMilliseconds: 1, at: morning(plus: 41))
    let offered = try #require(try store.resumable())
    #expect(offered.summary.id == running)
    #expect(offered.summary.status == .interrupted)
    #expect(offered.snapshot == snapshot("c"))
    // While a live process owns it, it is never offered: the older one is.
    let claim = try store.claimSession(running)
    #expect(try store.resumable()?.summary.id == interrupted)
    claim.release()

    // Newest is by start: touching the older one later does not make it the offer.
    try store.saveProgress(
      sessionID: interrupted, snapshot: snapshot("a2"), interviewMilliseconds: 2,
      at: morning(plus: 50))
    #expect(try store.resumable()?.summary.id == running)
  }

  @Test func aDeclinedSessionIsKeptAsInterruptedAndNeverOfferedAgain() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let older = try store.createSession(sampleSession(started: morning()))
    try store.saveProgress(
      sessionID: older, snapshot: snapshot("old"), interviewMilliseconds: 5, at: morning(plus: 1))
    try store.setStatus(.interrupted, sessionID: older, at: morning(plus: 2))
    let newer = try store.createSession(sampleSession(started: morning(plus: 10)))
    try store.append(answer(1), to: newer)
    try store.saveProgress(
      sessionID: newer, snapshot: snapshot("new"), interviewMilliseconds: 9, at: morning(plus: 11))
    #expect(try store.resumable()?.summary.id == newer)

    try store.declineResume(sessionID: newer)
    #expect(try store.resumable()?.summary.id == older)
    let kept = try #require(try store.session(id: newer))
    #expect(kept.summary.status == .interrupted)
    #expect(kept.summary.updated == morning(plus: 11))
    #expect(kept.entries == [answer(1)])

    // Saving progress again (a stray autosave) does not bring it back.
    try store.saveProgress(
      sessionID: newer, snapshot: snapshot("again"), interviewMilliseconds: 9, at: morning(plus: 12)
    )
    #expect(try store.resumable()?.summary.id == older)

    try store.declineResume(sessionID: older)
    #expect(try store.resumable() == nil)
    #expect(try store.sessions().map(\.id) == [newer, older])

    // Still declined after reopening.
    store.close()
    let reopened = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try reopened.resumable() == nil)
  }

  @Test func decliningAFinishedSessionLeavesItFinished() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    try store.setStatus(.finished, sessionID: id, at: morning(plus: 1))
    try store.declineResume(sessionID: id)
    #expect(try store.session(id: id)?.summary.status == .finished)
  }

  @Test func aSessionLeftInProgressByAKilledProcessReopensAsInterrupted() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let first = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try first.createSession(sampleSession())
    try first.saveProgress(
      sessionID: id, snapshot: snapshot("draft"), interviewMilliseconds: 7, at: morning(plus: 1))
    let finished = try first.createSession(sampleSession(started: morning(plus: 5)))
    try first.setStatus(.finished, sessionID: finished, at: morning(plus: 6))
    // Closing without a status change is what a killed process leaves behind.
    first.close()

    // A reviewer sees it interrupted at once: no live process owns it.
    let reader = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    #expect(try reader.session(id: id)?.summary.status == .interrupted)
    reader.close()

    let second = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let offered = try #require(try second.resumable())
    #expect(offered.summary.id == id)
    #expect(offered.summary.status == .interrupted)
    #expect(offered.summary.updated == morning(plus: 1))
    #expect(offered.snapshot == snapshot("draft"))
    #expect(try second.session(id: finished)?.summary.status == .finished)
  }

  @Test func aReadOnlyOpeningOffersNothingItCouldNotSave() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let writer = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try writer.createSession(sampleSession())
    try writer.saveProgress(
      sessionID: id, snapshot: snapshot("live"), interviewMilliseconds: 3, at: morning(plus: 1))
    let reader = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    #expect(try writer.resumable()?.snapshot == snapshot("live"))
    #expect(try reader.resumable() == nil)
    #expect(throws: StoreError.readOnly(directory.database)) {
      try reader.declineResume(sessionID: id)
    }
  }
}
