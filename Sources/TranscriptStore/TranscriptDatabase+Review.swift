import Foundation
import GRDB
import InterviewCore

extension TranscriptDatabase {
  // MARK: - Annotating and deleting

  /// Saves the candidate's rating, note and practise-again mark on one entry, replacing what was
  /// there; on disk when this returns.
  public func annotate(_ reference: EntryReference, with annotation: Annotation)
    throws(StoreError)
  {
    let path = self.path
    if let rating = annotation.rating, !Annotation.ratings.contains(rating) {
      throw .invalidValue(path, reason: "a rating is 1 to 5, not \(rating)")
    }
    try writingDurably { db in
      try db.execute(
        sql: """
          UPDATE entry SET rating = ?, note = ?, practise_again = ?
          WHERE session_id = ? AND sequence = ?
          """,
        arguments: [
          annotation.rating, annotation.note, annotation.practiseAgain, reference.sessionID,
          reference.sequence,
        ])
      guard db.changesCount == 1 else {
        throw StoreError.noSuchEntry(
          path, sessionID: reference.sessionID, sequence: reference.sequence)
      }
    }
  }

  /// Deletes the session and all its entries (and their place in the search index), and its
  /// recordings: audio of an answer is as private as its text.
  public func deleteSession(id: Int64) throws(StoreError) {
    let path = self.path
    // Deleting what another window is writing would lose its next answers silently.
    guard !isLive(id) else { throw .sessionInUse(path, id: id) }
    try writingDurably { db in
      try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
      guard db.changesCount == 1 else { throw StoreError.noSuchSession(path, id: id) }
    }
    guard SessionAudio.remove(dataDirectory: directory, sessionID: id) else {
      throw .invalidValue(
        SessionAudio.folder(dataDirectory: directory, sessionID: id),
        reason: "the transcript was deleted, but its recordings could not be removed")
    }
  }

  // MARK: - History

  /// Every attempt at the question `key` names, across sessions, oldest first.
  public func history(of key: QuestionKey) throws(StoreError) -> [QuestionAttempt] {
    try reading { db in
      let condition: String
      let argument: String
      switch key {
      case .deckQuestion(let id):
        condition = "entry.kind = 'answer' AND entry.question_id = ?"
        argument = id
      case .text(let question):
        condition = "entry.kind IN ('answer', 'follow-up') AND entry.question = ?"
        argument = question
      }
      let sql = """
        SELECT entry.*, session.started AS session_started, session.company AS session_company,
          session.position AS session_position, session.kind AS session_kind,
          session.deck_title AS session_deck_title
        FROM entry JOIN session ON session.id = entry.session_id
        WHERE \(condition)
        ORDER BY session.started, session.id, entry.sequence
        """
      return try Row.fetchRows(db, sql: sql, arguments: [argument]) { row in
        QuestionAttempt(
          sessionID: try row.decode(forColumn: "session_id"),
          started: Milliseconds.date(try row.decode(forColumn: "session_started")),
          company: try row.decode(forColumn: "session_company"),
          position: try row.decode(forColumn: "session_position"),
          entry: try EntryRecord(row: row).entry,
          sessionKind: try SessionKindColumn.decode(row, "session_kind"),
          deckTitle: try row.decode(forColumn: "session_deck_title"))
      }
    }
  }
}

extension TranscriptDatabase {
  // MARK: - Search

  /// Entries whose answer or note matches `query`, best match first; then entries whose
  /// question, company or position match it, newest first; at most `limit` in all.
  ///
  /// The query is words (all must match, in any order, case and accents ignored), "quoted
  /// phrases", and words ending in `*` for a prefix; any other punctuation is just text, so
  /// nothing the user types is an FTS5 syntax error. A query with no words finds nothing.
  /// Every word must match in the answer and note, or every word in the question, company and
  /// position: a query is not split between the two.
  ///
  /// When more than `SearchQuery.rankingWindow` entries match, only the newest that many are
  /// ranked: see there why.
  public func search(_ query: String, limit: Int = 50) throws(StoreError) -> [SearchHit] {
    try search(query, limit: limit, rankingWindow: SearchQuery.rankingWindow)
  }

