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

  /// What versions 2 and 3 added to version 1, frozen as shipped, run after `version1`.
  static let versions2And3 = """
    ALTER TABLE entry ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
    ALTER TABLE entry ADD COLUMN note TEXT NOT NULL DEFAULT '';
    ALTER TABLE entry ADD COLUMN practise_again INTEGER NOT NULL DEFAULT 0
      CHECK (practise_again IN (0, 1));
    CREATE INDEX session_started ON session(started DESC, id DESC);
    CREATE INDEX entry_question_id ON entry(question_id) WHERE question_id IS NOT NULL;
    CREATE INDEX entry_question ON entry(question);
    CREATE VIRTUAL TABLE entry_text USING fts5(
      answer, note, content = 'entry', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER entry_text_insert AFTER INSERT ON entry BEGIN
      INSERT INTO entry_text(rowid, answer, note) VALUES (new.id, new.answer, new.note);
    END;
    CREATE TRIGGER entry_text_delete AFTER DELETE ON entry BEGIN
      INSERT INTO entry_text(entry_text, rowid, answer, note)
        VALUES ('delete', old.id, old.answer, old.note);
    END;
    CREATE TRIGGER entry_text_update AFTER UPDATE OF answer, note ON entry BEGIN
      INSERT INTO entry_text(entry_text, rowid, answer, note)
        VALUES ('delete', old.id, old.answer, old.note);
      INSERT INTO entry_text(rowid, answer, note) VALUES (new.id, new.answer, new.note);
    END;
    INSERT INTO entry_text(entry_text) VALUES ('rebuild');
    INSERT INTO grdb_migrations VALUES ('v2 annotations and search');
    CREATE INDEX entry_session_answers
      ON entry(session_id, kind, skipped, answer_ms, target_ms, thinking_ms);
    CREATE INDEX entry_segment_answers
      ON entry(segment, kind, skipped, thinking_ms, answer_ms, target_ms);
    INSERT INTO grdb_migrations VALUES ('v3 covering indexes for review');
    PRAGMA user_version = 3;
    """

  /// What version 4 added to version 3, frozen as shipped, run after `versions2And3`.
  static let version4 = """
    ALTER TABLE session ADD COLUMN kind TEXT NOT NULL DEFAULT 'interview'
      CHECK (kind IN ('interview', 'drill'));
    CREATE TABLE card (
      deck_id TEXT NOT NULL,
      question_id TEXT NOT NULL,
      starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
      repetitions INTEGER,
      ease INTEGER,
      interval_days INTEGER,
      due TEXT,
      last_drilled TEXT,
      lapses INTEGER,
      PRIMARY KEY (deck_id, question_id),
      CHECK ((repetitions IS NULL) = (ease IS NULL)
        AND (ease IS NULL) = (interval_days IS NULL)
        AND (interval_days IS NULL) = (due IS NULL)
        AND (due IS NULL) = (last_drilled IS NULL)
        AND (last_drilled IS NULL) = (lapses IS NULL))
    ) WITHOUT ROWID;
    CREATE TABLE drill_grade (
      entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
      deck_id TEXT NOT NULL,
      question_id TEXT NOT NULL,
      grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')),
      day TEXT NOT NULL,
      graded INTEGER NOT NULL
    );
    CREATE INDEX drill_grade_card ON drill_grade(deck_id, question_id);
    CREATE INDEX entry_answer_recorded ON entry(question_id, recorded)
      WHERE kind = 'answer';
    CREATE INDEX entry_practise_again ON entry(question_id, recorded)
      WHERE kind = 'answer' AND practise_again = 1;
    INSERT INTO grdb_migrations VALUES ('v4 drills, cards and grades');
    PRAGMA user_version = 4;
    """

  /// Writes a store with `sessions` sessions of three entries each into `directory`, in the
  /// schema `sql` creates (version 1 unless told).
  private func writeVersion1Store(
    _ directory: TemporaryDirectory, sessions: Int, schema sql: String = Self.version1
  ) throws {
    try DataDirectory.prepare(directory.data)
    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
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

  @Test func aVersion3StoreUpgradesItsSessionsToInterviewsAndDrillsCanFollow() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let sessions = 3
    try writeVersion1Store(
      directory, sessions: sessions, schema: Self.version1 + "\n" + Self.versions2And3)
    // The newest session (left in progress) has a snapshot to resume, as a rehearsal saves it.
    do {
      let queue = try DatabaseQueue(path: directory.database)
      defer { try? queue.close() }
      try queue.write { db in
        try db.execute(
          sql: """
            UPDATE session SET snapshot = x'7b7d' WHERE status = 'in-progress';
            UPDATE entry SET practise_again = 1, rating = 2 WHERE sequence = 1 AND session_id = 1;
            """)
      }
    }
    #expect(throws: StoreError.olderSchema(directory.database, schema: 3)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }

    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let listed = try store.sessions()
    #expect(listed.count == sessions)
    #expect(listed.allSatisfy { $0.kind == .interview })
    #expect(listed.allSatisfy { $0.answers == 2 })
    let newest = try #require(listed.first)
    #expect(try store.session(id: newest.id)?.summary.kind == .interview)
    #expect(try store.resumable()?.summary.id == newest.id)
    #expect(try store.search("resume migration").count == sessions)

    // The answers already stored are each card's history; nothing is starred or scheduled.
    let key = CardKey(deckID: "backend-staff", questionID: "led-change")
    var progress = try #require(try store.progress(for: [key])[key])
    #expect(progress.latest?.sessionID == newest.id)
    #expect(progress.latest?.answer.hasPrefix("Session \(sessions):") == true)
    #expect(progress.latest?.fromDrill == false)
    #expect(progress.markedToPractiseAgain)
    #expect(!progress.starred)
    #expect(progress.schedule == nil)

    // A drill written after the upgrade becomes the newest answer, with its grade.
    let drill = try store.createSession(
      NewSession(
        started: date(1_780_000_000_000), company: "", position: "", deckID: "backend-staff",
        deckTitle: "Backend", role: nil, mode: "typed", segments: ["behavioural"], seed: 0,
        salaryRange: nil, walkAway: nil, kind: .drill))
    try store.append(
      Entry(
        TranscriptEntry(
          sequence: 1, kind: .answer, segment: .behavioural, questionID: "led-change",
          question: "Question 1", answer: "Drilled.", thinkingMilliseconds: 1_000,
          answerMilliseconds: 20_000, targetMilliseconds: 60_000, parentSequence: nil,
          skipped: false, spokenNotes: false), recorded: date(1_780_000_060_000)),
      to: drill)
    let today = StudyDay(date(1_780_000_060_000), timeZone: TimeZone(identifier: "UTC") ?? .current)
    let schedule = Scheduler.schedule(after: nil, grade: .good, on: today)
    try store.recordGrade(.good, schedule: schedule, for: key, sessionID: drill, entrySequence: 1)
    progress = try #require(try store.progress(for: [key])[key])
    #expect(progress.latest?.fromDrill == true)
    #expect(progress.latest?.grade == .good)
    #expect(progress.schedule == schedule)
    #expect(!progress.markedToPractiseAgain)
    #expect(
      try store.sessions().map(\.kind) == [.drill] + Array(repeating: .interview, count: sessions))
    // A drill is not what a rehearsal resumes: the interview still is.
    #expect(try store.resumable()?.summary.id == newest.id)
    store.close()

    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    let (version, consistent) = try queue.write { db in
      (try Int.fetchOne(db, sql: "PRAGMA user_version"), try searchIndexMatchesEntries(db))
    }
    #expect(version == (try currentSchemaVersion()))
    #expect(version == 8)
    #expect(consistent)
  }

  @Test func aVersion4StoreUpgradesToFeedbackWithNoneStoredYet() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let sessions = 3
    try writeVersion1Store(
      directory, sessions: sessions,
      schema: [Self.version1, Self.versions2And3, Self.version4].joined(separator: "\n"))
    // A drill and a card, as version 4 wrote them.
    do {
      let queue = try DatabaseQueue(path: directory.database)
      defer { try? queue.close() }
      try queue.write { db in
        try db.execute(
          sql: """
            UPDATE session SET kind = 'drill', company = '', position = '' WHERE id = 2;
            INSERT INTO card (deck_id, question_id, starred) VALUES ('backend-staff', 'led-change', 1);
            """)
      }
    }
    #expect(throws: StoreError.olderSchema(directory.database, schema: 4)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }

    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let listed = try store.sessions()
    #expect(listed.count == sessions)
    #expect(listed.map(\.kind) == [.interview, .drill, .interview])
    for summary in listed {
      let transcript = try #require(try store.session(id: summary.id))
      #expect(transcript.jobDescription == nil)
      #expect(transcript.entries.count == 3)
      #expect(transcript.entries.allSatisfy { $0.feedback == nil && $0.probe == nil })
    }
    // Nothing analysed yet: the stats' feedback figures are all zero.
    let stats = try store.stats()
    #expect(stats.answers == sessions * 2)
    #expect(stats.recent.allSatisfy { $0.feedback == TranscriptStats.Feedback() })
    let key = CardKey(deckID: "backend-staff", questionID: "led-change")
    let progress = try #require(try store.progress(for: [key])[key])
    #expect(progress.starred)
    #expect(progress.latest?.feedback == nil)

    // Old answers take feedback (as `transcripts analyse` gives it), new sessions everything.
    let first = try #require(listed.last?.id)
    let made = analysed("I led the migration of 40 services and we cut deploys to 5 minutes.")
    try store.setFeedback([EntryReference(sessionID: first, sequence: 1): made])
    #expect(try store.session(id: first)?.entries.first?.feedback == made)
    var session = sampleSession(started: date(1_780_000_000_000))
    session.jobDescription = "Platform engineer: Kubernetes, Terraform."
    let id = try store.createSession(session)
    var entry = answer(1)
    entry.feedback = made
    try store.append(entry, to: id)
    var followUp = answer(2)
    followUp.kind = .followUp
    followUp.parentSequence = 1
    followUp.probe = .quantified
    try store.append(followUp, to: id)
    let added = try #require(try store.session(id: id))
    #expect(added.jobDescription == session.jobDescription)
    #expect(added.entries == [entry, followUp])
    #expect(try store.stats().recent.last?.feedback.answers == 1)
    store.close()

    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    let (version, entryColumns, sessionColumns, consistent) = try queue.write { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"),
        try db.columns(in: "entry").map(\.name),
        try db.columns(in: "session").map(\.name),
        try searchIndexMatchesEntries(db)
      )
    }
    #expect(version == 8)
    #expect(version == (try currentSchemaVersion()))
    for column in [
      "feedback", "probe", "feedback_words", "feedback_fillers", "feedback_verdicts",
    ] {
      #expect(entryColumns.contains(column))
    }
    #expect(sessionColumns.contains("job_description"))
    #expect(consistent)
  }

  @Test func aVersion5StoreGainsTheDraftTableAndKeepsItsSnapshots() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try writeVersion1Store(
      directory, sessions: 2,
      schema: [Self.version1, Self.versions2And3, Self.version4, Self.version5].joined(
        separator: "\n"))
    do {
      let queue = try DatabaseQueue(path: directory.database)
      defer { try? queue.close() }
      try queue.write { db in
        try db.execute(
          sql: "UPDATE session SET snapshot = X'7B7D', status = 'interrupted' WHERE id = 2")
      }
    }
    #expect(throws: StoreError.olderSchema(directory.database, schema: 5)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    #expect(try store.sessions().count == 2)
    #expect(try store.snapshot(of: 2) == Data("{}".utf8))
    #expect(try store.draft(of: 2) == nil)
    // Drafts go in their own row, and a full save supersedes them.
    try store.saveDraft(sessionID: 2, draft: Data("draft".utf8), at: date(1_780_000_000_000))
    #expect(try store.draft(of: 2) == Data("draft".utf8))
    try store.saveProgress(
      sessionID: 2, snapshot: Data("{ }".utf8), interviewMilliseconds: 1,
      at: date(1_780_000_001_000))
    #expect(try store.draft(of: 2) == nil)
    #expect(throws: StoreError.noSuchSession(directory.database, id: 99)) {
      try store.saveDraft(sessionID: 99, draft: Data("x".utf8), at: date(1_780_000_000_000))
    }
    // Deleting a session takes its draft with it.
    try store.saveDraft(sessionID: 1, draft: Data("gone".utf8), at: date(1_780_000_000_000))
    try store.deleteSession(id: 1)
    #expect(try store.draft(of: 1) == nil)
    store.close()
    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
    #expect(version == 8)
  }

  @Test func aVersion6StoreGainsSpokenAnswersAndItsEntriesStayTyped() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try writeVersion1Store(
      directory, sessions: 2,
      schema: [Self.version1, Self.versions2And3, Self.version4, Self.version5, Self.version6]
        .joined(separator: "\n"))
    #expect(throws: StoreError.olderSchema(directory.database, schema: 6)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let before = try #require(try store.session(id: 1))
    #expect(before.entries.count == 3)
    #expect(before.entries.allSatisfy { $0.recording.spoken == nil })
    // A recording and its transcription are written to an entry kept before them.
    var entry = before.entries[0].recording
    entry.spoken = SpokenAnswer(
      audioPath: "audio/1/1.wav", status: .transcribed, wordsPerMinute: 130)
    entry.answer = "Transcribed words."
    try store.updateTranscription(of: entry, sessionID: 1)
    let after = try #require(try store.session(id: 1)?.entries.first)
    #expect(after.recording == entry)
    #expect(after.recorded == before.entries[0].recorded)
    // The search index follows the new text.
    #expect(try store.search("transcribed").count == 1)
    #expect(throws: StoreError.noSuchEntry(directory.database, sessionID: 1, sequence: 9)) {
      var missing = entry
      missing.sequence = 9
      try store.updateTranscription(of: missing, sessionID: 1)
    }
    store.close()
    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
    #expect(version == 8)
  }

  @Test func aVersion7StoreGainsLettersAndInterviewersNoneSavedYet() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try writeVersion1Store(
      directory, sessions: 2,
      schema: [
        Self.version1, Self.versions2And3, Self.version4, Self.version5, Self.version6,
        Self.version7,
      ].joined(separator: "\n"))
    #expect(throws: StoreError.olderSchema(directory.database, schema: 7)) {
      try TranscriptDatabase.open(directory: directory.data, access: .readOnly)
    }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let before = try #require(try store.session(id: 1))
    #expect(before.letter == nil)
    #expect(before.summary.interviewers == nil)
    #expect(try store.savedLetter(of: 1) == nil)
    // A letter is saved to a session kept before letters existed, and forgotten again.
    try store.setLetter("Dear panel,\n\nThank you.\n", sessionID: 1)
    #expect(try store.session(id: 1)?.letter == "Dear panel,\n\nThank you.\n")
    #expect(try store.savedLetter(of: 1) == "Dear panel,\n\nThank you.\n")
    #expect(try store.session(id: 2)?.letter == nil)
    #expect(try store.session(id: 1)?.summary.updated == before.summary.updated)
    try store.setLetter(" \n", sessionID: 1)
    #expect(try store.savedLetter(of: 1) == nil)
    #expect(throws: StoreError.noSuchSession(directory.database, id: 99)) {
      try store.setLetter("x", sessionID: 99)
    }
    // New sessions keep the interviewers named in the form.
    let id = try store.createSession(
      NewSession(
        started: Date(timeIntervalSince1970: 1_790_000_000), company: "Acme", position: "Lead",
        deckID: "second-interview", deckTitle: "Second interview", role: nil, mode: "typed",
        segments: ["behavioural"], seed: 1, salaryRange: nil, walkAway: nil,
        interviewers: "Dana Reyes, Sam Ortiz"))
    #expect(try store.session(id: id)?.summary.interviewers == "Dana Reyes, Sam Ortiz")
    #expect(try store.sessions().first?.interviewers == "Dana Reyes, Sam Ortiz")
    store.close()
    let queue = try DatabaseQueue(path: directory.database)
    defer { try? queue.close() }
    let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
    #expect(version == 8)
  }

  @Test func deletingASessionRemovesItsRecordingsOnly() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try TranscriptDatabase.open(directory: directory.data, access: .readWrite)
    let first = try store.createSession(sampleSession())
    let second = try store.createSession(sampleSession())
    for id in [first, second] {
      let folder = SessionAudio.folder(dataDirectory: directory.data, sessionID: id)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      #expect(
        FileManager.default.createFile(atPath: folder + "/1.wav", contents: Data("RIFF".utf8)))
    }
    try store.deleteSession(id: first)
    let gone = SessionAudio.folder(dataDirectory: directory.data, sessionID: first)
    let kept = SessionAudio.folder(dataDirectory: directory.data, sessionID: second)
    #expect(!FileManager.default.fileExists(atPath: gone))
    #expect(FileManager.default.fileExists(atPath: kept + "/1.wav"))
    #expect(SessionAudio.relativePath(sessionID: second, sequence: 3) == "audio/\(second)/3.wav")
  }

  /// What version 6 added over version 5, as it wrote it.
  static let version6 = """
    CREATE TABLE draft (
      session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
      state BLOB NOT NULL,
      updated INTEGER NOT NULL
    );
    INSERT INTO grdb_migrations VALUES ('v6 draft autosave');
    PRAGMA user_version = 6;
    """

  /// What version 7 added over version 6, as it wrote it.
  static let version7 = """
    ALTER TABLE entry ADD COLUMN spoken TEXT;
    INSERT INTO grdb_migrations VALUES ('v7 spoken answers');
    PRAGMA user_version = 7;
    """

  /// What version 5 added over version 4, as it wrote it.
  static let version5 = """
    ALTER TABLE session ADD COLUMN job_description TEXT;
    ALTER TABLE entry ADD COLUMN feedback TEXT;
    ALTER TABLE entry ADD COLUMN probe TEXT;
    ALTER TABLE entry ADD COLUMN feedback_words INTEGER;
    ALTER TABLE entry ADD COLUMN feedback_fillers INTEGER;
    ALTER TABLE entry ADD COLUMN feedback_verdicts INTEGER;
    INSERT INTO grdb_migrations VALUES ('v5 feedback and job descriptions');
    PRAGMA user_version = 5;
    """
}
