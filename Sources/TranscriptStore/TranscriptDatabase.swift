import Foundation
import GRDB
import GRDBSQLite

/// The transcripts of mock interviews, kept privately in one SQLite file.
///
/// Meant for one thread (the app's main thread): every call is synchronous and short.
///
/// Any number of processes open the store read-write at once (SQLite in WAL mode, waiting on a
/// busy database rather than failing); `transcripts.lock` is held only while opening, so two
/// windows never migrate at once. A session being rehearsed is owned by its process through its
/// own lock (`SessionClaim`), so others list it as live and never offer to resume it. Read-only
/// openings (a store this user may not write) never create or change a file; one of a directory
/// without a store gives an empty store: no sessions, nothing resumable, no file made.
public final class TranscriptDatabase {
  /// How the store is opened.
  public enum Access: Sendable {
    /// For a rehearsal: creates the store if needed, takes the lock, writes.
    case readWrite
    /// For listing and review: no lock, no writes, nothing created.
    case readOnly
  }

  /// The database file's name in the data directory.
  public static let fileName = "transcripts.sqlite"

  /// The database file this store reads (whether or not it exists, for a read-only opening).
  public let path: String
  /// The data directory, where the per-session locks live.
  public let directory: String

  let access: Access
  private var queue: DatabaseQueue?

  private init(path: String, access: Access, queue: DatabaseQueue) {
    self.path = path
    directory = (path as NSString).deletingLastPathComponent
    self.access = access
    self.queue = queue
  }

  deinit {
    close()
  }

  /// Opens the store in `directory` (see `DataDirectory.path`), failing early with one clear line.
  ///
  /// Everything that can be wrong with the file (not a database, another program's database, a
  /// newer schema, no write permission) is found here, not at the first query; such a file is
  /// never written to.
  public static func open(directory: String, access: Access) throws(StoreError)
    -> TranscriptDatabase
  {
    let path = Self.join(directory, fileName)
    switch access {
    case .readWrite: return try openForWriting(directory: directory, path: path)
    case .readOnly: return try openForReading(path: path)
    }
  }

