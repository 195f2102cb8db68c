import Foundation

/// Facts about the decks shipped in `Assets/Decks`, as the tests expect to see them.
enum Bundled {
  /// The general deck's id.
  static let generalID = "second-interview"
  /// The general deck's segments, in file order.
  static let generalSegments = ["behavioural", "technical", "culture", "salary", "questions"]
  /// Each role pack's deck id and the role id its questions carry.
  static let rolePacks: [(deck: String, role: String)] = [
    ("data-analysis", "data"),
    ("product-management", "product"),
    ("sales-customer-success", "sales"),
    ("software-engineering", "software"),
  ]
  /// Every bundled deck id, in listing order: the general deck, then the role packs by id.
  static let ids = [generalID] + rolePacks.map(\.deck)
  /// The bundled deck files.
  static let fileNames = [
    "role-data-analysis.yaml", "role-product-management.yaml",
    "role-sales-customer-success.yaml", "role-software-engineering.yaml",
    "second-interview.yaml",
  ]

  /// The package root, found from this file's path (Tests/EndToEndTests/Fixtures.swift).
  static func packageRoot(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The absolute paths of the bundled deck files in the source tree.
  static var filePaths: [String] {
    let decks = packageRoot().appendingPathComponent("Assets/Decks")
    return fileNames.map { decks.appendingPathComponent($0).path }
  }
}

/// One element of `decks list --json`.
struct DeckSummary: Decodable {
  var id: String
  var title: String
  var source: String
  var questions: Int
  var segments: [String: Int]
  var roles: [String]
}

/// The object `decks show --json` prints.
struct DeckDetail: Decodable {
  struct Segment: Decodable {
    var id: String
    var title: String
    var interviewer: String
    var targetSeconds: Int
    var order: String
    var questions: [Question]
    var probes: [String: [String]]

    enum CodingKeys: String, CodingKey {
      case id, title, interviewer, order, questions, probes
      case targetSeconds = "target_seconds"
    }
  }

  struct Question: Decodable {
    var id: String
    var text: String
    var targetSeconds: Int
    var roles: [String]
    var followUps: [String]
    var tips: [String]
    var after: String?
    var needs: String?

    enum CodingKeys: String, CodingKey {
      case id, text, roles, tips, after, needs
      case targetSeconds = "target_seconds"
      case followUps = "follow_ups"
    }
  }

  var id: String
  var title: String
  var source: String
  var segments: [Segment]

  /// Every question of every segment.
  var questions: [Question] { segments.flatMap(\.questions) }
}

/// Decoding the binary's JSON output.
enum JSONOutput {
  /// `decks list --json` output as summaries.
  static func list(_ result: RunResult) throws -> [DeckSummary] {
    try JSONDecoder().decode([DeckSummary].self, from: Data(result.stdout.utf8))
  }

  /// `decks show --json` output as a deck.
  static func deck(_ result: RunResult) throws -> DeckDetail {
    try JSONDecoder().decode(DeckDetail.self, from: Data(result.stdout.utf8))
  }
}

/// Small deck files for the tests.
enum SampleDeck {
  /// A valid deck with one behavioural question; `id` and `title` are filled in.
  static func valid(id: String, title: String = "A user deck") -> String {
    """
    id: \(id)
    title: \(title)
    segments:
      - id: behavioural
        target: 90s
        questions:
          - id: first
            text: Tell me about a launch you led.
            follow-ups:
              - What went wrong?
            tips:
              - Ownership and a result.
          - id: second
            text: Why {company}?
      - id: technical
        questions:
          - id: data-only
            text: How do you check a metric moved for real?
            roles: [data]

    """
  }

  /// A deck with three mistakes: a misspelled segment id (4:9), a question without `text`
  /// (6:9) and a misspelled key (7:9).
  static let broken = """
    id: broken
    title: Broken
    segments:
      - id: behavioral
        questions:
          - id: q1
            txt: Hello

    """

  /// The exact diagnostics `broken` yields, without the `PATH:` prefix.
  static let brokenDiagnostics = [
    "4:9: error: unknown segment id 'behavioral'; use one of: behavioural, technical, culture, salary, questions",
    "6:9: error: a question needs 'text'",
    "7:9: error: unknown key 'txt' in a question; did you mean 'text'? allowed: id, text, target, roles, follow-ups, tips, tags, after, needs",
  ]

  /// A deck whose YAML does not parse: an unclosed flow sequence on line 5.
  static let badYAML = """
    id: bad-yaml
    title: Bad YAML
    segments:
      - id: behavioural
        questions: [one, two

    """
}
