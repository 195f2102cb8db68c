/// The coaching sentences: which gaps and strengths an answer's feedback shows, most useful
/// first, worded per segment.
enum CoachNotes {
  /// What the notes need to know beyond the answer's own feedback.
  struct Situation {
    /// An earlier salary answer already named the figure.
    var figureNamedEarlier = false
    /// The question asked what the candidate would do.
    var hypotheticalQuestion = false
    /// The answer says what the candidate would do and tells no step taken.
    var hypotheticalAnswer = false
  }

  /// The notes for `feedback` of an answer in `segment`; for a follow-up that probed for
  /// `probe`, whether it now gives what was asked comes first, and the scene need not be set
  /// again.
  static func notes(
    for feedback: AnswerFeedback, segment: SegmentKind, probe: ProbeKind? = nil,
    situation: Situation = Situation()
  ) -> [FeedbackNote] {
    var notes = notes(for: feedback, segment: segment)
    if situation.figureNamedEarlier { notes.removeAll { $0.code == "no-figure" } }
    if situation.hypotheticalQuestion {
      // Asked what they would do, the candidate is not coached to tell a past story.
      notes.removeAll { ["no-result", "no-action", "no-context", "team-only"].contains($0.code) }
    } else if situation.hypotheticalAnswer, segment == .behavioural {
      notes.removeAll { $0.code == "no-action" }
      notes.insert(
        FeedbackNote(
          kind: .gap, code: "hypothetical",
          text: "That is what you would do: tell one time it really happened, and what you did."),
        at: 0)
    }
    guard let probe, probe != .deck else { return notes }
    notes.removeAll { $0.code == "no-context" || $0.code == "star" }
    let answered: Bool
    let praise: String
    switch probe {
    case .result:
      answered = feedback.verdicts.result
      praise = "That is the outcome the panel asked for."
    case .action:
      answered = feedback.verdicts.action && !feedback.verdicts.teamOnly
      praise = "Now the panel knows what you did yourself."
    case .quantified:
      answered = feedback.verdicts.quantified
      praise = "You put a number on it this time."
    case .namesFigure:
      answered = feedback.verdicts.namesFigure
      praise = "You named your figure."
    case .deck:
      return notes
    }
    if answered {
      notes.removeAll { $0.code == "figure" || $0.code == "number" }
      notes.insert(FeedbackNote(kind: .strength, code: "probe-answered", text: praise), at: 0)
      // The praise leads: gaps the probe did not ask about come after it.
      let gaps = notes.filter { $0.kind == .gap }
      let strengths = notes.filter { $0.kind == .strength }
      return strengths.prefix(1) + gaps + strengths.dropFirst()
    }
    return notes
  }

