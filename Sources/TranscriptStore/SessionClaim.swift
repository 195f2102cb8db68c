import Foundation

/// Marks a session as owned by the process rehearsing or drilling it: an exclusive `flock` on
/// `sessions/<id>.lock` in the data directory.
///
/// `flock` belongs to the open file description, so the kernel drops it when the process dies,
/// however it dies: a killed rehearsal is resumable at once. Others only probe the lock (a
/// shared lock taken and dropped without waiting), so any number of windows can look.
public final class SessionClaim {
  /// The folder of lock files inside the data directory.
  static let folderName = "sessions"

  /// The session this claim owns.
  public let sessionID: Int64
  private var descriptor: Int32

  private init(sessionID: Int64, descriptor: Int32) {
    self.sessionID = sessionID
    self.descriptor = descriptor
  }

  deinit {
    release()
  }

  /// Lets another process take the session; closing the descriptor drops the lock.
  public func release() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
  }

  /// The lock file of `sessionID` in `directory`.
  static func path(directory: String, sessionID: Int64) -> String {
    join(join(directory, folderName), "\(sessionID).lock")
  }

  /// Takes `sessionID`'s lock without waiting; `.sessionInUse` when another process holds it.
  static func acquire(directory: String, sessionID: Int64, storePath: String) throws(StoreError)
    -> SessionClaim
  {
    let folder = join(directory, folderName)
    if mkdir(folder, 0o700) != 0, errno != EEXIST {
      throw .cannotOpen(folder, reason: lastError())
    }
    let path = path(directory: directory, sessionID: sessionID)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw .cannotOpen(path, reason: lastError()) }
    // A lock file made under a looser umask is tightened like the directory is.
    _ = fchmod(descriptor, 0o600)
    // A probe holds its shared lock for an instant; a few quick tries ride that out.
    for attempt in 0..<20 {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
        return SessionClaim(sessionID: sessionID, descriptor: descriptor)
      }
      let failure = errno
      guard failure == EWOULDBLOCK || failure == EINTR else {
        let reason = lastError()
        close(descriptor)
        throw .cannotOpen(path, reason: reason)
      }
      if attempt < 19 { usleep(5_000) }
    }
    close(descriptor)
    throw .sessionInUse(storePath, id: sessionID)
  }

  /// Whether another process holds `sessionID`'s lock right now: the session is live.
  static func isHeld(directory: String, sessionID: Int64) -> Bool {
    let descriptor = open(
      path(directory: directory, sessionID: sessionID), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    // No lock file: nobody ever claimed it, or it was never rehearsed by this version.
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
    _ = flock(descriptor, LOCK_UN)
    return false
  }

  private static func lastError() -> String {
    String(cString: strerror(errno))
  }

  private static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