  /// `search(_:limit:)` with the ranking window given, so tests can reach it with a few entries.
  func search(_ query: String, limit: Int, rankingWindow: Int) throws(StoreError) -> [SearchHit] {
    guard let expression = SearchQuery.expression(for: query) else { return [] }
    let terms = SearchQuery.terms(for: query)
    return try reading { db in
      let textHits = try textSearch(
        db, expression: expression, limit: limit, rankingWindow: rankingWindow)
      guard textHits.count < limit else { return textHits }
      let found = Set(textHits.map(\.reference))
      let otherHits = try detailSearch(
        db, terms: terms, limit: limit - textHits.count, skipping: found)
      return textHits + otherHits
    }
  }

  /// The entries whose answer or note match `expression`, best first.
  private func textSearch(
    _ db: Database, expression: String, limit: Int, rankingWindow: Int
  ) throws -> [SearchHit] {
    // Entry ids grow as answers are recorded, so the window's lowest id bounds the newest
    // matches; FTS5 walks its doclist backwards to find it without ranking anything.
    let oldest =
      try Int64.fetchOne(
        db,
        sql: """
          SELECT rowid FROM entry_text WHERE entry_text MATCH ?
          ORDER BY rowid DESC LIMIT 1 OFFSET ?
          """,
        arguments: [expression, max(0, rankingWindow - 1)]) ?? Int64.min
    // char(2) and char(3) mark the match: they cannot occur in stored text, which is cleaned
    // of control characters as it is typed.
    let sql = """
      SELECT entry.session_id, entry.sequence, entry.kind, entry.question,
        session.started, session.company, session.position, session.kind AS session_kind,
        session.deck_title AS session_deck_title,
        snippet(entry_text, 0, char(2), char(3), '…', 12) AS answer_snippet,
        snippet(entry_text, 1, char(2), char(3), '…', 12) AS note_snippet
      FROM entry_text
      JOIN entry ON entry.id = entry_text.rowid
      JOIN session ON session.id = entry.session_id
      WHERE entry_text MATCH ? AND entry_text.rowid >= ?
      ORDER BY rank
      LIMIT ?
      """
    let arguments: StatementArguments = [expression, oldest, max(0, limit)]
    return try Row.fetchRows(db, sql: sql, arguments: arguments) { row in
      let kindText: String = try row.decode(forColumn: "kind")
      guard let kind = EntryKind(rawValue: kindText) else {
        throw UndecodableValue(description: "unknown entry kind \(kindText)")
      }
      let answerSnippet: String = try row.decode(forColumn: "answer_snippet")
      let noteSnippet: String = try row.decode(forColumn: "note_snippet")
      let inAnswer = answerSnippet.contains("\u{2}")
      return SearchHit(
        sessionID: try row.decode(forColumn: "session_id"),
        started: Milliseconds.date(try row.decode(forColumn: "started")),
        company: try row.decode(forColumn: "company"),
        position: try row.decode(forColumn: "position"),
        sequence: try row.decode(forColumn: "sequence"),
        kind: kind,
        question: try row.decode(forColumn: "question"),
        field: inAnswer ? .answer : .note,
        snippet: SearchQuery.parts(of: inAnswer ? answerSnippet : noteSnippet),
        sessionKind: try SessionKindColumn.decode(row, "session_kind"),
        deckTitle: try row.decode(forColumn: "session_deck_title"))
    }
  }

