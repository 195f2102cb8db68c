import BenchmarkSupport
import Foundation
import GRDB
import TranscriptStore

/// What the generator made, and the facts the measurements need from it.
struct GeneratedStore {
  /// The data directory holding the store.
  var directory: String
  /// Sessions and entries written (and counted back from the file).
  var sessions: Int
  var entries: Int
  /// The session with the most answer text: the "large session" to show.
  var largestSessionID: Int64
  var largestSessionEntries: Int
  var largestSessionCharacters: Int
  /// The deck question answered most often: the history to look up, and how many attempts.
  var commonQuestionID: String
  var commonQuestionAttempts: Int
  /// Words written into answers, notes and reflections.
  var words: Int
  /// How long generating and inserting took, and the file's size afterwards.
  var elapsed: Duration
  var fileBytes: Int
}

/// Fills a store with `sessions` sessions and exactly `entries` entries, the same for a seed.
///
/// The store is created by `TranscriptDatabase.open(directory:access: .readWrite)`, so schema,
/// indexes, triggers and pragmas are the app's own; the rows then go in through one GRDB
/// transaction with prepared statements, because the app's per-answer durable append (an fsync
/// each) would take hours at this scale. The FTS index is filled by the schema's triggers.
struct StoreGenerator {
  let sessions: Int
  let entries: Int
  private var random: SplitMix64

  /// A generator for `sessions` sessions and `entries` entries from `seed`.
  init(sessions: Int, entries: Int, seed: UInt64) {
    self.sessions = sessions
    self.entries = entries
    random = SplitMix64(seed: seed)
  }

  /// 2024-11-04 00:00 UTC: the sessions spread over the two years after it, so they end in
  /// early November 2026 rather than in the future of the machines it was written on.
  static let firstDay: Int64 = 1_730_678_400_000
  static let dayMilliseconds: Int64 = 86_400_000
  static let spanDays: Int64 = 730

