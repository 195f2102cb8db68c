import Foundation
import GRDB
import InterviewCore
import Testing
import TranscriptStore

@Suite struct StoreFileTests {
  @Test func theDirectoryIs0700AndEveryStoreFile0600() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let id = try store.createSession(sampleSession())
    try store.saveProgress(
      sessionID: id, snapshot: Data("{}".utf8), interviewMilliseconds: 0, at: morning())
    #expect(store.path == directory.database)
    #expect(permissions(directory.data) == 0o700)
    // While open the store runs in WAL mode, so all four files exist.
    for name in [
      TranscriptDatabase.fileName, "transcripts.sqlite-wal", "transcripts.sqlite-shm",
      "transcripts.lock",
    ] {
      #expect(permissions(directory.data + "/" + name) == 0o600, "\(name)")
    }
    store.close()
    // Closing checkpoints and leaves only the database and the lock file.
    #expect(listing(directory.data) == ["transcripts.lock", "transcripts.sqlite"])
    #expect(permissions(directory.database) == 0o600)
  }

  @Test func looseModesLeftOnAnExistingStoreAreTightened() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try TranscriptDatabase.open(directory: directory.data, access: .readWrite).close()
    #expect(chmod(directory.data, 0o755) == 0)
    #expect(chmod(directory.database, 0o644) == 0)
    #expect(chmod(directory.data + "/transcripts.lock", 0o666) == 0)
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(permissions(directory.data) == 0o700)
    #expect(permissions(directory.database) == 0o600)
    #expect(permissions(directory.data + "/transcripts.lock") == 0o600)
    #expect(permissions(directory.database + "-wal") == 0o600)
    store.close()
  }

  @Test func aPermissiveUmaskDoesNotLoosenANewStore() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let previous = umask(0)
    defer { umask(previous) }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    _ = try store.createSession(sampleSession())
    for name in listing(directory.data) {
      #expect(permissions(directory.data + "/" + name) == 0o600, "\(name)")
    }
    #expect(permissions(directory.data) == 0o700)
    store.close()
  }

  @Test(arguments: [
    ("random bytes", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })),
    ("a text file", Data("notes about the interview\nthird round\n".utf8)),
    ("a short file", Data("SQLite".utf8)),
  ])
  func aFileThatIsNotADatabaseIsRefusedAndLeftUntouched(what: String, bytes: Data) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try DataDirectory.prepare(directory.data)
    #expect(FileManager.default.createFile(atPath: directory.database, contents: bytes))
    let expected = StoreError.notAStore(directory.database, reason: "file is not a database")
    for access in [TranscriptDatabase.Access.readWrite, .readOnly] {
      #expect(throws: expected, "\(what)") {
        try TranscriptDatabase.open(directory: directory.data, access: access)
      }
    }
    #expect(try contents(directory.database) == bytes)
    #expect(!listing(directory.data).contains { $0.hasPrefix("transcripts.sqlite-") })
    #expect(
      expected.description
        == "\(directory.database): error: not a SecondRound transcript store "
        + "(file is not a database); it was left untouched")
  }

  @Test func aDamagedDatabaseBehindAValidHeaderIsRefusedAndLeftUntouched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try DataDirectory.prepare(directory.data)
    let bytes =
      Data("SQLite format 3\0".utf8) + Data((0..<4080).map { UInt8(truncatingIfNeeded: $0 * 31) })
    #expect(FileManager.default.createFile(atPath: directory.database, contents: bytes))
    for access in [TranscriptDatabase.Access.readWrite, .readOnly] {
      let error = #expect(throws: StoreError.self) {
        try TranscriptDatabase.open(directory: directory.data, access: access)
      }
      #expect(error?.description.hasPrefix("\(directory.database): error: ") == true)
    }
    #expect(try contents(directory.database) == bytes)
  }

  @Test func anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try DataDirectory.prepare(directory.data)
    let other = try DatabaseQueue(path: directory.database)
    try other.write { db in
      try db.execute(sql: "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('hello')")
    }
    try other.close()
    let bytes = try contents(directory.database)
    let expected = StoreError.notAStore(directory.database, reason: "another program's database")
    for access in [TranscriptDatabase.Access.readWrite, .readOnly] {
      #expect(throws: expected) {
        try TranscriptDatabase.open(directory: directory.data, access: access)
      }
    }
    #expect(try contents(directory.database) == bytes)
  }

  @Test func aStoreFromANewerSecondRoundIsRefusedAndLeftUntouched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    _ = try store.createSession(sampleSession())
    store.close()
    let queue = try DatabaseQueue(path: directory.database)
    try queue.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
    try queue.close()
    let bytes = try contents(directory.database)

    let expected = StoreError.newerSchema(directory.database, schema: 99)
    for access in [TranscriptDatabase.Access.readWrite, .readOnly] {
      #expect(throws: expected) {
        try TranscriptDatabase.open(directory: directory.data, access: access)
      }
    }
    #expect(try contents(directory.database) == bytes)
    #expect(
      expected.description
        == "\(directory.database): error: written by a newer SecondRound (schema 99)")
  }

  @Test func aMigrationThisBuildDoesNotKnowMeansANewerStore() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try TranscriptDatabase.open(directory: directory.data, access: .readWrite).close()
    let queue = try DatabaseQueue(path: directory.database)
    let known = try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('from the future')")
      return try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }
    try queue.close()
    // One more migration than this build knows.
    #expect(throws: StoreError.newerSchema(directory.database, schema: known + 1)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    }
  }

  @Test func aReadOnlyOpeningCannotMigrateAnOlderStore() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try DataDirectory.prepare(directory.data)
    // Ours (by application id) but with none of our migrations run.
    let queue = try DatabaseQueue(path: directory.database)
    try queue.write { db in try db.execute(sql: "PRAGMA application_id = 1397902916") }
    try queue.close()
    #expect(throws: StoreError.olderSchema(directory.database, schema: 0)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }
    // A read-write opening brings it up to date.
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try store.sessions() == [])
  }

  @Test func aDataDirectoryUnderARegularFileIsAClearError() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = directory.at("plain")
    #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    let data = file + "/data"
    let error = #expect(throws: StoreError.self) {
      try TranscriptDatabase.open(directory: data, access: .readWrite)
    }
    guard case .directory(.cannotCreate(let path, _)) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(path == data)
    #expect(error?.description.hasPrefix("\(data): error: cannot create: ") == true)
    #expect(try contents(file) == Data("x".utf8))

    // And a data directory that is itself a file.
    #expect(throws: StoreError.directory(.notADirectory(file))) {
      try TranscriptDatabase.open(directory: file, access: .readWrite)
    }
  }

  @Test(.disabled(if: runningAsRoot, "root writes through permission bits"))
  func aDataDirectoryInAnUnwritableParentIsAClearError() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let parent = directory.at("locked")
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: false)
    #expect(chmod(parent, 0o500) == 0)
    let data = parent + "/data"
    let error = #expect(throws: StoreError.self) {
      try TranscriptDatabase.open(directory: data, access: .readWrite)
    }
    guard case .directory(.cannotCreate(let path, _)) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(path == data)
    #expect(listing(parent) == [])
  }

  @Test(.disabled(if: runningAsRoot, "root writes through permission bits"))
  func aStoreFileWeMayNotWriteIsAClearError() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try TranscriptDatabase.open(directory: directory.data, access: .readWrite).close()
    #expect(chmod(directory.database, 0o400) == 0)
    let expected = StoreError.cannotOpen(
      directory.database, reason: "attempt to write a readonly database")
    #expect(throws: expected) {
      try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    }
    #expect(
      expected.description
        == "\(directory.database): error: cannot open the transcript store: "
        + "attempt to write a readonly database")
    // Reading it is still fine.
    #expect(
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly).sessions() == [])
  }
}
