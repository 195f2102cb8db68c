/// One answer being read: its tokens, its clauses' mood, and the rules that find fillers,
/// actions, outcomes, measures and figures in them.
struct AnswerReading {
  let text: AnswerText
  let lexicon: FeedbackLexicon
  let tables: LexiconTables
  var tokens: [AnswerToken] { text.tokens }
  /// Token ranges of each clause, by clause index.
  let clauses: [Range<Int>]
  /// Whether each clause sits in a condition ("if the build broke, I fixed it"): a rule, not a
  /// story.
  let conditional: [Bool]
  /// Where each clause's first modal is ("would", "could", "'d"): what follows it is what
  /// might happen, not what did.
  let modalStart: [Int?]
  /// Whether each clause says what the speaker usually does.
  let habitual: [Bool]
  /// Sentences that make a general claim ("in my experience…").
  let generalSentences: Set<Int>
  /// Sentences that state a goal ("the aim was to…").
  let goalSentences: Set<Int>
  /// Sentences with a past-tense verb outside a condition.
  let pastSentences: Set<Int>
  /// Every number, in digits or words.
  let numbers: [FoundNumber]

  init(text: AnswerText, analyzer: AnswerAnalyzer) {
    self.text = text
    lexicon = analyzer.lexicon
    let tables = analyzer.tables
    self.tables = tables
    var clauses: [Range<Int>] = []
    var start = 0
    let tokens = text.tokens
    for index in tokens.indices
    where index + 1 == tokens.count || tokens[index + 1].clause != tokens[index].clause {
      clauses.append(start..<(index + 1))
      start = index + 1
    }
    self.clauses = clauses
    modalStart = clauses.map { range in
      range.first { index in
        tables.hypotheticals.match(tokens, at: index) != nil
          && !(tokens[index].lower == "if" && tables.asides.match(tokens, at: index) != nil)
      }
    }
    let lexicon = analyzer.lexicon
    let habitual = clauses.map { range in
      tables.habits.occurs(tokens, in: range)
        || (tables.frequencies.occurs(tokens, in: range, within: false)
          && !range.contains { AnswerReading.isPastWord(tokens[$0].lower, lexicon) })
    }
    self.habitual = habitual
    // A condition ("if", "unless", "whenever") colours its whole sentence: "If the build broke,
    // I fixed it" is a rule, not a story.
    var conditionalSentences: Set<Int> = []
    var general: Set<Int> = []
    var goals: Set<Int> = []
    for (index, token) in tokens.enumerated() {
      if ["if", "unless", "whenever"].contains(token.lower),
        tables.asides.match(tokens, at: index) == nil
      {
        conditionalSentences.insert(token.sentence)
      }
      if tables.generalClaims.match(tokens, at: index) != nil { general.insert(token.sentence) }
      if tables.goals.match(tokens, at: index) != nil { goals.insert(token.sentence) }
    }
    let conditional = clauses.map { conditionalSentences.contains(tokens[$0.lowerBound].sentence) }
    self.conditional = conditional
    generalSentences = general
    goalSentences = goals
    var past: Set<Int> = []
    // A habit told in the past ("our report was always late") is still told in the past.
    for (clause, range) in clauses.enumerated() where !conditional[clause] {
      for index in range {
        if let modal = modalStart[clause], index >= modal { break }
        if AnswerReading.isPastWord(tokens[index].lower, lexicon) {
          past.insert(tokens[index].sentence)
          break
        }
      }
    }
    pastSentences = past
    numbers = AnswerReading.findNumbers(in: tokens, lexicon: lexicon)
  }

  /// Whether `lower` is a past form of any verb: being, having, a known irregular one, "-ed".
  static func isPastWord(_ lower: String, _ lexicon: FeedbackLexicon) -> Bool {
    lexicon.situationVerbs.contains(lower) || lexicon.irregularPastVerbs.contains(lower)
      || lexicon.stateVerbs.contains(lower)
      || (lower.hasSuffix("ed") && lower.count >= 4 && !lexicon.notPastVerbs.contains(lower)
        && !lexicon.adjectivesInEd.contains(lower))
  }

  /// Whether the token at `index` of `clause` is told as something that happened (a habit
  /// told in the past counts: "our report was always late").
  func isTold(_ index: Int, clause: Int) -> Bool {
    guard !conditional[clause] else { return false }
    if habitual[clause], !pastSentences.contains(tokens[index].sentence) { return false }
    if let modal = modalStart[clause], index >= modal { return false }
    return true
  }

  /// Whether the text speaks of what would, could or will happen: a modal or a condition in
  /// it.
  var speaksHypothetically: Bool {
    modalStart.contains { $0 != nil } || conditional.contains(true)
  }

