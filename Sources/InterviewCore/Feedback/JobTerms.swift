/// The key terms of a job description, and which of them (and of a question's tips) an answer
/// used.
public enum JobTerms {
  /// The key terms of `description`: its content words and two-word phrases that matter, the
  /// most telling first, at most `limit`. Stop words and the words every posting uses
  /// ("experience", "ability") are never terms.
  public static func extract(
    from description: String, limit: Int = 20, lexicon: FeedbackLexicon = .standard
  ) -> [String] {
    let text = AnswerText(description, lexicon: lexicon)
    var counts: [String: Int] = [:]
    var firstSeen: [String: Int] = [:]
    var order = 0
    func count(_ term: String, weight: Int) {
      counts[term, default: 0] += weight
      if firstSeen[term] == nil {
        firstSeen[term] = order
        order += 1
      }
    }
    let tokens = text.tokens
    for (index, token) in tokens.enumerated() where isContent(token, lexicon) {
      let term = display(token)
      // Names of tools ("SQL", "Kubernetes", "C++"-like) weigh more than ordinary words.
      count(
        term,
        weight: token.isCapitalized && index > 0 && tokens[index - 1].sentence == token.sentence
          ? 2 : 1)
      if index + 1 < tokens.count, tokens[index + 1].clause == token.clause,
        isContent(tokens[index + 1], lexicon)
      {
        count(term + " " + display(tokens[index + 1]), weight: 2)
      }
    }
    // A phrase seen once is noise unless both its words are terms of their own.
    let ranked = counts.filter { term, weight in
      !term.contains(" ") || weight >= 4
        || term.split(separator: " ").allSatisfy { (counts[String($0)] ?? 0) >= 2 }
    }.sorted { left, right in
      left.value != right.value
        ? left.value > right.value : (firstSeen[left.key] ?? 0) < (firstSeen[right.key] ?? 0)
    }.map(\.key)
    var terms: [String] = []
    for term in ranked where terms.count < limit {
      // A phrase already chosen covers its words; a word already chosen does not cover phrases.
      if !term.contains(" "),
        terms.contains(where: { $0.split(separator: " ").contains(Substring(term)) })
      {
        continue
      }
      terms.append(term)
    }
    return terms
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

  /// A term as shown: tool names keep their capitals ("SQL"), other words are lower case.
  private static func display(_ token: AnswerToken) -> String {
    let capitals = token.text.unicodeScalars.filter { $0.properties.isUppercase }.count
    return capitals >= 2 ? token.text : token.lower
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