  /// Checkpoints and closes the database; later calls throw `.closed`.
  ///
  /// Called by `deinit` too.
  public func close() {
    guard let queue else { return }
    self.queue = nil
    if access == .readWrite {
      // Back to rollback journaling, which checkpoints and deletes the -wal and -shm files: a
      // read-only opening of a WAL database whose -wal is gone would have to create them. If a
      // reader is still connected this fails at once (no busy wait) and the files stay.
      try? queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA busy_timeout = 0")
        try db.execute(sql: "PRAGMA journal_mode = DELETE")
      }
    }
    try? queue.close()
  }

  // MARK: - Opening

  private static func openForWriting(directory: String, path: String) throws(StoreError)
    -> TranscriptDatabase
  {
    do {
      try DataDirectory.prepare(directory)
    } catch {
      throw .directory(error)
    }
    // Held only while opening: migrations and the clean-up below must not race another window
    // opening at the same moment. Released (by the kernel, if need be) as this returns.
    let lock = try StoreLock.acquire(Self.join(directory, StoreLock.fileName), storePath: path)
    defer { lock.release() }
    if StoreFiles.isNotADatabase(path) {
      throw .notAStore(path, reason: "file is not a database")
    }
    let queue = try StoreFiles.withPrivateUmask { () throws(StoreError) -> DatabaseQueue in
      StoreFiles.createPrivately(path)
      return try connect(path, readOnly: false)
    }
    do {
      try queue.writeWithoutTransaction { db in
        // SQLite quietly opens a file it may not write read-only; say so now, not mid-interview.
        if sqlite3_db_readonly(db.sqliteConnection, "main") == 1 {
          throw StoreError.cannotOpen(path, reason: "attempt to write a readonly database")
        }
        // Only reads until the file is known to be ours (or empty).
        switch try Schema.inspect(db) {
        case .foreign: throw StoreError.notAStore(path, reason: "another program's database")
        case .newer(let schema): throw StoreError.newerSchema(path, schema: schema)
        case .empty, .store: break
        }
        // WAL lets a reviewer read while the rehearsal writes, and makes each commit one append.
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        guard mode == "wal" else {
          throw StoreError.cannotOpen(
            path, reason: "cannot use write-ahead logging (journal mode \(mode ?? "unknown"))")
        }
      }
      try Schema.migrator.migrate(queue)
      try queue.write { db in
        // Only sessions whose owner is gone: a killed process left them in progress. A session
        // rehearsed in another window holds its lock and is left alone.
        let open = try Int64.fetchAll(
          db, sql: "SELECT id FROM session WHERE status = 'in-progress'")
        for id in open where !SessionClaim.isHeld(directory: directory, sessionID: id) {
          try db.execute(
            sql:
              "UPDATE session SET status = 'interrupted' WHERE id = ? AND status = 'in-progress'",
            arguments: [id])
        }
      }
    } catch {
      try? queue.close()
      throw openFailure(error, path: path)
    }
    try StoreFiles.tighten(databasePath: path)
    return TranscriptDatabase(path: path, access: .readWrite, queue: queue)
  }

  private static func openForReading(path: String) throws(StoreError) -> TranscriptDatabase {
    guard StoreFiles.exists(path) else { return try empty(path: path) }
    if StoreFiles.isNotADatabase(path) {
      throw .notAStore(path, reason: "file is not a database")
    }
    let queue = try StoreFiles.withPrivateUmask { () throws(StoreError) -> DatabaseQueue in
      try connect(path, readOnly: true)
    }
    let found: Schema.Found
    do {
      found = try queue.read { db in try Schema.inspect(db) }
    } catch {
      try? queue.close()
      throw openFailure(error, path: path)
    }
    switch found {
    case .store(_, complete: true):
      return TranscriptDatabase(path: path, access: .readOnly, queue: queue)
    case .empty:
      try? queue.close()
      return try empty(path: path)
    case .store(let schema, complete: false):
      try? queue.close()
      throw .olderSchema(path, schema: schema)
    case .newer(let schema):
      try? queue.close()
      throw .newerSchema(path, schema: schema)
    case .foreign:
      try? queue.close()
      throw .notAStore(path, reason: "another program's database")
    }
  }

  /// A read-only store with no sessions: an in-memory database with our schema, so every query
  /// runs the same code and simply finds nothing.
  private static func empty(path: String) throws(StoreError) -> TranscriptDatabase {
    do {
      let queue = try DatabaseQueue()
      try Schema.migrator.migrate(queue)
      return TranscriptDatabase(path: path, access: .readOnly, queue: queue)
    } catch {
      throw openFailure(error, path: path)
    }
  }

  private static func connect(_ path: String, readOnly: Bool) throws(StoreError) -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = readOnly
    configuration.foreignKeysEnabled = true
    // Windows side by side write the same file: a write that meets another waits for it
    // (SQLite retries a busy database until the timeout) rather than failing.
    configuration.busyMode = .timeout(10)
    configuration.label = "TranscriptStore"
    if !readOnly {
      // In WAL mode NORMAL survives a killed process up to the last commit; only power loss can
      // drop the last transaction. Writes that must outlive that switch to FULL (`durably`).
      configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
    }
    do {
      // GRDB reads the schema as it opens, so a file that is not a database fails right here.
      return try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw openFailure(error, path: path)
    }
  }

  private static func openFailure(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_NOTADB {
        return .notAStore(path, reason: "file is not a database")
      }
      return .cannotOpen(path, reason: message(error))
    }
    return .cannotOpen(path, reason: "\(error)")
  }

  // MARK: - Sessions owned by a process

  /// Takes `sessionID` for this process (a rehearsal or drill of it): others see it live until
  /// the claim is released or the process ends. `.sessionInUse` if another process has it.
  public func claimSession(_ sessionID: Int64) throws(StoreError) -> SessionClaim {
    guard access == .readWrite else { throw .readOnly(path) }
    return try SessionClaim.acquire(directory: directory, sessionID: sessionID, storePath: path)
  }

  /// Whether another process is rehearsing or drilling `sessionID` right now.
  public func isLive(_ sessionID: Int64) -> Bool {
    SessionClaim.isHeld(directory: directory, sessionID: sessionID)
  }

  /// The sessions in progress that a live process owns.
  func liveSessionIDs(_ db: Database) throws -> Set<Int64> {
    let open = try Int64.fetchAll(db, sql: "SELECT id FROM session WHERE status = 'in-progress'")
    return Set(open.filter { isLive($0) })
  }

  // MARK: - Running statements

  /// The connection for a query; `.closed` once `close()` ran.
  func connection() throws(StoreError) -> DatabaseQueue {
    guard let queue else { throw .closed(path) }
    return queue
  }

  /// The connection for a write; `.readOnly` for a read-only opening.
  func writableConnection() throws(StoreError) -> DatabaseQueue {
    let queue = try connection()
    guard access == .readWrite else { throw .readOnly(path) }
    return queue
  }

  /// Runs `body` in a read transaction.
  func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    let queue = try connection()
    do {
      return try queue.read(body)
    } catch {
      throw failure(error)
    }
  }

  /// Runs `body` as one statement outside an explicit transaction: the cheapest durable-enough
  /// write, for autosave.
  func writingQuickly<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    let queue = try writableConnection()
    do {
      return try queue.writeWithoutTransaction(body)
    } catch {
      throw failure(error)
    }
  }

  /// Runs `body` in one immediate transaction whose commit is synced to disk before returning.
  ///
  /// Answers and status changes are rare and precious, so they pay for an fsync (FULL) that
  /// autosave, once a second, does not.
  func writingDurably<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    let queue = try writableConnection()
    do {
      return try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA synchronous = FULL")
        defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        // inTransaction runs its closure once or throws, so this is only a formality.
        guard let result else { throw StoreError.sqlite(path, message: "the write did not run") }
        return result
      }
    } catch {
      throw failure(error)
    }
  }

  /// Turns what GRDB threw into the one-line error for a query or write on an open store.
  func failure(_ error: any Error) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
        return .damaged(path, reason: Self.message(error))
      }
      return .sqlite(path, message: Self.message(error))
    }
    if let error = error as? UndecodableValue {
      return .damaged(path, reason: error.description)
    }
    // GRDB's decoding errors quote whole rows; a transcript must not end up in an error line.
    return .damaged(path, reason: "a stored value has an unexpected type")
  }

  private static func message(_ error: DatabaseError) -> String {
    error.message ?? String(cString: sqlite3_errstr(error.extendedResultCode.rawValue))
  }

  private static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
