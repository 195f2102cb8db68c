import Foundation
import InterviewCore
import Testing

/// Every export form of the fixture transcript, against files a person has read. Record with
/// RECORD_GOLDEN=1, then read every file in Golden/.
@Suite struct TranscriptGoldenTests {
  @Test func markdown() {
    expectGolden(
      TranscriptMarkdown.session(FormatFixture.transcript, timeZone: FormatFixture.zone),
      named: "transcript.md")
  }

  @Test func markdownOfTwoSessions() {
    let text = TranscriptMarkdown.document(
      [FormatFixture.transcript, FormatFixture.second], timeZone: FormatFixture.zone)
    expectGolden(text, named: "two-sessions.md")
    #expect(text.components(separatedBy: "\n---\n").count == 2)
  }

  @Test func json() throws {
    expectGolden(
      try JSONText.string(TranscriptJSON(FormatFixture.transcript)) + "\n", named: "transcript.json"
    )
  }

  /// A spoken session: one answer transcribed (its words and pace), one not (why, and the
  /// audio kept for a retry).
  @Test func jsonOfASpokenSession() throws {
    let text = try JSONText.string(TranscriptJSON(FormatFixture.second)) + "\n"
    expectGolden(text, named: "spoken-session.json")
    #expect(text.contains("\"words_per_minute\" : 240"))
    #expect(text.contains("\"transcription\" : \"not-transcribed\""))
  }

  @Test func csv() {
    expectGolden(
      TranscriptCSV.document([FormatFixture.transcript, FormatFixture.second]),
      named: "transcripts.csv")
  }

  @Test func text() {
    expectGolden(
      TranscriptText.lines(FormatFixture.transcript, timeZone: FormatFixture.zone)
        .joined(separator: "\n") + "\n",
      named: "transcript.txt")
  }

  /// A drill of two cards: no company, position or salary figures; the deck names it.
  static let drill = Transcript(
    summary: SessionSummary(
      id: 11, started: FormatFixture.at(86_400), updated: FormatFixture.at(86_400 + 400),
      status: .finished, company: "", position: "", deckID: "second-interview",
      deckTitle: "Second interview", role: nil, mode: "typed", segments: ["behavioural"],
      seed: 0, salaryRange: nil, walkAway: nil, answers: 2, overTarget: 1,
      interviewMilliseconds: 330_000, kind: .drill),
    entries: [
      FormatFixture.entry(
        1, id: "launch", question: "Tell me about a launch you owned.",
        answer: "Shipped it in six weeks."),
      FormatFixture.entry(
        2, id: "weakness", question: "What is a genuine weakness?", answer: "Delegating.",
        thinking: 9_000, answering: 150_000, annotation: Annotation(practiseAgain: true)),
    ])

  @Test func textOfADrill() {
    let lines = TranscriptText.lines(Self.drill, timeZone: FormatFixture.zone)
    expectGolden(lines.joined(separator: "\n") + "\n", named: "drill.txt")
    #expect(lines.first == "Drill: Second interview")
  }

  @Test("a drill of several decks, answered untimed: no empty deck, no '0 seconds'")
  func textOfAnUntimedDrillOfSeveralDecks() {
    var drill = Self.drill
    drill.summary.deckID = ""
    drill.summary.deckTitle = "Questions from every deck"
    drill.summary.interviewMilliseconds = 0
    let lines = TranscriptText.lines(drill, timeZone: FormatFixture.zone)
    #expect(lines.first == "Drill: Questions from every deck")
    #expect(lines[1].hasSuffix(", finished, typed."), "\(lines[1])")
  }

  @Test func markdownOfADrill() {
    let text = TranscriptMarkdown.session(Self.drill, timeZone: FormatFixture.zone)
    expectGolden(text, named: "drill.md")
    #expect(text.hasPrefix("# Drill · Second interview\n"))
  }