  mutating func generate(into directory: String) throws -> GeneratedStore {
    let clock = ContinuousClock()
    let start = clock.now
    try TranscriptDatabase.open(directory: directory, access: .readWrite).close()
    let path = directory + "/" + TranscriptDatabase.fileName

    var configuration = Configuration()
    // A generated file that a crash would leave half-written is simply generated again.
    configuration.prepareDatabase { db in
      try db.execute(
        sql: "PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF; PRAGMA cache_size = -262144")
    }
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    var facts = Facts()
    try queue.write { db in try insert(into: db, facts: &facts) }
    let (sessionCount, entryCount) = try queue.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM session") ?? 0,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
      )
    }
    try queue.close()
    let elapsed = clock.now - start
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let common = facts.attempts.max { ($0.value, $1.key) < ($1.value, $0.key) }
    return GeneratedStore(
      directory: directory, sessions: sessionCount, entries: entryCount,
      largestSessionID: facts.largestSession.id,
      largestSessionEntries: facts.largestSession.entries,
      largestSessionCharacters: facts.largestSession.characters,
      commonQuestionID: common?.key ?? "", commonQuestionAttempts: common?.value ?? 0,
      words: facts.words, elapsed: elapsed,
      fileBytes: (attributes[.size] as? NSNumber)?.intValue ?? 0)
  }

  /// Running tallies kept while inserting.
  private struct Facts {
    var largestSession = (id: Int64(0), entries: 0, characters: 0)
    var attempts: [String: Int] = [:]
    var words = 0
  }

  /// One entry before it is inserted.
  private struct Row {
    var kind: String
    var segment: String?
    var questionID: String?
    var question: String
    var answer: String
    var thinking: Int?
    var answering: Int?
    var target: Int?
    var parent: Int?
    var skipped: Bool
    var rating: Int?
    var note: String
    var practiseAgain: Bool
  }

  private mutating func insert(into db: Database, facts: inout Facts) throws {
    let sessionStatement = try db.makeStatement(
      sql: """
        INSERT INTO session (id, started, updated, status, company, position, deck_id,
          deck_title, role, mode, segments, seed, salary_range, walk_away, interview_ms, snapshot)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let entryStatement = try db.makeStatement(
      sql: """
        INSERT INTO entry (session_id, sequence, kind, segment, question_id, question, answer,
          thinking_ms, answer_ms, target_ms, parent_sequence, skipped, spoken_notes, recorded,
          rating, note, practise_again)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let segmentsJSON =
      "[" + Vocabulary.segments.map { "\"\($0.kind)\"" }.joined(separator: ",") + "]"
    for (index, count) in entryCounts().enumerated() {
      let id = Int64(index + 1)
      let started =
        Self.firstDay + Int64(index) * Self.spanDays * Self.dayMilliseconds / Int64(sessions)
        + 8 * 3_600_000 + Int64(random.int(0...36_000_000))
      let finished = !random.chance(0.12)
      let company = random.pick(Vocabulary.companies)
      let rows = sessionEntries(count: count, company: company, finished: finished)

      var clock = started
      var recorded: [Int64] = []
      var characters = 0
      for row in rows {
        clock += Int64((row.thinking ?? 5_000) + (row.answering ?? 30_000))
        recorded.append(clock)
        characters += row.answer.count
        if row.kind == "answer", let questionID = row.questionID {
          facts.attempts[questionID, default: 0] += 1
        }
      }
      if characters > facts.largestSession.characters {
        facts.largestSession = (id, rows.count, characters)
      }
      let deck = random.pick(Vocabulary.decks)
      // An interrupted session keeps the app's resume snapshot; its size is typical of one.
      let snapshot = finished ? nil : Data(repeating: 0x7B, count: random.int(1_000...4_000))
      try sessionStatement.execute(arguments: [
        id, started, clock, finished ? "finished" : "interrupted", company,
        random.pick(Vocabulary.positions), deck.0, deck.1,
        random.chance(0.5) ? "engineering manager" : nil,
        random.chance(0.85) ? "typed" : "spoken", segmentsJSON, Int64(bitPattern: random.next()),
        random.chance(0.6) ? "€90k–€110k" : nil, random.chance(0.4) ? "€85k" : nil,
        Int(clock - started), snapshot,
      ])
      for (offset, row) in rows.enumerated() {
        try entryStatement.execute(arguments: [
          id, offset + 1, row.kind, row.segment, row.questionID, row.question, row.answer,
          row.thinking, row.answering, row.target, row.parent, row.skipped,
          random.chance(0.1), recorded[offset], row.rating, row.note, row.practiseAgain,
        ])
      }
    }
    facts.words = wordsWritten
    try addDrills(db)
  }

  /// Every `drillEvery`th session becomes a drill: its answers are graded and their cards
  /// scheduled, a third of the cards starred, so `progress(for:)` meets cards, grades and
  /// drill answers in the proportions of a user who drills now and then. Grades and schedules
  /// follow from the rows already drawn, so the store stays the same for a seed.
  static let drillEvery = 10

  private func addDrills(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE session SET kind = 'drill' WHERE id % \(Self.drillEvery) = 0;
        INSERT INTO drill_grade (entry_id, deck_id, question_id, grade, day, graded)
          SELECT entry.id, session.deck_id, entry.question_id,
            CASE entry.id % 4 WHEN 0 THEN 'again' WHEN 1 THEN 'hard' WHEN 2 THEN 'good'
              ELSE 'easy' END,
            date(entry.recorded / 1000, 'unixepoch'), entry.recorded + 4000
          FROM entry JOIN session ON session.id = entry.session_id
          WHERE session.kind = 'drill' AND entry.kind = 'answer'
            AND entry.question_id IS NOT NULL;
        INSERT INTO card (deck_id, question_id, starred, repetitions, ease, interval_days, due,
            last_drilled, lapses)
          SELECT deck_id, question_id, count(*) % 3 = 0, count(*) % 5,
            1300 + count(*) * 37 % 1500, 1 + count(*) % 30,
            date(max(graded) / 1000, 'unixepoch', '+' || (1 + count(*) % 30) || ' days'),
            date(max(graded) / 1000, 'unixepoch'), count(*) % 4
          FROM drill_grade GROUP BY deck_id, question_id;
        """)
  }

  /// Entries per session: 17 to 23, nudged until they add up to exactly `entries`.
  private mutating func entryCounts() -> [Int] {
    var counts = (0..<sessions).map { _ in random.int(17...23) }
    var total = counts.reduce(0, +)
    while total != entries {
      let index = random.int(0...(sessions - 1))
      if total < entries, counts[index] < 40 {
        counts[index] += 1
        total += 1
      } else if total > entries, counts[index] > 6 {
        counts[index] -= 1
        total -= 1
      }
    }
    return counts
  }

  /// `count` entries in interview order: answers (some followed up) per segment, then the
  /// candidate's two questions, then the reflection if the session finished.
  private mutating func sessionEntries(count: Int, company: String, finished: Bool) -> [Row] {
    let asked = 2
    let reflection = finished ? 1 : 0
    let answers = count - asked - reflection
    let technical = max(1, answers * 30 / 100)
    let culture = max(1, answers * 20 / 100)
    let salary = 1
    let behavioural = answers - technical - culture - salary
    var rows: [Row] = []
    rows.reserveCapacity(count)
    for (segment, slots) in zip(
      Vocabulary.segments.prefix(4), [behavioural, technical, culture, salary])
    {
      var used: Set<String> = []
      var lastAnswer: Int?
      for _ in 0..<slots {
        if let parent = lastAnswer, random.chance(0.3) {
          rows.append(
            answerRow(
              kind: "follow-up", segment: segment, questionID: rows[parent - 1].questionID,
              question: Vocabulary.followUps[random.skewedIndex(Vocabulary.followUps.count)],
              parent: parent))
          lastAnswer = nil
        } else {
          let question = deckQuestion(segment.kind, avoiding: &used)
          rows.append(
            answerRow(
              kind: "answer", segment: segment, questionID: question.id,
              question: question.text.replacingOccurrences(of: "{company}", with: company),
              parent: nil))
          lastAnswer = rows.count
        }
      }
    }
    var used: Set<String> = []
    for _ in 0..<asked {
      let question = deckQuestion("questions", avoiding: &used)
      var row = answerRow(
        kind: "candidate-question", segment: Vocabulary.segments[4], questionID: question.id,
        question: question.text.replacingOccurrences(of: "{company}", with: company), parent: nil,
        words: random.int(10...40))
      row.rating = nil
      rows.append(row)
    }
    if finished {
      rows.append(
        Row(
          kind: "reflection", segment: nil, questionID: nil, question: Vocabulary.reflection,
          answer: text(words: random.int(40...120)), thinking: nil, answering: nil, target: nil,
          parent: nil, skipped: false, rating: nil, note: "", practiseAgain: false))
    }
    return rows
  }

  /// A favourite-skewed deck question of `segment` not yet asked in this session.
  private mutating func deckQuestion(_ segment: String, avoiding used: inout Set<String>)
    -> Vocabulary.Question
  {
    let deck = Vocabulary.questions[segment] ?? []
    var index = random.skewedIndex(deck.count)
    // The next one along if taken; a deck smaller than the session's slots repeats.
    for _ in deck.indices where used.contains(deck[index].id) { index = (index + 1) % deck.count }
    used.insert(deck[index].id)
    return deck[index]
  }

  /// A timed answer: 40–250 words (most near 100), a third or so over target, a few skipped,
  /// some rated, noted or marked to practise again.
  private mutating func answerRow(
    kind: String, segment: (kind: String, target: Int), questionID: String?, question: String,
    parent: Int?, words count: Int? = nil
  ) -> Row {
    let skipped = random.chance(0.03)
    let u = random.unit()
    let words = count ?? (40 + Int(u * u * 210))
    let thinking = 500 + random.skewedIndex(30_000)
    let answering = Int(Double(segment.target) * (0.3 + random.unit() * 1.1))
    return Row(
      kind: kind, segment: segment.kind, questionID: questionID, question: question,
      answer: skipped ? "" : text(words: words), thinking: thinking,
      answering: skipped ? nil : answering, target: segment.target, parent: parent,
      skipped: skipped, rating: random.chance(0.15) ? random.int(1...5) : nil,
      note: random.chance(0.06) ? text(words: random.int(8...30)) : "",
      practiseAgain: random.chance(0.05))
  }

  private var wordsWritten = 0

  /// `count` words in sentences, drawn from the vocabulary's tiers; now and then a line break.
  private mutating func text(words count: Int) -> String {
    wordsWritten += count
    var result = ""
    result.reserveCapacity(count * 8)
    var sentenceStart = true
    for index in 0..<count {
      let draw = random.unit()
      var word: String
      if draw < 1.0 / 300_000 {
        word = random.pick(Vocabulary.veryRare)
      } else if draw < 1.0 / 2_000 {
        word = random.pick(Vocabulary.rare)
      } else if draw < 1.0 / 2_000 + 1.0 / 400 {
        word = random.pick(Vocabulary.international)
      } else if draw < 0.012 {
        word = random.pick(Vocabulary.phrases)
      } else {
        word = Vocabulary.common[random.skewedIndex(Vocabulary.common.count)]
      }
      if sentenceStart, let first = word.first {
        word = first.uppercased() + word.dropFirst()
      }
      if index > 0 { result += random.chance(0.008) ? "\n" : " " }
      result += word
      sentenceStart = false
      let end = random.unit()
      if end < 1.0 / 12 {
        result += "."
        sentenceStart = true
      } else if end < 1.0 / 12 + 1.0 / 25 {
        result += ","
      }
    }
    if !sentenceStart { result += "." }
    return result
  }
}
