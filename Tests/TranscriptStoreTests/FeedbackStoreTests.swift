import Foundation
import GRDB
import InterviewCore
import Testing
import TranscriptStore

/// Feedback made by the real analyser, so the stored JSON is what a rehearsal writes.
func analysed(
  _ answer: String, segment: SegmentKind = .behavioural, jobTerms: [String] = []
) -> AnswerFeedback {
  AnswerAnalyzer.standard.analyse(
    FeedbackInput(
      answer: answer, segment: segment, question: "Tell me about a conflict.",
      targetSeconds: 120, jobTerms: jobTerms))
}

/// Feedback with exactly the figures `stats` sums, for tests that check the arithmetic.
func feedback(
  words: Int, fillers: Int, context: Bool = false, action: Bool = false, result: Bool = false,
  quantified: Bool = false
) -> AnswerFeedback {
  AnswerFeedback(
    version: 1, words: words,
    verdicts: FeedbackVerdicts(
      context: context, action: action, result: result, quantified: quantified),
    fillers: (0..<fillers).map { TextSpan(text: "um", start: $0 * 3, end: $0 * 3 + 2) },
    fillersPer100Words: words == 0 ? 0 : Double(fillers) * 100 / Double(words), hedges: [],
    speaking: nil, delivery: nil, questions: nil, tipsTouched: [], jobTerms: JobTermUse(),
    notes: [])
}

@Suite struct FeedbackStoreTests {
  static let strong = """
    Last spring our checkout failed for 1 in 20 customers, and I had to fix it before the \
    sale. I pulled the logs, found the retry bug and shipped a fix in two days. Failed \
    checkouts fell to 1 in 500 and the sale beat its target by 12%.
    """

  @Test func feedbackProbeAndJobDescriptionComeBack() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    var session = sampleSession()
    session.jobDescription = "Data Analyst: SQL, dashboards, stakeholder reporting.\nLondon."
    let id = try fixture.store.createSession(session)
    var first = answer(1)
    first.answer = Self.strong
    first.feedback = analysed(Self.strong, jobTerms: ["SQL", "checkout"])
    var followUp = answer(2)
    followUp.kind = .followUp
    followUp.parentSequence = 1
    followUp.answer = "Um, it, like, went well I think."
    followUp.feedback = analysed(followUp.answer)
    followUp.probe = .result
    let skipped = answer(3, skipped: true)
    for entry in [first, followUp, skipped] { try fixture.store.append(entry, to: id) }

