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

  @Test("the text form shows the verdict and the note, and keeps wide text whole")
  func textShowsAnnotations() {
    let lines = TranscriptText.lines(FormatFixture.transcript, timeZone: FormatFixture.zone)
    #expect(lines.contains("  (rating 4/5 · practise again)"))
    #expect(lines.contains("  Note: Use *STAR*, not \"story\""))
    #expect(lines.contains("        - less rambling"))
    #expect(lines.contains("  > 私はチームで働くのが好きです 🎉 cafe\u{301}"))
    #expect(lines.contains { $0.hasPrefix("Design a rate limiter.") && $0.contains(", over]") })
  }
}
