import Foundation

/// A transcript as plain, terminal-safe text: `transcripts show`'s default form.
public enum TranscriptText {
  /// The session's heading, then each entry with its times, answer and the candidate's verdict.
  public static func lines(_ transcript: Transcript, timeZone: TimeZone) -> [String] {
    let summary = transcript.summary
    let clock = TranscriptFormat.clock(milliseconds:)
    var lines = [
      TranscriptFormat.title(summary).inert,
      [
        DateStyle.header(summary.started, timeZone: timeZone),
        TranscriptFormat.status(summary.status), "deck \(summary.deckID.inert)", summary.mode.inert,
        clock(summary.interviewMilliseconds),
      ].joined(separator: " · "),
    ]
    if let range = summary.salaryRange { lines.append("Salary range: \(range.inert)") }
    if let walkAway = summary.walkAway { lines.append("Walk-away: \(walkAway.inert)") }
    var segment: SegmentKind??
    for entry in transcript.entries {
      if segment != .some(entry.segment) {
        segment = .some(entry.segment)
        lines.append("")
        lines.append("## \(TranscriptFormat.segmentTitle(entry.segment))")
      }
      var timing = ""
      if entry.kind != .reflection {
        var parts = [
          "thinking \(clock(entry.thinkingMilliseconds))",
          "answer \(clock(entry.answerMilliseconds)) / \(clock(entry.targetMilliseconds))",
        ]
        if TranscriptFormat.isUntimed(entry) {
          parts = ["untimed, target \(clock(entry.targetMilliseconds))"]
        }
        if entry.isOverTarget { parts.append("over") }
        if entry.skipped { parts.append("skipped") }
        timing = " [\(parts.joined(separator: ", "))]"
      }
      var answer = entry.answer.split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
      lines.append("")
      switch entry.kind {
      case .candidateQuestion:
        // The candidate's own question is what they typed, not the panel's prompt for it: it
        // heads the entry, labelled, as the review screen shows it.
        let first = answer.isEmpty ? "" : answer.removeFirst()
        lines.append("You asked: \(first)".inert + timing)
      case .followUp:
        lines.append("Follow-up: \(entry.question)".inert + timing)
      case .answer, .reflection:
        lines.append(entry.question.inert + timing)
      }
      for line in answer {
        lines.append("  > " + line.inert)
      }
      if let feedback = TranscriptFormat.feedback(entry) {
        lines.append("  Feedback: " + feedback.inert)
      }
      if let verdict = TranscriptFormat.verdict(entry.annotation) {
        lines.append("  (\(verdict))")
      }
      let note = entry.annotation.note.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in note.enumerated() where !entry.annotation.note.isEmpty {
        lines.append((index == 0 ? "  Note: " : "        ") + String(line).inert)
      }
    }
    return lines
  }
}