    let shown = try #require(try fixture.store.session(id: id))
    #expect(shown.jobDescription == session.jobDescription)
    #expect(shown.entries == [first, followUp, skipped])
    #expect(shown.entries[0].feedback?.jobTerms == JobTermUse(used: ["checkout"], missing: ["SQL"]))
    #expect(shown.entries[1].probe == .result)
    #expect(shown.entries[2].feedback == nil && shown.entries[2].probe == nil)
    // Listing reads no job description, and is otherwise unchanged.
    #expect(try fixture.store.sessions().first?.id == id)
    fixture.store.close()

    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    let reread = try #require(try reader.session(id: id))
    #expect(reread == shown)
  }

  @Test func aSessionWithoutAJobDescriptionHasNone() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [answer(1)])
    let shown = try #require(try fixture.store.session(id: id))
    #expect(shown.jobDescription == nil)
    #expect(shown.entries[0].feedback == nil)
  }

  @Test func theNumbersStatsSumAreWrittenBesideTheJSON() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    var entry = answer(1)
    entry.feedback = feedback(
      words: 40, fillers: 3, context: true, result: true, quantified: true)
    let id = try fixture.add(started: morning(), entries: [entry, answer(2)])
    let rows = try fixture.inspect { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT feedback, feedback_words, feedback_fillers, feedback_verdicts FROM entry
          WHERE session_id = ? ORDER BY sequence
          """,
        arguments: [id])
    }
    let text: String? = rows[0]["feedback"]
    let decoded = try JSONDecoder().decode(AnswerFeedback.self, from: Data((text ?? "").utf8))
    #expect(decoded == entry.feedback)
    #expect(rows[0]["feedback_words"] as Int? == 40)
    #expect(rows[0]["feedback_fillers"] as Int? == 3)
    // context (bit 0), result (bit 2), quantified (bit 3).
    #expect(rows[0]["feedback_verdicts"] as Int? == 0b1101)
    #expect(rows[1]["feedback"] as String? == nil)
    #expect(rows[1]["feedback_words"] as Int? == nil)
    #expect(rows[1]["feedback_verdicts"] as Int? == nil)
  }

  @Test func aCorruptFeedbackCellReadsAsNoFeedback() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    var entry = answer(1)
    entry.questionID = "conflict"
    entry.answer = Self.strong
    entry.feedback = analysed(Self.strong)
    let id = try fixture.add(started: morning(), entries: [entry])
    try fixture.inspect { db in
      try db.execute(sql: "UPDATE entry SET feedback = '{\"version\": 1, \"words\": ' ")
    }
    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    let shown = try #require(try reader.session(id: id))
    #expect(shown.entries.count == 1)
    #expect(shown.entries[0].feedback == nil)
    #expect(shown.entries[0].answer == Self.strong)
    let key = CardKey(deckID: "backend-staff", questionID: "conflict")
    let latest = try #require(try reader.progress(for: [key])[key]?.latest)
    #expect(latest.feedback == nil)
    #expect(latest.answer == Self.strong)
    #expect(try reader.history(of: .deckQuestion("conflict")).first?.entry.feedback == nil)
    // A cell of the wrong type (a number, a blob) is no feedback either.
    reader.close()
    try fixture.inspect { db in try db.execute(sql: "UPDATE entry SET feedback = x'00ff'") }
    let again = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    #expect(try again.session(id: id)?.entries[0].feedback == nil)
  }

  @Test func theLatestAnswerCarriesItsFeedback() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    var older = answer(1)
    older.questionID = "conflict"
    older.feedback = analysed("We talked.")
    var newer = answer(2)
    newer.questionID = "conflict"
    newer.answer = Self.strong
    newer.feedback = analysed(Self.strong)
    try fixture.add(started: morning(), entries: [older, newer])
    let key = CardKey(deckID: "backend-staff", questionID: "conflict")
    let latest = try #require(try fixture.store.progress(for: [key])[key]?.latest)
    #expect(latest.feedback == newer.feedback)
    #expect(latest.feedback?.verdicts.result == true)
  }

  @Test func setFeedbackReplacesAndClearsInOneTransaction() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    var first = answer(1)
    first.feedback = feedback(words: 10, fillers: 5)
    let id = try fixture.add(started: morning(), entries: [first, answer(2)])
    let better = analysed(Self.strong)
    try fixture.store.setFeedback([
      EntryReference(sessionID: id, sequence: 1): nil,
      EntryReference(sessionID: id, sequence: 2): better,
    ])
    var entries = try #require(try fixture.store.session(id: id)).entries
    #expect(entries[0].feedback == nil)
    #expect(entries[1].feedback == better)

    // One missing entry and nothing changes, the good one included.
    let missing = StoreError.noSuchEntry(fixture.path, sessionID: id, sequence: 9)
    #expect(throws: missing) {
      try fixture.store.setFeedback([
        EntryReference(sessionID: id, sequence: 1): better,
        EntryReference(sessionID: id, sequence: 9): better,
      ])
    }
    entries = try #require(try fixture.store.session(id: id)).entries
    #expect(entries[0].feedback == nil)
    // Stats follow the columns written with it.
    let recent = try #require(try fixture.store.stats().recent.first)
    #expect(recent.feedback.answers == 1)
    #expect(recent.feedback.words == better.words)
  }

  @Test func aReadOnlyStoreRefusesFeedback() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let id = try fixture.add(started: morning(), entries: [answer(1)])
    fixture.store.close()
    let reader = try TranscriptDatabase.open(directory: fixture.directory.data, access: .readOnly)
    #expect(throws: StoreError.readOnly(fixture.path)) {
      try reader.setFeedback([
        EntryReference(sessionID: id, sequence: 1): feedback(words: 1, fillers: 0)
      ])
    }
  }
}

@Suite struct FeedbackStatsTests {
  /// A behavioural answer with `feedback`.
  private func story(_ sequence: Int, _ feedback: AnswerFeedback?) -> Entry {
    var entry = reviewEntry(sequence)
    entry.feedback = feedback
    return entry
  }

  @Test func recentSessionsAddUpTheirFeedbackFromTheColumns() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    // Before feedback existed: answers, none analysed.
    let old = try fixture.add(started: morning(), entries: [reviewEntry(1), reviewEntry(2)])
    var followUp = reviewEntry(3, kind: .followUp, parent: 1)
    followUp.feedback = feedback(words: 20, fillers: 4, result: true)
    var technical = reviewEntry(4, segment: .technical)
    technical.feedback = feedback(words: 30, fillers: 0, context: true, action: true)
    var skipped = story(5, feedback(words: 99, fillers: 99, context: true))
    skipped.skipped = true
    var question = reviewEntry(6, kind: .candidateQuestion, segment: .questions)
    question.feedback = feedback(words: 50, fillers: 50)
    let analysed = try fixture.add(
      started: morning(plus: 60),
      entries: [
        story(1, feedback(words: 100, fillers: 2, context: true, action: true, result: true)),
        story(2, feedback(words: 50, fillers: 1, action: true, quantified: true)),
        followUp, technical, skipped, question,
      ])

    let recent = try fixture.store.stats().recent
    #expect(recent.map(\.sessionID) == [old, analysed])
    #expect(recent[0].feedback == TranscriptStats.Feedback())
    // Answers and follow-ups not skipped count towards words and fillers; only first answers
    // in the behavioural segment towards the shares; the candidate's question towards neither.
    #expect(
      recent[1].feedback
        == TranscriptStats.Feedback(
          answers: 4, words: 200, fillers: 7, behavioural: 2, context: 1, action: 2, result: 1,
          quantified: 1))

    let trend = try #require(FeedbackTrend(recent: recent))
    #expect(trend.sessions.map(\.sessionID) == [analysed])
    #expect(trend.sessions[0].figures.fillersPer100Words == 3.5)
    #expect(trend.sessions[0].figures.resultShare == 0.5)
    #expect(trend.earlier == nil && trend.later == nil)
  }

  @Test func theFeedbackTrendComparesTheLaterHalfWithTheEarlier() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    let rambling = feedback(words: 100, fillers: 6, context: true, action: true)
    let crisp = feedback(
      words: 100, fillers: 1, context: true, action: true, result: true, quantified: true)
    var ids: [Int64] = []
    for (day, answer) in [rambling, rambling, crisp, crisp, crisp].enumerated() {
      ids.append(
        try fixture.add(
          started: morning(plus: Int64(day) * 1_440), entries: [story(1, answer), story(2, answer)])
      )
    }
    // A session with answers but none analysed stays off the feedback trend.
    try fixture.add(started: morning(plus: 6 * 1_440), entries: [reviewEntry(1)])

    let stats = try fixture.store.stats()
    #expect(stats.recent.count == 6)
    let trend = try #require(FeedbackTrend(recent: stats.recent))
    #expect(trend.sessions.map(\.sessionID) == ids)
    let earlier = try #require(trend.earlier)
    let later = try #require(trend.later)
    #expect(earlier.sessions == 2 && later.sessions == 2)
    #expect(earlier.figures.fillersPer100Words == 6.0)
    #expect(later.figures.fillersPer100Words == 1.0)
    #expect(earlier.figures.resultShare == 0 && later.figures.resultShare == 1)
    #expect(earlier.figures.contextShare == 1 && later.figures.contextShare == 1)

    let lines = StatsText.lines(stats) { rows in rows.map { $0.joined(separator: " | ") } }
    let start = try #require(lines.firstIndex { $0.hasPrefix("Feedback across") })
    // The table, then the trends drawn as sparklines (StatsSparklineTests reads those).
    #expect(
      Array(lines[start...].prefix(8)) == [
        "Feedback across the last 5 sessions with analysed answers "
          + "(the later 2 against the earlier 2):",
        "   | EARLIER | LATER | EACH SESSION, OLDEST FIRST",
        "  fillers per 100 words | 6.0 | 1.0 | 6.0 6.0 1.0 1.0 1.0",
        "  behavioural answers | 4 | 4 | 2 2 2 2 2",
        "    with context | 100% | 100% | 100% 100% 100% 100% 100%",
        "    with an action | 100% | 100% | 100% 100% 100% 100% 100%",
        "    with a result | 0% | 100% | 0% 0% 100% 100% 100%",
        "    with a number | 0% | 100% | 0% 0% 100% 100% 100%",
      ])
  }

  @Test func statsWithoutAnyFeedbackShowNoFeedbackTrend() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    try fixture.add(started: morning(), entries: [reviewEntry(1)])
    try fixture.add(started: morning(plus: 60), entries: [reviewEntry(1)])
    let stats = try fixture.store.stats()
    #expect(FeedbackTrend(recent: stats.recent) == nil)
    #expect(
      !StatsText.lines(stats) { $0.map { $0.joined() } }.contains { $0.hasPrefix("Feedback") })
    #expect(StatsJSON(stats).feedbackTrend == nil)
  }
}
