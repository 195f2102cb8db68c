import Foundation

/// The exclusive `flock` held while a process opens the store (checks, migrations, the clean-up
/// of sessions left by killed processes), so two windows opening at once never migrate twice.
/// It is released as soon as the store is open: writing needs no lock of ours (SQLite's own
/// locking serialises writes; sessions are owned through `SessionClaim`).
///
/// `flock` belongs to the open file description, so the kernel drops it when the process dies,
/// however it dies: a lock file left behind never blocks the next opening.
final class StoreLock {
  /// The lock file's name, beside the database.
  static let fileName = "transcripts.lock"

  private var descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// How long to wait for another process to finish opening the store.
  static let waitMilliseconds = 10_000

  /// Takes the lock, waiting while another process opens the store, and writes our pid into the
  /// file for the message a stuck opening shows.
  ///
  /// - Parameter storePath: the database path, which errors name: it is what the user knows.
  static func acquire(_ path: String, storePath: String) throws(StoreError) -> StoreLock {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw .cannotOpen(path, reason: Self.lastError()) }
    // An existing lock file made under a looser umask is tightened like the directory is.
    guard fchmod(descriptor, 0o600) == 0 else {
      let reason = Self.lastError()
      close(descriptor)
      throw .cannotOpen(path, reason: reason)
    }
    var waited = 0
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK || errno == EINTR,
      waited < waitMilliseconds
    {
      usleep(10_000)
      waited += 10
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let failure = errno
      let reason = Self.lastError()
      let holder = failure == EWOULDBLOCK ? Self.pid(in: descriptor) : nil
      close(descriptor)
      if failure == EWOULDBLOCK { throw .inUse(storePath, pid: holder) }
      throw .cannotOpen(path, reason: reason)
    }
    let line = Array("\(getpid())\n".utf8)
    let written = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    // The pid is only for the message a second opening shows; failing to write it is harmless.
    if written == line.count { _ = ftruncate(descriptor, off_t(line.count)) }
    return StoreLock(descriptor: descriptor)
  }

  /// Lets the next opening in; closing the descriptor drops the lock.
  func release() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
  }

  deinit {
    release()
  }

  /// The pid the holder wrote; nil while it has not written it yet (or the file is not ours).
  private static func pid(in descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer.prefix(count), as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  private static func lastError() -> String {
    String(cString: strerror(errno))
  }
}
