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
    // The bundled general deck's probes stand in for those a deck does not write itself; a user
    // deck cannot reuse its id, so the one in the library is the bundled one.
    let fallback = library.deck(withID: bundledProbeDeckID)
    var segments: [PlannedSegment] = []
    var inspiration: [String] = []
    // The other decks questions were drawn from, in the order first drawn.
    var packs: [String] = []
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
      let drawn = draw(
        for: kind, settings: settings, deck: deck, library: library, using: &generator)
      guard !drawn.isEmpty else {
        return .failure(
          SettingsProblem("deck '\(deck.id)' has no \(kind.rawValue) questions for this role"))
      }
      var followUpsAsked = 0
      var questions: [PlannedQuestion] = []
      for (index, candidate) in drawn.enumerated() {
        let question = candidate.question
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
            followUp: followUp, tips: question.tips.map(fill),
            deckID: candidate.deckID == deck.id ? nil : candidate.deckID, needs: question.needs))
        if candidate.deckID != deck.id, !packs.contains(candidate.deckID) {
          packs.append(candidate.deckID)
        }
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
    let ownName: String
    if case .bundled = deck.source {
      ownName = "the \(deck.id) deck"
    } else {
      ownName = "your deck"
    }
    let sources =
      [QuestionSource(deckID: deck.id, name: ownName)]
      + packs.map { QuestionSource(deckID: $0, name: "the \($0) pack") }
    return .success(
      InterviewPlan(
        settings: settings, deckTitle: deck.title, segments: segments, inspiration: inspiration,
        jobTerms: jobTerms, sources: sources))
  }

  /// A question that may be drawn, with the deck and segment it is written in.
  struct Candidate {
    /// The question.
    var question: Question
    /// The id of the deck it comes from.
    var deckID: String
    /// Its segment in that deck, which its `after:` names a question of.
    var segment: Segment
  }

  /// The questions a `kind` segment asks, in the order asked.
  ///
  /// The chosen deck comes first: its questions written for the role, then those for every
  /// role. Role packs (other decks' questions naming the role) fill only what the deck cannot,
  /// unless the candidate asks for the pack or the deck is a bundled general deck, which leaves
  /// role questions to the packs: then the pack comes before the deck's questions for every
  /// role. A question is drawn with the chain of questions its `after:` names (one whose chain
  /// cannot be drawn is not drawn), each before the question that comes after it; an
  /// `as-written` segment keeps the deck's order.
  static func draw(
    for kind: SegmentKind, settings: RehearsalSettings, deck: Deck, library: DeckLibrary,
    using generator: inout SeededGenerator
  ) -> [Candidate] {
    let role = settings.role
    let own = deck.segments.first { $0.kind == kind }
    let candidates = { (segment: Segment, deckID: String, keep: (Question) -> Bool) in
      segment.questions.filter(keep).map {
        Candidate(question: $0, deckID: deckID, segment: segment)
      }
    }
    let ownQuestions = own.map { candidates($0, deck.id) { $0.isFor(role: role) } } ?? []
    guard let role else {
      return arranged(
        pick(
          from: [ownQuestions], count: settings.questionsPerSegment, role: nil, using: &generator),
        own: own, deckID: deck.id)
    }
    let named = ownQuestions.filter { !$0.question.roles.isEmpty }
    let shared = ownQuestions.filter { $0.question.roles.isEmpty }
    let pack = library.decks(forRole: role, excluding: deck.id).flatMap { other in
      other.segments.filter { $0.kind == kind }.flatMap { segment in
        candidates(segment, other.id) { $0.roles.contains(role) }
      }
    }
    var packFirst = settings.usesRolePack
    if case .bundled = deck.source { packFirst = true }
    let tiers = packFirst ? [named, pack, shared] : [named, shared, pack]
    return arranged(
      pick(from: tiers, count: settings.questionsPerSegment, role: role, using: &generator),
      own: own, deckID: deck.id)
  }

  /// Up to `count` questions, tier by tier, each tier in a random order; each question comes
  /// with the questions it is `after`, placed before it, or is left out when they cannot come.
  private static func pick(
    from tiers: [[Candidate]], count: Int, role: String?, using generator: inout SeededGenerator
  ) -> [Candidate] {
    var picked: [Candidate] = []
    for tier in tiers {
      for candidate in tier.shuffled(using: &generator) where picked.count < count {
        guard let chain = chain(to: candidate, picked: picked, role: role),
          picked.count + chain.count <= count
        else { continue }
        picked += chain
      }
    }
    return picked
  }

  /// `candidate` with the questions its `after:` links lead back to that are not yet `picked`,
  /// first asked first; nil when a link names a question not for `role` (or goes round).
  private static func chain(to candidate: Candidate, picked: [Candidate], role: String?)
    -> [Candidate]?
  {
    let isPicked = { (id: String) in
      picked.contains { $0.deckID == candidate.deckID && $0.question.id == id }
    }
    guard !isPicked(candidate.question.id) else { return nil }
    var chain = [candidate]
    while let target = chain[0].question.after, !isPicked(target) {
      guard
        let question = candidate.segment.questions.first(where: { $0.id == target }),
        question.isFor(role: role), !chain.contains(where: { $0.question.id == target })
      else { return nil }
      chain.insert(
        Candidate(question: question, deckID: candidate.deckID, segment: candidate.segment),
        at: 0)
    }
    return chain
  }

  /// `picked` in the order asked: as drawn, or for an `as-written` segment of the deck, the
  /// deck's questions in file order (a question still after the one it names), then the rest.
  private static func arranged(_ picked: [Candidate], own: Segment?, deckID: String)
    -> [Candidate]
  {
    guard let own, own.order == .asWritten else { return picked }
    let position = Dictionary(
      own.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var waiting = picked.filter { $0.deckID == deckID }
      .sorted { (position[$0.question.id] ?? .max) < (position[$1.question.id] ?? .max) }
    var ordered: [Candidate] = []
    while !waiting.isEmpty {
      let ready =
        waiting.firstIndex { candidate in
          candidate.question.after.map { target in
            ordered.contains { $0.question.id == target }
          } ?? true
        } ?? 0
      ordered.append(waiting.remove(at: ready))
    }
    return ordered + picked.filter { $0.deckID != deckID }
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
