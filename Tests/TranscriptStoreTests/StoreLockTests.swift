import Foundation
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