  /// The entries whose question, company and position hold every term between them (folded
  /// with `SearchFolding`, as the review list's filter), newest session first; a session
  /// found by its company or position alone gives one hit, its first entry.
  ///
  /// The distinct questions and sessions are matched here rather than in SQL, which has no
  /// such folding: a few thousand short texts, read through indexes.
  private func detailSearch(
    _ db: Database, terms: [SearchQuery.Term], limit: Int, skipping found: Set<EntryReference>
  ) throws -> [SearchHit] {
    let folded = terms.map { ($0.foldedWords, $0.prefix) }
    guard limit > 0, !folded.isEmpty, folded.count <= 62 else { return [] }
    let everyTerm = (UInt64(1) << UInt64(folded.count)) - 1
    // Sessions repeat their companies and positions: each text is folded once.
    var masks: [String: UInt64] = [:]
    /// Which terms occur in `text`, one bit each.
    func mask(_ text: String) -> UInt64 {
      if let known = masks[text] { return known }
      let words = SearchFolding.foldedWords(in: text)
      var mask: UInt64 = 0
      for (index, term) in folded.enumerated()
      where SearchFolding.contains(term.0, prefix: term.1, in: words) {
        mask |= 1 << UInt64(index)
      }
      masks[text] = mask
      return mask
    }
    var questionMasks: [String: UInt64] = [:]
    // The distinct questions, one seek each on entry_question rather than a scan of its
    // 200,000 rows: questions come from decks, so there are a few hundred of them.
    let nextQuestion = try db.cachedStatement(
      sql: "SELECT question FROM entry WHERE question > ? ORDER BY question LIMIT 1")
    var question = try String.fetchOne(
      db, sql: "SELECT question FROM entry ORDER BY question LIMIT 1")
    while let current = question {
      let found = mask(current)
      if found != 0 { questionMasks[current] = found }
      question = try String.fetchOne(nextQuestion, arguments: [current])
    }
    var sessionMasks: [Int64: UInt64] = [:]
    let sessions = try Row.fetchCursor(db, sql: "SELECT id, company, position FROM session")
    while let row = try sessions.next() {
      let company: String = try row.decode(forColumn: "company")
      let position: String = try row.decode(forColumn: "position")
      let found = mask(company) | mask(position)
      if found != 0 { sessionMasks[try row.decode(forColumn: "id")] = found }
    }
    guard !questionMasks.isEmpty || !sessionMasks.isEmpty else { return [] }
    // Both sets go in as one JSON array each, so their size never meets SQLite's limit on
    // parameters.
    func json(_ values: [some Encodable]) throws -> String {
      String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
    }
    let sql = """
      SELECT entry.session_id, entry.sequence, entry.kind, entry.question,
        session.started, session.company, session.position, session.kind AS session_kind,
        session.deck_title AS session_deck_title
      FROM entry
      JOIN session ON session.id = entry.session_id
      WHERE entry.session_id IN (SELECT value FROM json_each(?))
        OR entry.question IN (SELECT value FROM json_each(?))
      ORDER BY session.started DESC, entry.session_id DESC, entry.sequence
      """
    let arguments: StatementArguments = [
      try json(Array(sessionMasks.keys)), try json(Array(questionMasks.keys)),
    ]
    var hits: [SearchHit] = []
    var sessionsFoundWhole: Set<Int64> = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while hits.count < limit, let row = try rows.next() {
      let sessionID: Int64 = try row.decode(forColumn: "session_id")
      let sequence: Int = try row.decode(forColumn: "sequence")
      let question: String = try row.decode(forColumn: "question")
      let questionMask = questionMasks[question] ?? 0
      let sessionMask = sessionMasks[sessionID] ?? 0
      guard questionMask | sessionMask == everyTerm,
        !found.contains(EntryReference(sessionID: sessionID, sequence: sequence))
      else { continue }
      let company: String = try row.decode(forColumn: "company")
      let position: String = try row.decode(forColumn: "position")
      let field: SearchHit.Field
      let text: String
      if questionMask != 0 {
        (field, text) = (.question, question)
      } else {
        // The session alone holds every term: its first entry stands for it.
        guard sessionsFoundWhole.insert(sessionID).inserted else { continue }
        (field, text) = mask(company) != 0 ? (.company, company) : (.position, position)
      }
      let kindText: String = try row.decode(forColumn: "kind")
      guard let kind = EntryKind(rawValue: kindText) else {
        throw UndecodableValue(description: "unknown entry kind \(kindText)")
      }
      hits.append(
        SearchHit(
          sessionID: sessionID,
          started: Milliseconds.date(try row.decode(forColumn: "started")),
          company: company, position: position, sequence: sequence, kind: kind,
          question: question, field: field,
          snippet: SearchQuery.marked(text, terms: folded),
          sessionKind: try SessionKindColumn.decode(row, "session_kind"),
          deckTitle: try row.decode(forColumn: "session_deck_title")))
    }
    return hits
  }

