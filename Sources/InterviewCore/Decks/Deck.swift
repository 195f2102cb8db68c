/// The five parts a second interview really has, in their usual order.
public enum SegmentKind: String, CaseIterable, Codable, Sendable {
  case behavioural, technical, culture, salary, questions

  /// The title shown when a deck does not give one.
  public var defaultTitle: String {
    switch self {
    case .behavioural: return "Behavioural"
    case .technical: return "Technical & problem-solving"
    case .culture: return "Culture & team fit"
    case .salary: return "Salary & the offer"
    case .questions: return "Your questions for us"
    }
  }

  /// The persona who asks, when a deck does not name one.
  public var defaultInterviewer: String {
    switch self {
    case .behavioural, .questions: return "Hiring manager"
    case .technical: return "Team lead"
    case .culture, .salary: return "HR partner"
    }
  }

  /// The probes an interviewer may ask in this segment, in the order gaps are tried: what
  /// `ProbeChooser.gaps(in:segment:)` can find missing here, so a deck never holds a probe that
  /// could not be asked.
  public var probeKinds: [ProbeKind] {
    switch self {
    case .behavioural, .technical: return [.result, .action, .quantified]
    case .culture: return [.result, .action]
    case .salary: return [.namesFigure]
    case .questions: return []
    }
  }

  /// The answer time aimed for, in seconds, when a deck does not set one.
  public var defaultTargetSeconds: Int {
    switch self {
    case .behavioural: return 120
    case .technical: return 180
    case .culture, .salary: return 90
    case .questions: return 60
    }
  }
}

/// The order a segment's questions are asked in.
public enum QuestionOrder: String, CaseIterable, Codable, Sendable {
  /// In the order the file writes them, as a script.
  case asWritten = "as-written"
  /// Drawn at random (the default).
  case random
}

/// What the candidate must have said earlier in the interview before a question makes sense.
public enum QuestionCondition: String, CaseIterable, Codable, Sendable {
  /// A salary figure or range, as the feedback analysis finds it (`names_figure`).
  case figure
}

/// One question of a deck, with what the interviewer listens for.
public struct Question: Equatable, Sendable {
  /// Stable id, unique within its deck; history follows it across edits.
  public var id: String
  /// The question as asked; may hold `{company}` and `{position}`.
  public var text: String
  /// The answer time aimed for, in seconds.
  public var targetSeconds: Int
  /// The roles the question is for; empty means every role.
  public var roles: [String]
  /// Questions the interviewer may ask after the answer.
  public var followUps: [String]
  /// What the interviewer is listening for.
  public var tips: [String]
  /// Free labels for filtering.
  public var tags: [String]
  /// The id of the question in the same segment that must be asked before this one; this one
  /// is planned only when that one is.
  public var after: String?
  /// What the candidate must have said before this question is asked, if anything.
  public var needs: QuestionCondition?

  /// A question; only `id` and `text` are required.
  public init(
    id: String, text: String, targetSeconds: Int, roles: [String] = [],
    followUps: [String] = [], tips: [String] = [], tags: [String] = [], after: String? = nil,
    needs: QuestionCondition? = nil
  ) {
    self.after = after
    self.needs = needs
    self.id = id
    self.text = text
    self.targetSeconds = targetSeconds
    self.roles = roles
    self.followUps = followUps
    self.tips = tips
    self.tags = tags
  }

  /// Whether the question belongs in an interview for `role` (nil: any role).
  public func isFor(role: String?) -> Bool {
    guard let role, !roles.isEmpty else { return true }
    return roles.contains(role)
  }
}

/// One segment of a deck: who asks, how long answers should take, and the questions.
public struct Segment: Equatable, Sendable {
  /// Which part of the interview this is.
  public var kind: SegmentKind
  /// The heading shown for the segment.
  public var title: String
  /// The persona who asks.
  public var interviewer: String
  /// The default answer time aimed for, in seconds.
  public var targetSeconds: Int
  /// The questions, in file order.
  public var questions: [Question]
  /// What this segment's interviewer asks when an answer lacks something, by `ProbeKind` raw
  /// value (`result`, `action`, `quantified`, `names_figure`), in their own words.
  public var probes: [String: [String]]
  /// Whether the questions are asked as written or drawn at random.
  public var order: QuestionOrder

  /// A segment of `kind` holding `questions`.
  public init(
    kind: SegmentKind, title: String, interviewer: String, targetSeconds: Int,
    questions: [Question], probes: [String: [String]] = [:], order: QuestionOrder = .random
  ) {
    self.order = order
    self.kind = kind
    self.title = title
    self.interviewer = interviewer
    self.targetSeconds = targetSeconds
    self.questions = questions
    self.probes = probes
  }
}

/// Where a deck came from.
public enum DeckSource: Equatable, Sendable {
  /// Shipped inside the binary, from the named file in `Assets/Decks`.
  case bundled(fileName: String)
  /// Read from a file the user wrote.
  case file(path: String)

  /// The path errors name: the file's, or `bundled/FILE` for a deck inside the binary.
  public var path: String {
    switch self {
    case .bundled(let fileName): return "bundled/\(fileName)"
    case .file(let path): return path
    }
  }

  /// `bundled`, or the file's path, as `decks list` shows it.
  public var label: String {
    switch self {
    case .bundled: return "bundled"
    case .file(let path): return path
    }
  }
}

/// A validated question deck.
public struct Deck: Equatable, Sendable {
  /// Unique among loaded decks; `[a-z0-9-]+`.
  public var id: String
  /// The deck's name.
  public var title: String
  /// One line on what the deck is for.
  public var description: String?
  /// The segments, in file order.
  public var segments: [Segment]
  /// Where the deck was loaded from.
  public var source: DeckSource

  /// A deck built from its parts.
  public init(
    id: String, title: String, description: String?, segments: [Segment], source: DeckSource
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.segments = segments
    self.source = source
  }

  /// Every question of every segment.
  public var questionCount: Int { segments.reduce(0) { $0 + $1.questions.count } }

  /// Every role some question names, sorted.
  public var roles: [String] {
    Set(segments.flatMap { $0.questions.flatMap(\.roles) }).sorted()
  }

  /// The deck with only the questions for `role`, dropping segments left empty.
  public func filtered(forRole role: String?) -> Deck {
    var copy = self
    copy.segments = segments.compactMap { segment in
      var kept = segment
      kept.questions = segment.questions.filter { $0.isFor(role: role) }
      return kept.questions.isEmpty ? nil : kept
    }
    return copy
  }
}
