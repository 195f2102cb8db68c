import GRDB
import InterviewCore

extension TranscriptDatabase {
  /// Saves `letter` as session `sessionID`'s follow-up letter, as the candidate edited it; nil
  /// (or only blanks) forgets it, so the draft made from the transcript shows again. On disk
  /// when this returns. `updated` is left alone: editing the letter is not rehearsing.
  public func setLetter(_ letter: String?, sessionID: Int64) throws(StoreError) {
    let path = self.path
    let kept = letter.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    try writingDurably { db in
      try db.execute(
        sql: "UPDATE session SET letter = ? WHERE id = ?", arguments: [kept, sessionID])
      guard db.changesCount == 1 else { throw StoreError.noSuchSession(path, id: sessionID) }
    }
  }

  /// Session `sessionID`'s follow-up letter as last saved (`setLetter`): nil when it was never
  /// edited, and also when there is no such session. The HTML report and the exports read it
  /// through `session(id:)`'s `Transcript.letter`; this is the one-column read.
  public func savedLetter(of sessionID: Int64) throws(StoreError) -> String? {
    try reading { db in
      try String.fetchOne(
        db, sql: "SELECT letter FROM session WHERE id = ?", arguments: [sessionID])
    }
  }
}
