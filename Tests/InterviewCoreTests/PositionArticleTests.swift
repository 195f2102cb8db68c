import Testing

@testable import InterviewCore

@Suite("placeholder articles")
struct PositionArticleTests {
  @Test(
    "{a_position} puts the article English says before the title",
    arguments: [
      ("Engineering Manager", "an Engineering Manager"), ("Analyst", "an Analyst"),
      ("Data Analyst", "a Data Analyst"),
      ("Senior Software Engineer", "a Senior Software Engineer"),
      ("UX Designer", "a UX Designer"), ("University Liaison", "a University Liaison"),
      ("SRE", "an SRE"), ("MBA Intern", "an MBA Intern"),
      ("HR Business Partner", "an HR Business Partner"),
      ("QA Engineer", "a QA Engineer"), ("Head of Data", "the Head of Data"),
      ("Director of Engineering", "the Director of Engineering"),
      ("VP of Sales", "the VP of Sales"),
      ("Chief of Staff", "the Chief of Staff"), ("President", "the President"),
      ("Urban Planner", "an Urban Planner"), ("Utility Engineer", "a Utility Engineer"),
      ("European Sales Lead", "a European Sales Lead"),
      ("Hourly Supervisor", "an Hourly Supervisor"),
      ("Operations Lead", "an Operations Lead"), ("SALES LEAD", "a SALES LEAD"),
      ("X-ray Technician", "an X-ray Technician"),
    ])
  func article(position: String, expected: String) {
    #expect(PositionArticle.withArticle(position) == expected)
    #expect(
      Placeholder.fill("How you work as {a_position}.", company: "Acme", position: position)
        == "How you work as \(expected).")
  }

  @Test func anEmptyTitleTakesNoArticle() {
    #expect(PositionArticle.withArticle("") == "")
  }

  @Test func practiceReadsThisRoleWithoutAnArticle() {
    let question = Question(
      id: "q", text: "What would you change as {a_position}? Is {a_position} hard?",
      targetSeconds: 90)
    let card = DeckCard(
      key: CardKey(deckID: "d", questionID: "q"), deckTitle: "D", segment: .culture,
      segmentTitle: "Culture", interviewer: "HR", question: question)
    #expect(card.text == "What would you change in this role? Is this role hard?")
  }

  @Test func deckCheckAcceptsTheNewPlaceholderAndNamesItAmongTheAllowed() {
    #expect(
      deckErrors(minimalDeck().replacing("yourself.", with: "yourself as {a_position}.")) == [
        "loaded"
      ])
    #expect(
      deckErrors(minimalDeck().replacing("yourself.", with: "yourself as {an_position}."))
        == [
          "deck.yaml:7:15: error: in 'text': unknown placeholder '{an_position}'; "
            + "only {company}, {position} and {a_position} may be used"
        ])
  }
}

/// Every bundled text that names the position reads as English with a title that starts with a
/// vowel, one that starts with a consonant, and one that names a single post.
@Suite("bundled questions read with any title")
struct BundledPlaceholderTextTests {
  static let titles = ["Engineering Manager", "Data Analyst", "Head of Data"]

  /// Words that make a bare title read right before it ("our Data Analyst") or, with "role"
  /// after it, as a modifier ("the Data Analyst role").
  static let determiners: Set<String> = ["this", "that", "our", "your", "my"]
  static let nounsAfter: Set<String> = ["role", "position", "job"]

  /// What reads wrong in `text` around each `title`, if anything.
  static func problems(in text: String, title: String) -> [String] {
    let article = PositionArticle.article(for: title) ?? ""
    var found: [String] = []
    var searchStart = text.startIndex
    while let range = text.range(of: title, range: searchStart..<text.endIndex) {
      searchStart = range.upperBound
      let before =
        text[..<range.lowerBound].split(separator: " ").last.map { $0.lowercased() } ?? ""
      let after =
        text[range.upperBound...].split(whereSeparator: { $0 == " " || $0.isPunctuation }).first
        .map { $0.lowercased() } ?? ""
      let reads: Bool
      switch before {
      case "a", "an",
        "the" where !nounsAfter.contains(after):
        reads = before == article
      case "the": reads = true
      case _ where determiners.contains(before): reads = true
      case "as": reads = article == "the"
      default: reads = false
      }
      if !reads { found.append("'\(before) \(title)' in: \(text)") }
    }
    return found
  }

  /// Every text of the bundled decks a placeholder may stand in, with where it comes from.
  static func bundledTexts() -> [(where: String, text: String)] {
    var texts: [(String, String)] = []
    for deck in DeckLibrary.bundled().decks {
      for segment in deck.segments {
        for question in segment.questions {
          let place = "\(deck.id)/\(question.id)"
          texts.append((place, question.text))
          texts += (question.followUps + question.tips).map { (place, $0) }
        }
        texts += segment.probes.values.flatMap { $0 }.map { ("\(deck.id) probes", $0) }
      }
    }
    texts += SegmentKind.allCases.map { ("intro \($0)", InterviewPlanner.intro(for: $0)) }
    return texts
  }

  @Test("the checker itself catches the mistakes it is for")
  func checkerCatchesMistakes() {
    #expect(
      !Self.problems(in: "How you work as Engineering Manager?", title: "Engineering Manager")
        .isEmpty)
    #expect(
      !Self.problems(in: "As a Engineering Manager, what?", title: "Engineering Manager").isEmpty)
    #expect(
      !Self.problems(in: "Why should we choose you for Data Analyst?", title: "Data Analyst")
        .isEmpty)
    #expect(!Self.problems(in: "How does Data Analyst move you on?", title: "Data Analyst").isEmpty)
    #expect(!Self.problems(in: "Work as the Data Analyst?", title: "Data Analyst").isEmpty)
    #expect(Self.problems(in: "Work as Head of Data?", title: "Head of Data").isEmpty)
    #expect(
      Self.problems(in: "Choose you for the Data Analyst role?", title: "Data Analyst").isEmpty)
    #expect(
      Self.problems(in: "Work as an Engineering Manager.", title: "Engineering Manager").isEmpty)
  }

  @Test("every bundled text with {position} or {a_position} reads right", arguments: titles)
  func bundledTextsRead(title: String) {
    let texts = Self.bundledTexts()
    #expect(texts.contains { $0.text.contains("{a_position}") })
    var checked = 0
    for (place, text) in texts where text.contains("{position}") || text.contains("{a_position}") {
      let filled = Placeholder.fill(text, company: "Acme", position: title)
      #expect(!filled.contains("{"), "\(place): \(filled)")
      #expect(Self.problems(in: filled, title: title) == [], "\(place)")
      checked += 1
    }
    #expect(checked >= 8, "only \(checked) texts name the position")
  }
}
