import Foundation
import GRDB
import InterviewCore

extension TranscriptDatabase {
  // MARK: - Decks: stars, schedules, latest answers

  /// What the store knows of each card in `keys`: star, SM-2 schedule, newest answer, and
  /// whether review marked it to practise again after its last drill. Cards never touched are
  /// left out of the result.
  ///
  /// The newest answer and the practise-again mark follow the question id across decks, as
  /// `history(of: .deckQuestion(_:))` does; star and schedule belong to the card (deck and
  /// question). Each key costs a few index seeks, so every question of every deck can be asked
  /// for at once when the home screen opens.
  public func progress(for keys: [CardKey]) throws(StoreError) -> [CardKey: CardProgress] {
    try reading { db in
      let statements = try PracticeStatements(db)
      var latest: [String: LatestAnswer?] = [:]
      var progress: [CardKey: CardProgress] = [:]
      for key in Set(keys) {
        if latest[key.questionID] == nil {
          latest[key.questionID] = try statements.latestAnswer(to: key.questionID)
        }
        let card = try statements.card(key)
        let marked = try statements.markedToPractiseAgain(
          key, since: card.schedule == nil ? nil : try statements.newestGradedDrill(key))
        let found = CardProgress(
          starred: card.starred, schedule: card.schedule, latest: latest[key.questionID] ?? nil,
          markedToPractiseAgain: marked)
        if found != CardProgress() { progress[key] = found }
      }
      return progress
    }
  }

  /// Stars or unstars the card `key`, keeping its schedule.
  public func setStarred(_ starred: Bool, for key: CardKey) throws(StoreError) {
    try writingDurably { db in
      try db.execute(
        sql: """
          INSERT INTO card (deck_id, question_id, starred) VALUES (?, ?, ?)
          ON CONFLICT (deck_id, question_id) DO UPDATE SET starred = excluded.starred
          """,
        arguments: [key.deckID, key.questionID, starred])
    }
  }

  /// Saves the grade given to entry `entrySequence` of drill session `sessionID`, and the card's
  /// new schedule, in one transaction; on disk when this returns.
  ///
  /// Grading the same entry again replaces its grade; the card keeps its star. `graded` is when
  /// the grade was given. The entry must answer the card's question: a grade filed under another
  /// question would move that question's schedule.
  public func recordGrade(
    _ grade: DrillGrade, schedule: CardSchedule, for key: CardKey, sessionID: Int64,
    entrySequence: Int, at graded: Date = Date()
  ) throws(StoreError) {
    let path = self.path
    try writingDurably { db in
      let (entryID, questionID) = try Self.entry(
        sequence: entrySequence, of: sessionID, in: db, path: path)
      guard questionID == key.questionID else {
        throw StoreError.invalidValue(
          path,
          reason:
            "entry \(entrySequence) of rehearsal \(sessionID) does not answer question "
            + key.questionID)
      }
      try db.execute(
        sql: """
          INSERT INTO drill_grade (entry_id, deck_id, question_id, grade, day, graded)
          VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (entry_id) DO UPDATE SET deck_id = excluded.deck_id,
            question_id = excluded.question_id, grade = excluded.grade, day = excluded.day,
            graded = excluded.graded
          """,
        arguments: [
          entryID, key.deckID, key.questionID, grade.name, schedule.lastDrilled.iso,
          Milliseconds.from(graded),
        ])
      try db.execute(
        sql: """
          INSERT INTO card (deck_id, question_id, repetitions, ease, interval_days, due,
            last_drilled, lapses)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (deck_id, question_id) DO UPDATE SET repetitions = excluded.repetitions,
            ease = excluded.ease, interval_days = excluded.interval_days, due = excluded.due,
            last_drilled = excluded.last_drilled, lapses = excluded.lapses
          """,
        arguments: [
          key.deckID, key.questionID, schedule.repetitions, schedule.ease, schedule.intervalDays,
          schedule.due.iso, schedule.lastDrilled.iso, schedule.lapses,
        ])
    }
  }