  func isNarrative(_ clause: Int) -> Bool { !conditional[clause] && !habitual[clause] }

  func word(_ index: Int) -> String? {
    guard tokens.indices.contains(index) else { return nil }
    return tokens[index].lower
  }

  /// The nearest word token before `index` in the same sentence, skipping nothing.
  func previous(_ index: Int) -> AnswerToken? {
    guard index > 0 else { return nil }
    return tokens[index - 1]
  }

  func next(_ index: Int) -> AnswerToken? {
    guard index + 1 < tokens.count else { return nil }
    return tokens[index + 1]
  }

  // MARK: - Fillers and hedges

  /// Token ranges of every filler.
  func fillers() -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      guard token.kind == .word else {
        index += 1
        continue
      }
      if lexicon.fillers[token.lower] != nil {
        found.append(index..<(index + 1))
        index += 1
        continue
      }
      let pair = word(index + 1).map { token.lower + " " + $0 }
      if let pair, lexicon.contextualFillers.contains(pair), isFillerPair(pair, at: index) {
        found.append(index..<(index + 2))
        index += 2
        continue
      }
      if token.lower == "like", isFillerLike(at: index) {
        found.append(index..<(index + 1))
      }
      index += 1
    }
    return found
  }

  private func isFillerPair(_ pair: String, at index: Int) -> Bool {
    let before = previous(index)
    let sameSentence = before.map { $0.sentence == tokens[index].sentence } ?? false
    let previousWord = sameSentence ? before?.lower : nil
    switch pair {
    case "kind of", "sort of":
      guard let previousWord else { return true }
      if lexicon.kindOfDeterminers.contains(previousWord) { return false }
      // "a new kind of", "the best sort of": a determiner one word further back.
      if let twoBack = word(index - 2), lexicon.kindOfDeterminers.contains(twoBack),
        before?.kind == .word, !["was", "is", "it", "we", "i", "they"].contains(previousWord)
      {
        return false
      }
      return true
    case "you know":
      let notBefore: Set<String> = [
        "do", "did", "don't", "didn't", "let", "as", "if", "would", "you'd", "to", "what",
        "whether", "because", "that", "might", "will", "can", "could", "should", "than",
        "i", "we", "they", "so", "when", "who", "where", "how", "why", "ever",
      ]
      if let previousWord, before?.kind == .word, notBefore.contains(previousWord) {
        return false
      }
      guard let after = next(index + 1) else { return true }
      if after.kind == .mark { return true }
      return !lexicon.youKnowNotFillerAfter.contains(after.lower)
    case "i mean":
      let notBefore: Set<String> = ["what", "by", "which", "that's", "that", "if", "do"]
      if let previousWord, before?.kind == .word, notBefore.contains(previousWord) {
        return false
      }
      // "I mean it", "I mean that": meant, not filled.
      if let after = next(index + 1), ["it", "that", "to", "this", "every"].contains(after.lower) {
        return false
      }
      return true
    default:
      return false
    }
  }

  private func isFillerLike(at index: Int) -> Bool {
    let before = previous(index)
    let after = next(index)
    let startsSentence = before == nil || before?.sentence != tokens[index].sentence
    if let after, after.kind == .mark, after.lower == "," || after.lower == "." {
      return before.map { !lexicon.likeNotFillerBefore.contains($0.lower) } ?? true
        || before?.kind == .mark
    }
    if let after, lexicon.fillers[after.lower] != nil { return true }
    if startsSentence { return true }
    guard let before else { return true }
    if before.kind == .mark {
      // ", like Redis and Kafka" and ", like the job ad says" compare; ", like, forty people"
      // and ", like we just" fill.
      guard let after else { return true }
      if after.kind != .word { return true }
      let fillsBefore: Set<String> = [
        "we", "i", "you", "they", "it", "he", "she", "so", "just", "really", "totally", "maybe",
        "literally", "basically", "there", "that",
      ]
      return fillsBefore.contains(after.lower) || lexicon.numberWords[after.lower] != nil
    }
    if lexicon.likeNotFillerBefore.contains(before.lower) { return false }
    // "It's like a queue", "we were like a family": a comparison, not a filler.
    if ["is", "was", "were", "are", "it's", "'s"].contains(before.lower),
      let after, ["a", "an", "the"].contains(after.lower)
    {
      return false
    }
    return lexicon.likeFillerBefore.contains(before.lower)
  }

  /// Token ranges of every hedge.
  func hedges() -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = 0
    while index < tokens.count {
      if let length = tables.hedges.match(tokens, at: index) {
        found.append(index..<(index + length))
        index += length
      } else {
        index += 1
      }
    }
    return found
  }
}