  @Test("JSON and CSV say which sessions are drills")
  func kindInJSONAndCSV() throws {
    for (transcript, kind) in [(FormatFixture.transcript, "interview"), (Self.drill, "drill")] {
      let text = try JSONText.string(TranscriptJSON(transcript))
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      #expect(object["kind"] as? String == kind)
    }
    let csv = TranscriptCSV.document([FormatFixture.second, Self.drill])
    let column = try #require(TranscriptCSV.columns.firstIndex(of: "session_kind"))
    // Counted from the end: the cells before it may hold commas of their own.
    let fromEnd = TranscriptCSV.columns.count - column
    let kindCells = csv.components(separatedBy: "\r\n").dropLast().map {
      $0.components(separatedBy: ",").suffix(fromEnd).first
    }
    #expect(kindCells.first == "session_kind")
    #expect(
      kindCells.dropFirst().map { $0 } == ["interview", "interview", "interview", "drill", "drill"])
  }

  @Test("the JSON carries every recorded field of every entry, annotations included")
  func jsonIsComplete() throws {
    let text = try JSONText.string(TranscriptJSON(FormatFixture.transcript))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.count == FormatFixture.transcript.entries.count)
    let first = entries[0]
    #expect(first["rating"] as? Int == 4)
    #expect(first["note"] as? String == "Use *STAR*, not \"story\"\n- less rambling")
    #expect(first["practise_again"] as? Bool == true)
    #expect(entries[3]["over_target"] as? Bool == true)
    #expect(entries[0]["over_target"] as? Bool == false)
    #expect(entries[1]["parent"] as? Int == 1)
    #expect(object["salary_range"] as? String == "£70k–£80k")
    #expect(object["walk_away"] as? String == "£65k")
    #expect(object["over_target"] as? Int == 1)
    for key in ["thinking_ms", "answer_ms", "target_ms", "recorded", "spoken_notes", "skipped"] {
      #expect(first[key] != nil, "missing \(key)")
    }
  }

  @Test("every JSON entry has the same keys: a missing rating, time or parent is null")
  func jsonEntriesShareTheirKeys() throws {
    let text = try JSONText.string(TranscriptJSON(FormatFixture.transcript))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    let keys = entries.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
    for optional in ["rating", "parent", "probe", "segment", "question_id", "thinking_ms"] {
      #expect(keys.contains(optional), "\(optional)")
    }
    for (index, entry) in entries.enumerated() {
      #expect(Set(entry.keys) == keys, "entry \(index + 1)")
    }
    // The fixture's second entry is an unrated follow-up; the first has no parent.
    #expect(FormatFixture.transcript.entries[1].annotation.rating == nil)
    #expect(entries[1]["rating"] is NSNull)
    #expect(entries[0]["parent"] is NSNull)
  }

  @Test("the text form's own words have no symbol a screen reader reads badly or skips")
  func textReadsWellAloud() {
    let lines = TranscriptText.lines(FormatFixture.transcript, timeZone: FormatFixture.zone)
    // What the app writes, not what the user typed (answers and notes keep their text).
    let own = lines.enumerated().filter { index, line in
      index > 0 && !line.hasPrefix("  Answer: ") && !line.hasPrefix("          ")
        && !line.hasPrefix("  Note: ") && !line.hasPrefix("        ") && !line.contains("Salary")
        && !line.contains("Walk-away")
    }.map(\.element)
    for line in own {
      for symbol in ["[", "]", "/", "·", "✓", "✗", "#", "> ", "—"] {
        #expect(!line.contains(symbol), "'\(symbol)' in: \(line)")
      }
      #expect(
        line.firstMatch(of: /\d:\d\d(?!\d)/) == nil || line.contains(" at "), "a clock in: \(line)")
    }
  }

  @Test("the text form shows the verdict and the note in words, and keeps wide text whole")
  func textShowsAnnotations() {
    let lines = TranscriptText.lines(FormatFixture.transcript, timeZone: FormatFixture.zone)
    #expect(lines.contains("  Rated 4 of 5, marked to practise again."))
    #expect(lines.contains("  Note: Use *STAR*, not \"story\""))
    #expect(lines.contains("        - less rambling"))
    #expect(lines.contains("  Answer: 私はチームで働くのが好きです 🎉 cafe\u{301}"))
    #expect(lines.contains("4. Design a rate limiter."))
    #expect(
      lines.contains { $0.hasPrefix("  Thinking 20 seconds") && $0.hasSuffix(", over the target.") }
    )
  }
}
