import GRDB

/// The store's tables and how a file is recognised as a store of ours.
///
/// Dates are integer milliseconds since 1970 (UTC); booleans are 0/1; `segments` is a JSON array
/// of strings; the UInt64 `seed` is kept as the Int64 with the same bits.
enum Schema {
  /// `PRAGMA application_id` of every store ("SRND"), so another program's SQLite file is told
  /// apart from ours and left alone.
  static let applicationID: Int32 = 0x5352_4E44

  /// The schema this build writes: the number of migrations it knows.
  static var version: Int { migrator.migrations.count }

  /// Every migration, oldest first. Each one also sets `user_version` to its number, so an older
  /// build can name the schema it refuses from the file header alone.
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    let steps: [(String, @Sendable (Database) throws -> Void)] = [
      ("v1 sessions and entries", createSessionsAndEntries),
      ("v2 annotations and search", addAnnotationsAndSearch),
      ("v3 covering indexes for review", addReviewIndexes),
      ("v4 drills, cards and grades", addDrillsAndCards),
      ("v5 feedback and job descriptions", addFeedback),
      ("v6 draft autosave", addDrafts),
      ("v7 spoken answers", addSpokenAnswers),
      ("v8 follow-up letters", addFollowUpLetters),
    ]
    for (number, (identifier, migrate)) in zip(1..., steps) {
      migrator.registerMigration(identifier) { db in
        try migrate(db)
        try db.execute(sql: "PRAGMA user_version = \(number)")
      }
    }
    return migrator
  }()

  private static func createSessionsAndEntries(_ db: Database) throws {
    try db.execute(sql: "PRAGMA application_id = \(applicationID)")
    try db.execute(
      sql: """
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
        """)
  }

  /// Review: the candidate's rating, note and practise-again mark on each entry; a full-text
  /// index over answers and notes kept in step by triggers; indexes for the list and history.
  private static func addAnnotationsAndSearch(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE entry ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
        ALTER TABLE entry ADD COLUMN note TEXT NOT NULL DEFAULT '';
        ALTER TABLE entry ADD COLUMN practise_again INTEGER NOT NULL DEFAULT 0
          CHECK (practise_again IN (0, 1));
        CREATE INDEX session_started ON session(started DESC, id DESC);
        CREATE INDEX entry_question_id ON entry(question_id) WHERE question_id IS NOT NULL;
        CREATE INDEX entry_question ON entry(question);
        -- An external-content index: the text lives once, in entry. Diacritics are folded so
        -- "resume" finds "résumé".
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
        """)
  }

  /// Covering indexes for the review list and stats, so neither reads the entry table itself:
  /// its rows carry whole answers (about 1 KiB each), the indexes only the few numbers counted.
  /// At 10,000 sessions and 200,000 entries this took listing every session from 450 to 100 ms
  /// and stats from 700 to under 100 ms (`Benchmarks/Sources/store-benchmark`).
  private static func addReviewIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        -- Per session: answers given and over target (the list), per-session means (stats).
        CREATE INDEX entry_session_answers
          ON entry(session_id, kind, skipped, answer_ms, target_ms, thinking_ms);
        -- Per segment, in segment order, so stats group without sorting 200,000 rows.
        CREATE INDEX entry_segment_answers
          ON entry(segment, kind, skipped, thinking_ms, answer_ms, target_ms);
        """)
  }

  /// Decks: each session says whether it was an interview or a drill; a card per deck question
  /// keeps its star and SM-2 schedule (deck files are never rewritten, so these live here); each
  /// graded drill answer keeps its grade. History follows question ids, so the newest answer to a
  /// question is a seek on a partial index rather than a sort of every attempt.
  private static func addDrillsAndCards(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE session ADD COLUMN kind TEXT NOT NULL DEFAULT 'interview'
          CHECK (kind IN ('interview', 'drill'));
        -- The schedule's columns are all NULL until the card is first graded, then all set.
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
        -- A card's grades, for the newest graded drill of the card.
        CREATE INDEX drill_grade_card ON drill_grade(deck_id, question_id);
        -- The newest answer to a question: one seek from the end of its run.
        CREATE INDEX entry_answer_recorded ON entry(question_id, recorded)
          WHERE kind = 'answer';
        -- Answers marked to practise again are few; without this, a question never marked
        -- would read every one of its attempts to find that out.
        CREATE INDEX entry_practise_again ON entry(question_id, recorded)
          WHERE kind = 'answer' AND practise_again = 1;
        """)
  }

  /// Feedback: each answer keeps the coach's feedback (JSON, so old transcripts can be analysed
  /// again when the lexicons improve) and, for a follow-up, why it was asked; each session the
  /// job description its answers were measured against.
  ///
  /// `transcripts stats` aggregates over many entries, and decoding a JSON cell per row would
  /// cost far more than the sums themselves, so the figures it needs are copied into plain
  /// columns as the feedback is written: words, fillers, and the verdicts as a bitmask (bit n
  /// is `FeedbackVerdicts.keys[n]`). All are NULL when the entry has no feedback.
  private static func addFeedback(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE session ADD COLUMN job_description TEXT;
        ALTER TABLE entry ADD COLUMN feedback TEXT;
        ALTER TABLE entry ADD COLUMN probe TEXT;
        ALTER TABLE entry ADD COLUMN feedback_words INTEGER;
        ALTER TABLE entry ADD COLUMN feedback_fillers INTEGER;
        ALTER TABLE entry ADD COLUMN feedback_verdicts INTEGER;
        """)
  }

  /// The answer being typed, one row per session, written by autosave once a second instead of
  /// the whole snapshot (which is written at question boundaries, and then the row goes).
  /// `state` is the app's opaque value, like the snapshot (it says which question it belongs to).
  private static func addDrafts(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE draft (
          session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
          state BLOB NOT NULL,
          updated INTEGER NOT NULL
        );
        """)
  }

  /// Spoken answers: the recording's path (relative to the data directory), its transcription
  /// status and the timed words, as one JSON cell like the feedback (a `SpokenAnswer`); NULL
  /// for a typed answer. Nothing aggregates over it, so it needs no columns of its own.
  private static func addSpokenAnswers(_ db: Database) throws {
    try db.execute(sql: "ALTER TABLE entry ADD COLUMN spoken TEXT;")
  }

  /// The follow-up letter: the interviewers the candidate named in the setup form (one
  /// comma-separated line, as typed, names trimmed), which the letter greets; and the letter as
  /// the candidate last edited and saved it (NULL until then: the letter shown is a draft made
  /// from the transcript, so an unsaved one never goes stale).
  private static func addFollowUpLetters(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE session ADD COLUMN interviewers TEXT;
        ALTER TABLE session ADD COLUMN letter TEXT;
        """)
  }

  /// What an opened file turned out to be.
  enum Found: Equatable {
    /// An empty database (a new or zero-length file): ours to create.
    case empty
    /// A SecondRound store at `schema`; `complete` once every migration of this build has run.
    case store(schema: Int, complete: Bool)
    /// A store written by a build with more migrations.
    case newer(schema: Int)
    /// Some other program's SQLite database.
    case foreign
  }

  /// Tells what the open database is, reading only (the header pragmas and the migrations table).
  static func inspect(_ db: Database) throws -> Found {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
    if applicationID == 0 && tables == 0 { return .empty }
    guard applicationID == Self.applicationID else { return .foreign }
    let superseded = try migrator.hasBeenSuperseded(db)
    if userVersion > version || superseded {
      let applied = try migrator.appliedIdentifiers(db).count
      return .newer(schema: max(userVersion, applied))
    }
    return .store(schema: userVersion, complete: try migrator.hasCompletedMigrations(db))
  }
}
