extension AnswerReading {
  /// Whether a salary answer states the figure the candidate wants: an amount of money whose
  /// nearest cue is the candidate's own ("I'm looking for…"), not their current pay, the
  /// market's, or the company's.
  func namesFigure() -> Bool {
    let figures = numbers.filter(isMoney)
    guard !figures.isEmpty else { return false }
    for figure in figures {
      switch cue(for: figure) {
      case .own: return true
      case .other: continue
      case nil:
        // No cue in its sentence: the sentence before decides ("My current salary is high.
        // It's 80k."); with none there either, a bare figure is the candidate's answer.
        if cueBefore(sentence: tokens[figure.range.lowerBound].sentence) != .other { return true }
      }
    }
    return false
  }

  private enum FigureCue {
    case own
    case other
  }

  /// The last cue in the sentence before `sentence`, if any; asking for the employer's range
  /// disowns no figure given after it.
  private func cueBefore(sentence: Int) -> FigureCue? {
    guard sentence > 0 else { return nil }
    let range = tokens.indices.filter { tokens[$0].sentence == sentence - 1 }
    guard let first = range.first, let last = range.last else { return nil }
    return lastCue(in: first..<(last + 1), countingEmployerAsks: false)
  }

  /// The nearest cue to `figure` in its sentence: the last one before it, else the first after.
  private func cue(for figure: FoundNumber) -> FigureCue? {
    let sentence = tokens[figure.range.lowerBound].sentence
    var start = figure.range.lowerBound
    while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
    var end = figure.range.upperBound
    while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
    if let before = lastCue(in: start..<figure.range.lowerBound, countingEmployerAsks: true) {
      return before
    }
    for index in figure.range.upperBound..<end {
      if tables.otherFigure.match(tokens, at: index) != nil { return .other }
      if tables.ownFigure.match(tokens, at: index) != nil { return .own }
    }
    return nil
  }

  /// The last own or other cue that starts in `range`.
  private func lastCue(in range: Range<Int>, countingEmployerAsks: Bool) -> FigureCue? {
    var found: FigureCue?
    var index = range.lowerBound
    while index < range.upperBound {
      if let length = tables.otherFigure.match(tokens, at: index) {
        if countingEmployerAsks || tables.employerAsk.match(tokens, at: index) == nil {
          found = .other
        }
        index += length
      } else if let length = tables.ownFigure.match(tokens, at: index) {
        found = .own
        index += length
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether `number` is an amount of money: a currency sign, "k", "thousand", "grand", a
  /// salary word after it, thousands in digits, or a range of tens ("sixty-five and seventy").
  func isMoney(_ number: FoundNumber) -> Bool {
    let first = number.range.lowerBound
    let head = tokens[first].lower
    let end = number.range.upperBound
    let after = word(end) ?? ""
    let before = first > 0 ? tokens[first - 1].lower : ""
    let timeOrShare: Set<String> = [
      "weeks", "week", "months", "month", "days", "day", "years", "year", "hours", "%",
      "percent", "people", "notice", "times", "minutes",
    ]
    if timeOrShare.contains(after) || head.hasSuffix("%") { return false }
    if ["$", "£", "€", "¥"].contains(before) { return true }
    if number.digits, head.hasSuffix("k") || head.hasSuffix("m") { return true }
    if lexicon.moneyWords.contains(after) { return true }
    let lastWord = tokens[end - 1].lower
    if ["thousand", "grand", "k"].contains(lastWord) { return true }
    guard let value = number.value else { return false }
    // "one-twenty" is a salary the way people say it.
    if !number.digits, head.contains("-"), value >= 100, value < 1000 { return true }
    if number.digits, value >= 1000, value < 10_000_000,
      !(value >= 1900 && value <= 2099 && !head.contains(","))
    {
      return true
    }
    // "between 95 and 105", "sixty-five to seventy": a range of tens in a salary answer.
    if value >= 20, value < 1000 {
      if ["and", "to", "-", "or"].contains(after),
        let next = numbers.first(where: {
          $0.range.lowerBound == end + 1
        }), let other = next.value, other >= 20, other < 1000
      {
        return true
      }
      if ["between", "around", "about", "roughly", "approximately", "least", "than", "of", "for"]
        .contains(before)
      {
        return true
      }
      if let previousNumber = numbers.last(where: { $0.range.upperBound == first - 1 }),
        let other = previousNumber.value, other >= 20, other < 1000,
        ["and", "to", "-", "or"].contains(before)
      {
        return true
      }
    }
    return false
  }

  // MARK: - Questions for the employer

  /// Each question the candidate asked, open or closed, and the seeds' topics it covers.
  func candidateQuestions() -> [CandidateQuestionFeedback] {
    var result: [CandidateQuestionFeedback] = []
    var sentenceStart = 0
    for index in tokens.indices {
      let isLast = index + 1 == tokens.count || tokens[index + 1].sentence != tokens[index].sentence
      guard isLast else { continue }
      let range = sentenceStart..<(index + 1)
      sentenceStart = index + 1
      let sentence = tokens[range.lowerBound].sentence
      let start = questionStart(range)
      let asks =
        text.questionSentences.contains(sentence)
        || (start < range.upperBound
          && (tables.openStarts.match(tokens, at: start) != nil
            || lexicon.closedQuestionStarts.contains(tokens[start].lower)))
      guard asks, range.contains(where: { tokens[$0].kind == .word }) else { continue }
      let isOpen =
        start < range.upperBound
        && (tables.openStarts.match(tokens, at: start) != nil
          || !lexicon.closedQuestionStarts.contains(tokens[start].lower))
      let words = Set(tokens[range].map(\.lower))
      let joined = " " + tokens[range].map(\.lower).joined(separator: " ") + " "
      let topics = lexicon.questionTopics.filter { topic in
        topic.words.contains { $0.contains(" ") ? joined.contains(" \($0) ") : words.contains($0) }
      }.map(\.topic)
      let first = tokens[range.lowerBound].start
      let last = tokens[range.upperBound - 1].end
      let written = String(String.UnicodeScalarView(text.scalars[first..<last]))
      result.append(CandidateQuestionFeedback(text: written, isOpen: isOpen, topics: topics))
    }
    return result
  }

  /// Where the question proper starts, past "so", "and", "um", "also", "I was wondering".
  private func questionStart(_ range: Range<Int>) -> Int {
    let lead: Set<String> = [
      "so", "and", "um", "uh", "also", "okay", "ok", "well", "then", "finally", "lastly", "my",
      "first", "one", "question", "last", ",", ":", "just", "another", "next", "second",
      "great", "er", "yeah", "right",
    ]
    var index = range.lowerBound
    while index < range.upperBound {
      if tables.openStarts.match(tokens, at: index) != nil { break }
      // "I was wondering if…", "I wonder whether…": the question is what follows.
      let words = tokens[index..<min(range.upperBound, index + 3)].map(\.lower)
      if words.starts(with: ["i", "was", "wondering"]) {
        index += 3
        continue
      }
      if words.starts(with: ["i", "wonder"]) {
        index += 2
        continue
      }
      guard lead.contains(tokens[index].lower) else { break }
      index += 1
    }
    return index
  }
}
