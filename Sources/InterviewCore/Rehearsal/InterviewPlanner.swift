/// Draws an interview from a deck: which questions, in which order, with which follow-ups.
public enum InterviewPlanner {
  /// The plan for `settings`, drawing from `deck` and, for the chosen role, from the questions
  /// other decks in `library` write for that role (the role packs).
  ///
  /// The draw depends only on the settings (the seed among them) and the decks, so the same seed
  /// asks the same questions.
  public static func plan(
    settings: RehearsalSettings, deck: Deck, library: DeckLibrary
  ) -> Result<InterviewPlan, SettingsProblem> {
    if let problem = settings.problem { return .failure(problem) }
    var generator = SeededGenerator(seed: settings.seed)
    let fill = { (text: String) in
      Placeholder.fill(text, company: settings.company, position: settings.position)
    }
    let roleDeck = deck.filtered(forRole: settings.role)
    // The bundled general deck's probes stand in for those a deck does not write itself; a user
    // deck cannot reuse its id, so the one in the library is the bundled one.
    let fallback = library.deck(withID: bundledProbeDeckID)
    var segments: [PlannedSegment] = []
    var inspiration: [String] = []
    for kind in settings.segments {
      let source = deck.segments.first { $0.kind == kind }
      let title = source?.title ?? kind.defaultTitle
      let interviewer = source?.interviewer ?? kind.defaultInterviewer
      let intro = fill(Self.intro(for: kind))
      if kind == .questions {
        inspiration = (source?.questions ?? []).map { fill($0.text) }
        let target = source?.targetSeconds ?? kind.defaultTargetSeconds
        segments.append(
          PlannedSegment(
            kind: kind, title: title, interviewer: interviewer, intro: intro, questions: [],
            budgetSeconds: target * settings.questionsPerSegment))
        continue
      }
      let general = roleDeck.segments.first { $0.kind == kind }?.questions ?? []
      let specific = roleSpecificQuestions(
        for: kind, role: settings.role, excluding: deck.id, library: library)
      guard !general.isEmpty || !specific.isEmpty else {
        return .failure(
          SettingsProblem("deck '\(deck.id)' has no \(kind.rawValue) questions for this role"))
      }
      // Questions written for the role come first; the shared ones fill what is left.
      let drawn = Array(
        (specific.shuffled(using: &generator) + general.shuffled(using: &generator))
          .prefix(settings.questionsPerSegment))
      var followUpsAsked = 0
      var questions: [PlannedQuestion] = []
      for (index, question) in drawn.enumerated() {
        var followUp: String?
        let isLast = index == drawn.count - 1
        // About half the answers get a follow-up, and every segment gets at least one, as a
        // panel that listens would.
        if settings.followUps, !question.followUps.isEmpty,
          Bool.random(using: &generator) || (isLast && followUpsAsked == 0)
        {
          followUp = question.followUps.randomElement(using: &generator).map(fill)
          followUpsAsked += 1
        }
        questions.append(
          PlannedQuestion(
            id: question.id, text: fill(question.text), targetSeconds: question.targetSeconds,
            followUp: followUp, tips: question.tips.map(fill)))
      }
      let budget = questions.reduce(0) {
        $0 + $1.targetSeconds + ($1.followUp == nil ? 0 : $1.followUpTargetSeconds)
      }
      // Probes are follow-ups too: with follow-ups off the plan carries none.
      let probes =
        settings.followUps
        ? Self.probes(for: kind, own: source, fallback: fallback, fill: fill) : nil
      segments.append(
        PlannedSegment(
          kind: kind, title: title, interviewer: interviewer, intro: intro,
          questions: questions, budgetSeconds: budget, probes: probes))
    }
    let jobTerms = JobTerms.forInterview(
      description: settings.jobDescription, company: settings.company,
      position: settings.position)
    return .success(
      InterviewPlan(
        settings: settings, deckTitle: deck.title, segments: segments, inspiration: inspiration,
        jobTerms: jobTerms))
  }

  /// The deck whose probes fill in for a deck that writes none for a segment.
  static let bundledProbeDeckID = "second-interview"

  /// The probes for a `kind` segment: `own`'s wordings first, then `fallback`'s for the same kind
  /// (so a deck that writes few, or none, still probes), without repeats, placeholders filled;
  /// nil when neither has any.
  static func probes(
    for kind: SegmentKind, own: Segment?, fallback: Deck?, fill: (String) -> String
  ) -> [String: [String]]? {
    let borrowed = fallback?.segments.first { $0.kind == kind }?.probes ?? [:]
    var probes: [String: [String]] = [:]
    for probe in kind.probeKinds {
      var wordings: [String] = []
      for text in (own?.probes[probe.rawValue] ?? []) + (borrowed[probe.rawValue] ?? []) {
        let filled = fill(text)
        if !wordings.contains(filled) { wordings.append(filled) }
      }
      if !wordings.isEmpty { probes[probe.rawValue] = wordings }
    }
    return probes.isEmpty ? nil : probes
  }

  /// Questions in other decks that name `role` explicitly, for the segment `kind`.
  private static func roleSpecificQuestions(
    for kind: SegmentKind, role: String?, excluding deckID: String, library: DeckLibrary
  ) -> [Question] {
    guard let role else { return [] }
    return library.decks(forRole: role, excluding: deckID)
      .flatMap { $0.segments.filter { $0.kind == kind } }
      .flatMap { $0.questions.filter { $0.roles.contains(role) } }
  }

  /// What the interviewer says to open a segment.
  static func intro(for kind: SegmentKind) -> String {
    switch kind {
    case .behavioural:
      return
        "Thanks for coming back for a second conversation. I'd like to go "
        + "deeper into your experience: specific situations, what you did and what came of it."
    case .technical:
      return
        "Let's look at how you work as {a_position}: a few problems of the "
        + "kind this team meets, and how you'd think them through."
    case .culture:
      return
        "Now a little about how you like to work, and how you'd fit in "
        + "with the team at {company}."
    case .salary:
      return
        "Let's talk about pay and the offer, so there are no surprises later."
    case .questions:
      return "That's all from us. Do you have any questions for us?"
    }
  }
}
