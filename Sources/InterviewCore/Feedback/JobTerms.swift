/// The key terms of a job description, and which of them (and of a question's tips) an answer
/// used.
public enum JobTerms {
  /// The key terms of `description`: its skills, tools and duties as content words and
  /// two-word phrases, the most telling first, at most `limit`. Stop words, the words every
  /// posting uses ("experience", "ability"), everyday verbs and adjectives, and the words of
  /// `excluding` (the company's name) are never terms.
  public static func extract(
    from description: String, excluding: [String] = [], limit: Int = 15,
    lexicon: FeedbackLexicon = .standard
  ) -> [String] {
    let text = AnswerText(description, lexicon: lexicon)
    let tokens = text.tokens
    let excluded = Set(
      excluding.flatMap { AnswerText($0, lexicon: lexicon).tokens.map(\.lower) })
    var terms: [String: Candidate] = [:]
    var order = 0
    func note(_ key: String, _ shown: String, named: Bool, title: Bool) {
      var candidate = terms[key] ?? Candidate(shown: shown, first: order)
      order += 1
      candidate.count += 1
      candidate.named = candidate.named || named
      candidate.title = candidate.title || title
      // A name keeps the capitals it was written with ("Tableau", "PostgreSQL").
      if named { candidate.shown = shown }
      terms[key] = candidate
    }
    for (index, token) in tokens.enumerated() {
      guard isTerm(token, lexicon), !excluded.contains(token.lower) else { continue }
      let named = isName(token, at: index, in: tokens)
      // The first sentence is usually the job title: "Data Analyst", "Senior Backend Engineer".
      let title = token.sentence == 0
      note(token.lower, named ? token.text : token.lower, named: named, title: title)
      let next = index + 1
      guard next < tokens.count, tokens[next].clause == token.clause,
        isTerm(tokens[next], lexicon), !excluded.contains(tokens[next].lower)
      else { continue }
      let nextNamed = isName(tokens[next], at: next, in: tokens)
      // A phrase is shown as written when either word is a name or it is the title.
      let asWritten = named || nextNamed || title
      let shown =
        asWritten ? token.text + " " + tokens[next].text : token.lower + " " + tokens[next].lower
      note(token.lower + " " + tokens[next].lower, shown, named: named && nextNamed, title: title)
    }
    let scored = terms.compactMap { key, candidate -> (String, Candidate, Int)? in
      let isPhrase = key.contains(" ")
      if isPhrase {
        // A phrase is a term when it recurs, names a tool, or is the job title.
        guard candidate.count >= 2 || candidate.named || candidate.title else { return nil }
        return (key, candidate, candidate.count * 2 + (candidate.title ? 2 : 0) + 1)
      }
      return (key, candidate, candidate.count + (candidate.named ? 1 : 0))
    }.sorted { left, right in
      left.2 != right.2 ? left.2 > right.2 : left.1.first < right.1.first
    }
    var chosen: [String] = []
    var chosenKeys: [String] = []
    for (key, candidate, _) in scored where chosen.count < limit {
      // A word already inside a chosen phrase adds nothing.
      if !key.contains(" "),
        chosenKeys.contains(where: { $0.split(separator: " ").contains(Substring(key)) })
      {
        continue
      }
      chosen.append(candidate.shown)
      chosenKeys.append(key)
    }
    return chosen
  }

  /// What is known of one word or phrase while a description is read.
  private struct Candidate {
    var shown: String
    var first: Int
    var count = 0
    var named = false
    var title = false
  }

  private static func isTerm(_ token: AnswerToken, _ lexicon: FeedbackLexicon) -> Bool {
    isContent(token, lexicon) && !lexicon.jobCommonWords.contains(token.lower)
  }

  /// A tool or product name: capitals inside the word ("SQL", "gRPC"), or a capital where a
  /// sentence or line does not start.
  private static func isName(_ token: AnswerToken, at index: Int, in tokens: [AnswerToken]) -> Bool
  {
    let capitals = token.text.unicodeScalars.filter { $0.properties.isUppercase }.count
    if capitals >= 2 { return true }
    guard token.isCapitalized, index > 0 else { return false }
    let previous = tokens[index - 1]
    return previous.sentence == token.sentence && ![":", "-", "•", "*"].contains(previous.text)
  }

  /// Which of `terms` the answer `text` used: every word of the term, loosely stemmed.
  static func use(of terms: [String], in text: AnswerText, lexicon: FeedbackLexicon) -> JobTermUse {
    guard !terms.isEmpty else { return JobTermUse() }
    let stems = Set(text.tokens.filter { $0.kind == .word }.map { stem($0.lower) })
    var use = JobTermUse()
    for term in terms {
      let words = AnswerText(term, lexicon: lexicon).tokens.filter { $0.kind == .word }
      let hit = !words.isEmpty && words.allSatisfy { stems.contains(stem($0.lower)) }
      if hit { use.used.append(term) } else { use.missing.append(term) }
    }
    return use
  }

  /// The tips that share a content word with the answer.
  static func tipsTouched(_ tips: [String], by text: AnswerText, lexicon: FeedbackLexicon)
    -> [String]
  {
    guard !tips.isEmpty else { return [] }
    let stems = Set(
      text.tokens.filter { isContent($0, lexicon) && $0.lower.count >= 4 }.map { stem($0.lower) })
    return tips.filter { tip in
      AnswerText(tip, lexicon: lexicon).tokens.contains {
        isContent($0, lexicon) && $0.lower.count >= 4 && stems.contains(stem($0.lower))
      }
    }
  }

  static func isContent(_ token: AnswerToken, _ lexicon: FeedbackLexicon) -> Bool {
    guard token.kind == .word, token.lower.count >= 2 else { return false }
    return !lexicon.stopWords.contains(token.lower) && !lexicon.jobBoilerplate.contains(token.lower)
  }

  /// A rough stem, so "dashboards" meets "dashboard" and "automated" meets "automation".
  static func stem(_ lower: String) -> String {
    for suffix in ["ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "ly"]
    where lower.hasSuffix(suffix) && lower.count - suffix.count >= 4 {
      return String(lower.dropLast(suffix.count))
    }
    return lower
  }
}

extension JobTerms {
  /// The terms of an interview's job description, leaving out the company's name and the
  /// position's title: the candidate is not coached to say either.
  public static func forInterview(description: String?, company: String, position: String)
    -> [String]?
  {
    guard let description, description.contains(where: { !$0.isWhitespace }) else { return nil }
    return extract(from: description, excluding: [company, position])
  }
}
