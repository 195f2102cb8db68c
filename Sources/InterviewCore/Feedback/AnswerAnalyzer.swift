/// Reads an answer as a coach would and says what it did well and what it lacked.
///
/// Pure and deterministic: the same input gives the same feedback, with no clock, file or
/// network. The word lists live in `FeedbackLexicon`; this type holds the rules that decide how
/// each word is used. Analysis runs when an answer is submitted, never per keystroke.
public struct AnswerAnalyzer: Sendable {
  /// The lists the rules read.
  public let lexicon: FeedbackLexicon
  let tables: LexiconTables

  /// An analyser over `lexicon`.
  public init(lexicon: FeedbackLexicon = .standard) {
    self.lexicon = lexicon
    tables = LexiconTables(lexicon)
  }

  /// The analyser over the standard lexicon, built once.
  public static let standard = AnswerAnalyzer()

  /// The feedback on one answer.
  public func analyse(_ input: FeedbackInput) -> AnswerFeedback {
    let text = AnswerText(input.answer, lexicon: lexicon)
    let reading = AnswerReading(text: text, analyzer: self)
    let segment = input.segment
    let words = text.wordCount
    let fillers = reading.fillers()
    let perHundred = words == 0 ? 0 : Double(fillers.count) * 100 / Double(words)
    let isQuestions = segment == .questions
    // A follow-up that probed for what the answer lacked completes that story, so the story is
    // judged over both; a deck's own follow-up is a new question and is judged alone.
    let completes = input.probe.map { $0 != .deck } ?? false
    let whole = input.earlierAnswer.flatMap { earlier in
      completes
        ? AnswerReading(
          text: AnswerText(earlier + "\n" + input.answer, lexicon: lexicon), analyzer: self)
        : nil
    }
    let storyReading = whole ?? reading
    let story = storyReading.story()
    let verdicts = FeedbackVerdicts(
      context: !isQuestions && story.context,
      action: !isQuestions && story.action,
      result: !isQuestions && story.result,
      quantified: storyReading.quantified(),
      fillerHeavy: words > 0 && perHundred >= 3,
      teamOnly: !isQuestions && story.teamOnly,
      namesFigure: segment == .salary && storyReading.namesFigure())
    // A question put to the panel is not held to a speaking time.
    let speaking =
      input.wordTimings == nil && !isQuestions ? speakingEstimate(words, input.targetSeconds) : nil
    let questions = isQuestions ? reading.candidateQuestions() : nil
    // Job terms belong in stories and technical answers, not in a salary talk or a question
    // to the panel.
    let jobTerms =
      [.salary, .questions].contains(segment)
      ? JobTermUse() : JobTerms.use(of: input.jobTerms, in: text, lexicon: lexicon)
    var feedback = AnswerFeedback(
      version: lexicon.version, words: words, verdicts: verdicts,
      fillers: fillers.map { span($0, in: text) }, fillersPer100Words: rounded(perHundred),
      hedges: reading.hedges().map { span($0, in: text) }, speaking: speaking,
      delivery: input.wordTimings.flatMap { SpokenDelivery(timings: $0, lexicon: lexicon) },
      questions: questions,
      tipsTouched: JobTerms.tipsTouched(input.tips, by: text, lexicon: lexicon),
      jobTerms: jobTerms, notes: [])
    feedback.notes = CoachNotes.notes(
      for: feedback, segment: segment, probe: input.probe,
      situation: CoachNotes.Situation(
        figureNamedEarlier: input.figureNamedEarlier,
        hypotheticalQuestion: asksHypothetically(input.question),
        hypotheticalAnswer: !verdicts.action && reading.speaksHypothetically))
    return feedback
  }

  /// Whether `question` asks what the candidate would do ("How would you…", "If you joined…")
  /// rather than for something that happened ("Tell me about a time…", which wins when both
  /// are there).
  public func asksHypothetically(_ question: String) -> Bool {
    guard !question.isEmpty else { return false }
    let tokens = AnswerText(question, lexicon: lexicon).tokens
    let whole = 0..<tokens.count
    if tables.pastQuestions.occurs(tokens, in: whole) { return false }
    return tables.hypotheticalQuestions.occurs(tokens, in: whole)
  }

