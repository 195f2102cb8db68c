import Foundation
import GRDB
import InterviewCore
import Testing
import TranscriptStore

@Suite struct MigrationTests {
  /// The schema of the first release, frozen here as it was shipped: a store written then must
  /// still open, whatever later migrations do.
  static let version1 = """
    PRAGMA application_id = 1397902916;
    CREATE TABLE session (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      started INTEGER NOT NULL,
      updated INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('in-progress', 'interrupted', 'finished')),
      company TEXT NOT NULL,
      position TEXT NOT NULL,
      deck_id TEXT NOT NULL,
      deck_title TEXT NOT NULL,
      role TEXT,
      mode TEXT NOT NULL,
      segments TEXT NOT NULL,
      seed INTEGER NOT NULL,
      salary_range TEXT,
      walk_away TEXT,
      interview_ms INTEGER NOT NULL DEFAULT 0,
      snapshot BLOB,
      resume_declined INTEGER NOT NULL DEFAULT 0 CHECK (resume_declined IN (0, 1))
    );
    CREATE TABLE entry (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      kind TEXT NOT NULL
        CHECK (kind IN ('answer', 'follow-up', 'candidate-question', 'reflection')),
      segment TEXT,
      question_id TEXT,
      question TEXT NOT NULL,
      answer TEXT NOT NULL,
      thinking_ms INTEGER,
      answer_ms INTEGER,
      target_ms INTEGER,
      parent_sequence INTEGER,
      skipped INTEGER NOT NULL CHECK (skipped IN (0, 1)),
      spoken_notes INTEGER NOT NULL CHECK (spoken_notes IN (0, 1)),
      recorded INTEGER NOT NULL,
      FOREIGN KEY (session_id, parent_sequence) REFERENCES entry(session_id, sequence)
        ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX entry_session_sequence ON entry(session_id, sequence);
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES ('v1 sessions and entries');
    PRAGMA user_version = 1;
    """

  /// Writes a version-1 store with `sessions` sessions of three entries each into `directory`.
  private func writeVersion1Store(_ directory: TemporaryDirectory, sessions: Int) throws {
    try DataDirectory.prepare(directory.data)
    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    try queue.writeWithoutTransaction { db in try db.execute(sql: Self.version1) }
    try queue.write { db in
      for number in 1...sessions {
        let started = 1_772_442_000_000 + Int64(number) * 86_400_000
        try db.execute(
          sql: """
            INSERT INTO session (started, updated, status, company, position, deck_id,
              deck_title, mode, segments, seed)
            VALUES (?, ?, ?, ?, 'Staff Engineer', 'backend-staff', 'Backend', 'typed',
              '["behavioural"]', ?)
            """,
          arguments: [
            started, started, number == sessions ? "in-progress" : "finished",
            "Company \(number)", number,
          ])
        let session = db.lastInsertedRowID
        let answers = [
          "Session \(number): my résumé shows the migration I led.",
          "Session \(number): a follow-up about the rollout.",
          "",
        ]
        for (offset, answer) in answers.enumerated() {
          try db.execute(
            sql: """
              INSERT INTO entry (session_id, sequence, kind, segment, question_id, question,
                answer, thinking_ms, answer_ms, target_ms, parent_sequence, skipped,
                spoken_notes, recorded)
              VALUES (?, ?, ?, 'behavioural', 'led-change', ?, ?, 1000, ?, 60000, ?, ?, 0, ?)
              """,
            arguments: [
              session, offset + 1, offset == 1 ? "follow-up" : "answer", "Question \(offset + 1)",
              answer, 30_000 + offset * 40_000, offset == 1 ? 1 : nil, answer.isEmpty,
              started + Int64(offset) * 60_000,
            ])
        }
      }
    }
  }

  /// The `user_version` of a store created by this build.
  private func currentSchemaVersion() throws -> Int? {
    let fresh = try TemporaryDirectory()
    defer { fresh.remove() }
    try TranscriptDatabase.open(directory: fresh.data, access: .readWrite).close()
    let queue = try DatabaseQueue(path: fresh.database)
    defer { try? queue.close() }
    return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
  }

  @Test func aVersion1StoreUpgradesKeepingEveryEntryAndBecomesSearchable() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let sessions = 3
    try writeVersion1Store(directory, sessions: sessions)

    // Reading alone may not migrate, and says why.
    #expect(throws: StoreError.olderSchema(directory.database, schema: 1)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }

    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let listed = try store.sessions()
    #expect(listed.count == sessions)
    #expect(listed.map(\.company) == (1...sessions).reversed().map { "Company \($0)" })
    for summary in listed {
      #expect(summary.answers == 2)
      #expect(summary.overTarget == 1)
      let transcript = try #require(try store.session(id: summary.id))
      #expect(transcript.entries.map(\.sequence) == [1, 2, 3])
      #expect(transcript.entries.map(\.kind) == [.answer, .followUp, .answer])
      #expect(transcript.entries.map(\.skipped) == [false, false, true])
      #expect(transcript.entries.allSatisfy { $0.annotation == Annotation() })
      #expect(
        transcript.entries.first?.answer.hasSuffix("my résumé shows the migration I led.") == true)
    }
    // The session a killed process left in progress reads as interrupted, as for any store.
    #expect(listed.first?.status == .interrupted)

    // The index was rebuilt over the answers already there.
    let hits = try store.search("resume migration")
    #expect(hits.count == sessions)
    #expect(Set(hits.map(\.sessionID)) == Set(listed.map(\.id)))
    #expect(try store.search("rollout").allSatisfy { $0.kind == .followUp })
    #expect(try store.history(of: .deckQuestion("led-change")).count == sessions * 2)

    // And it keeps step with what is written after the upgrade.
    let first = try #require(listed.last?.id)
    try store.annotate(
      EntryReference(sessionID: first, sequence: 3), with: Annotation(note: "flamingo"))
    #expect(try store.search("flamingo").map(\.sessionID) == [first])
    store.close()

    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    let (version, entries, consistent) = try queue.write { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entry"),
        try searchIndexMatchesEntries(db)
      )
    }
    #expect(version == (try currentSchemaVersion()))
    #expect(entries == sessions * 3)
    #expect(consistent)
    // Now current, the store opens read-only too.
    #expect(throws: Never.self) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }
  }
}
