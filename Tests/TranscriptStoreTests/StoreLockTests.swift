import Foundation
import InterviewCore
import Testing
import TranscriptStore

/// Locks per session, not per store: any number of windows open the store read-write; a session
/// being rehearsed is owned by its process.
@Suite struct StoreLockTests {
  /// Runs `flock(1)` on `lockFile` holding it with a shell that writes its pid to `pidFile` and
  /// sleeps; returns the process, whose pid is the holder's.
  private func holder(of lockFile: String, pidFile: String) throws -> Process {
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = [
      "--no-fork", lockFile, "/bin/sh", "-c", "echo $$ > \"$0\"; exec sleep 30", pidFile,
    ]
    try holder.run()
    let pid = holder.processIdentifier
    let deadline = Date().addingTimeInterval(10)
    while (try? contents(pidFile)) != Data("\(pid)\n".utf8) && Date() < deadline {
      usleep(10_000)
    }
    return holder
  }

  @Test func twoReadWriteOpeningsWriteSideBySide() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let first = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let second = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let one = try first.createSession(sampleSession())
    let two = try second.createSession(sampleSession())
    try first.append(answer(1), to: one)
    try second.append(answer(1), to: two)
    try second.annotate(
      EntryReference(sessionID: one, sequence: 1), with: Annotation(rating: 4))
    #expect(try first.sessions().map(\.id).sorted() == [one, two])
    #expect(try first.session(id: two)?.entries == [answer(1)])
    #expect(permissions(directory.data + "/transcripts.lock") == 0o600)
  }

  @Test func aClaimedSessionIsLiveToOthersAndCannotBeClaimedTwice() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let rehearsal = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let review = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try rehearsal.createSession(sampleSession())
    #expect(!review.isLive(id))
    let claim = try rehearsal.claimSession(id)
    #expect(permissions(directory.data + "/sessions/\(id).lock") == 0o600)
    #expect(review.isLive(id))
    #expect(try review.sessions().first?.status == .inProgress)
    #expect(throws: StoreError.sessionInUse(review.path, id: id)) {
      try review.claimSession(id)
    }
    #expect(throws: StoreError.sessionInUse(review.path, id: id)) {
      try review.deleteSession(id: id)
    }
    #expect(
      StoreError.sessionInUse(review.path, id: id).description
        == "\(review.path): error: rehearsal \(id) is running in another terminal")
    claim.release()
    #expect(!review.isLive(id))
    // Its process gone, a session left in progress reads as interrupted.
    #expect(try review.sessions().first?.status == .interrupted)
    try review.deleteSession(id: id)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
  func theOpeningCleanUpSparesLiveSessionsAndTheKernelFreesKilledOnes() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let id: Int64
    do {
      let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
      id = try store.createSession(sampleSession())
      _ = try store.claimSession(id)
    }
    // Another process owns the session, as a rehearsal in another terminal would.
    let lockFile = directory.data + "/sessions/\(id).lock"
    let holder = try holder(of: lockFile, pidFile: directory.data + "/holder.pid")
    defer {
      if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }
      holder.waitUntilExit()
    }
    let beside = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try beside.sessions().first?.status == .inProgress)
    #expect(try beside.resumable() == nil)
    beside.close()
    // Killed outright: the kernel drops the lock, and the next opening marks it interrupted.
    kill(holder.processIdentifier, SIGKILL)
    holder.waitUntilExit()
    let after = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try after.sessions().first?.status == .interrupted)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
  func anOpeningWaitsForAnotherProcessToFinishOpening() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try DataDirectory.prepare(directory.data)
    let lockFile = directory.data + "/transcripts.lock"
    let holder = try holder(of: lockFile, pidFile: directory.data + "/holder.pid")
    defer {
      if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }
      holder.waitUntilExit()
    }
    // Let the holder go a moment later, as an opening that finished migrating would.
    let pid = holder.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { kill(pid, SIGKILL) }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try store.sessions().isEmpty)
  }

  @Test func anOpeningStuckTooLongNamesTheHolder() {
    #expect(
      StoreError.inUse("/d/transcripts.sqlite", pid: 42).description
        == "/d/transcripts.sqlite: error: another secondround (pid 42) has been opening the "
        + "store for too long; try again")
  }

  @Test func droppingTheStoreWithoutClosingLetsTheNextOpen() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    do {
      let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
      _ = try store.createSession(sampleSession())
    }
    let again = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try again.sessions().count == 1)
  }

  @Test func readersSeeTheWritersCommitsAndNeverResume() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let writer = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try writer.createSession(sampleSession())
    try writer.saveProgress(
      sessionID: id, snapshot: Data("{}".utf8), interviewMilliseconds: 0, at: Date())
    let reader = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    try writer.append(answer(1), to: id)
    #expect(try reader.session(id: id)?.entries == [answer(1)])
    // A read-only opening could not save a resumed session, so it offers none.
    #expect(try reader.resumable() == nil)
  }
}
