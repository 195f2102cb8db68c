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
      // A subject may sit a comma or two before its verb: "I, um, rebuilt" spans three clauses.
      let sentence = tokens[range.lowerBound].sentence
      let reach = clauses.last {
        $0.lowerBound <= range.upperBound + 4 && tokens[$0.lowerBound].sentence == sentence
      }
      let extended = range.lowerBound..<(reach?.upperBound ?? range.upperBound)
      for actor in actions(in: range, reaching: extended) {
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
  func actions(in range: Range<Int>, reaching extended: Range<Int>) -> [Actor] {
    var actors: [Actor] = []
    var index = range.lowerBound
    let range = range.lowerBound..<max(range.upperBound, extended.upperBound)
    while index < range.upperBound {
      guard let (actor, subjectEnd) = subject(at: index, in: range) else {
        index += 1
        continue
      }
      var verb = subjectEnd
      // Adverbs and commas between subject and verb: "I then pulled", "I, um, rebuilt".
      while verb < range.upperBound,
        lexicon.adverbsBeforeVerb.contains(tokens[verb].lower) || tokens[verb].lower == ","
      {
        verb += 1
      }
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
    let after = index + 1 < end ? tokens[index + 1].lower : ""
    // "we looked at the data" is a step; "it looked like" is not.
    if lower == "looked", ["at", "into", "through", "over", "for"].contains(after) { return true }
    // "when I moved into the data team" changes jobs; "I moved the step earlier" is a step.
    if lower == "moved",
      [
        "to", "into", "from", "teams", "jobs", "on", "abroad", "away", "here", "there", "across",
        "over", "in", "house", "roles", "departments",
      ].contains(after)
    {
      return false
    }
    if lexicon.stateVerbs.contains(lower) { return false }
    // Right after a subject, "-ed" is the verb: "I automated it", "we shared the plan".
    return isPastForm(lower) || (lower.hasSuffix("ed") && lexicon.adjectivesInEd.contains(lower))
  }

  /// Whether `lower` reads as a past form: a known irregular one, or a regular "-ed".
  func isPastForm(_ lower: String) -> Bool {
    if lexicon.irregularPastVerbs.contains(lower) { return true }
    guard lower.hasSuffix("ed"), lower.count >= 4, !lexicon.notPastVerbs.contains(lower),
      !lexicon.adjectivesInEd.contains(lower)
    else {
      return false
    }
    return !lower.contains("-")
  }

  // MARK: - Context

  /// Whether the answer sets the scene: a time or place, a task, or a past situation told
  /// before the first step (or anywhere when no step is told).
  private func setsScene(before firstAction: Int?) -> Bool {
    // "Last year our report was always late" sets a scene though "always" is in it: a habit
    // clause counts here when it is told in the past.
    for (clause, range) in clauses.enumerated()
    where !conditional[clause]
      && (!habitual[clause] || pastSentences.contains(tokens[range.lowerBound].sentence))
    {
      let sentence = tokens[range.lowerBound].sentence
      let told = pastSentences.contains(sentence)
      if told, let found = tables.anchors.firstMatch(tokens, in: range, within: false),
        isTold(found.start, clause: clause)
      {
        return true
      }
      if let found = tables.tasks.firstMatch(tokens, in: range, within: false),
        isTold(found.start, clause: clause)
      {
        return true
      }
      if told, sentence <= 1, opensWithSetting(range) { return true }
      if let firstAction, clause > firstAction { continue }
      if describesSituation(range, clause: clause) { return true }
    }
    return false
  }

  /// A clause that opens with where or when: "At the bakery, …", "On March 4th, …", "When I
  /// joined…", "In my first year…".
  private func opensWithSetting(_ range: Range<Int>) -> Bool {
    let openers: Set<String> = [
      "at", "in", "on", "during", "when", "while", "with", "back", "last", "after", "before",
      "early", "over", "as",
    ]
    let skip: Set<String> = ["so", "okay", "ok", "well", "um", "uh", "er", "yeah", "right", ","]
    var index = range.lowerBound
    while index < range.upperBound, skip.contains(tokens[index].lower) { index += 1 }
    guard index + 1 < range.upperBound, openers.contains(tokens[index].lower) else { return false }
    let next = tokens[index + 1].lower
    let settings: Set<String> = [
      "the", "a", "an", "my", "our", "i", "we", "this", "that", "one", "his", "her", "their",
    ]
    return settings.contains(next) || lexicon.months.contains(next) || next.first?.isNumber == true
      || tokens[index + 1].isCapitalized
  }

  /// A past state in the clause: "there was a backlog", "we had two weeks", "sign-ups had
  /// dropped", "the client was furious".
  private func describesSituation(_ range: Range<Int>, clause: Int) -> Bool {
    // "I was always the one who…" describes the speaker, not a situation.
    if habitual[clause], range.contains(where: { lexicon.selfSubjects.contains(tokens[$0].lower) })
    {
      return false
    }
    let notScene: Set<String> = [
      "thinking", "hoping", "wondering", "kind", "sort", "like", "wanting", "going", "able",
      "happy", "glad", "proud", "pleased", "so", "very", "really",
    ]
    for index in range where lexicon.situationVerbs.contains(tokens[index].lower) {
      guard isTold(index, clause: clause), index + 1 < range.upperBound else { continue }
      if notScene.contains(tokens[index + 1].lower) { continue }
      if generalSentences.contains(tokens[index].sentence) { continue }
      return true
    }
    for index in range where tokens[index].lower == "kept" && isTold(index, clause: clause) {
      return true
    }
    return false
  }

  // MARK: - Result

  /// Whether an outcome is stated: a result phrase anywhere in a story, a lesson, or a
  /// change told after the first step.
  private func statesOutcome(after firstAction: Int?) -> Bool {
    let lastSentences = max(0, text.sentenceCount - 2)
    for (clause, range) in clauses.enumerated() where isNarrative(clause) {
      let sentence = tokens[range.lowerBound].sentence
      if generalSentences.contains(sentence) || goalSentences.contains(sentence) { continue }
      if handsOver(range) { continue }
      // A lesson drawn from a story told in the past is its outcome ("I learned to…"), with
      // or without a step of the speaker's; it is found before problems are, as "learned" is
      // also how a problem is found.
      let lesson = tables.lessons.firstMatch(tokens, in: range, within: false)
      if let lesson, isTold(lesson.start, clause: clause),
        firstAction.map({ clause >= $0 })
          ?? (sentence > 0 && pastSentences.contains { $0 < sentence })
      {
        return true
      }
      if clauseFindsProblem(range) { continue }
      guard let firstAction else {
        if hasStrongMarker(range, clause: clause) { return true }
        continue
      }
      // "The customer renewed after I rebuilt their dashboard": the outcome comes first.
      if clause <= firstAction, outcomeBeforeItsCause(range, clause: clause) { return true }
      if clause < firstAction { continue }
      if let found = tables.resultMarkers.firstMatch(tokens, in: range, within: false),
        isTold(found.start, clause: clause)
      {
        return true
      }
      guard clause > firstAction else { continue }
      if hasOutcomeVerb(range, clause: clause) { return true }
      // The last sentences: any past change that is not the speaker's own step ("the report
      // took ten minutes", "two of them applied for senior roles").
      if sentence >= lastSentences, hasOtherPastVerb(range, clause: clause) { return true }
      if sentence >= lastSentences, hasNowState(range, clause: clause) { return true }
    }
    return false
  }

  /// An outcome told before the step that caused it, in one sentence: an outcome verb, then a
  /// clause opening with "after", "once" or "because" in which the speaker or team acted.
  private func outcomeBeforeItsCause(_ range: Range<Int>, clause: Int) -> Bool {
    let sentence = tokens[range.lowerBound].sentence
    for index in range
    where isTold(index, clause: clause)
      && (lexicon.outcomeVerbs.contains(tokens[index].lower)
        || lexicon.irregularPastVerbs.contains(tokens[index].lower))
    {
      // The outcome's subject is someone or something else: "the customer renewed".
      guard index > range.lowerBound, !["i", "we", "to", "had"].contains(tokens[index - 1].lower)
      else { continue }
      var cause = index + 1
      while cause < tokens.count, tokens[cause].sentence == sentence {
        if ["after", "once", "because"].contains(tokens[cause].lower) {
          let rest = cause..<min(tokens.count, cause + 8)
          if !actions(in: rest, reaching: rest).isEmpty { return true }
        }
        cause += 1
      }
    }
    return false
  }

  /// "now", "today", "these days": a present state told after the steps.
  private func hasNowState(_ range: Range<Int>, clause: Int) -> Bool {
    range.contains { index in
      ["now", "today"].contains(tokens[index].lower) && isTold(index, clause: clause)
        && !(index + 1 < range.upperBound && ["i'd", "i", "we'd"].contains(tokens[index + 1].lower)
          && modalStart[clause] != nil)
    }
  }

  /// A past verb in the clause whose subject is not the speaker or the team.
  private func hasOtherPastVerb(_ range: Range<Int>, clause: Int) -> Bool {
    for index in range where isTold(index, clause: clause) && tokens[index].kind == .word {
      let lower = tokens[index].lower
      guard isPastForm(lower) || lexicon.outcomeVerbs.contains(lower) || lower == "got" else {
        continue
      }
      // Look back past adverbs for the subject.
      var back = index - 1
      while back >= range.lowerBound, lexicon.adverbsBeforeVerb.contains(tokens[back].lower) {
        back -= 1
      }
      if back < range.lowerBound { continue }
      let subject = tokens[back].lower
      // Someone else's reaction is an outcome ("the board loved it"), and so is nothing going
      // wrong ("nobody noticed"); the speaker's own feelings are not.
      if lexicon.stateVerbs.contains(lower), lower != "got" {
        let reaction: Set<String> = [
          "loved", "liked", "enjoyed", "appreciated", "noticed", "complained", "agreed",
        ]
        guard reaction.contains(lower), !["i", "we"].contains(subject) else { continue }
        if lower == "noticed" || lower == "complained" {
          guard ["nobody", "one"].contains(subject) else { continue }
        }
        return true
      }
      if ["i", "we", "to", "had", "'d", "have", "has", "who", "that", "which"].contains(subject) {
        continue
      }
      if tokens[back].kind != .word { continue }
      return true
    }
    return false
  }

  /// "handed it over", "handed her over to", "passed the project on".
  private func handsOver(_ range: Range<Int>) -> Bool {
    if tables.handOvers.occurs(tokens, in: range, within: false) { return true }
    for index in range where ["handed", "passed", "transferred"].contains(tokens[index].lower) {
      let window = (index + 1)..<min(range.upperBound, index + 5)
      if window.contains(where: { ["over", "off", "on"].contains(tokens[$0].lower) }) {
        return true
      }
    }
    return false
  }

  /// A result phrase that stands without a step before it ("As a result…", "Since then…").
  private func hasStrongMarker(_ range: Range<Int>, clause: Int) -> Bool {
    let strong: Set<String> = ["as", "in", "since", "ended", "resulted", "from", "to", "ever"]
    for index in range where strong.contains(tokens[index].lower) && isTold(index, clause: clause) {
      if tables.resultMarkers.match(tokens, at: index) != nil { return true }
    }
    return false
  }

  private func clauseFindsProblem(_ range: Range<Int>) -> Bool {
    for index in range where lexicon.discoveryVerbs.contains(tokens[index].lower) {
      // "nobody noticed", "no one saw it": nothing went wrong, which is an outcome.
      if index > range.lowerBound, ["nobody", "one"].contains(tokens[index - 1].lower) {
        continue
      }
      // "found that", "discovered the": a problem found is not yet an outcome.
      return true
    }
    return false
  }

  /// A past change in the clause that is not background ("had dropped") or a goal ("to cut").
  private func hasOutcomeVerb(_ range: Range<Int>, clause: Int) -> Bool {
    for index in range
    where lexicon.outcomeVerbs.contains(tokens[index].lower) && isTold(index, clause: clause) {
      let before = index > range.lowerBound ? tokens[index - 1].lower : ""
      let background: Set<String> = [
        "to", "had", "hadn't", "'d", "would", "will", "could", "should", "can", "might", "must",
        "not", "never", "didn't",
      ]
      if background.contains(before) { continue }
      return true
    }
    return false
  }
}
