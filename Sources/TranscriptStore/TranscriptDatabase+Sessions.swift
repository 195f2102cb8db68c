import Foundation
import GRDB
import InterviewCore

extension TranscriptDatabase {
  // MARK: - Writing

  /// Records a new session, in progress, and returns its id.
  public func createSession(_ session: NewSession) throws(StoreError) -> Int64 {
    try writingDurably { db in
      try NewSessionRecord(session: session, status: .inProgress).insert(db)
      return db.lastInsertedRowID
    }
  }

  /// Adds `entry` to the session; it is on disk when this returns.
  ///
  /// Sequences are unique within a session, and a follow-up's `parentSequence` must name an
  /// entry already appended; either mistake throws and stores nothing.
  public func append(_ entry: Entry, to sessionID: Int64) throws(StoreError) {
    let path = self.path
    try writingDurably { db in
      try db.execute(
        sql: "UPDATE session SET updated = ? WHERE id = ?",
        arguments: [Milliseconds.from(entry.recorded), sessionID])
      guard db.changesCount == 1 else { throw StoreError.noSuchSession(path, id: sessionID) }
      try EntryRecord(sessionID: sessionID, entry: entry).insert(db)
    }
  }

  /// Writes what a transcription changed in a spoken entry: its answer (the transcribed text),
  /// the notes flag, the recording's status and words, and the feedback made from them. The
  /// rest of the row (times, rating, note) is left as it is.
  public func updateTranscription(of entry: TranscriptEntry, sessionID: Int64)
    throws(StoreError)
  {
    let path = self.path
    try writingDurably { db in
      var arguments: StatementArguments = [
        entry.answer, entry.spokenNotes, try SpokenColumn.encode(entry.spoken),
      ]
      arguments += StatementArguments(FeedbackColumns.values(for: entry.feedback))
      arguments += [sessionID, entry.sequence]
      try db.execute(
        sql: """
          UPDATE entry SET answer = ?, spoken_notes = ?, spoken = ?, feedback = ?,
            feedback_words = ?, feedback_fillers = ?, feedback_verdicts = ?
          WHERE session_id = ? AND sequence = ?
          """,
        arguments: arguments)
      guard db.changesCount == 1 else {
        throw StoreError.noSuchEntry(path, sessionID: sessionID, sequence: entry.sequence)
      }
    }
  }

  /// Replaces the feedback of each entry named in `feedback` (nil removes it), in one
  /// transaction that is on disk when this returns; an entry that does not exist throws and
  /// nothing is changed. `transcripts analyse` writes through this.
  public func setFeedback(_ feedback: [EntryReference: AnswerFeedback?]) throws(StoreError) {
    let path = self.path
    try writingDurably { db in
      let statement = try db.cachedStatement(
        sql: """
          UPDATE entry SET feedback = ?, feedback_words = ?, feedback_fillers = ?,
            feedback_verdicts = ?
          WHERE session_id = ? AND sequence = ?
          """)
      // Sorted so that a failure names the same entry however the dictionary is ordered.
      for (reference, value) in feedback.sorted(by: {
        ($0.key.sessionID, $0.key.sequence) < ($1.key.sessionID, $1.key.sequence)
      }) {
        var arguments = StatementArguments(FeedbackColumns.values(for: value))
        _ = arguments.append(contentsOf: [reference.sessionID, reference.sequence])
        try statement.execute(arguments: arguments)
        guard db.changesCount == 1 else {
          throw StoreError.noSuchEntry(
            path, sessionID: reference.sessionID, sequence: reference.sequence)
        }
      }
    }
  }

  /// Saves the resumable state (the app's opaque snapshot, draft included) with one UPDATE.
  ///
  /// Meant to run about once a second while typing, so it skips the fsync: a killed process
  /// loses nothing committed, a power cut at most this last save.
  public func saveProgress(
    sessionID: Int64, snapshot: Data, interviewMilliseconds: Int, at: Date
  ) throws(StoreError) {
    let path = self.path
    try writingQuickly { db in
      let statement = try db.cachedStatement(
        sql: "UPDATE session SET snapshot = ?, interview_ms = ?, updated = ? WHERE id = ?")
      try statement.execute(arguments: [
        snapshot, interviewMilliseconds, Milliseconds.from(at), sessionID,
      ])
      guard db.changesCount == 1 else { throw StoreError.noSuchSession(path, id: sessionID) }
      // The snapshot is newer than any draft now. Should this delete fail, the app still tells
      // a stale draft by the question it belongs to.
      try db.execute(sql: "DELETE FROM draft WHERE session_id = ?", arguments: [sessionID])
    }
  }

