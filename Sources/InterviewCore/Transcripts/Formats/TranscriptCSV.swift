import Foundation

/// Transcripts as CSV (RFC 4180): one header, then one row per entry with its session's columns
/// repeated, so a spreadsheet can filter and pivot without joins.
public enum TranscriptCSV {
  /// The header row's column names.
  public static let columns =
    [
      "session_id", "started", "status", "company", "position", "deck", "deck_title", "mode",
      "salary_range", "walk_away", "sequence", "kind", "segment", "question_id", "question",
      "answer", "thinking_ms", "answer_ms", "target_ms", "over_target", "skipped", "spoken_notes",
      "parent", "recorded", "rating", "note", "practise_again", "session_kind",
    ] + FeedbackVerdicts.keys + ["words", "fillers"]

  /// The byte-order mark Excel needs to read a CSV file as UTF-8: without it, it guesses the
  /// system's legacy code page and shows "SociÃ©tÃ©" for "Société".
  public static let byteOrderMark = "\u{FEFF}"

  /// The header and every entry of `transcripts`, lines ending in CRLF as RFC 4180 asks;
  /// plain UTF-8, or with `byteOrderMark` first when `forExcel`.
  public static func document(_ transcripts: [Transcript], forExcel: Bool = false) -> String {
    var lines = [row(columns.map(Cell.number))]
    for transcript in transcripts {
      let summary = transcript.summary
      let session: [Cell] = [
        .number(String(summary.id)), .number(TranscriptFormat.iso8601(summary.started)),
        .text(TranscriptFormat.status(summary.status)), .text(summary.company),
        .text(summary.position), .text(summary.deckID), .text(summary.deckTitle),
        .text(summary.mode), .text(summary.salaryRange ?? ""), .text(summary.walkAway ?? ""),
      ]
      for entry in transcript.entries {
        let number = { (value: Int?) in Cell.number(value.map(String.init) ?? "") }
        lines.append(
          row(
            session + [
              number(entry.sequence), .text(entry.kind.rawValue),
              .text(entry.segment?.rawValue ?? ""),
              .text(entry.questionID ?? ""), .text(entry.question), .text(entry.answer),
              number(entry.thinkingMilliseconds), number(entry.answerMilliseconds),
              number(entry.targetMilliseconds), flag(entry.isOverTarget), flag(entry.skipped),
              flag(entry.spokenNotes), number(entry.parentSequence),
              .number(TranscriptFormat.iso8601(entry.recorded)), number(entry.annotation.rating),
              .text(entry.annotation.note), flag(entry.annotation.practiseAgain),
              // Last, so that the columns before it keep their places.
              .text(summary.kind.rawValue),
            ] + feedback(entry.feedback)))
      }
    }
    return (forExcel ? byteOrderMark : "") + lines.map { $0 + "\r\n" }.joined()
  }

  /// One cell as written: guarded against formulas, then quoted if it needs to be.
  ///
  /// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
  /// return, which some strip first) as a formula, so such text gets a leading `'`, which
  /// spreadsheets show as text. A cell holding a comma, quote, CR or LF is quoted, quotes
  /// doubled.
  public static func field(_ text: String) -> String {
    quoted(guarded(text))
  }

  /// `text` with a `'` in front when a spreadsheet would take it for a formula.
  public static func guarded(_ text: String) -> String {
    // Bytes, not characters: every trigger is ASCII, and exports run this on every cell.
    guard let first = text.utf8.first, Array("=+-@\t\r".utf8).contains(first) else {
      return text
    }
    return "'" + text
  }

  /// `text` quoted per RFC 4180 when it holds a comma, a quote, CR or LF; else as it is.
  public static func quoted(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Text the user typed is guarded; numbers, dates and flags the app wrote cannot be formulas.
  private enum Cell {
    case text(String)
    case number(String)
  }

  private static func flag(_ value: Bool) -> Cell { .number(value ? "true" : "false") }

  /// The seven verdicts, words and fillers; empty cells for an entry without feedback.
  private static func feedback(_ feedback: AnswerFeedback?) -> [Cell] {
    guard let feedback else {
      return Array(repeating: .number(""), count: FeedbackVerdicts.keys.count + 2)
    }
    return FeedbackVerdicts.keys.map { flag(feedback.verdicts[$0] == true) } + [
      .number(String(feedback.words)), .number(String(feedback.fillers.count)),
    ]
  }

  private static func row(_ cells: [Cell]) -> String {
    cells.map { cell in
      switch cell {
      case .text(let text): return field(text)
      case .number(let text): return quoted(text)
      }
    }.joined(separator: ",")
  }
}
