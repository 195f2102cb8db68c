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
    var questions: [QuestionJSON]
    /// The segment's probes by kind (`result`, `action`, `quantified`, `names_figure`); an
    /// empty object when the deck writes none, so consumers need not test for the key.
    var probes: [String: [String]]

    enum CodingKeys: String, CodingKey {
      case id, title, interviewer, questions, probes
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

    enum CodingKeys: String, CodingKey {
      case id, text, roles, tips, tags
      case targetSeconds = "target_seconds"
      case followUps = "follow_ups"
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
        targetSeconds: segment.targetSeconds,
        questions: segment.questions.map { question in
          QuestionJSON(
            id: question.id, text: question.text, targetSeconds: question.targetSeconds,
            roles: question.roles, followUps: question.followUps, tips: question.tips,
            tags: question.tags)
        }, probes: segment.probes)
    }
  }
}
