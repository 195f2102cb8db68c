import Foundation

/// Transcripts as Markdown that reads well as plain text and renders well too.
///
/// Each session gets a title, one metadata line, a `##` heading per segment and a `###` heading
/// per question with its timing beside it; answers are blockquotes, follow-ups sit under their
/// question as `####`, and the candidate's own verdict follows its answer. Everything the user
/// typed is escaped so that it stays text: an answer cannot become a heading, a link or a list.
public enum TranscriptMarkdown {
  /// `transcripts` as one document, sessions separated by a horizontal rule.
  public static func document(_ transcripts: [Transcript], timeZone: TimeZone) -> String {
    transcripts.map { session($0, timeZone: timeZone) }.joined(separator: "\n---\n\n")
  }

  /// One session, ending in a newline.
  public static func session(_ transcript: Transcript, timeZone: TimeZone) -> String {
    let summary = transcript.summary
    var blocks = [
      "# " + escape(TranscriptFormat.title(summary)),
      metadata(summary, timeZone: timeZone),
    ]
    let bySequence = Set(transcript.entries.map(\.sequence))
    // Follow-ups are printed under their question, so they are looked up by parent.
    var followUps: [Int: [Entry]] = [:]
    for entry in transcript.entries where entry.kind == .followUp {
      if let parent = entry.parentSequence, bySequence.contains(parent) {
        followUps[parent, default: []].append(entry)
      }
    }
    var segment: SegmentKind??
    for entry in transcript.entries {
      if entry.kind == .followUp, let parent = entry.parentSequence, bySequence.contains(parent) {
        continue
      }
      if segment != .some(entry.segment) {
        segment = .some(entry.segment)
        // The app's own titles; "&" in them is no entity, so escaping would only add noise.
        blocks.append("## " + TranscriptFormat.segmentTitle(entry.segment))
      }
      blocks += self.entry(entry, level: "###")
      for followUp in followUps[entry.sequence] ?? [] {
        blocks += self.entry(followUp, level: "####")
      }
    }
    if let letter = transcript.letter {
      // As edited and saved; a draft never saved is `transcripts letter`'s, not the record's.
      blocks += ["## Follow-up letter", quote(letter.trimmingTrailingBlanks)]
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// `text` with every character that could change the Markdown's meaning escaped, line by line.
  ///
  /// Inline markers (emphasis, code, links, HTML, entities, tables, strikethrough) are escaped
  /// wherever they occur; block markers (headings, quotes, lists, rules) only where a line
  /// starts with them, which is the only place they act.
  public static func escape(_ text: String) -> String {
    text.inert.split(separator: "\n", omittingEmptySubsequences: false)
      .map { escapeLine(String($0)) }.joined(separator: "\n")
  }

  /// Characters that act wherever they are: emphasis, code, links, HTML, tables, strikethrough.
  private static let inlineMarkers: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|", "~"]

  /// Characters that act only at the start of a line: headings, quotes, lists, rules.
  private static let lineStartMarkers: Set<Character> = ["#", ">", "-", "+", "="]

  private static func escapeLine(_ line: String) -> String {
    var result = ""
    // Leading spaces would make an indented code block; keep them visible but inert.
    let indent = line.prefix { $0 == " " }
    result += String(repeating: "&#32;", count: indent.count)
    let rest = Array(line.dropFirst(indent.count))
    var digits = 0
    for (index, character) in rest.enumerated() {
      let atStart = index == digits
      if inlineMarkers.contains(character) {
        result.append("\\")
      } else if atStart, digits == 0, lineStartMarkers.contains(character) {
        result.append("\\")
      } else if atStart, digits > 0, character == "." || character == ")" {
        // "1. " would start an ordered list.
        result.append("\\")
      } else if character == "&", startsEntity(rest[(index + 1)...]) {
        // "&amp;" would show as "&"; a lone "&" (AT&T) is just text.
        result.append("\\")
      }
      if atStart, character.isASCII, character.isNumber { digits += 1 }
      result.append(character)
    }
    return result
  }

  /// Whether the text after an `&` reads as an entity: `#` or letters and digits, then `;`.
  private static func startsEntity(_ rest: ArraySlice<Character>) -> Bool {
    let name = rest.prefix { $0 == "#" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    return !name.isEmpty && rest.dropFirst(name.count).first == ";"
  }

  private static func metadata(_ summary: SessionSummary, timeZone: TimeZone) -> String {
    var parts = [
      DateStyle.header(summary.started, timeZone: timeZone),
      "deck " + escape("\(summary.deckTitle) (\(summary.deckID))"),
      escape(summary.mode),
      TranscriptFormat.status(summary.status),
      "total " + TranscriptFormat.clock(milliseconds: summary.interviewMilliseconds),
    ]
    // The role the questions were drawn for ("data", "software"), not who interviewed.
    if let role = summary.role { parts.append("role " + escape(role)) }
    if let range = summary.salaryRange { parts.append("salary range " + escape(range)) }
    if let walkAway = summary.walkAway { parts.append("walk-away " + escape(walkAway)) }
    if let interviewers = summary.interviewers {
      parts.append("interviewers " + escape(interviewers))
    }
    return parts.joined(separator: " · ")
  }

  private static func entry(_ entry: Entry, level: String) -> [String] {
    var blocks: [String] = []
    switch entry.kind {
    case .answer, .reflection:
      blocks.append("\(level) " + escape(oneLine(entry.question)))
    case .followUp:
      blocks.append("\(level) Follow-up: " + escape(oneLine(entry.question)))
    case .candidateQuestion:
      blocks.append("\(level) You asked")
    }
    if let timing = TranscriptFormat.timing(entry) { blocks.append("*\(timing)*") }
    if entry.answer.isEmpty {
      blocks.append(entry.skipped ? "*(skipped)*" : "*(no answer)*")
    } else {
      blocks.append(quote(entry.answer))
    }
    if let spoken = TranscriptFormat.spoken(entry.recording) {
      blocks.append("*" + escape(spoken) + "*")
    }
    if let feedback = TranscriptFormat.feedback(entry) {
      blocks.append("**Feedback:** " + escape(feedback))
    }
    var verdict: [String] = []
    if let line = TranscriptFormat.verdict(entry.annotation) {
      verdict.append("**Your verdict:** \(line)")
    }
    if !entry.annotation.note.isEmpty {
      verdict.append("**Note:** " + hardBreaks(escape(entry.annotation.note)))
    }
    if !verdict.isEmpty { blocks.append(verdict.joined(separator: "\\\n")) }
    return blocks
  }

  /// `text` as a blockquote; its lines stay lines (hard breaks), blank lines stay paragraphs.
  private static func quote(_ text: String) -> String {
    hardBreaks(escape(text)).split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
  }

  /// Ends every line that another non-empty line follows with `\`, CommonMark's hard break,
  /// so a rendered answer keeps the line breaks it was typed with.
  private static func hardBreaks(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.indices.map { index in
      let line = lines[index]
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      return !line.isEmpty && !next.isEmpty ? line + "\\" : String(line)
    }.joined(separator: "\n")
  }

  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}

extension String {
  /// The text without the blank lines and spaces an editor leaves at its end.
  fileprivate var trimmingTrailingBlanks: String {
    var text = self
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }
}