  /// The answer's estimated speaking time at 150 words a minute against `targetSeconds`.
  func speakingEstimate(_ words: Int, _ targetSeconds: Int?) -> SpeakingEstimate? {
    guard let targetSeconds, targetSeconds > 0, words > 0 else { return nil }
    let seconds = (words * 60 + 75) / 150
    let verdict: SpeakingEstimate.Verdict =
      seconds * 3 < targetSeconds ? .tooShort : seconds > targetSeconds ? .tooLong : .onTarget
    return SpeakingEstimate(seconds: seconds, targetSeconds: targetSeconds, verdict: verdict)
  }

  private func span(_ range: Range<Int>, in text: AnswerText) -> TextSpan {
    let first = text.tokens[range.lowerBound]
    let last = text.tokens[range.upperBound - 1]
    let words = text.tokens[range].map(\.text).joined(separator: " ")
    return TextSpan(text: words, start: first.start, end: last.end)
  }

  private func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

/// The lexicon's phrase lists made into lookup tables, once per analyser.
struct LexiconTables: Sendable {
  let hedges: PhraseTable
  let habits: PhraseTable
  let frequencies: PhraseTable
  let hypotheticals: PhraseTable
  let anchors: PhraseTable
  let tasks: PhraseTable
  let resultMarkers: PhraseTable
  let handOvers: PhraseTable
  let goals: PhraseTable
  let generalClaims: PhraseTable
  let lessons: PhraseTable
  let ownFigure: PhraseTable
  let otherFigure: PhraseTable
  let employerAsk: PhraseTable
  let openStarts: PhraseTable
  let asides: PhraseTable
  let pastQuestions: PhraseTable
  let hypotheticalQuestions: PhraseTable

  init(_ lexicon: FeedbackLexicon) {
    hedges = PhraseTable(lexicon.hedges)
    habits = PhraseTable(lexicon.habitMarkers)
    frequencies = PhraseTable(lexicon.frequencyPhrases)
    hypotheticals = PhraseTable(lexicon.hypotheticalMarkers)
    anchors = PhraseTable(lexicon.timeAndPlaceAnchors)
    tasks = PhraseTable(lexicon.taskPhrases)
    resultMarkers = PhraseTable(lexicon.resultMarkers)
    handOvers = PhraseTable(lexicon.handOverPhrases)
    goals = PhraseTable(lexicon.goalPhrases)
    generalClaims = PhraseTable(lexicon.generalClaimPhrases)
    lessons = PhraseTable(lexicon.lessonPhrases)
    ownFigure = PhraseTable(lexicon.ownFigurePhrases)
    otherFigure = PhraseTable(lexicon.otherFigurePhrases)
    employerAsk = PhraseTable(lexicon.employerAskPhrases)
    openStarts = PhraseTable(lexicon.openQuestionStarts)
    asides = PhraseTable(lexicon.conditionalAsides)
    pastQuestions = PhraseTable(lexicon.pastExperienceQuestionPhrases)
    hypotheticalQuestions = PhraseTable(lexicon.hypotheticalQuestionPhrases)
  }
}

extension SpokenDelivery {
  /// The silence between two words above which it counts as a long pause.
  public static let longPauseMilliseconds = 2000

  /// Pace, pauses and fillers from a transcriber's word times; nil without words.
  public init?(timings: [WordTiming], lexicon: FeedbackLexicon = .standard) {
    guard let first = timings.first, let last = timings.last else { return nil }
    let speaking = max(1, last.endMilliseconds - first.startMilliseconds)
    var pauses: [Int] = []
    var longest = 0
    for (previous, next) in zip(timings, timings.dropFirst()) {
      let gap = next.startMilliseconds - previous.endMilliseconds
      longest = max(longest, gap)
      if gap > Self.longPauseMilliseconds { pauses.append(gap) }
    }
    let voiced = max(1, speaking - pauses.reduce(0, +))
    let fillers = timings.count { lexicon.fillers[Self.bareWord($0.word)] != nil }
    self.init(
      wordsPerMinute: timings.count * 60_000 / voiced, longPauses: pauses,
      longestPauseMilliseconds: longest, speakingMilliseconds: speaking, fillers: fillers)
  }

  /// A transcribed word as the lexicon spells it: "Um," is "um".
  private static func bareWord(_ word: String) -> String {
    String(word.lowercased().filter { $0.isLetter || $0 == "'" })
  }
}