  /// Takes back the grade of entry `entrySequence` of drill session `sessionID` and puts the
  /// card's schedule back to `schedule` (nil: the card had none, so its schedule is cleared and
  /// its star kept), in one transaction; on disk when this returns. Undoing a grade that was
  /// never recorded only restores the schedule.
  public func undoGrade(
    for key: CardKey, restoring schedule: CardSchedule?, sessionID: Int64, entrySequence: Int
  ) throws(StoreError) {
    let path = self.path
    try writingDurably { db in
      let (entryID, _) = try Self.entry(
        sequence: entrySequence, of: sessionID, in: db, path: path)
      try db.execute(
        sql: "DELETE FROM drill_grade WHERE entry_id = ? AND deck_id = ? AND question_id = ?",
        arguments: [entryID, key.deckID, key.questionID])
      // The row stays (it may hold a star); only its schedule goes back.
      try db.execute(
        sql: """
          UPDATE card SET repetitions = ?, ease = ?, interval_days = ?, due = ?,
            last_drilled = ?, lapses = ?
          WHERE deck_id = ? AND question_id = ?
          """,
        arguments: [
          schedule?.repetitions, schedule?.ease, schedule?.intervalDays, schedule?.due.iso,
          schedule?.lastDrilled.iso, schedule?.lapses, key.deckID, key.questionID,
        ])
    }
  }

  /// The row id and question id of entry `sequence` of session `sessionID`; throws
  /// `noSuchEntry` when there is none, for a grade and its undo alike.
  private static func entry(
    sequence: Int, of sessionID: Int64, in db: Database, path: String
  ) throws -> (id: Int64, questionID: String?) {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT id, question_id FROM entry WHERE session_id = ? AND sequence = ?",
        arguments: [sessionID, sequence])
    else {
      throw StoreError.noSuchEntry(path, sessionID: sessionID, sequence: sequence)
    }
    return (try row.decode(forColumn: "id"), try row.decode(forColumn: "question_id"))
  }
}

/// The prepared statements `progress(for:)` runs once per key or question, each an index seek.
private struct PracticeStatements {
  private let latest: Statement
  private let card: Statement
  private let newestGraded: Statement
  private let practiseAgain: Statement

  init(_ db: Database) throws {
    // `kind = 'answer'` in each WHERE lets SQLite use the partial indexes of schema v4: the
    // newest answer is the last of the question's run in entry_answer_recorded (skipped, empty
    // answers passed over on the way), the mark a seek in entry_practise_again.
    latest = try db.cachedStatement(
      sql: """
        SELECT entry.session_id, entry.recorded, entry.answer, entry.thinking_ms,
          entry.answer_ms, entry.target_ms, entry.skipped, entry.spoken_notes, entry.rating,
          entry.feedback, session.kind AS session_kind, drill_grade.grade
        FROM entry
        JOIN session ON session.id = entry.session_id
        LEFT JOIN drill_grade ON drill_grade.entry_id = entry.id
        WHERE entry.question_id = ? AND entry.kind = 'answer'
          AND NOT (entry.skipped = 1 AND entry.answer = '')
        ORDER BY entry.recorded DESC, entry.id DESC
        LIMIT 1
        """)
    card = try db.cachedStatement(
      sql: """
        SELECT starred, repetitions, ease, interval_days, due, last_drilled, lapses
        FROM card WHERE deck_id = ? AND question_id = ?
        """)
    // Entry ids grow in the order answers are recorded, so the card's newest graded drill is
    // its highest entry id: the last of its run in drill_grade_card, one seek. The newest
    // `recorded` over all of a card's grades read an entry row per grade instead: with 14,000
    // grades, 260 keys took 28 ms that way and 7.5 ms this way (store-benchmark).
    newestGraded = try db.cachedStatement(
      sql: """
        SELECT recorded FROM entry
        WHERE id = (SELECT max(entry_id) FROM drill_grade WHERE deck_id = ? AND question_id = ?)
        """)
    practiseAgain = try db.cachedStatement(
      sql: """
        SELECT EXISTS (
          SELECT 1 FROM entry
          WHERE question_id = ? AND kind = 'answer' AND practise_again = 1 AND recorded >= ?)
        """)
  }

