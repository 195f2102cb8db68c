import Foundation
import InterviewCore
import Testing
import TranscriptStore

@Suite struct ReadOnlyTests {
  @Test func aMissingStoreReadsAsEmptyAndNothingIsCreated() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    #expect(store.path == directory.database)
    #expect(try store.sessions() == [])
    #expect(try store.resumable() == nil)
    #expect(try store.session(id: 1) == nil)
    #expect(throws: StoreError.readOnly(directory.database)) {
      try store.createSession(sampleSession())
    }
    store.close()
    #expect(!FileManager.default.fileExists(atPath: directory.data))

    // Also when the directory exists but holds no store.
    try DataDirectory.prepare(directory.data)
    let inEmptyDirectory = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    #expect(try inEmptyDirectory.sessions() == [])
    inEmptyDirectory.close()
    #expect(listing(directory.data) == [])
  }

  @Test func aZeroLengthStoreReadsAsEmptyAndStaysZeroLength() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try DataDirectory.prepare(directory.data)
    #expect(FileManager.default.createFile(atPath: directory.database, contents: Data()))
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    #expect(try store.sessions() == [])
    store.close()
    #expect(try contents(directory.database).isEmpty)
    #expect(listing(directory.data) == [TranscriptDatabase.fileName])
  }

  @Test func readingAStoreCreatesAndChangesNothing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let writer = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try writer.createSession(sampleSession())
    try writer.append(answer(1), to: id)
    try writer.saveProgress(
      sessionID: id, snapshot: Data("{}".utf8), interviewMilliseconds: 1, at: morning())
    writer.close()
    let names = listing(directory.data)
    let bytes = try contents(directory.database)
    let modified = try FileManager.default.attributesOfItem(atPath: directory.database)[
      .modificationDate]

    let reader = try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    #expect(try reader.sessions().map(\.id) == [id])
    #expect(try reader.session(id: id)?.entries == [answer(1)])
    // Nothing is offered to resume: a read-only opening could not save it.
    #expect(try reader.resumable() == nil)
    #expect(throws: StoreError.readOnly(directory.database)) {
      try reader.append(answer(2), to: id)
    }
    #expect(throws: StoreError.readOnly(directory.database)) {
      try reader.saveProgress(
        sessionID: id, snapshot: Data(), interviewMilliseconds: 0, at: morning())
    }
    #expect(throws: StoreError.readOnly(directory.database)) {
      try reader.setStatus(.finished, sessionID: id, at: morning())
    }
    // Even while open: no -wal or -shm appeared beside the database.
    #expect(listing(directory.data) == names)
    reader.close()

    #expect(listing(directory.data) == names)
    #expect(try contents(directory.database) == bytes)
    #expect(
      try FileManager.default.attributesOfItem(atPath: directory.database)[.modificationDate]
        as? Date == modified as? Date)
  }
}
