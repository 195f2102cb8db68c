import Foundation

/// A transcript as plain, terminal-safe text: `transcripts show`'s default form, and what
/// `review --plain` prints. It is read aloud by screen readers, so it says times, marks and dates
/// in words ("answer 1 minute 40 seconds, target 2 minutes", "context no, action yes", "Rated 4
/// of 5"), with no `[`, `/`, `·`, `✓` or `#` to be read as symbols or skipped; each entry is
/// numbered as `transcripts rate`, `note` and `review --plain` name it.
public enum TranscriptText {
  /// The session's heading, then each entry with its times, answer and the candidate's verdict.
  public static func lines(_ transcript: Transcript, timeZone: TimeZone) -> [String] {
    let summary = transcript.summary
    var facts = [
      SpokenText.moment(summary.started, timeZone: timeZone),
      TranscriptFormat.status(summary.status),
    ]
    // A drill from several decks has no deck id; its title says where the questions came from.
    if !summary.deckID.isEmpty { facts.append("deck \(summary.deckID.inert)") }
    facts.append(summary.mode.inert)
    // Untimed answers (from a pipe) add up to no time at all, which is not worth saying.
    if summary.interviewMilliseconds >= 1_000 {
      facts.append(SpokenText.duration(milliseconds: summary.interviewMilliseconds))
    }
    // A drill's title has a "·" that a screen reader passes over silently; a colon is heard.
    let title =
      summary.kind == .drill
      ? "Drill: \(TranscriptFormat.deck(summary))" : TranscriptFormat.title(summary)
    var lines = [
      title.inert,
      SpokenText.sentence(facts.joined(separator: ", ")),
    ]
    if let range = summary.salaryRange { lines.append("Salary range: \(range.inert)") }
    if let walkAway = summary.walkAway { lines.append("Walk-away: \(walkAway.inert)") }
    var segment: SegmentKind??
    for entry in transcript.entries {
      if segment != .some(entry.segment) {
        segment = .some(entry.segment)
        lines.append("")
        lines.append(
          entry.segment == nil
            ? "Reflection" : "Segment: \(TranscriptFormat.segmentTitle(entry.segment))")
      }
      var answer = entry.answer.split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
      lines.append("")
      let number = "\(entry.sequence). "
      switch entry.kind {
      case .candidateQuestion:
        // The candidate's own question is what they typed, not the panel's prompt for it: it
        // heads the entry, labelled, as the review screen shows it.
        let first = answer.isEmpty ? "" : answer.removeFirst()
        lines.append(number + "You asked: \(first)".inert)
      case .followUp:
        lines.append(number + "Follow-up: \(entry.question)".inert)
      case .answer, .reflection:
        lines.append(number + entry.question.inert)
      }
      if let timing = timing(entry.recording) { lines.append("  " + timing) }
      if entry.kind != .candidateQuestion || !answer.isEmpty {
        let text = answer.contains { !$0.allSatisfy(\.isWhitespace) } ? answer : ["(nothing typed)"]
        for (index, line) in text.enumerated() {
          // A blank line inside the answer stays blank: no indent left trailing.
          let indent = index == 0 ? "  Answer: " : line.isEmpty ? "" : "          "
          lines.append(indent + line.inert)
        }
      }
      if let spoken = TranscriptFormat.spoken(entry.recording) {
        lines.append("  " + spoken.inert)
      }
      if let feedback = SpokenText.feedback(entry.feedback, segment: entry.segment) {
        lines.append("  Coach: " + feedback.inert)
      }
      if let verdict = verdict(entry.annotation) { lines.append("  " + verdict) }
      let note = entry.annotation.note.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in note.enumerated() where !entry.annotation.note.isEmpty {
        lines.append((index == 0 ? "  Note: " : "        ") + String(line).inert)
      }
    }
    return lines
  }

  /// "Thinking 12 seconds, answer 1 minute 40 seconds, target 2 minutes, over the target." in
  /// words; nil for a reflection, which is not timed.
  static func timing(_ entry: TranscriptEntry) -> String? {
    guard entry.kind != .reflection else { return nil }
    let line = timingParts(entry).joined(separator: ", ")
    return SpokenText.sentence(line.prefix(1).uppercased() + line.dropFirst())
  }

  /// The parts of `timing(_:)`, lower case: the drill's feedback says them too.
  static func timingParts(_ entry: TranscriptEntry) -> [String] {
    var parts: [String] = []
    if TranscriptFormat.isUntimed(entry) {
      parts.append("untimed")
    } else {
      parts.append("thinking " + SpokenText.duration(milliseconds: entry.thinkingMilliseconds ?? 0))
      if !entry.skipped {
        parts.append("answer " + SpokenText.duration(milliseconds: entry.answerMilliseconds ?? 0))
      }
    }
    if let target = entry.targetMilliseconds {
      parts.append("target " + SpokenText.duration(milliseconds: target))
    }
    if entry.isOverTarget { parts.append("over the target") }
    if entry.skipped { parts.append("skipped") }
    if entry.spokenNotes { parts.append("answered aloud, the text is your notes") }
    return parts
  }

  /// "Rated 4 of 5, marked to practise again.", or nil when neither is set; the note is apart.
  static func verdict(_ annotation: Annotation) -> String? {
    var parts: [String] = []
    if let rating = annotation.rating { parts.append("rated \(rating) of 5") }
    if annotation.practiseAgain { parts.append("marked to practise again") }
    guard !parts.isEmpty else { return nil }
    let line = parts.joined(separator: ", ")
    return SpokenText.sentence(line.prefix(1).uppercased() + line.dropFirst())
  }
}
