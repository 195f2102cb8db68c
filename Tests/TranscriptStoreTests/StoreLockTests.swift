import Foundation
import InterviewCore
import Testing
import TranscriptStore

@Suite struct StoreLockTests {
  @Test func aSecondReadWriteOpeningIsRefusedNamingTheHolder() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let first = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let lockFile = directory.data + "/transcripts.lock"
    #expect(String(decoding: try contents(lockFile), as: UTF8.self) == "\(getpid())\n")
    #expect(permissions(lockFile) == 0o600)

    // flock belongs to the open file description: a second opening in this process conflicts
    // exactly as another process would.
    let expected = StoreError.inUse(directory.database, pid: getpid())
    #expect(throws: expected) {
      try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    }
    #expect(
      expected.description
        == "\(directory.database): error: in use by another secondround rehearsal "
        + "(pid \(getpid())); finish or quit it first")

    // The refused opening did not disturb the holder.
    let id = try first.createSession(sampleSession())
    first.close()
    let second = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try second.sessions().map(\.id) == [id])
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
  func anotherProcessHoldingTheLockIsNamed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try DataDirectory.prepare(directory.data)
    let lockFile = directory.data + "/transcripts.lock"
    // flock(1) without forking: the shell that writes its pid is the process holding the lock.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = [
      "--no-fork", lockFile, "/bin/sh", "-c", "echo $$ > \"$0\"; exec sleep 30", lockFile,
    ]
    try holder.run()
    // Killed outright, as a crashed rehearsal would be.
    defer {
      if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }
      holder.waitUntilExit()
    }
    let pid = holder.processIdentifier
    let deadline = Date().addingTimeInterval(10)
    while (try? contents(lockFile)) != Data("\(pid)\n".utf8) && Date() < deadline {
      usleep(10_000)
    }
    #expect(throws: StoreError.inUse(directory.database, pid: pid)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    }
    kill(pid, SIGKILL)
    holder.waitUntilExit()
    // The kernel dropped the lock with the process: no stale lock to clear by hand.
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(String(decoding: try contents(lockFile), as: UTF8.self) == "\(getpid())\n")
    store.close()
  }

  @Test func droppingTheStoreWithoutClosingReleasesTheLock() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    do {
      let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
      _ = try store.createSession(sampleSession())
    }
    let again = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try again.sessions().count == 1)
  }

  @Test func readersTakeNoLockAndSeeTheWritersCommits() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let writer = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try writer.createSession(sampleSession())
    let reader = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    let other = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    // Each append is committed when it returns: another connection sees it at once.
    try writer.append(answer(1), to: id)
    #expect(try reader.session(id: id)?.entries == [answer(1)])
    try writer.append(answer(2), to: id)
    #expect(try other.session(id: id)?.entries == [answer(1), answer(2)])
    // Readers do not keep a rehearsal from starting after this one.
    writer.close()
    let next = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try next.sessions().map(\.id) == [id])
    #expect(try reader.sessions().map(\.id) == [id])
  }

  @Test func anEmptyLockFileStillRefusesWithoutAPid() {
    let error = StoreError.inUse("/d/transcripts.sqlite", pid: nil)
    #expect(
      error.description
        == "/d/transcripts.sqlite: error: in use by another secondround rehearsal; "
        + "finish or quit it first")
  }
}
