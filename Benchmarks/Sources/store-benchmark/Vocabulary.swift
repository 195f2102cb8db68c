/// The words and questions the generated transcripts are made of.
///
/// Common words come first and are drawn far more often than later ones; a few words are rare
/// or very rare, so a search can be timed for a word in nearly every answer and for one in a few
/// dozen; some are accented, decomposed or CJK, so the index and snippets meet real Unicode.
enum Vocabulary {
  /// Everyday words, most frequent first. "team" is near the top: the common-word search.
  static let common: [String] = """
    the we team and to a I of it in that was my with for on our they this project so \
    we had about then what time how customer work when data product release lead people \
    manager engineer problem because service week decision but process feedback user plan \
    worked which code review there result change quality metric goal risk first more system \
    would make could after an by from issue design deadline stakeholder priority scope budget \
    test production incident outage migration database latency queue cache deploy rollback \
    leader leadership leading led leads mentor hire interview growth career conflict trust \
    colleague estimate sprint roadmap launch revenue cost performance reliability security \
    documentation onboarding architecture API platform pipeline dashboard alert on-call \
    learned improved reduced increased measured agreed disagreed explained proposed shipped \
    fixed built tested reviewed planned delivered owned escalated negotiated prioritised \
    quickly carefully finally together clearly early late again instead also still only \
    small large hard simple complex critical important new old next last same different \
    because although while before during since until unless whether therefore however \
    month quarter year day hour minute weekend morning evening afternoon \
    one two three four five ten twenty fifty hundred percent half most some every each
    """.split(separator: " ").map(String.init)

  /// Two-word phrases mixed in as one draw, so a phrase search has adjacent pairs to find.
  static let phrases = [
    "code review", "root cause", "post mortem", "technical debt", "user research",
    "error budget", "feature flag", "load test", "design doc", "pair programming",
  ]

  /// Drawn about once in 2,000 words: each turns up in a few hundred answers.
  static let rare = """
    idempotent backpressure sharding kubernetes terraform observability heuristics \
    serendipity equanimity retrospective cadence ergonomics provenance quorum throttling \
    deduplication monorepo bikeshedding yak shaving
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

  /// Drawn about once in 300,000 words: a few dozen answers each. "quokka" is the rare search.
  static let veryRare = ["quokka", "axolotl", "pangolin", "narwhal", "okapi"]

  /// Accented (precomposed and decomposed), CJK and other non-ASCII words, about one in 400.
  static let international = [
    "résumé", "café", "naïve", "façade", "Zürich", "São Paulo", "déjà vu", "über", "jalapeño",
    "cafe\u{301}", "coöperation", "Kraków", "Malmö", "日本語", "東京", "中文", "北京", "한국어",
    "データ", "チーム", "Ελλάδα", "Москва", "🙂",
  ]

  /// The segments in interview order, with each one's target answer time in milliseconds.
  static let segments: [(kind: String, target: Int)] = [
    ("behavioural", 120_000), ("technical", 180_000), ("culture", 90_000), ("salary", 60_000),
    ("questions", 60_000),
  ]

  /// A deck question: its id and its words, where `{company}` is filled per session.
  struct Question {
    let id: String
    let text: String
  }

  /// Deck questions per segment, favourite first (the generator draws them skewed).
  static let questions: [String: [Question]] = {
    let behaviouralTopics = [
      "a conflict with a colleague", "a project that failed", "a decision you made without data",
      "disagreeing with your manager", "mentoring someone", "a deadline you missed",
      "influencing without authority", "taking ownership of a mess", "giving hard feedback",
      "a mistake that reached production", "changing your mind", "leading a migration",
      "a difficult stakeholder", "cutting scope", "an outage you handled",
    ]
    let technicalTopics = [
      "design a rate limiter", "scale a read-heavy service", "debug a memory leak",
      "choose between SQL and NoSQL", "design a job queue", "make a deploy safe to roll back",
      "find a slow query", "design an audit log", "cache invalidation", "shard a database",
      "design a feature-flag system", "reduce p99 latency",
    ]
    let cultureTopics = [
      "how you like to receive feedback", "what makes a team work", "remote collaboration",
      "how you handle on-call", "what you do when you disagree", "how you learn",
      "why {company}", "what you value in a manager",
    ]
    let salaryTopics = [
      "your salary expectations at {company}", "your current package", "an offer below range",
      "equity versus cash",
    ]
    let candidateTopics = [
      "how the team measures success", "the on-call load", "the next twelve months at {company}",
      "how decisions get made", "what the last person in the role moved on to",
      "the biggest risk to the roadmap",
    ]
    func deck(_ prefix: String, _ topics: [String], _ frame: String) -> [Question] {
      topics.enumerated().map { index, topic in
        Question(
          id: "\(prefix)-\(index + 1)", text: frame.replacingOccurrences(of: "#", with: topic))
      }
    }
    return [
      "behavioural": deck("beh", behaviouralTopics, "Tell me about #."),
      "technical": deck("tech", technicalTopics, "How would you #?"),
      "culture": deck("cult", cultureTopics, "Talk to me about #."),
      "salary": deck("sal", salaryTopics, "Let's discuss #."),
      "questions": deck("ask", candidateTopics, "Ask about #."),
    ]
  }()

  /// Follow-ups, asked by their words (no id of their own), favourite first.
  static let followUps = [
    "What would you do differently?", "What was the outcome?", "How did you measure success?",
    "Who else was involved?", "What did you learn?", "How did the others react?",
    "What was the hardest part?", "Why that approach?",
  ]

  /// The reflection prompt at the end of every finished session.
  static let reflection = "What would you answer differently next time?"

  static let companies = [
    "Acme Analytics", "Birch & Co", "Cedar Health", "Delta Logistics", "Ember Games",
    "Fjord Energy", "Granite Bank", "Harbor Labs", "Iris Media", "Juniper Retail",
    "Kestrel AI", "Lumen Robotics", "Mosaic Travel", "Nimbus Cloud", "Orchid Foods",
    "Pioneer Insurance", "Quill Publishing", "Rivet Manufacturing", "Sable Security",
    "Tundra Maps", "Umbra Studio", "Vertex Telecom", "Willow Schools", "Xylo Music",
    "Yonder Mobility", "Zenith Pharma", "株式会社サクラ", "Société Générale des Données",
  ]
  static let positions = [
    "Staff Engineer", "Senior Backend Engineer", "Engineering Manager", "Platform Engineer",
    "Site Reliability Engineer", "Principal Engineer", "Data Engineer", "Tech Lead",
  ]
  static let decks = [
    ("backend-staff", "Backend: staff level"), ("manager", "Engineering manager"),
    ("sre", "Site reliability"), ("general", "General second round"),
  ]
}
