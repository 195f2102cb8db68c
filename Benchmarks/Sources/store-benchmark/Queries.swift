import InterviewCore
import TranscriptStore

/// The statements `TranscriptDatabase` runs for each measured call, with their arguments written
/// in, for the `sqlite3` shell. Copied from `Sources/TranscriptStore`: keep them in step.
enum Queries {
  /// `SessionSummaryRecord.selection`.
  static let summary = """
    session.id, session.started, session.updated, session.status, session.company,
      session.position, session.deck_id, session.deck_title, session.role, session.mode,
      session.segments, session.seed, session.salary_range, session.walk_away,
      session.interview_ms, session.kind,
      (SELECT count(*) FROM entry
        WHERE entry.session_id = session.id AND entry.kind IN ('answer', 'follow-up')
          AND entry.skipped = 0) AS answers,
      (SELECT count(*) FROM entry
        WHERE entry.session_id = session.id AND entry.kind IN ('answer', 'follow-up')
          AND entry.skipped = 0 AND entry.answer_ms > entry.target_ms) AS over_target
    """

  /// `sessions(status: nil, limit:)`.
  static func sessions(limit: Int?) -> [String] {
    let limit = limit.map { " LIMIT \($0)" } ?? ""
    return ["SELECT \(summary) FROM session ORDER BY started DESC, id DESC\(limit);"]
  }

  /// `session(id:)`.
  static func session(id: Int64) -> [String] {
    [
      "SELECT \(summary) FROM session WHERE id = \(id);",
      "SELECT * FROM entry WHERE session_id = \(id) ORDER BY sequence;",
    ]
  }

  /// `history(of: .deckQuestion(id))`.
  static func history(questionID: String) -> [String] {
    [
      """
      SELECT entry.*, session.started AS session_started, session.company AS session_company,
        session.position AS session_position
      FROM entry JOIN session ON session.id = entry.session_id
      WHERE entry.kind = 'answer' AND entry.question_id = \(literal(questionID))
      ORDER BY session.started, session.id, entry.sequence;
      """
    ]
  }

  /// `search(query, limit:)`: the ranking window's bound, then the ranked hits above `bound`
  /// (what the first statement returns, found beforehand: the shell cannot pass it on).
  static func search(_ query: String, bound: Int64, limit: Int = 50) -> [String] {
    guard let expression = SearchQuery.expression(for: query) else { return [] }
    return [
      windowBound(expression) + ";",
      """
      SELECT entry.session_id, entry.sequence, entry.kind, entry.question,
        session.started, session.company, session.position,
        snippet(entry_text, 0, char(2), char(3), '…', 12) AS answer_snippet,
        snippet(entry_text, 1, char(2), char(3), '…', 12) AS note_snippet
      FROM entry_text
      JOIN entry ON entry.id = entry_text.rowid
      JOIN session ON session.id = entry.session_id
      WHERE entry_text MATCH \(literal(expression)) AND entry_text.rowid >= \(bound)
      ORDER BY rank
      LIMIT \(limit);
      """,
    ]
  }

  /// The statement that finds the lowest entry id in the ranking window of `expression`.
  static func windowBound(_ expression: String) -> String {
    """
    SELECT rowid FROM entry_text WHERE entry_text MATCH \(literal(expression))
    ORDER BY rowid DESC LIMIT 1 OFFSET \(SearchQuery.rankingWindow - 1)
    """
  }

  /// `stats(recentSessions:)`: its four statements.
  static func stats(recentSessions: Int = 10) -> [String] {
    let answered = "kind IN ('answer', 'follow-up') AND skipped = 0"
    let over = "coalesce(sum(answer_ms > target_ms), 0)"
    let week = "((started - 345600000) / 604800000) * 604800000 + 345600000"
    let behavioural =
      "entry.kind = 'answer' AND entry.segment = 'behavioural' "
      + "AND entry.feedback_verdicts IS NOT NULL"
    let share = { (bit: Int) in
      "coalesce(sum(\(behavioural) AND entry.feedback_verdicts & \(bit) <> 0), 0)"
    }
    return [
      "SELECT count(*) AS sessions, coalesce(sum(status = 'finished'), 0) AS finished FROM session;",
      """
      SELECT segment, count(*) AS answers, coalesce(avg(thinking_ms), 0) AS thinking,
        coalesce(avg(answer_ms), 0) AS answering, \(over) AS over
      FROM entry WHERE \(answered) GROUP BY segment;
      """,
      """
      SELECT \(week) AS week, count(*) AS sessions,
        coalesce(sum((SELECT count(*) FROM entry
          WHERE entry.session_id = session.id AND entry.\(answered))), 0) AS answers
      FROM session GROUP BY week ORDER BY week;
      """,
      """
      SELECT latest.id, latest.started, count(*) AS answers,
        avg(entry.thinking_ms) AS thinking, avg(entry.answer_ms) AS answering,
        coalesce(sum(entry.answer_ms > entry.target_ms), 0) AS over,
        count(entry.feedback_verdicts) AS analysed,
        coalesce(sum(entry.feedback_words), 0) AS words,
        coalesce(sum(entry.feedback_fillers), 0) AS fillers,
        coalesce(sum(\(behavioural)), 0) AS behavioural,
        \(share(1)) AS context, \(share(2)) AS action,
        \(share(4)) AS result, \(share(8)) AS quantified
      FROM (
        SELECT id, started FROM session
        WHERE kind = 'interview' AND EXISTS (
          SELECT 1 FROM entry WHERE entry.session_id = session.id AND entry.\(answered))
        ORDER BY started DESC, id DESC LIMIT \(recentSessions)) AS latest
      JOIN entry ON entry.session_id = latest.id
      WHERE entry.kind IN ('answer', 'follow-up') AND entry.skipped = 0
      GROUP BY latest.id
      ORDER BY latest.started, latest.id;
      """,
    ]
  }

  /// `progress(for:)`: the four statements it runs for each key, for the card `key`.
  static func progress(_ key: CardKey) -> [String] {
    let deck = literal(key.deckID)
    let question = literal(key.questionID)
    return [
      """
      SELECT entry.session_id, entry.recorded, entry.answer, entry.thinking_ms,
        entry.answer_ms, entry.target_ms, entry.skipped, entry.spoken_notes, entry.rating,
        entry.feedback, session.kind AS session_kind, drill_grade.grade
      FROM entry
      JOIN session ON session.id = entry.session_id
      LEFT JOIN drill_grade ON drill_grade.entry_id = entry.id
      WHERE entry.question_id = \(question) AND entry.kind = 'answer'
        AND NOT (entry.skipped = 1 AND entry.answer = '')
      ORDER BY entry.recorded DESC, entry.id DESC
      LIMIT 1;
      """,
      """
      SELECT starred, repetitions, ease, interval_days, due, last_drilled, lapses
      FROM card WHERE deck_id = \(deck) AND question_id = \(question);
      """,
      """
      SELECT recorded FROM entry
      WHERE id = (
        SELECT max(entry_id) FROM drill_grade
        WHERE deck_id = \(deck) AND question_id = \(question));
      """,
      """
      SELECT EXISTS (
        SELECT 1 FROM entry
        WHERE question_id = \(question) AND kind = 'answer' AND practise_again = 1
          AND recorded >= 0);
      """,
    ]
  }

  /// The statements `open(directory:access: .readOnly)` runs to recognise the file.
  static let open = [
    "PRAGMA application_id;", "PRAGMA user_version;", "SELECT count(*) FROM sqlite_master;",
    "SELECT identifier FROM grdb_migrations;",
  ]

  /// `text` as an SQL string literal.
  static func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
