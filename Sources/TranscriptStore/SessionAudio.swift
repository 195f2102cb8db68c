import Foundation

/// Where a session's recordings live in the data directory: `audio/<session>/<sequence>.wav`.
/// Entries keep the path relative to the data directory, so the directory can be moved whole.
public enum SessionAudio {
  /// The folder of all recordings, relative to the data directory.
  public static let folderName = "audio"

  /// The recording of entry `sequence` of session `sessionID`, relative to the data directory.
  /// `attempt` above 1 names a second recording of the same answer (after a resume).
  public static func relativePath(sessionID: Int64, sequence: Int, attempt: Int = 1) -> String {
    let name = attempt > 1 ? "\(sequence)-\(attempt).wav" : "\(sequence).wav"
    return "\(folderName)/\(sessionID)/\(name)"
  }

  /// The session's folder of recordings, as an absolute path under `dataDirectory`.
  public static func folder(dataDirectory: String, sessionID: Int64) -> String {
    "\(dataDirectory)/\(folderName)/\(sessionID)"
  }

  /// `relative` (as an entry keeps it) under `dataDirectory`.
  public static func absolutePath(_ relative: String, dataDirectory: String) -> String {
    relative.hasPrefix("/") ? relative : "\(dataDirectory)/\(relative)"
  }

  /// Removes the session's recordings; a session without any has nothing to remove. Returns
  /// false only when a folder was there and could not be removed.
  @discardableResult
  public static func remove(dataDirectory: String, sessionID: Int64) -> Bool {
    let folder = folder(dataDirectory: dataDirectory, sessionID: sessionID)
    guard FileManager.default.fileExists(atPath: folder) else { return true }
    return (try? FileManager.default.removeItem(atPath: folder)) != nil
  }
}
