import Foundation
import InterviewCore
import Testing

@Suite struct FeedbackFormatTests {
  /// Feedback with the given verdicts, `fillers` fillers in `words` words, and `notes`.
  static func feedback(
    words: Int = 80, fillers: Int = 2, verdicts: FeedbackVerdicts = FeedbackVerdicts(),
    notes: [FeedbackNote] = []
  ) -> AnswerFeedback {
    AnswerFeedback(
      version: 1, words: words, verdicts: verdicts,
      fillers: (0..<fillers).map { TextSpan(text: "um", start: $0, end: $0 + 2) },
      fillersPer100Words: words == 0 ? 0 : (Double(fillers) * 1000 / Double(words)).rounded() / 10,
      hedges: [], speaking: nil, delivery: nil, questions: nil, tipsTouched: [],
      jobTerms: JobTermUse(used: ["SQL"], missing: ["dashboards"]), notes: notes)
  }

  static let noResult = FeedbackNote(
    kind: .gap, code: "no-result", text: "No outcome yet: what changed because of what you did?")

  static func entry(segment: SegmentKind?, kind: EntryKind = .answer, feedback: AnswerFeedback?)
    -> Entry
  {
    FormatFixture.entry(1, kind, segment: segment, question: "Q?", answer: "A.")
      .with(feedback: feedback)
  }