  // MARK: - Stats

  /// Figures over every session, drills included: totals, per segment, per week; and the
  /// latest `recentSessions` interviews (not drills) that have answers, for the trend.
  public func stats(recentSessions: Int = 10) throws(StoreError) -> TranscriptStats {
    try reading { db in
      let answered = "kind IN ('answer', 'follow-up') AND skipped = 0"
      let over = "coalesce(sum(answer_ms > target_ms), 0)"
      let totals = try Row.fetchOne(
        db,
        sql: """
          SELECT count(*) AS sessions, coalesce(sum(status = 'finished'), 0) AS finished
          FROM session
          """)
      let order = Dictionary(
        uniqueKeysWithValues: SegmentKind.allCases.enumerated().map { ($1.rawValue, $0) })
      // One pass in segment order over entry_segment_answers gives the totals too: answers
      // without a segment count towards them but get no row of their own.
      let groups = try Row.fetchAll(
        db,
        sql: """
          SELECT segment, count(*) AS answers, coalesce(avg(thinking_ms), 0) AS thinking,
            coalesce(avg(answer_ms), 0) AS answering, \(over) AS over
          FROM entry WHERE \(answered) GROUP BY segment
          """)
      var answers = 0
      var overTarget = 0
      var segments: [TranscriptStats.Segment] = []
      for row in groups {
        let count: Int = try row.decode(forColumn: "answers")
        let overCount: Int = try row.decode(forColumn: "over")
        answers += count
        overTarget += overCount
        guard let segment = try row.decode(String?.self, forColumn: "segment") else { continue }
        segments.append(
          TranscriptStats.Segment(
            segment: segment, answers: count,
            meanThinkingMilliseconds: Int((try row.decode(Double.self, forColumn: "thinking"))),
            meanAnswerMilliseconds: Int((try row.decode(Double.self, forColumn: "answering"))),
            overTarget: overCount))
      }
      segments.sort {
        (order[$0.segment] ?? Int.max, $0.segment) < (order[$1.segment] ?? Int.max, $1.segment)
      }
      // Monday 00:00 UTC of each session's week, in milliseconds: days since 1970-01-05 (a
      // Monday) rounded down to whole weeks.
      let week = "((started - 345600000) / 604800000) * 604800000 + 345600000"
      let weeks = try Row.fetchAll(
        db,
        sql: """
          SELECT \(week) AS week, count(*) AS sessions,
            coalesce(sum((SELECT count(*) FROM entry
              WHERE entry.session_id = session.id AND entry.\(answered))), 0) AS answers
          FROM session GROUP BY week ORDER BY week
          """
      ).map { row in
        TranscriptStats.Week(
          start: Milliseconds.date(try row.decode(forColumn: "week")),
          sessions: try row.decode(forColumn: "sessions"),
          answers: try row.decode(forColumn: "answers"))
      }
      // The latest interviews with answers are picked first (newest first through
      // session_started, stopping at the limit), and only their entries aggregated, not every
      // session's. Drills stay off the trend: a one-question drill is not an interview to
      // compare with the last one.
      //
      // The feedback figures come from the plain columns written beside each feedback's JSON,
      // so no JSON is decoded here; the few hundred rows of ten sessions are read from the
      // table, as the covering index does not hold them.
      let behavioural =
        "entry.kind = 'answer' AND entry.segment = 'behavioural' "
        + "AND entry.feedback_verdicts IS NOT NULL"
      func share(_ key: String) -> String {
        "coalesce(sum(\(behavioural) AND entry.feedback_verdicts & \(FeedbackColumns.bit(key)) <> 0), 0)"
      }
      let recent = try Row.fetchAll(
        db,
        sql: """
          SELECT latest.id, latest.started, count(*) AS answers,
            count(entry.answer_ms) AS timed, avg(entry.thinking_ms) AS thinking, avg(entry.answer_ms) AS answering,
            coalesce(sum(entry.answer_ms > entry.target_ms), 0) AS over,
            count(entry.feedback_verdicts) AS analysed,
            coalesce(sum(entry.feedback_words), 0) AS words,
            coalesce(sum(entry.feedback_fillers), 0) AS fillers,
            coalesce(sum(\(behavioural)), 0) AS behavioural,
            \(share("context")) AS context, \(share("action")) AS action,
            \(share("result")) AS result, \(share("quantified")) AS quantified
          FROM (
            SELECT id, started FROM session
            WHERE kind = 'interview' AND EXISTS (
              SELECT 1 FROM entry WHERE entry.session_id = session.id AND entry.\(answered))
            ORDER BY started DESC, id DESC LIMIT ?) AS latest
          JOIN entry ON entry.session_id = latest.id
          WHERE entry.kind IN ('answer', 'follow-up') AND entry.skipped = 0
          GROUP BY latest.id
          ORDER BY latest.started, latest.id
          """,
        arguments: [max(0, recentSessions)]
      ).map { row in
        TranscriptStats.Recent(
          sessionID: try row.decode(forColumn: "id"),
          started: Milliseconds.date(try row.decode(forColumn: "started")),
          answers: try row.decode(forColumn: "answers"),
          timedAnswers: try row.decode(forColumn: "timed"),
          meanThinkingMilliseconds: Int((try row.decode(Double?.self, forColumn: "thinking")) ?? 0),
          meanAnswerMilliseconds: Int((try row.decode(Double?.self, forColumn: "answering")) ?? 0),
          overTarget: try row.decode(forColumn: "over"),
          feedback: TranscriptStats.Feedback(
            answers: try row.decode(forColumn: "analysed"),
            words: try row.decode(forColumn: "words"),
            fillers: try row.decode(forColumn: "fillers"),
            behavioural: try row.decode(forColumn: "behavioural"),
            context: try row.decode(forColumn: "context"),
            action: try row.decode(forColumn: "action"),
            result: try row.decode(forColumn: "result"),
            quantified: try row.decode(forColumn: "quantified")))
      }
      return TranscriptStats(
        sessions: try totals?.decode(forColumn: "sessions") ?? 0,
        finished: try totals?.decode(forColumn: "finished") ?? 0,
        answers: answers, overTarget: overTarget,
        segments: segments, weeks: weeks, recent: recent)
    }
  }
}

