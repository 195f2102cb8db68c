import InterviewCore

/// A deck as readable text for `decks show`.
enum DeckText {
  /// The deck's lines: a header, then each segment with its questions, targets, follow-ups and
  /// tips, and the segment's probes; with a `width`, long text is word-wrapped under its label instead of left to the
  /// terminal, which would break words.
  static func lines(for deck: Deck, width: Int? = nil) -> [String] {
    var lines = wrap("\(deck.title.inert)  (\(deck.id), \(deck.source.label.inert))", width: width)
    if let description = deck.description { lines += wrap(description.inert, width: width) }
    for segment in deck.segments {
      let count = counted(segment.questions.count, "question")
      let target = TargetDuration.clock(seconds: segment.targetSeconds)
      let order = segment.order == .asWritten ? " · asked as written" : ""
      lines.append("")
      lines += wrap(
        "\(segment.title.inert) — asked by \(segment.interviewer.inert) · target \(target) · "
          + "\(count)\(order)",
        width: width)
      for (number, question) in segment.questions.enumerated() {
        var heading = question.text.inert
        if question.targetSeconds != segment.targetSeconds {
          heading += "  [\(TargetDuration.clock(seconds: question.targetSeconds))]"
        }
        lines += wrap(heading, label: "  \(number + 1). ", indent: 5, width: width)
        var details = "id: \(question.id)"
        if !question.roles.isEmpty {
          details += " · roles: \(question.roles.joined(separator: ", "))"
        }
        if !question.tags.isEmpty { details += " · tags: \(question.tags.joined(separator: ", "))" }
        if let after = question.after { details += " · after: \(after)" }
        if let needs = question.needs { details += " · needs: \(needs.rawValue)" }
        lines += wrap(details, label: "     ", indent: 5, width: width)
        for followUp in question.followUps {
          lines += wrap(followUp.inert, label: "     follow-up: ", indent: 7, width: width)
        }
        for tip in question.tips {
          lines += wrap(tip.inert, label: "     tip: ", indent: 7, width: width)
        }
      }
      lines += probeLines(for: segment, width: width)
    }
    return lines
  }

  /// The segment's probes after its questions, kind by kind in the order they are tried.
  static func probeLines(for segment: Segment, width: Int?) -> [String] {
    let kinds = ProbeKind.gaps.filter { segment.probes[$0.rawValue] != nil }
    guard !kinds.isEmpty else { return [] }
    var lines = wrap("  probes, when an answer leaves something out:", width: width)
    for kind in kinds {
      for probe in segment.probes[kind.rawValue] ?? [] {
        lines += wrap(probe.inert, label: "     \(kind.rawValue): ", indent: 7, width: width)
      }
    }
    return lines
  }

  /// `text` after `label`, broken at spaces so no line passes `width`; continuation lines start
  /// `indent` spaces in. Without a width, each of the text's own lines is kept whole.
  static func wrap(_ text: String, label: String = "", indent: Int = 0, width: Int?) -> [String] {
    let continuation = String(repeating: " ", count: indent)
    var lines: [String] = []
    for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var line = index == 0 ? label : continuation
      guard let width, width > indent + 10 else {
        lines.append(line + paragraph)
        continue
      }
      var lineHasWord = false
      for word in paragraph.split(separator: " ") {
        if lineHasWord, line.terminalColumns + 1 + word.terminalColumns > width {
          lines.append(line)
          line = continuation
          lineHasWord = false
        }
        var rest = Substring(word)
        // A word longer than a whole line is cut, as nothing else would make it fit.
        while line.terminalColumns + rest.terminalColumns > width, !lineHasWord {
          var piece = rest.prefix(columns: max(1, width - line.terminalColumns))
          // A wide character alone on a one-cell line still has to go somewhere.
          if piece.isEmpty { piece = rest.prefix(1) }
          lines.append(line + piece)
          rest = rest.dropFirst(piece.count)
          line = continuation
        }
        line += (lineHasWord ? " " : "") + rest
        lineHasWord = true
      }
      lines.append(line)
    }
    return lines
  }
}