  /// The newest answer to `questionID` in any deck and session, not counting skips without text.
  func latestAnswer(to questionID: String) throws -> LatestAnswer? {
    guard let row = try Row.fetchOne(latest, arguments: [questionID]) else { return nil }
    let kind = try SessionKindColumn.decode(row, "session_kind")
    let grade = try (row.decode(String?.self, forColumn: "grade")).map { name in
      guard let grade = DrillGrade(name: name) else {
        throw UndecodableValue(description: "unknown drill grade \(name)")
      }
      return grade
    }
    return LatestAnswer(
      sessionID: try row.decode(forColumn: "session_id"), fromDrill: kind == .drill,
      recorded: Milliseconds.date(try row.decode(forColumn: "recorded")),
      answer: try row.decode(forColumn: "answer"),
      thinkingMilliseconds: try row.decode(forColumn: "thinking_ms"),
      answerMilliseconds: try row.decode(forColumn: "answer_ms"),
      targetMilliseconds: try row.decode(forColumn: "target_ms"),
      skipped: try row.decode(forColumn: "skipped"),
      spokenNotes: try row.decode(forColumn: "spoken_notes"),
      rating: try row.decode(forColumn: "rating"), grade: grade,
      feedback: FeedbackColumns.decode(try row.decode(forColumn: "feedback")))
  }

  /// The card's star and schedule; unstarred and unscheduled when it has no row.
  func card(_ key: CardKey) throws -> (starred: Bool, schedule: CardSchedule?) {
    guard let row = try Row.fetchOne(card, arguments: [key.deckID, key.questionID]) else {
      return (false, nil)
    }
    let starred: Bool = try row.decode(forColumn: "starred")
    let repetitions: Int? = try row.decode(forColumn: "repetitions")
    let ease: Int? = try row.decode(forColumn: "ease")
    let interval: Int? = try row.decode(forColumn: "interval_days")
    let due: String? = try row.decode(forColumn: "due")
    let lastDrilled: String? = try row.decode(forColumn: "last_drilled")
    let lapses: Int? = try row.decode(forColumn: "lapses")
    if repetitions == nil, ease == nil, interval == nil, due == nil, lastDrilled == nil,
      lapses == nil
    {
      return (starred, nil)
    }
    guard let repetitions, let ease, let interval, let due, let lastDrilled, let lapses else {
      throw UndecodableValue(
        description: "the schedule of \(key.deckID)/\(key.questionID) is partly missing")
    }
    return (
      starred,
      CardSchedule(
        repetitions: repetitions, ease: ease, intervalDays: interval,
        due: try Self.day(due, "due", key),
        lastDrilled: try Self.day(lastDrilled, "last_drilled", key),
        lapses: lapses)
    )
  }

  /// When the newest graded drill answer of the card was recorded (ms), if it has one.
  func newestGradedDrill(_ key: CardKey) throws -> Int64? {
    try Int64.fetchOne(newestGraded, arguments: [key.deckID, key.questionID])
  }

  /// Whether an answer to the card's question marked to practise again is the newest graded
  /// drill itself or newer (`since` nil: the card was never graded, so any mark counts).
  ///
  /// The drill answer itself counts: it can only be marked in review, after it was graded.
  func markedToPractiseAgain(_ key: CardKey, since recorded: Int64?) throws -> Bool {
    try Bool.fetchOne(practiseAgain, arguments: [key.questionID, recorded ?? Int64.min]) ?? false
  }

  private static func day(_ text: String, _ column: String, _ key: CardKey) throws -> StudyDay {
    guard let day = StudyDay(iso: text) else {
      throw UndecodableValue(
        description: "\(column) of \(key.deckID)/\(key.questionID) is not a date: \(text)")
    }
    return day
  }
}
