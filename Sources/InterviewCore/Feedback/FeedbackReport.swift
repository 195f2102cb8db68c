/// Feedback as lines of text: the `feedback` command's report and the plain rehearsal's.
public enum FeedbackReport {
  /// A rate in prose, to one decimal without a trailing ".0": "3", "12.5". Stored feedback may
  /// have been edited by hand, so anything out of range reads as 0 rather than trapping.
  public static func rate(_ value: Double) -> String {
    let bounded = value.isFinite ? min(max(value, 0), 1_000_000) : 0
    let tenths = Int((bounded * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }

  /// The whole report: verdicts, counts, highlights, timing, questions, terms and notes.
  public static func lines(_ feedback: AnswerFeedback, segment: SegmentKind, jobGiven: Bool)
    -> [String]
  {
    var lines: [String] = []
    let verdicts = feedback.verdicts
    let yesNo = { (value: Bool) in value ? "yes" : "no" }
    lines.append(
      "Feedback on a \(segment.defaultTitle.lowercased()) answer, \(feedback.words) words")
    if segment != .questions {
      let rows: [(String, Bool)] =
        segment == .salary
        ? [("Names your figure", verdicts.namesFigure), ("A number", verdicts.quantified)]
        : [
          ("Situation or task", verdicts.context), ("Steps you took", verdicts.action),
          ("Outcome", verdicts.result), ("A number", verdicts.quantified),
          ("Only \"we\", never \"I\"", verdicts.teamOnly),
        ]
      for (label, value) in rows { lines.append("  \(label): \(yesNo(value))") }
    }
    let fillerWords = feedback.fillers.map(\.text)
    lines.append(
      "  Fillers: \(feedback.fillers.count) (\(rate(feedback.fillersPer100Words)) "
        + "per 100 words\(verdicts.fillerHeavy ? ", too many" : "")"
        + (fillerWords.isEmpty ? ")" : "): " + fillerWords.joined(separator: ", ")))
    if !feedback.hedges.isEmpty {
      lines.append(
        "  Hedges: \(feedback.hedges.count): "
          + feedback.hedges.map(\.text).joined(separator: ", "))
    }
    if let speaking = feedback.speaking {
      let verdict: String
      switch speaking.verdict {
      case .tooShort: verdict = "too short"
      case .onTarget: verdict = "on target"
      case .tooLong: verdict = "too long"
      }
      lines.append(
        "  Spoken at 150 words a minute: about \(TargetDuration.clock(seconds: speaking.seconds))"
          + " against \(TargetDuration.clock(seconds: speaking.targetSeconds)), \(verdict)")
    }
    for question in feedback.questions ?? [] {
      let topics = question.topics.isEmpty ? "no topic" : question.topics.joined(separator: ", ")
      lines.append(
        "  \(question.isOpen ? "Open" : "Closed") question (\(topics)): \(question.text)")
    }
    if jobGiven {
      let used =
        feedback.jobTerms.used.isEmpty ? "none" : feedback.jobTerms.used.joined(separator: ", ")
      let missing =
        feedback.jobTerms.missing.isEmpty
        ? "none" : feedback.jobTerms.missing.joined(separator: ", ")
      lines.append("  Job terms used: \(used)")
      lines.append("  Job terms missing: \(missing)")
    }
    if !feedback.tipsTouched.isEmpty {
      lines.append("  Tips touched:")
      for tip in feedback.tipsTouched { lines.append("    - " + tip) }
    }
    lines.append("Notes:")
    for note in feedback.notes {
      lines.append("  \(note.kind == .gap ? "-" : "+") \(note.text)")
    }
    return lines
  }
}
