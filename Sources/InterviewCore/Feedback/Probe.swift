/// Why an interviewer asked a follow-up: what the answer lacked, or a question from the deck.
public enum ProbeKind: String, Codable, Sendable, CaseIterable {
  /// The answer stated no outcome: ask for it.
  case result
  /// The answer told no step of the candidate's own: ask what they did.
  case action
  /// The answer measured nothing: ask how they measured success.
  case quantified
  /// A salary answer named no figure: ask for the one they have in mind.
  case namesFigure = "names_figure"
  /// Nothing was lacking: a follow-up the deck wrote for the question.
  case deck

  /// The probes that answer a gap, in the order they are tried.
  public static let gaps: [ProbeKind] = [.result, .action, .quantified, .namesFigure]
}

/// Chooses the follow-up an interviewer asks after an answer, from what the answer lacked.
public enum ProbeChooser {
  /// The gaps `feedback` shows in `segment`, most important first: no `result`; no `action`
  /// or `team_only`; no `quantified` (behavioural, technical); salary without `names_figure`.
  public static func gaps(in feedback: AnswerFeedback, segment: SegmentKind) -> [ProbeKind] {
    let verdicts = feedback.verdicts
    var gaps: [ProbeKind] = []
    switch segment {
    case .behavioural, .technical, .culture:
      if !verdicts.result { gaps.append(.result) }
      if !verdicts.action || verdicts.teamOnly { gaps.append(.action) }
      if segment != .culture, !verdicts.quantified { gaps.append(.quantified) }
    case .salary:
      if !verdicts.namesFigure { gaps.append(.namesFigure) }
    case .questions:
      break
    }
    return gaps
  }

  /// The follow-up to ask: the first gap with a wording not yet asked in this interview
  /// (`asked`), else the deck's follow-up (`deckFollowUp`), else nothing.
  public static func choose(
    gaps: [ProbeKind], probes: [String: [String]], asked: Set<String>, deckFollowUp: String?
  ) -> (text: String, probe: ProbeKind)? {
    for gap in gaps {
      if let wording = probes[gap.rawValue]?.first(where: { !asked.contains($0) }) {
        return (wording, gap)
      }
    }
    if let deckFollowUp, !asked.contains(deckFollowUp) { return (deckFollowUp, .deck) }
    return nil
  }
}
