import Foundation
import InterviewCore
import Testing

@Suite struct TranscriptCSVTests {
  /// Reads RFC 4180 text back into rows of fields: the test's own parser, so a round trip
  /// checks the quoting without trusting the writer.
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
      if quoted {
        if scalar == "\"" {
          if characters.first == "\"" {
            characters.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        row.append(field)
        field = ""
      } else if scalar == "\r", characters.first == "\n" {
        characters.removeFirst()
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    return rows
  }

  @Test(
    "fields with a comma, quote, CR or LF are quoted, quotes doubled; others are bare",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), ("", ""),
      ("日本, 東京", "\"日本, 東京\""),
    ])
  func quoting(input: String, expected: String) {
    #expect(TranscriptCSV.quoted(input) == expected)
  }

  @Test(
    "cells a spreadsheet would run as formulas get a leading quote",
    arguments: ["=1+2", "+44 20", "-5", "@SUM(A1)", "\tx", "\rx"])
  func formulaGuard(input: String) {
    #expect(TranscriptCSV.guarded(input) == "'" + input)
  }

  @Test("ordinary text is not guarded, even with a formula character later on")
  func noGuard() {
    for text in ["a=b", "10 + 2", "mail@example.com", "", "'already"] {
      #expect(TranscriptCSV.guarded(text) == text)
    }
    #expect(
      TranscriptCSV.field("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
  }

  @Test("the document reads back: one header, one row per entry, session columns repeated")
  func roundTrip() throws {
    let transcripts = [FormatFixture.transcript, FormatFixture.second]
    let text = TranscriptCSV.document(transcripts)
    #expect(text.hasSuffix("\r\n"))
    let rows = Self.parse(text)
    #expect(rows.first == TranscriptCSV.columns)
    let entries = transcripts.flatMap { transcript in transcript.entries.map { (transcript, $0) } }
    try #require(rows.count == 1 + entries.count)
    let column = { (name: String) in TranscriptCSV.columns.firstIndex(of: name) ?? -1 }
    for (row, (transcript, entry)) in zip(rows.dropFirst(), entries) {
      #expect(row.count == TranscriptCSV.columns.count)
      #expect(row[column("session_id")] == String(transcript.summary.id))
      #expect(row[column("company")] == transcript.summary.company)
      #expect(row[column("sequence")] == String(entry.sequence))
      #expect(row[column("note")] == entry.annotation.note)
      #expect(row[column("over_target")] == String(entry.isOverTarget))
      // The answer comes back exactly, but for the guard on formula-like text.
      #expect(row[column("answer")] == TranscriptCSV.guarded(entry.answer))
    }
    #expect(rows[4][column("answer")].hasPrefix("'=SUM"))
    #expect(rows[6][column("answer")].hasPrefix("'+10%"))
  }

  @Test("for Excel the document starts with the UTF-8 byte-order mark; by default it has none")
  func byteOrderMarkOnlyForExcel() {
    let transcripts = [FormatFixture.transcript]
    let plain = Array(TranscriptCSV.document(transcripts).utf8)
    let excel = Array(TranscriptCSV.document(transcripts, forExcel: true).utf8)
    #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(Array(plain.prefix(3)) == Array("ses".utf8))
    // The rest is the same bytes, CRLF line ends included.
    #expect(Array(excel.dropFirst(3)) == plain)
    #expect(plain.suffix(2) == [0x0D, 0x0A])
  }
}
