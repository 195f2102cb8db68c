/// The coach's feedback laid out under an answer, and the answer's fillers and hedges carried
/// through word wrapping as highlights.
extension TranscriptLayout {
  /// One wrapped line of text and the highlights on it.
  public struct HighlightedLine: Equatable, Sendable {
    /// The line's text, as `wrap(_:width:)` gives it.
    public var text: String
    /// The highlights on it, by Character offsets into `text`.
    public var highlights: [TranscriptHighlight]
  }

  /// `text` wrapped as `wrap(_:width:)` wraps it, with `marks` (ranges of Unicode scalars of
  /// `text`, as feedback counts them) carried onto the lines they fall on.
  ///
  /// A Character is highlighted when any of its scalars is marked, so a mark never splits a
  /// letter from its combining accent; where marks overlap, a filler wins over a hedge. A mark
  /// broken by a wrap is highlighted on both lines; the space at the break is not.
  public static func wrap(
    _ text: String, width: Int, marks: [(kind: TranscriptHighlight.Kind, scalars: Range<Int>)]
  ) -> [HighlightedLine] {
    let width = max(1, width)
    // What each scalar of `text` is marked as, fillers last so they win.
    let scalarCount = text.unicodeScalars.count
    var marked = [TranscriptHighlight.Kind?](repeating: nil, count: scalarCount)
    let ordered = marks.filter { $0.kind != .filler } + marks.filter { $0.kind == .filler }
    for mark in ordered {
      let lower = max(0, mark.scalars.lowerBound)
      let upper = min(scalarCount, mark.scalars.upperBound)
      guard lower < upper else { continue }
      for index in lower..<upper { marked[index] = mark.kind }
    }

    // The text as the screen shows it (control characters inert, tabs as spaces), each shown
    // scalar remembering the scalar of `text` it came from.
    var shown = String.UnicodeScalarView()
    var origin: [Int] = []
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if scalar == "\t" {
        shown.append(" ")
        origin.append(index)
      } else if scalar.isForbiddenControl {
        for inert in String(String.UnicodeScalarView([scalar])).inert.unicodeScalars {
          shown.append(inert)
          origin.append(index)
        }
      } else {
        shown.append(scalar)
        origin.append(index)
      }
    }
    let shownText = String(shown)
    // The mark of each Character of the shown text.
    var characterMarks: [TranscriptHighlight.Kind?] = []
    var scalar = 0
    for character in shownText {
      let count = character.unicodeScalars.count
      var kind: TranscriptHighlight.Kind?
      for index in scalar..<min(scalar + count, origin.count) {
        guard let mark = marked[origin[index]] else { continue }
        if kind == nil || mark == .filler { kind = mark }
      }
      characterMarks.append(kind)
      scalar += count
    }

