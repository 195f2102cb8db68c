/// Why the transcript store could not do what was asked, as one line naming the file.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  /// The data directory could not be created or made private.
  case directory(DataDirectoryError)
  /// SQLite (or the file system) refused to open the store, or to make it writable.
  case cannotOpen(String, reason: String)
  /// The file is not a SecondRound store; nothing was written to it.
  case notAStore(String, reason: String)
  /// Another process kept the store's opening lock (held only while opening) for too long.
  case inUse(String, pid: Int32?)
  /// Another process is rehearsing or drilling this session.
  case sessionInUse(String, id: Int64)
  /// The store has migrations this build does not know; it is left alone.
  case newerSchema(String, schema: Int)
  /// A read-only opening found a store that still needs migrating, which only read-write may do.
  case olderSchema(String, schema: Int)
  /// A write was asked of a store opened read-only.
  case readOnly(String)
  /// The store was used after `close()`.
  case closed(String)
  /// No session has the given id.
  case noSuchSession(String, id: Int64)
  /// The session has no entry with the given sequence.
  case noSuchEntry(String, sessionID: Int64, sequence: Int)
  /// A value the caller passed cannot be stored (a rating outside 1–5, say).
  case invalidValue(String, reason: String)
  /// A stored value does not decode (a hand-edited or damaged file).
  case damaged(String, reason: String)
  /// Any other SQLite failure, with SQLite's message.
  case sqlite(String, message: String)

  /// One line for the user, starting with the path it is about.
  public var description: String {
    switch self {
    case .directory(let error):
      return error.description
    case .cannotOpen(let path, let reason):
      return "\(path): error: cannot open the transcript store: \(Self.oneLine(reason))"
    case .notAStore(let path, let reason):
      return
        "\(path): error: not a SecondRound transcript store (\(Self.oneLine(reason))); "
        + "it was left untouched"
    case .inUse(let path, let pid):
      let who = pid.map { " (pid \($0))" } ?? ""
      return
        "\(path): error: another secondround\(who) has been opening the store for too long; "
        + "try again"
    case .sessionInUse(let path, let id):
      return "\(path): error: rehearsal \(id) is running in another terminal"
    case .newerSchema(let path, let schema):
      return "\(path): error: written by a newer SecondRound (schema \(schema))"
    case .olderSchema(let path, let schema):
      return
        "\(path): error: written by an older SecondRound (schema \(schema)); "
        + "start a rehearsal once to upgrade it"
    case .readOnly(let path):
      return "\(path): error: the transcript store was opened read-only"
    case .closed(let path):
      return "\(path): error: the transcript store is closed"
    case .noSuchSession(let path, let id):
      return "\(path): error: no rehearsal with id \(id)"
    case .noSuchEntry(let path, let sessionID, let sequence):
      return "\(path): error: rehearsal \(sessionID) has no entry \(sequence)"
    case .invalidValue(let path, let reason):
      return "\(path): error: \(Self.oneLine(reason))"
    case .damaged(let path, let reason):
      return "\(path): error: the transcript store is damaged: \(Self.oneLine(reason))"
    case .sqlite(let path, let message):
      return "\(path): error: \(Self.oneLine(message))"
    }
  }

  /// Messages come from SQLite and the OS; a stray newline must not break the one-line promise.
  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