  /// Saves the answer being typed (the app's opaque draft value) in its one row: what autosave
  /// writes once a second. Like `saveProgress` it skips the fsync.
  public func saveDraft(sessionID: Int64, draft: Data, at: Date) throws(StoreError) {
    let path = self.path
    try writingQuickly { db in
      let statement = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO draft (session_id, state, updated) VALUES (?, ?, ?)")
      do {
        try statement.execute(arguments: [sessionID, draft, Milliseconds.from(at)])
      } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
        // The session is gone (the foreign key refused the row).
        throw StoreError.noSuchSession(path, id: sessionID)
      }
    }
  }

  /// The draft saved since the session's last snapshot, if any.
  public func draft(of sessionID: Int64) throws(StoreError) -> Data? {
    try reading { db in
      try Data.fetchOne(
        db, sql: "SELECT state FROM draft WHERE session_id = ?", arguments: [sessionID])
    }
  }

  /// Sets where the session stands, e.g. `.finished` at the end or `.inProgress` on resuming.
  public func setStatus(_ status: SessionStatus, sessionID: Int64, at: Date) throws(StoreError) {
    let path = self.path
    try writingDurably { db in
      try db.execute(
        sql: "UPDATE session SET status = ?, updated = ? WHERE id = ?",
        arguments: [status.rawValue, Milliseconds.from(at), sessionID])
      guard db.changesCount == 1 else { throw StoreError.noSuchSession(path, id: sessionID) }
    }
  }

  /// Keeps the session as an interrupted transcript that `resumable()` never offers again.
  ///
  /// A finished session stays finished (declining must not make a complete transcript look
  /// cut short), and `updated` is left alone: declining is not rehearsing.
  public func declineResume(sessionID: Int64) throws(StoreError) {
    let path = self.path
    try writingDurably { db in
      try db.execute(
        sql: """
          UPDATE session SET resume_declined = 1,
            status = CASE status WHEN 'finished' THEN 'finished' ELSE 'interrupted' END
          WHERE id = ?
          """,
        arguments: [sessionID])
      guard db.changesCount == 1 else { throw StoreError.noSuchSession(path, id: sessionID) }
    }
  }

  // MARK: - Reading

  /// The newest (by start) unfinished interview with a snapshot that was not declined and that
  /// no live process owns, if any; nil for a read-only opening, which could not save it.
  ///
  /// Drills are never offered: a drill's snapshot is not an `Interview` that a rehearsal could
  /// take up again. A session rehearsed in another window is live, not interrupted.
  public func resumable() throws(StoreError) -> (summary: SessionSummary, snapshot: Data)? {
    guard access == .readWrite else { return nil }
    return try reading { db -> (summary: SessionSummary, snapshot: Data)? in
      let live = try liveSessionIDs(db)
      let sql = """
        SELECT \(SessionSummaryRecord.selection), session.snapshot FROM session
        WHERE status IN ('interrupted', 'in-progress') AND snapshot IS NOT NULL
          AND resume_declined = 0 AND kind = 'interview'
        ORDER BY started DESC, id DESC
        """
      let rows = try Row.fetchCursor(db, sql: sql)
      while let row = try rows.next() {
        let summary = try SessionSummaryRecord(row: row).summary
        // Whatever its status says, a session whose lock is held is someone's right now.
        guard !live.contains(summary.id), !isLive(summary.id) else { continue }
        let snapshot: Data = try row.decode(forColumn: "snapshot")
        return (interrupted(summary, live: live), snapshot)
      }
      return nil
    }
  }

  /// The resumable state last saved for `sessionID` (the app's opaque snapshot); nil if the
  /// session has none or does not exist.
  public func snapshot(of sessionID: Int64) throws(StoreError) -> Data? {
    try reading { db in
      try Data.fetchOne(
        db, sql: "SELECT snapshot FROM session WHERE id = ?", arguments: [sessionID])
    }
  }

  /// `summary` as readers should see it: in progress only while a live process owns it; one
  /// whose process died is interrupted.
  func interrupted(_ summary: SessionSummary, live: Set<Int64>) -> SessionSummary {
    guard summary.status == .inProgress, !live.contains(summary.id) else { return summary }
    var summary = summary
    summary.status = .interrupted
    return summary
  }

  /// Sessions newest start first (ties: the later created first), all of them or the first
  /// `limit`, of any status or only `status`.
  ///
  /// `.interrupted` also matches sessions still marked in progress whose process died; those a
  /// live process owns stay `.inProgress` (running in another terminal).
  public func sessions(status: SessionStatus? = nil, limit: Int? = nil) throws(StoreError)
    -> [SessionSummary]
  {
    try reading { db in
      let live = try liveSessionIDs(db)
      let liveList = live.map(String.init).joined(separator: ",")
      var conditions: [String] = []
      var arguments = StatementArguments()
      switch status {
      case nil: break
      case .finished: conditions.append("status = 'finished'")
      case .interrupted:
        conditions.append("status IN ('interrupted', 'in-progress')")
        if !live.isEmpty { conditions.append("id NOT IN (\(liveList))") }
      case .inProgress:
        conditions.append(live.isEmpty ? "0" : "id IN (\(liveList))")
      }
      var sql = "SELECT \(SessionSummaryRecord.selection) FROM session"
      if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
      sql += " ORDER BY started DESC, id DESC"
      if let limit {
        sql += " LIMIT ?"
        _ = arguments.append(contentsOf: [max(0, limit)])
      }
      return try SessionSummaryRecord.fetchAll(db, sql: sql, arguments: arguments).map {
        interrupted($0.summary, live: live)
      }
    }
  }

  /// One session and its entries in sequence order; nil if there is no such session.
  public func session(id: Int64) throws(StoreError) -> Transcript? {
    try reading { db -> Transcript? in
      let sql = """
        SELECT \(SessionSummaryRecord.selection), session.job_description, session.letter
        FROM session WHERE id = ?
        """
      guard let row = try Row.fetchOne(db, sql: sql, arguments: [id]) else { return nil }
      let summary = interrupted(
        try SessionSummaryRecord(row: row).summary, live: try liveSessionIDs(db))
      let entries = try EntryRecord.fetchAll(
        db, sql: "SELECT * FROM entry WHERE session_id = ? ORDER BY sequence", arguments: [id])
      return Transcript(
        summary: summary, entries: entries.map(\.entry),
        jobDescription: try row.decode(forColumn: "job_description"),
        letter: try row.decode(forColumn: "letter"))
    }
  }
}