  private static func notes(for feedback: AnswerFeedback, segment: SegmentKind) -> [FeedbackNote] {
    var gaps: [FeedbackNote] = []
    var strengths: [FeedbackNote] = []
    let verdicts = feedback.verdicts
    func gap(_ code: String, _ text: String) {
      gaps.append(FeedbackNote(kind: .gap, code: code, text: text))
    }
    func strength(_ code: String, _ text: String) {
      strengths.append(FeedbackNote(kind: .strength, code: code, text: text))
    }
    guard feedback.words > 0 else {
      return [FeedbackNote(kind: .gap, code: "empty", text: "No answer to coach yet.")]
    }
    switch segment {
    case .behavioural:
      if !verdicts.result {
        gap("no-result", "No outcome yet: what changed because of what you did?")
      }
      if !verdicts.action {
        gap(
          "no-action", "Say what you did, step by step, in the past tense: \"I pulled the logs…\"")
      } else if verdicts.teamOnly {
        gap("team-only", "You said \"we\" throughout: what did you do yourself?")
      }
      if !verdicts.context {
        gap("no-context", "Set the scene first: where, when, and what you had to achieve.")
      }
      if !verdicts.quantified {
        gap("no-number", "No numbers: how did you measure it? A count, a time, a share.")
      }
      if verdicts.context && verdicts.action && verdicts.result {
        strength("star", "A whole story: the situation, what you did, and how it ended.")
      }
    case .technical, .culture:
      if !verdicts.action {
        gap(
          "no-example",
          segment == .technical
            ? "Ground it in something you did: when did you last solve a problem like this?"
            : "Give an example: a time this really happened, and what you did.")
      } else if verdicts.teamOnly {
        gap("team-only", "You said \"we\" throughout: what did you do yourself?")
      }
      if verdicts.action, !verdicts.result {
        gap("no-result", "You said what you did; now say how it ended.")
      }
      if segment == .technical, !verdicts.quantified {
        gap("no-number", "No numbers: how would you measure success here?")
      }
      if verdicts.action && verdicts.result {
        strength("example", "A real example with its outcome.")
      }
    case .salary:
      if !verdicts.namesFigure {
        gap(
          "no-figure",
          "You did not name a figure: give the range you want, e.g. \"85,000 to 95,000 base\".")
      } else {
        strength("figure", "You named your figure.")
      }
    case .questions:
      let questions = feedback.questions ?? []
      if questions.isEmpty {
        gap("no-question", "No question asked: ask about the team, the role or the next steps.")
      } else if questions.contains(where: { !$0.isOpen }) {
        gap(
          "closed-question",
          "Ask open questions: start with \"How\" or \"What\", not \"Is\" or \"Do\".")
      }
      let topics = Set(questions.flatMap(\.topics))
      if topics.count >= 2 {
        strength(
          "topics",
          "Questions on \(topics.count) topics: \(topics.sorted().joined(separator: ", ")).")
      }
    }
    if verdicts.quantified, segment != .questions, segment != .salary {
      strength("number", "You put a number on it.")
    }
    if verdicts.fillerHeavy {
      gap(
        "fillers",
        "\(counted(feedback.fillers.count, "filler")) "
          + "(\(FeedbackReport.rate(feedback.fillersPer100Words)) per 100 words): pause instead.")
    } else if feedback.words >= 60, feedback.fillers.isEmpty {
      strength("no-fillers", "No fillers.")
    }
    if let speaking = feedback.speaking {
      switch speaking.verdict {
      case .tooShort:
        gap(
          "too-short",
          "Short: about \(clock(speaking.seconds)) spoken against "
            + "\(clock(speaking.targetSeconds)); say more."
        )
      case .tooLong:
        gap(
          "too-long",
          "Long: about \(clock(speaking.seconds)) spoken against "
            + "\(clock(speaking.targetSeconds)); cut to the point."
        )
      case .onTarget:
        break
      }
    }
    if feedback.hedges.count >= 3 {
      let sample = feedback.hedges.prefix(2).map { "\"\($0.text)\"" }.joined(
        separator: ", ")
      gap("hedges", "\(feedback.hedges.count) hedges (\(sample)): say it plainly.")
    }
    if let delivery = feedback.delivery {
      if delivery.wordsPerMinute > 180 {
        gap("fast", "\(delivery.wordsPerMinute) words a minute: slow down.")
      } else if delivery.wordsPerMinute < 100 {
        gap("slow", "\(delivery.wordsPerMinute) words a minute: pick up the pace.")
      }
      if !delivery.longPauses.isEmpty {
        gap("pauses", "\(delivery.longPauses.count) pauses over 2 s.")
      }
    }
    if !feedback.jobTerms.missing.isEmpty, feedback.jobTerms.used.isEmpty, segment == .technical {
      let sample = feedback.jobTerms.missing.prefix(3).joined(separator: ", ")
      gap("job-terms", "Nothing from the job description yet: \(sample).")
    }
    return gaps + strengths
  }

  /// `seconds` as a clock: 0:09, 2:00.
  static func clock(_ seconds: Int) -> String { TargetDuration.clock(seconds: seconds) }

}
