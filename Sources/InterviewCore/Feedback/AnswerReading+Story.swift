/// What the story of an answer holds: the situation, the steps, the outcome, and whose steps.
struct StoryVerdicts: Equatable {
  var context = false
  var action = false
  var result = false
  var teamOnly = false
}

extension AnswerReading {
  /// Who took a step.
  enum Actor {
    case speaker
    case team
  }

  /// Reads the story: which clauses set the scene, take steps and state outcomes.
  func story() -> StoryVerdicts {
    var verdicts = StoryVerdicts()
    var speakerActs = false
    var teamActs = false
    var firstAction: Int?
    for (clause, range) in clauses.enumerated() where isNarrative(clause) {
      for actor in actions(in: range) {
        switch actor {
        case .speaker: speakerActs = true
        case .team: teamActs = true
        }
        if firstAction == nil { firstAction = clause }
      }
    }
    verdicts.action = speakerActs || teamActs
    verdicts.teamOnly = teamActs && !speakerActs
    verdicts.context = setsScene(before: firstAction)
    verdicts.result = statesOutcome(after: firstAction)
    return verdicts
  }

  /// The actors of the past-tense steps in `range`: "I pulled", "we split", "the team rewrote".
  func actions(in range: Range<Int>) -> [Actor] {
    var actors: [Actor] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard let (actor, subjectEnd) = subject(at: index, in: range) else {
        index += 1
        continue
      }
      var verb = subjectEnd
      while verb < range.upperBound, lexicon.adverbsBeforeVerb.contains(tokens[verb].lower) {
        verb += 1
      }
      // A comma after an adverb ("I, personally, called") keeps the subject.
      while verb < range.upperBound, tokens[verb].lower == "," { verb += 1 }
      if verb < range.upperBound, isActionVerb(at: verb, end: range.upperBound) {
        actors.append(actor)
      }
      index = max(index + 1, subjectEnd)
    }
    return actors
  }

  /// The subject starting at `index`, with where it ends.
  private func subject(at index: Int, in range: Range<Int>) -> (Actor, Int)? {
    let lower = tokens[index].lower
    if lexicon.selfSubjects.contains(lower), lower == "i" { return (.speaker, index + 1) }
    if lexicon.teamSubjects.contains(lower) { return (.team, index + 1) }
    if ["the", "my", "our", "whole"].contains(lower) {
      var end = index + 1
      // "the whole team", "our data team", "my two colleagues"
      while end < range.upperBound, end < index + 4 {
        if lexicon.teamNouns.contains(tokens[end].lower) { return (.team, end + 1) }
        end += 1
      }
    }
    if lower == "everyone" || lower == "everybody" { return (.team, index + 1) }
    return nil
  }

  /// Whether the word at `index` is a past-tense step, not a state, a feeling or a role.
  func isActionVerb(at index: Int, end: Int) -> Bool {
    let lower = tokens[index].lower
    guard tokens[index].kind == .word else { return false }
    if lower == "got" {
      guard index + 1 < end else { return false }
      return !lexicon.gotStates.contains(tokens[index + 1].lower)
    }
    if lower == "was" || lower == "were" {
      // "I was able to get it approved" is a step; "I was responsible for" is not.
      return word(index + 1) == "able" && word(index + 2) == "to"
    }
    if lexicon.stateVerbs.contains(lower) { return false }
    return isPastForm(lower)
  }

  /// Whether `lower` reads as a past form: a known irregular one, or a regular "-ed".
  func isPastForm(_ lower: String) -> Bool {
    if lexicon.irregularPastVerbs.contains(lower) { return true }
    guard lower.hasSuffix("ed"), lower.count >= 4, !lexicon.notPastVerbs.contains(lower) else {
      return false
    }
    return !lower.contains("-")
  }

  // MARK: - Context

  /// Whether the answer sets the scene: a time or place, a task, or a past situation told
  /// before the first step (or anywhere when no step is told).
  private func setsScene(before firstAction: Int?) -> Bool {
    for (clause, range) in clauses.enumerated() where isNarrative(clause) {
      if tables.anchors.occurs(tokens, in: range, within: false) { return true }
      if tables.tasks.occurs(tokens, in: range, within: false) { return true }
      if let firstAction, clause > firstAction { continue }
      if describesSituation(range) { return true }
    }
    return false
  }

  /// A past state in the clause: "there was a backlog", "we had two weeks", "sign-ups had
  /// dropped", "the client was furious".
  private func describesSituation(_ range: Range<Int>) -> Bool {
    for index in range where lexicon.situationVerbs.contains(tokens[index].lower) {
      // "It was great" judges rather than sets a scene; the clause needs more than a word.
      if range.upperBound - index >= 2, tokens[range].contains(where: { $0.kind == .word }) {
        return true
      }
    }
    return false
  }

  // MARK: - Result

  /// Whether an outcome is stated: a result phrase anywhere in a story, a lesson, or a
  /// change told after the first step.
  private func statesOutcome(after firstAction: Int?) -> Bool {
    for (clause, range) in clauses.enumerated() where isNarrative(clause) {
      if tables.handOvers.occurs(tokens, in: range, within: false) { continue }
      if clauseFindsProblem(range) { continue }
      guard let firstAction else {
        if hasStrongMarker(range) { return true }
        continue
      }
      if clause < firstAction { continue }
      if tables.resultMarkers.occurs(tokens, in: range, within: false) { return true }
      if tables.lessons.occurs(tokens, in: range, within: false) { return true }
      if clause > firstAction, hasOutcomeVerb(range) { return true }
    }
    return false
  }

  /// A result phrase that stands without a step before it ("As a result…", "Since then…").
  private func hasStrongMarker(_ range: Range<Int>) -> Bool {
    let strong: Set<String> = ["as", "in", "since", "ended", "resulted", "from", "to", "ever"]
    for index in range where strong.contains(tokens[index].lower) {
      if tables.resultMarkers.match(tokens, at: index) != nil { return true }
    }
    return false
  }

  private func clauseFindsProblem(_ range: Range<Int>) -> Bool {
    for index in range where lexicon.discoveryVerbs.contains(tokens[index].lower) {
      // "found that", "discovered the": a problem found is not yet an outcome.
      return true
    }
    return false
  }

  /// A past change in the clause that is not background ("had dropped") or a goal ("to cut").
  private func hasOutcomeVerb(_ range: Range<Int>) -> Bool {
    for index in range where lexicon.outcomeVerbs.contains(tokens[index].lower) {
      let before = index > range.lowerBound ? tokens[index - 1].lower : ""
      let background: Set<String> = [
        "to", "had", "hadn't", "'d", "would", "will", "could", "should", "can", "might", "must",
        "have", "has", "not", "never", "didn't",
      ]
      if background.contains(before) { continue }
      return true
    }
    return false
  }
}
