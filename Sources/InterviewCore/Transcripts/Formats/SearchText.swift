import Foundation

/// Search hits as lines for a terminal or a pipe.
public enum SearchText {
  /// How matches in a snippet stand out.
  public enum Highlight: Sendable {
    /// `[match]`: for pipes, files and NO_COLOR, where nothing else survives.
    case brackets
    /// ANSI bold, for a terminal that shows colour.
    case bold
  }

  /// Two lines per hit: `date  #session  company — question`, then the snippet, indented.
  public static func lines(_ hit: SearchHit, highlight: Highlight, timeZone: TimeZone)
    -> [String]
  {
    let snippet = hit.snippet.map { part in
      let text = part.text.inert
      guard part.isMatch else { return text }
      switch highlight {
      case .brackets: return "[\(text)]"
      case .bold: return "\u{1B}[1m\(text)\u{1B}[22m"
      }
    }.joined()
    let label = hit.kind == .followUp ? "Follow-up: " : ""
    let question = String(hit.question.map { $0.isNewline ? " " : $0 }).inert
    // The candidate's own question is the entry's answer, so the label goes on the snippet;
    // the question line is the panel's prompt for it.
    let field: String
    switch hit.field {
    case .note: field = "note: "
    case .answer: field = hit.kind == .candidateQuestion ? "You asked: " : ""
    case .question: field = "question: "
    case .company: field = "company: "
    case .position: field = "position: "
    }
    return [
      "\(DateStyle.list(hit.started, timeZone: timeZone))  #\(hit.sessionID)  "
        + "\((hit.sessionKind == .drill ? "Drill" : hit.company).inert) — \(label)\(question)",
      "    " + field + snippet,
    ]
  }
}