  @Test("one line: the segment's verdicts, words, fillers, then the headline")
  func line() {
    let story = Self.feedback(
      verdicts: FeedbackVerdicts(context: true, action: true, quantified: true),
      notes: [
        FeedbackNote(kind: .strength, code: "number", text: "You put a number on it."),
        Self.noResult,
      ])
    #expect(
      TranscriptFormat.feedback(Self.entry(segment: .behavioural, feedback: story))
        == "context ✓ · action ✓ · result ✗ · number ✓ · 80 words · 2 fillers (2.5 per 100) — "
        + "No outcome yet: what changed because of what you did?")
    let salary = Self.feedback(
      words: 1, fillers: 0, verdicts: FeedbackVerdicts(namesFigure: true))
    #expect(
      TranscriptFormat.feedback(Self.entry(segment: .salary, feedback: salary))
        == "figure ✓ · 1 word · no fillers")
    let question = Self.feedback(fillers: 1)
    #expect(
      TranscriptFormat.feedback(
        Self.entry(segment: .questions, kind: .candidateQuestion, feedback: question))
        == "80 words · 1 filler (1.3 per 100)")
    #expect(TranscriptFormat.feedback(Self.entry(segment: .behavioural, feedback: nil)) == nil)
  }

  @Test("figures edited by hand into the store cannot crash the line")
  func hostileFigures() {
    #expect(TranscriptFormat.tenths(.nan) == "0.0")
    #expect(TranscriptFormat.tenths(.infinity) == "0.0")
    #expect(TranscriptFormat.tenths(1e300) == "1000000.0")
    #expect(TranscriptFormat.tenths(-3) == "0.0")
    #expect(TranscriptFormat.tenths(2.25) == "2.3")
  }

  @Test("text and Markdown put the line under the answer; Markdown escapes the note")
  func textAndMarkdown() {
    let note = FeedbackNote(kind: .gap, code: "hedges", text: "2 hedges (\"*sort of*\"): say it")
    var transcript = FormatFixture.second
    transcript.entries = [
      Self.entry(segment: .culture, feedback: Self.feedback(notes: [note]))
    ]
    let lines = TranscriptText.lines(transcript, timeZone: .gmt)
    let answer = lines.firstIndex(of: "  Answer: A.") ?? -1
    // Said in words: a screen reader reads the text form aloud, and passes over ✓ and ✗.
    #expect(
      lines[answer + 1]
        == "  Coach: context no, action no, result no, number no; 80 words, 2 fillers, 2.5 per "
        + "100 words. 2 hedges (\"*sort of*\"): say it.")
    let markdown = TranscriptMarkdown.session(transcript, timeZone: .gmt)
    #expect(
      markdown.contains(
        "> A.\n\n**Feedback:** context ✗ · action ✗ · result ✗ · number ✗ · 80 words · "
          + "2 fillers (2.5 per 100) — 2 hedges (\"\\*sort of\\*\"): say it\n"))
  }

  @Test("JSON: feedback is an object or null on every entry, probe and job_description beside")
  func json() throws {
    let text = try JSONText.string(TranscriptJSON(FormatFixture.transcript))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["job_description"] as? String == FormatFixture.jobDescription)
    let entries = try #require(object["entries"] as? [[String: Any]])
    for (entry, stored) in zip(entries, FormatFixture.transcript.entries) {
      let value = try #require(entry["feedback"], "feedback key missing on \(stored.sequence)")
      if stored.feedback == nil {
        #expect(value is NSNull)
        continue
      }
      let feedback = try #require(value as? [String: Any])
      let verdicts = try #require(feedback["verdicts"] as? [String: Bool])
      #expect(Set(verdicts.keys) == Set(FeedbackVerdicts.keys))
      #expect(feedback["words"] as? Int == stored.feedback?.words)
      #expect(feedback["fillers"] is [Any])
      #expect(feedback["notes"] is [[String: Any]])
      let terms = try #require(feedback["job_terms"] as? [String: [String]])
      #expect(Set(terms.keys) == ["used", "missing"])
    }
    #expect(entries[1]["probe"] as? String == "result")
    // No probe is null, as every optional key of an entry is: the keys are the same on all.
    #expect(entries[0]["probe"] is NSNull)
    // Decoded back, the feedback is what was stored.
    struct Entry: Decodable { var feedback: AnswerFeedback? }
    struct Document: Decodable { var entries: [Entry] }
    let decoded = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
    #expect(decoded.entries.map(\.feedback) == FormatFixture.transcript.entries.map(\.feedback))
  }

  @Test("CSV: the verdicts, words and fillers close each row; empty without feedback")
  func csv() {
    var transcript = FormatFixture.second
    let verdicts = FeedbackVerdicts(context: true, result: true, teamOnly: true)
    transcript.entries = [
      Self.entry(
        segment: .culture, feedback: Self.feedback(words: 12, fillers: 3, verdicts: verdicts)),
      Self.entry(segment: .culture, feedback: nil),
    ]
    let rows = TranscriptCSV.document([transcript]).components(separatedBy: "\r\n")
    let tail = { (row: String) in row.components(separatedBy: ",").suffix(9).joined(separator: ",")
    }
    #expect(
      tail(rows[0])
        == "context,action,result,quantified,filler_heavy,team_only,names_figure,words,fillers")
    #expect(tail(rows[1]) == "true,false,true,false,false,true,false,12,3")
    #expect(tail(rows[2]) == ",,,,,,,,")
  }

  @Test("the feedback trend writes every key, a share with nothing to share as null")
  func trendJSON() throws {
    let recent = [
      TranscriptStats.Recent(
        sessionID: 3, started: FormatFixture.started, answers: 2, meanThinkingMilliseconds: 0,
        meanAnswerMilliseconds: 0, overTarget: 0,
        feedback: TranscriptStats.Feedback(answers: 2, words: 150, fillers: 4))
    ]
    let trend = try #require(FeedbackTrend(recent: recent))
    let text = try JSONText.string(trend)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let session = try #require((object["sessions"] as? [[String: Any]])?.first)
    #expect(session["session_id"] as? Int == 3)
    #expect(session["fillers_per_100_words"] as? Double == 2.7)
    #expect(session["behavioural_answers"] as? Int == 0)
    for key in ["context_share", "action_share", "result_share", "quantified_share"] {
      #expect(session[key] is NSNull, "\(key)")
    }
    #expect(object["earlier"] == nil && object["later"] == nil)
    let lines = trend.lines { rows in rows.map { $0.joined(separator: " | ") } }
    #expect(
      lines == [
        "Feedback in the 1 session with analysed answers:",
        "  fillers per 100 words | 2.7",
        "  behavioural answers | 0",
        "    with context | -",
        "    with an action | -",
        "    with a result | -",
        "    with a number | -",
      ])
  }
}

extension Entry {
  /// The entry with `feedback` instead of its own.
  fileprivate func with(feedback: AnswerFeedback?) -> Entry {
    var entry = self
    entry.feedback = feedback
    return entry
  }
}
