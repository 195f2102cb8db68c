import Foundation
import InterviewCore
import Testing

@Suite struct TranscriptMarkdownTests {
  @Test(
    "characters that would change the Markdown are escaped",
    arguments: [
      ("*bold* and _it_", "\\*bold\\* and \\_it\\_"), ("# not a heading", "\\# not a heading"),
      ("- not a list", "\\- not a list"), ("+ nor this", "\\+ nor this"),
      ("12. nor this", "12\\. nor this"), ("3) nor this", "3\\) nor this"),
      ("> not a quote", "\\> not a quote"), ("[a](b)", "\\[a\\](b)"),
      ("<b>html</b>", "\\<b>html\\</b>"), ("`code`", "\\`code\\`"),
      ("a | b", "a \\| b"), ("&amp; &#35;", "\\&amp; \\&#35;"), ("back\\slash", "back\\\\slash"),
      ("    indented", "&#32;&#32;&#32;&#32;indented"),
    ])
  func escaping(input: String, expected: String) {
    #expect(TranscriptMarkdown.escape(input) == expected)
  }

  @Test("plain words, list-like text mid-line and wide text are left alone")
  func noEscape() {
    for text in [
      "I led it", "from 3 - 5 people", "the 1. place", "面接の練習 🎉", "10.5 years", "AT&T",
      "C# and F#", "great!", "a > b", "x = 1",
    ] {
      let escaped = TranscriptMarkdown.escape(text)
      #expect(escaped == text || text == "10.5 years" && escaped == "10\\.5 years")
    }
    #expect(TranscriptMarkdown.escape("line one\n- two") == "line one\n\\- two")
  }

  @Test("a multi-line answer stays one blockquote, its lines kept with hard breaks")
  func multiLineQuote() {
    let text = TranscriptMarkdown.session(FormatFixture.transcript, timeZone: FormatFixture.zone)
    #expect(
      text.contains("> I led the launch.\\\n> We shipped in 6 weeks.\n>\n> \\# Not a heading\n"))
  }

  @Test("follow-ups sit under their question, before the next question")
  func followUpsNested() throws {
    let text = TranscriptMarkdown.session(FormatFixture.transcript, timeZone: FormatFixture.zone)
    let question = try #require(text.range(of: "### Tell me about a launch you owned."))
    let followUp = try #require(text.range(of: "#### Follow-up: What would you change?"))
    let next = try #require(text.range(of: "### What is a genuine weakness?"))
    #expect(question.upperBound <= followUp.lowerBound)
    #expect(followUp.upperBound <= next.lowerBound)
  }

  @Test("timing, over target, skip, verdict and note are shown; metadata has the salary")
  func details() {
    let text = TranscriptMarkdown.session(FormatFixture.transcript, timeZone: FormatFixture.zone)
    #expect(text.contains("*thinking 0:12 · answer 1:40 / 2:00 target*"))
    #expect(text.contains("*thinking 0:20 · answer 3:20 / 3:00 target · over*"))
    #expect(text.contains("*(skipped)*"))
    #expect(text.contains("**Your verdict:** rating 4/5 · practise again"))
    #expect(text.contains("**Note:** Use \\*STAR\\*, not \"story\"\\\n\\- less rambling"))
    #expect(text.contains("salary range £70k–£80k · walk-away £65k"))
    #expect(text.hasPrefix("# Acme, Inc. — Staff \\*Engineer\\*\n"))
  }

  @Test("a spoken answer says its text is the notes")
  func spoken() {
    var transcript = FormatFixture.second
    transcript.entries[0].spokenNotes = true
    let text = TranscriptMarkdown.session(transcript, timeZone: .gmt)
    #expect(text.contains("target · answered aloud, notes below*"))
    #expect(!TranscriptMarkdown.session(FormatFixture.second, timeZone: .gmt).contains("aloud"))
  }

  @Test("the date is written in the zone asked for")
  func timeZone() {
    let london = TranscriptMarkdown.session(FormatFixture.second, timeZone: .gmt)
    let tokyo = TranscriptMarkdown.session(
      FormatFixture.second, timeZone: TimeZone(identifier: "Asia/Tokyo") ?? .gmt)
    #expect(london.contains("Thu 19 Nov 2026 09:30"))
    #expect(tokyo.contains("Thu 19 Nov 2026 18:30"))
  }
}

/// The date forms are computed by hand, so they are checked against Foundation's.
@Suite struct TranscriptDateTests {
  @Test(
    "ISO 8601 and the people's forms agree with Foundation across years, leap days and zones",
    arguments: [
      0, 951_782_400, 951_868_799, 1_709_164_800, 1_794_821_400, 4_102_444_799, -86_401,
    ])
  func agree(seconds: Int) {
    let date = Date(timeIntervalSince1970: Double(seconds))
    #expect(TranscriptFormat.iso8601(date) == date.formatted(.iso8601))
    for identifier in ["UTC", "Europe/London", "Asia/Tokyo", "America/Los_Angeles"] {
      guard let zone = TimeZone(identifier: identifier) else { continue }
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_GB")
      formatter.timeZone = zone
      formatter.dateFormat = "EEE d MMM yyyy HH:mm"
      #expect(DateStyle.header(date, timeZone: zone) == formatter.string(from: date))
      formatter.dateFormat = "EEE d MMM HH:mm"
      #expect(DateStyle.list(date, timeZone: zone) == formatter.string(from: date))
      formatter.dateFormat = "d MMM HH:mm"
      #expect(DateStyle.list(date, timeZone: zone, compact: true) == formatter.string(from: date))
    }
  }
}
