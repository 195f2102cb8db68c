import Foundation
import InterviewCore
import TranscriptStore

/// What a session could not save, kept in a private file until the store takes it back: the
/// whole interview (answers not yet committed included) and, for a person opening the file,
/// the text that was being typed.
public struct EmergencyRecord: Codable, Sendable {
  /// The store the session belongs to.
  public var store: String
  /// The session, if it was ever created.
  public var sessionID: Int64?
  /// The answer being typed when saving failed, as plain text.
  public var unsavedText: String
  /// Everything the session held in memory.
  public var interview: Interview

  /// A record of `interview`, whose session `sessionID` in `store` could not save it.
  public init(store: String, sessionID: Int64?, unsavedText: String, interview: Interview) {
    self.store = store
    self.sessionID = sessionID
    self.unsavedText = unsavedText
    self.interview = interview
  }
}

/// Writing emergency files, and taking them back into the store on the next start (as nano
/// does with its `.save` files).
public enum EmergencyFile {
  /// The prefix every emergency file's name starts with.
  static let prefix = "secondround-unsaved-"

  /// Where emergency files go, best first: the data directory, then the runtime and temporary
  /// directories (for a data directory that is itself the problem).
  public static func directories(storePath: String, environment: [String: String]) -> [String] {
    var candidates = [(storePath as NSString).deletingLastPathComponent]
    if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
      candidates.append(runtime)
    }
    candidates.append(environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp")
    return candidates
  }

  /// The file's name for `sessionID` (or this process, for a session never created).
  static func name(sessionID: Int64?) -> String {
    prefix + (sessionID.map { "session-\($0)" } ?? "new-\(getpid())") + ".json"
  }

  /// Writes `record` privately (0600) into the first of `directories` that takes it; returns
  /// its path, or nil if none did.
  public static func save(_ record: EmergencyRecord, in directories: [String]) -> String? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let data = try? encoder.encode(record) else { return nil }
    for directory in directories {
      let path = directory + "/" + name(sessionID: record.sessionID)
      if writePrivately(data, to: path) { return path }
    }
    return nil
  }

  /// Writes through a temporary file and a rename, so a crash never leaves half a file.
  private static func writePrivately(_ data: Data, to path: String) -> Bool {
    let temporary = path + ".partial"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { return false }
    _ = fchmod(descriptor, 0o600)
    let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard written == data.count, synced, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }

  /// What happened to the emergency files found at start-up.
  public struct Recovery: Equatable, Sendable {
    /// Sessions whose unsaved text was put back into the store (and files removed).
    public var restored: [Int64] = []
    /// Files kept because their session is gone or cannot take them; their paths.
    public var kept: [String] = []
  }

  /// Takes every emergency file of `store` in `directories` back into it: answers not yet
  /// committed are appended, the interview saved as the session's snapshot and the session
  /// marked interrupted, so the usual resume offer shows the text. A file whose session is gone
  /// (or that cannot be read) is kept and reported. `clock` dates what is restored, as the
  /// recorder's clock dates what it saves.
  public static func recover(
    into store: TranscriptDatabase, from directories: [String], clock: () -> Date
  ) -> Recovery {
    var recovery = Recovery()
    var seen: Set<String> = []
    for directory in directories where !seen.contains(directory) {
      seen.insert(directory)
      for name in names(in: directory) {
        let path = directory + "/" + name
        // Only our own files: another user's in a shared /tmp is none of our business.
        var info = stat()
        guard lstat(path, &info) == 0, info.st_uid == getuid(), info.st_mode & S_IFMT == S_IFREG,
          let data = FileManager.default.contents(atPath: path),
          let record = try? JSONDecoder().decode(EmergencyRecord.self, from: data),
          record.store == store.path
        else { continue }
        if let id = record.sessionID, restore(record, sessionID: id, into: store, at: clock()) {
          unlink(path)
          recovery.restored.append(id)
        } else {
          recovery.kept.append(path)
        }
      }
    }
    return recovery
  }

  /// The names of the emergency files in `directory` (ours by name: the prefix and `.json`),
  /// sorted; none for a directory that cannot be read.
  ///
  /// Read with `readdir` and filtered by the prefix before any name becomes a `String`: the
  /// temporary directory can hold thousands of other programs' files, and listing and sorting
  /// all of them through Foundation cost about 10 ms of every start.
  static func names(in directory: String) -> [String] {
    guard let stream = opendir(directory) else { return [] }
    defer { closedir(stream) }
    var names: [String] = []
    prefix.withCString { prefixBytes in
      let prefixLength = strlen(prefixBytes)
      while let entry = readdir(stream) {
        let name: String? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
          guard let bytes = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
            strncmp(bytes, prefixBytes, prefixLength) == 0
          else { return nil }
          return String(cString: bytes)
        }
        if let name, name.hasSuffix(".json") { names.append(name) }
      }
    }
    return names.sorted()
  }

  private static func restore(
    _ record: EmergencyRecord, sessionID: Int64, into store: TranscriptDatabase, at now: Date
  ) -> Bool {
    guard !record.interview.isDrill, !store.isLive(sessionID),
      let stored = try? store.session(id: sessionID),
      let snapshot = try? JSONEncoder().encode(record.interview)
    else { return false }
    let known = Set(stored.entries.map(\.sequence))
    do {
      for entry in record.interview.entries where !known.contains(entry.sequence) {
        try store.append(Entry(entry, recorded: now), to: sessionID)
      }
      try store.saveProgress(
        sessionID: sessionID, snapshot: snapshot,
        interviewMilliseconds: record.interview.interviewMilliseconds, at: now)
      try store.setStatus(.interrupted, sessionID: sessionID, at: now)
      return true
    } catch {
      return false
    }
  }
}