/// Turns what the user typed into an FTS5 expression that cannot be a syntax error.
public enum SearchQuery {
  /// How many of the newest matching entries a search ranks.
  ///
  /// Ranking (bm25) reads every match's length: a word in nearly every answer ("team") matches
  /// 190,000 of 200,000 entries and took 360 ms to rank. A word that common says little about
  /// relevance anyway, so the newest 5,000 of its matches are ranked (about 12 ms); a search
  /// with fewer matches ranks them all.
  public static let rankingWindow = 5_000

  /// One term of a query: a word or a "quoted phrase", as typed.
  public struct Term: Equatable, Sendable {
    /// The term's text without its quotes or trailing stars.
    public var text: String
    /// Whether the term ended in `*`: its last word matches as a prefix.
    public var prefix: Bool

    /// The term's words, folded as every search folds them.
    public var foldedWords: [String] { SearchFolding.foldedWords(in: text) }
  }

  /// The terms of `text`: words split at spaces, "quoted phrases" whole (an unclosed quote
  /// runs to the end), control characters and terms without a word left out.
  public static func terms(for text: String) -> [Term] {
    var terms: [Term] = []
    var current = ""
    var inPhrase = false
    func finish() {
      var term = current.trimmingCharacters(in: .whitespaces)
      current = ""
      var prefix = false
      while term.hasSuffix("*") {
        prefix = true
        term.removeLast()
      }
      // A term without tokens is an empty phrase, which makes the whole AND match nothing.
      guard term.unicodeScalars.contains(where: isTokenCharacter) else { return }
      terms.append(Term(text: term, prefix: prefix))
    }
    for character in text {
      if character == "\"" {
        finish()
        inPhrase.toggle()
      } else if character.isWhitespace && !inPhrase {
        finish()
      } else if !character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control })
      {
        current.append(character)
      }
    }
    finish()
    return terms
  }

  /// The FTS5 expression for `text`, or nil when it has no words to search for.
  ///
  /// Every term is quoted (quotes inside doubled), so `AND`, `-`, `:` and `(` are plain text;
  /// a term ending in `*` keeps it as a prefix search; "double quotes" group a phrase. A term
  /// whose folded form differs (width variants, "ﬁ", a letter and a separate accent) matches
  /// either: the index folds case and accents itself, but not those.
  public static func expression(for text: String) -> String? {
    let terms = terms(for: text).map { term in
      func quoted(_ text: String) -> String {
        let phrase = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return term.prefix ? phrase + " *" : phrase
      }
      let folded = term.foldedWords.joined(separator: " ")
      let forms =
        [quoted(term.text)] + (folded.isEmpty || folded == term.text ? [] : [quoted(folded)])
      return forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " OR ") + ")"
    }
    return terms.isEmpty ? nil : terms.joined(separator: " AND ")
  }

  /// Whether the `unicode61` tokenizer keeps `scalar` in a token: its default categories are
  /// letters, numbers and private use (`L* N* Co`). Swift's `isLetter` also counts combining
  /// vowel signs such as "ा", which the tokenizer drops.
  static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
    SearchFolding.isWordScalar(scalar)
  }

  /// `text` on one line, the words of `terms` (folded words, prefix) marked as matches.
  static func marked(_ text: String, terms: [([String], Bool)]) -> [SnippetPart] {
    let words = SearchFolding.words(in: text)
    let matched = terms.flatMap { SearchFolding.occurrences(of: $0.0, prefix: $0.1, in: words) }
    let starts = Set(matched.map(\.range.lowerBound))
    var snippet = ""
    var index = text.startIndex
    for word in words where starts.contains(word.range.lowerBound) {
      snippet += text[index..<word.range.lowerBound] + "\u{2}" + text[word.range] + "\u{3}"
      index = word.range.upperBound
    }
    snippet += text[index...]
    return parts(of: snippet)
  }

  /// Splits a snippet marked with char(2) … char(3) into plain and matched parts, on one line.
  static func parts(of snippet: String) -> [SnippetPart] {
    var parts: [SnippetPart] = []
    var current = ""
    var isMatch = false
    for character in snippet {
      switch character {
      case "\u{2}", "\u{3}":
        if !current.isEmpty { parts.append(SnippetPart(current, isMatch: isMatch)) }
        current = ""
        isMatch = character == "\u{2}"
      case _ where character.isNewline:
        current.append(" ")
      default:
        current.append(character)
      }
    }
    if !current.isEmpty { parts.append(SnippetPart(current, isMatch: isMatch)) }
    return parts
  }
}

extension Row {
  /// Each row of `sql` turned into a value by `transform`, read through a cursor.
  ///
  /// `Row.fetchAll` copies rows, and a copied row finds a column by name by lowercasing every
  /// column name until one matches; a cursor's row looks names up in a dictionary. For a
  /// 9,600-attempt history of 22-column rows that was 180 ms of the 280.
  static func fetchRows<T>(
    _ db: Database, sql: String, arguments: StatementArguments, _ transform: (Row) throws -> T
  ) throws -> [T] {
    var values: [T] = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() { values.append(try transform(row)) }
    return values
  }
}
