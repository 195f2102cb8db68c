import Foundation

/// File-level care around the database: privacy of every file SQLite makes, and a look at the
/// header before SQLite is allowed near a file that may not be a database at all.
enum StoreFiles {
  /// The first 16 bytes of every SQLite 3 database.
  private static let magic = Array("SQLite format 3\0".utf8)

  /// Whether `path` exists (as anything).
  static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// Whether `path` holds bytes that cannot start a SQLite database.
  ///
  /// A zero-length file is an empty database to SQLite, so it passes. A file that cannot be read
  /// passes too: SQLite then reports why it cannot open it, which says more than we could.
  static func isNotADatabase(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var header = [UInt8](repeating: 0, count: magic.count)
    let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }
    return count < magic.count || header != magic
  }

  /// Creates an empty `path` readable by its owner alone, unless something is already there.
  ///
  /// SQLite would create the file with 0644 less the umask; making it first means there is no
  /// moment when a transcript store is readable by others, even if another thread changes the
  /// process-wide umask while we open.
  static func createPrivately(_ path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    if descriptor >= 0 { close(descriptor) }
  }

  /// Makes the database and the -wal and -shm files SQLite keeps beside it owner-only.
  ///
  /// SQLite gives the side files the database's own mode, so once the database is 0600 new
  /// ones are too; this also tightens files left by a hand-made or older store.
  static func tighten(databasePath path: String) throws(StoreError) {
    for file in [path, path + "-wal", path + "-shm"] where exists(file) {
      guard chmod(file, 0o600) == 0 else {
        throw .cannotOpen(file, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// Runs `body` with a umask that lets nothing made inside it be read by group or others.
  static func withPrivateUmask<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    let previous = umask(0o077)
    defer { umask(previous) }
    return try body()
  }
}
