import InterviewCore

/// The pieces every screen shows coaching with: an answer's marks ("C✓ A✓ R✗ N✗") and a note
/// wrapped beside them. Marks carry their meaning three ways (the glyph, the colour and, without
/// colour, bold for a missing one), so they read on any terminal.
enum FeedbackView {
  /// The mark for a verdict the answer has; ASCII terminals get `+` through `Glyphs.chrome`.
  static let met = "✓"
  /// The mark for one it lacks; ASCII terminals get `-`.
  static let missing = "✗"

  /// How a mark is drawn: what the answer has reads as good, what it lacks as a warning (bold
  /// without colour).
  static func style(met: Bool) -> Style { Style(met ? .good : .warning) }

  /// How a note's lead ("Coach:") is drawn: a gap as a warning, praise as good, bold either way
  /// so the line stands apart from the question without colour too.
  static func leadStyle(_ note: FeedbackNote) -> Style {
    Style(note.kind == .gap ? .warning : .good, .bold)
  }

  /// The marks of `feedback` for an answer in `segment`.
  static func marks(_ feedback: AnswerFeedback, segment: SegmentKind?) -> [(
    mark: FeedbackMark, met: Bool
  )] {
    FeedbackMark.marks(for: segment).map { ($0, $0.isMet(by: feedback.verdicts)) }
  }

  /// The cells `count` marks take: two each, a space between.
  static func marksWidth(_ count: Int) -> Int { count == 0 ? 0 : count * 3 - 1 }

  /// "C✓ A✓ R✗ N✗" as spans from `column`, and the cells they take.
  static func markSpans(_ marks: [(mark: FeedbackMark, met: Bool)], at column: Int = 0)
    -> (spans: SpanLine, width: Int)
  {
    var spans: SpanLine = []
    var x = column
    for (index, mark) in marks.enumerated() {
      if index > 0 { x += 1 }
      let text = mark.mark.letter + (mark.met ? met : missing)
      spans.append(Span(text, at: x, style(met: mark.met)))
      x += text.terminalColumns
    }
    return (spans, x - column)
  }

  /// A lead, marks and a note on at most `maxLines` lines `width` wide: the note wraps under
  /// itself (or under the line's start when the lead and marks take more than half), and the
  /// last line kept ends in an ellipsis when the note is cut.
  static func lines(
    lead: String = "", leadStyle: Style = .plain, marks: [(mark: FeedbackMark, met: Bool)] = [],
    note: String?, noteStyle: Style = .plain, width: Int, maxLines: Int
  ) -> [SpanLine] {
    guard width > 0, maxLines > 0 else { return [] }
    var first: SpanLine = []
    var column = 0
    if !lead.isEmpty {
      first.append(Span(fitted(lead, width: width, ellipsis: "…"), leadStyle))
      column += lead.terminalColumns + 1
    }
    if !marks.isEmpty, column < width {
      let (spans, used) = markSpans(marks, at: column)
      // Marks are never cut in half: they show whole or not at all.
      if column + used <= width {
        first += spans
        column += used + 2
      }
    }
    guard let note, !note.isEmpty else { return first.isEmpty ? [] : [first] }
    let indent = column * 2 <= width ? column : 0
    let firstRoom = width - column
    var lines: [SpanLine] = []
    if firstRoom >= 8 {
      // The first line's room differs from the rest: wrap the first piece, then the remainder.
      let head = wrapped(note, width: firstRoom)
      let firstText = head.first ?? ""
      first.append(Span(firstText, at: column, noteStyle))
      lines.append(first)
      let rest = String(oneLine(note).dropFirst(firstText.count)).trimmingLeadingSpaces
      if !rest.isEmpty {
        for text in wrapped(rest, width: width - indent) {
          lines.append([Span(text, at: indent, noteStyle)])
        }
      }
    } else {
      if !first.isEmpty { lines.append(first) }
      for text in wrapped(note, width: width - indent) {
        lines.append([Span(text, at: indent, noteStyle)])
      }
    }
    guard lines.count > maxLines else { return lines }
    var kept = Array(lines.prefix(maxLines))
    var last = kept[maxLines - 1]
    if let span = last.last, span.style == noteStyle {
      let room = max(0, width - span.column - 1)
      last[last.count - 1] = Span(
        String(span.text.prefix(columns: room)) + "…", at: span.column, noteStyle)
      kept[maxLines - 1] = last
    }
    return kept
  }
}

extension String {
  /// The text without spaces at its start.
  fileprivate var trimmingLeadingSpaces: String {
    String(drop { $0 == " " })
  }
}
