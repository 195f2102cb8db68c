import InterviewCore

/// A deck as readable text for `decks show`.
enum DeckText {
  /// The deck's lines: a header, then each segment with its questions, targets, follow-ups and tips.
  static func lines(for deck: Deck) -> [String] {
    var lines = ["\(deck.title.inert)  (\(deck.id), \(deck.source.label.inert))"]
    if let description = deck.description { lines.append(description.inert) }
    for segment in deck.segments {
      lines.append("")
      lines.append(
        "\(segment.title.inert) — asked by \(segment.interviewer.inert) · target \(TargetDuration.clock(seconds: segment.targetSeconds)) · \(segment.questions.count) question\(segment.questions.count == 1 ? "" : "s")"
      )
      for (number, question) in segment.questions.enumerated() {
        var heading = "  \(number + 1). \(question.text.inert)"
        if question.targetSeconds != segment.targetSeconds {
          heading += "  [\(TargetDuration.clock(seconds: question.targetSeconds))]"
        }
        lines.append(heading)
        var details = "     id: \(question.id)"
        if !question.roles.isEmpty {
          details += " · roles: \(question.roles.joined(separator: ", "))"
        }
        if !question.tags.isEmpty { details += " · tags: \(question.tags.joined(separator: ", "))" }
        lines.append(details)
        for followUp in question.followUps { lines.append("     follow-up: \(followUp.inert)") }
        for tip in question.tips { lines.append("     tip: \(tip.inert)") }
      }
    }
    return lines
  }
}
