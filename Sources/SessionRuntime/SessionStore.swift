import Foundation
import InterviewCore
import TranscriptStore

/// The few store operations a running session needs, so the recorder can be tested against a
/// store that fails on cue (a full disk, a file made read-only, a session deleted under it).
public protocol SessionStore: AnyObject {
  /// The database file, for messages and the "saved in" line.
  var path: String { get }
  /// Records a new session, in progress, and returns its id.
  func createSession(_ session: NewSession) throws(StoreError) -> Int64
  /// Adds `entry` to the session, durably.
  func append(_ entry: Entry, to sessionID: Int64) throws(StoreError)
  /// Saves the whole resumable state (at question boundaries).
  func saveProgress(sessionID: Int64, snapshot: Data, interviewMilliseconds: Int, at: Date)
    throws(StoreError)
  /// Saves the answer being typed (an encoded `InterviewDraft`): the once-a-second autosave.
  func saveDraft(sessionID: Int64, draft: Data, at: Date) throws(StoreError)
  /// Writes what a transcription changed in entry `entry.sequence` (answer, notes flag,
  /// recording, feedback), which was appended before.
  func updateTranscription(of entry: TranscriptEntry, sessionID: Int64) throws(StoreError)
  /// Sets where the session stands.
  func setStatus(_ status: SessionStatus, sessionID: Int64, at: Date) throws(StoreError)
  /// Saves a drill card's grade and new schedule.
  func recordGrade(
    _ grade: DrillGrade, schedule: CardSchedule, for key: CardKey, sessionID: Int64,
    entrySequence: Int, at graded: Date) throws(StoreError)
  /// Takes back a drill card's grade: clears the entry's and puts back the card's schedule.
  func undoGrade(
    for key: CardKey, restoring schedule: CardSchedule?, sessionID: Int64, entrySequence: Int)
    throws(StoreError)
  /// Removes a session that holds nothing worth keeping.
  func deleteSession(id: Int64) throws(StoreError)
  /// Takes `sessionID` for this process until the returned token is dropped, so other windows
  /// see it live; `.sessionInUse` when another process has it.
  func claim(_ sessionID: Int64) throws(StoreError) -> AnyObject
}

extension TranscriptDatabase: SessionStore {
  /// `claimSession`, as the token the recorder keeps.
  public func claim(_ sessionID: Int64) throws(StoreError) -> AnyObject {
    try claimSession(sessionID)
  }
}