    return AnswerBuffer(text: shownText).layout(width: width).lines.map { line in
      var text = line.text
      while text.last == " " { text.removeLast() }
      if text.terminalColumns > width { text = String(text.prefix(columns: width)) }
      let count = text.count
      var highlights: [TranscriptHighlight] = []
      var offset = 0
      while offset < count {
        let position = line.start + offset
        guard position < characterMarks.count, let kind = characterMarks[position] else {
          offset += 1
          continue
        }
        var end = offset + 1
        while end < count, line.start + end < characterMarks.count,
          characterMarks[line.start + end] == kind
        {
          end += 1
        }
        highlights.append(TranscriptHighlight(kind, offset..<end))
        offset = end
      }
      return HighlightedLine(text: text, highlights: highlights)
    }
  }

  /// The fillers and hedges of `entry`'s feedback as marks on its answer; marks whose words are
  /// not where they say (feedback made from other text) are left out rather than misplaced.
  static func marks(of entry: Entry) -> [(kind: TranscriptHighlight.Kind, scalars: Range<Int>)] {
    guard let feedback = entry.feedback else { return [] }
    let scalars = Array(entry.answer.unicodeScalars)
    func fits(_ span: TextSpan) -> Bool {
      guard 0 <= span.start, span.start < span.end, span.end <= scalars.count else {
        return false
      }
      let written = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
      return letters(of: written) == letters(of: span.text)
    }
    return feedback.fillers.filter(fits).map { (.filler, $0.start..<$0.end) }
      + feedback.hedges.filter(fits).map { (.hedge, $0.start..<$0.end) }
  }

  /// The letters and digits of `text`, lower-cased: what a span's words and the answer's
  /// characters under it share, whatever the spaces and apostrophes between them.
  private static func letters(of text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }

  /// Appends `entry`'s answer after `prefix`, wrapped, with its fillers and hedges highlighted.
  mutating func addAnswer(
    _ kind: TranscriptLine.Kind, _ entry: Entry, prefix: String, indent: Int, item: Int
  ) {
    let shift = prefix.unicodeScalars.count
    let marks = Self.marks(of: entry).map { mark in
      (
        kind: mark.kind,
        scalars: (mark.scalars.lowerBound + shift)..<(mark.scalars.upperBound + shift)
      )
    }
    for line in Self.wrap(prefix + entry.answer, width: width - indent, marks: marks) {
      lines.append(
        TranscriptLine(kind, line.text, indent: indent, item: item, highlights: line.highlights))
    }
  }

  // MARK: - The feedback block

  /// Below this width the block uses its short forms.
  static let compactWidth = 60

  /// Appends the feedback on `entry`, or the hint to make it, at `indent`.
  mutating func addFeedback(_ entry: Entry, sessionID: Int64, indent: Int, item: Int) {
    let width = max(1, self.width - indent)
    guard let feedback = entry.feedback else {
      addHint(sessionID: sessionID, width: width, indent: indent, item: item)
      return
    }
    let compact = width < Self.compactWidth
    let segment = entry.segment
    let isQuestion = entry.kind == .candidateQuestion || segment == .questions

    if !isQuestion {
      addChips(
        verdictChips(feedback.verdicts, segment: segment), separator: compact ? " " : "  ",
        indent: indent, item: item)
    }
    // A question to the panel is rarely long enough for fillers to matter; count them only
    // when there are some.
    if !isQuestion || !feedback.fillers.isEmpty || !feedback.hedges.isEmpty {
      addChips(countChips(feedback, compact: compact), separator: " · ", indent: indent, item: item)
    }
    for question in feedback.questions ?? [] {
      let topics =
        question.topics.isEmpty ? "no topic" : "topics: " + question.topics.joined(separator: ", ")
      let prefix = (feedback.questions?.count ?? 0) > 1 ? "“\(question.text)” · " : ""
      addMarked(
        question.isOpen ? .met : .missed,
        (question.isOpen ? "open question" : "closed question (yes or no)") + " · " + prefix
          + topics, kind: .feedbackDetail, indent: indent, item: item)
    }
    for note in feedback.notes {
      addMarked(
        note.kind == .strength ? .met : .missed, note.text,
        kind: note.kind == .strength ? .feedbackStrength : .feedbackGap, indent: indent,
        item: item)
    }
    let terms = feedback.jobTerms
    if !terms.used.isEmpty || !terms.missing.isEmpty {
      var parts: [String] = []
      if !terms.used.isEmpty { parts.append("used " + terms.used.joined(separator: ", ")) }
      if !terms.missing.isEmpty { parts.append("missing " + terms.missing.joined(separator: ", ")) }
      addLabelled("Job terms:", parts.joined(separator: "; "), indent: indent, item: item)
    }
    if !feedback.tipsTouched.isEmpty {
      addLabelled(
        "Tips touched:", feedback.tipsTouched.joined(separator: "; "), indent: indent, item: item)
    }
  }

  /// One line saying how to make feedback for a session stored before it existed, shortened
  /// to fit a narrow screen.
  private mutating func addHint(sessionID: Int64, width: Int, indent: Int, item: Int) {
    let forms = [
      "No feedback yet: run 'secondround transcripts analyse \(sessionID)'",
      "No feedback: run 'secondround transcripts analyse \(sessionID)'",
      "No feedback: secondround transcripts analyse \(sessionID)",
      "No feedback: transcripts analyse \(sessionID)",
      // Narrower still, the command would wrap: the answers above (less indented than a
      // follow-up) have room for it.
      "No feedback yet",
    ]
    let text = forms.first { $0.terminalColumns <= width } ?? forms[forms.count - 1]
    add(.feedbackHint, text, indent: indent, item: item)
  }

  /// A short piece of a line: its text and what is highlighted in it.
  struct Chip {
    var text: String
    var highlights: [TranscriptHighlight]
  }

  /// ✓ or ✗ for each verdict that matters in `segment`.
  private func verdictChips(_ verdicts: FeedbackVerdicts, segment: SegmentKind?) -> [Chip] {
    func chip(_ met: Bool, _ label: String) -> Chip {
      let text = (met ? "✓ " : "✗ ") + label
      return Chip(
        text: text, highlights: [TranscriptHighlight(met ? .met : .missed, 0..<text.count)])
    }
    if segment == .salary {
      return [chip(verdicts.namesFigure, verdicts.namesFigure ? "names a figure" : "no figure")]
    }
    var chips = FeedbackMark.marks(for: .behavioural).map {
      chip($0.isMet(by: verdicts), $0.rawValue)
    }
    if verdicts.teamOnly { chips.append(chip(false, "\"we\" only, no \"I\"")) }
    return chips
  }

  /// The fillers and hedges counted, their names highlighted as they are in the answer, so the
  /// line is the legend too.
  private func countChips(_ feedback: AnswerFeedback, compact: Bool) -> [Chip] {
    let rate = FeedbackReport.rate(feedback.fillersPer100Words)
    let fillers = "fillers \(feedback.fillers.count)"
    let hedges = "hedges \(feedback.hedges.count)"
    var chips: [Chip] = []
    if !compact { chips.append(Chip(text: "\(feedback.words) words", highlights: [])) }
    chips.append(
      Chip(
        text: fillers + (compact ? " (\(rate)/100w)" : " (\(rate) per 100 words)"),
        highlights: [TranscriptHighlight(.filler, 0..<7)]))
    chips.append(Chip(text: hedges, highlights: [TranscriptHighlight(.hedge, 0..<6)]))
    return chips
  }

  /// Appends `chips` on as few lines as they fit, `separator` between them on a line.
  private mutating func addChips(_ chips: [Chip], separator: String, indent: Int, item: Int) {
    let width = max(1, self.width - indent)
    var text = ""
    var highlights: [TranscriptHighlight] = []
    func flush(_ layout: inout TranscriptLayout) {
      guard !text.isEmpty else { return }
      layout.lines.append(
        TranscriptLine(.feedback, text, indent: indent, item: item, highlights: highlights))
      text = ""
      highlights = []
    }
    for chip in chips {
      var chip = chip
      if chip.text.terminalColumns > width {
        // Only a screen narrower than any word gets here: cut rather than overflow.
        chip.text = String(chip.text.prefix(columns: width))
        chip.highlights = Self.clipped(chip.highlights, to: chip.text.count)
      }
      if !text.isEmpty, (text + separator + chip.text).terminalColumns > width { flush(&self) }
      let start = text.isEmpty ? 0 : text.count + separator.count
      text += (text.isEmpty ? "" : separator) + chip.text
      highlights += chip.highlights.map {
        TranscriptHighlight($0.kind, ($0.range.lowerBound + start)..<($0.range.upperBound + start))
      }
    }
    flush(&self)
  }

  /// Appends "✓ text" or "✗ text" wrapped with a hanging indent, the mark highlighted as `mark`.
  private mutating func addMarked(
    _ mark: TranscriptHighlight.Kind, _ text: String, kind: TranscriptLine.Kind, indent: Int,
    item: Int
  ) {
    let sign = mark == .met ? "✓ " : "✗ "
    addHanging(
      sign, text, label: TranscriptHighlight(mark, 0..<1), kind: kind, indent: indent, item: item)
  }

  /// Appends "Label: text" wrapped with a hanging indent, the label muted.
  private mutating func addLabelled(_ label: String, _ text: String, indent: Int, item: Int) {
    addHanging(
      label + " ", text, label: TranscriptHighlight(.label, 0..<label.count), kind: .feedbackDetail,
      indent: indent, item: item)
  }

  /// Appends `head` + `text` wrapped so that lines after the first sit two cells in, under the
  /// text rather than the head; `label` highlights the head on the first line.
  private mutating func addHanging(
    _ head: String, _ text: String, label: TranscriptHighlight, kind: TranscriptLine.Kind,
    indent: Int, item: Int
  ) {
    let width = max(1, self.width - indent)
    let wrapped = Self.wrap(head + text, width: max(1, width - 2))
    for (index, line) in wrapped.enumerated() {
      lines.append(
        TranscriptLine(
          kind, line, indent: index == 0 ? indent : indent + 2, item: item,
          highlights: index == 0 ? Self.clipped([label], to: line.count) : []))
    }
  }

  /// `highlights` cut to the first `count` Characters of a line.
  static func clipped(_ highlights: [TranscriptHighlight], to count: Int) -> [TranscriptHighlight] {
    highlights.compactMap { highlight in
      let upper = min(highlight.range.upperBound, count)
      guard highlight.range.lowerBound < upper else { return nil }
      return TranscriptHighlight(highlight.kind, highlight.range.lowerBound..<upper)
    }
  }
}
