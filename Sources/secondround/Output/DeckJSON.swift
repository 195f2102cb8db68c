import InterviewCore

/// One line of `decks list --json`.
struct DeckSummaryJSON: Encodable {
  var id: String
  var title: String
  var description: String?
  var source: String
  var questions: Int
  var segments: [String: Int]
  /// The ROLES column's entries: "any" first when some questions name no role.
  var roles: [String]

  init(_ deck: Deck) {
    id = deck.id
    title = deck.title
    description = deck.description
    source = deck.source.label
    questions = deck.questionCount
    segments = Dictionary(
      deck.segments.map { ($0.kind.rawValue, $0.questions.count) }, uniquingKeysWith: +)
    roles = deck.listedRoles
  }
}

/// A whole deck, as `decks show --json` prints it.
struct DeckJSON: Encodable {
  struct SegmentJSON: Encodable {
    var id: String
    var title: String
    var interviewer: String
    var targetSeconds: Int
    /// `as-written` or `random`, always written.
    var order: String
    var questions: [QuestionJSON]
    /// The segment's probes by kind (`result`, `action`, `quantified`, `names_figure`); an
    /// empty object when the deck writes none, so consumers need not test for the key.
    var probes: [String: [String]]

    enum CodingKeys: String, CodingKey {
      case id, title, interviewer, order, questions, probes
      case targetSeconds = "target_seconds"
    }
  }

  struct QuestionJSON: Encodable {
    var id: String
    var text: String
    var targetSeconds: Int
    var roles: [String]
    var followUps: [String]
    var tips: [String]
    var tags: [String]
    /// The id of the question this one comes after, or null.
    var after: String?
    /// What must have been said before it is asked (`figure`), or null.
    var needs: String?

    enum CodingKeys: String, CodingKey {
      case id, text, roles, tips, tags, after, needs
      case targetSeconds = "target_seconds"
      case followUps = "follow_ups"
    }

    // Written by hand so `after` and `needs` are null rather than missing: every question has
    // the same keys.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(text, forKey: .text)
      try container.encode(targetSeconds, forKey: .targetSeconds)
      try container.encode(roles, forKey: .roles)
      try container.encode(followUps, forKey: .followUps)
      try container.encode(tips, forKey: .tips)
      try container.encode(tags, forKey: .tags)
      try container.encode(after, forKey: .after)
      try container.encode(needs, forKey: .needs)
    }
  }

  var id: String
  var title: String
  var description: String?
  var source: String
  var segments: [SegmentJSON]

  init(_ deck: Deck) {
    id = deck.id
    title = deck.title
    description = deck.description
    source = deck.source.label
    segments = deck.segments.map { segment in
      SegmentJSON(
        id: segment.kind.rawValue, title: segment.title, interviewer: segment.interviewer,
        targetSeconds: segment.targetSeconds, order: segment.order.rawValue,
        questions: segment.questions.map { question in
          QuestionJSON(
            id: question.id, text: question.text, targetSeconds: question.targetSeconds,
            roles: question.roles, followUps: question.followUps, tips: question.tips,
            tags: question.tags, after: question.after, needs: question.needs?.rawValue)
        }, probes: segment.probes)
    }
  }
}
