/// The setup form shown before an interview: each field of `RehearsalSettings`, one focused.
public struct SetupForm: Equatable, Sendable {
  /// The form's fields, top to bottom.
  public enum Field: Int, CaseIterable, Sendable {
    case company, position, deck, role, rolePack, segments, questionsPerSegment, mode
    case voice, recordingStart, followUps, feedback, salaryRange, walkAway, interviewers
    case jobDescription, start

    /// The label shown beside the field.
    public var label: String {
      switch self {
      case .company: return "Company"
      case .position: return "Position"
      case .deck: return "Deck"
      case .role: return "Role"
      case .rolePack: return "Role pack"
      case .segments: return "Segments"
      case .questionsPerSegment: return "Questions each"
      case .mode: return "Answers"
      case .voice: return "Voice"
      case .recordingStart: return "Recording starts"
      case .followUps: return "Follow-ups"
      case .feedback: return "Feedback"
      case .salaryRange: return "Salary range"
      case .walkAway: return "Walk-away"
      case .interviewers: return "Interviewers"
      case .jobDescription: return "Job description"
      case .start: return "Start the interview"
      }
    }

    /// Whether the field holds free text (so keys type into it).
    public var isText: Bool {
      switch self {
      case .company, .position, .segments, .salaryRange, .walkAway, .interviewers,
        .jobDescription:
        return true
      case .deck, .role, .rolePack, .questionsPerSegment, .mode, .voice, .recordingStart,
        .followUps, .feedback, .start:
        return false
      }
    }
  }

  /// A deck the form can offer.
  public struct DeckChoice: Equatable, Sendable {
    /// The deck's id.
    public var id: String
    /// The deck's title.
    public var title: String

    /// A choice of deck.
    public init(id: String, title: String) {
      self.id = id
      self.title = title
    }
  }

  /// What the form asks of the runtime after an action.
  public enum Outcome: Equatable, Sendable {
    /// Start an interview with these settings.
    case start(RehearsalSettings)
    /// Leave the form without starting.
    case cancel
  }

  /// The focused field.
  public private(set) var focus: Field = .company
  /// The text of every text field.
  public private(set) var texts: [Field: AnswerBuffer]
  /// The decks to choose from.
  public let decks: [DeckChoice]
  /// Index of the chosen deck.
  public private(set) var deckIndex: Int
  /// The roles to choose from; nil is "any role".
  public let roles: [String?]
  /// Index of the chosen role.
  public private(set) var roleIndex: Int
  /// Questions asked per segment.
  public private(set) var questionsPerSegment: Int
  /// Typed or spoken answers.
  public private(set) var mode: AnswerMode
  /// Whether the panel reads each question aloud.
  public private(set) var voice: Bool
  /// When a spoken answer's recording starts.
  public private(set) var recordingStart: RecordingStart
  /// Whether the role pack is drawn from even when the deck has enough for the role.
  public private(set) var rolePack: Bool
  /// Whether follow-ups are asked.
  public private(set) var followUps: Bool
  /// When coaching feedback shows.
  public private(set) var feedback: FeedbackTiming
  /// The job description the form was prefilled with, as given (a `--job` file keeps its line
  /// breaks while the field, one line, shows them as spaces).
  private let givenJobDescription: String?
  /// The seed the interview will be drawn with.
  public let seed: UInt64
  /// Why the form cannot start yet, shown under it.
  public private(set) var problem: String?
  /// Every field's value as the form opened, to tell whether leaving loses anything.
  private var opened: [String] = []
  /// Whether the form is asking whether to discard what was typed (Esc after a change).
  public private(set) var isConfirmingDiscard = false

  /// A form prefilled from `settings`, offering `decks` and `roles`.
  public init(settings: RehearsalSettings, decks: [DeckChoice], roles: [String]) {
    self.decks = decks
    self.roles = [nil] + roles.map(Optional.some)
    deckIndex = decks.firstIndex { $0.id == settings.deckID } ?? 0
    roleIndex = self.roles.firstIndex { $0 == settings.role } ?? 0
    questionsPerSegment = settings.questionsPerSegment
    mode = settings.mode
    voice = settings.readsQuestionsAloud
    recordingStart = settings.recordingStarts
    followUps = settings.followUps
    rolePack = settings.usesRolePack
    feedback = settings.feedbackTiming
    givenJobDescription = settings.jobDescription
    seed = settings.seed
    texts = [
      .company: AnswerBuffer(text: settings.company),
      .position: AnswerBuffer(text: settings.position),
      .segments: AnswerBuffer(text: settings.segments.map(\.rawValue).joined(separator: ",")),
      .salaryRange: AnswerBuffer(text: settings.salaryRange ?? ""),
      .walkAway: AnswerBuffer(text: settings.walkAway ?? ""),
      .interviewers: AnswerBuffer(text: settings.interviewers ?? ""),
      .jobDescription: AnswerBuffer(text: Self.joiningLines(settings.jobDescription ?? "")),
    ]
    opened = Field.allCases.map(value)
  }

  /// `text` made one line for the job description field: every run of blanks holding a line
  /// break becomes one space, tabs become spaces, and other control characters go, since a
  /// paste from a web page or a PDF may carry them.
  public static func joiningLines(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingBlank = String.UnicodeScalarView()
    var blankHasBreak = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        if scalar == "\t" {
          pendingBlank.append(" ")
        } else if Character(scalar).isNewline {
          blankHasBreak = true
        } else {
          pendingBlank.append(scalar)
        }
        continue
      }
      if blankHasBreak {
        // A line break between words is a word gap; one at the start or end is nothing.
        if !result.isEmpty { result.append(" ") }
      } else {
        result.append(contentsOf: pendingBlank)
      }
      pendingBlank = String.UnicodeScalarView()
      blankHasBreak = false
      if !scalar.isForbiddenControl { result.append(scalar) }
    }
    if !blankHasBreak { result.append(contentsOf: pendingBlank) }
    return String(result)
  }

  /// How many words the job description field holds.
  public var jobDescriptionWords: Int { texts[.jobDescription]?.wordCount ?? 0 }

  /// The text of a text field.
  public func text(_ field: Field) -> String { texts[field]?.text ?? "" }

  /// The value a field shows.
  public func value(_ field: Field) -> String {
    switch field {
    case .deck: return decks.isEmpty ? "" : decks[deckIndex].id
    case .role: return roles[roleIndex] ?? "any"
    case .rolePack: return rolePack ? "always" : "if needed"
    case .questionsPerSegment: return String(questionsPerSegment)
    case .mode: return mode.rawValue
    case .voice: return voice ? "on" : "off"
    case .recordingStart: return recordingStart.label
    case .followUps: return followUps ? "on" : "off"
    case .feedback: return Self.name(of: feedback)
    case .start: return ""
    case .company, .position, .segments, .salaryRange, .walkAway, .interviewers, .jobDescription:
      return text(field)
    }
  }

  /// A feedback timing as the form shows it: "after each", "at the end", "off".
  public static func name(of timing: FeedbackTiming) -> String {
    switch timing {
    case .afterEach: return "after each"
    case .end: return "at the end"
    case .off: return "off"
    }
  }

  /// The fields shown, top to bottom: the voice and when recording starts only for spoken
  /// answers, the only ones they change.
  public var fields: [Field] {
    guard mode == .typed else { return Field.allCases }
    return Field.allCases.filter { $0 != .voice && $0 != .recordingStart }
  }

  /// Moves the focus to the next (`offset` 1) or previous (-1) field shown, wrapping around.
  public mutating func moveFocus(_ offset: Int) {
    let shown = fields
    let index = shown.firstIndex(of: focus) ?? 0
    let count = shown.count
    focus = shown[((index + offset) % count + count) % count]
  }

  /// Applies an edit: to the text of a text field, or, on a choice field, Left/Right and Space
  /// change the value.
  public mutating func edit(_ command: EditCommand) {
    problem = nil
    if focus.isText {
      // One line per field: a line break means nothing here.
      if case .lineBreak = command { return }
      if case .insert(let text) = command,
        focus == .jobDescription || text.contains(where: \.isNewline)
      {
        // A paste of several lines keeps its words apart, in every field: its lines join with
        // spaces. A job description is cleaned so whatever is pasted.
        texts[focus]?.apply(.insert(Self.joiningLines(text)))
        return
      }
      texts[focus]?.apply(command)
      return
    }
    switch command {
    case .left: change(by: -1)
    case .right, .insert(" "): change(by: 1)
    default: break
    }
  }

  /// Whether any field differs from how the form opened: leaving then asks first.
  public var hasChanges: Bool { Field.allCases.map(value) != opened }

  /// Esc: leaves at once when nothing was changed; otherwise asks first, since leaving drops
  /// what was typed.
  public mutating func cancel() -> Outcome? {
    guard hasChanges else { return .cancel }
    isConfirmingDiscard = true
    return nil
  }

  /// The answer to "discard what was typed?": yes leaves, no goes back to the form as it was.
  public mutating func confirmDiscard(_ discard: Bool) -> Outcome? {
    isConfirmingDiscard = false
    return discard ? .cancel : nil
  }

  /// Enter: on the last field starts, elsewhere moves on.
  public mutating func submit() -> Outcome? {
    guard focus == .start else {
      moveFocus(1)
      return nil
    }
    return start()
  }

  /// Starts from any field, or shows why it cannot.
  public mutating func start() -> Outcome? {
    switch settings {
    case .success(let settings): return .start(settings)
    case .failure(let problem):
      self.problem = problem.description
      focus = field(for: problem)
      return nil
    }
  }

  /// The field a problem is about, so the focus can go where the fix is typed.
  private func field(for problem: SettingsProblem) -> Field {
    if text(.company).trimmingCharacters(in: " ").isEmpty { return .company }
    if text(.position).trimmingCharacters(in: " ").isEmpty { return .position }
    if case .failure = RehearsalSettings.segments(from: text(.segments)) { return .segments }
    if problem.description.contains("segment") { return .segments }
    if problem == Self.walkAwayProblem(text(.walkAway)) { return .walkAway }
    return focus
  }

  /// Why `text` is not a walk-away figure, or nil when it is one (or empty: it is optional).
  ///
  /// A figure has digits; around them it may have the separators a salary is written with
  /// (`85,000`, `85.000`, `85 000`, `85'000`), currency signs (`€`, `$`), a `k` or `m` after
  /// the number, and a currency code in capitals (`EUR`). Anything else ("abc", "about 80")
  /// is refused rather than kept as a walk-away the salary talk cannot use.
  public static func walkAwayProblem(_ text: String) -> SettingsProblem? {
    let trimmed = text.trimmingCharacters(in: " ")
    guard !trimmed.isEmpty else { return nil }
    let refused = SettingsProblem(
      "the walk-away is a figure such as 85k or €85,000, not '\(trimmed.inert)'")
    guard trimmed.contains(where: \.isWholeNumber) else { return refused }
    let separators: Set<Character> = [",", ".", "'", "’", " ", "\u{A0}", "\u{202F}", "\u{2009}"]
    var word = ""
    for character in trimmed + " " {
      if character.isLetter {
        word.append(character)
        continue
      }
      let isSuffix = ["k", "m"].contains(word.lowercased())
      let isCurrencyCode = word.count == 3 && word.allSatisfy { $0.isUppercase && $0.isASCII }
      guard word.isEmpty || isSuffix || isCurrencyCode else { return refused }
      word = ""
      let isCurrencySign = character.unicodeScalars.allSatisfy {
        $0.properties.generalCategory == .currencySymbol
      }
      guard character.isWholeNumber || separators.contains(character) || isCurrencySign else {
        return refused
      }
    }
    return nil
  }

  /// Shows a problem found after the form was submitted (such as a deck with no questions).
  public mutating func show(problem: String) {
    self.problem = problem
  }

  /// The settings the form describes, or the first problem with them (the focus moves to it).
  public var settings: Result<RehearsalSettings, SettingsProblem> {
    let segments: [SegmentKind]
    switch RehearsalSettings.segments(from: text(.segments)) {
    case .success(let kinds): segments = kinds
    case .failure(let problem): return .failure(problem)
    }
    let optional = { (text: String) -> String? in
      let trimmed = text.trimmingCharacters(in: " ")
      return trimmed.isEmpty ? nil : trimmed
    }
    var settings = RehearsalSettings(
      company: text(.company).trimmingCharacters(in: " "),
      position: text(.position).trimmingCharacters(in: " "),
      deckID: decks.isEmpty ? "" : decks[deckIndex].id, role: roles[roleIndex],
      segments: segments, questionsPerSegment: questionsPerSegment, mode: mode,
      followUps: followUps, salaryRange: optional(text(.salaryRange)),
      walkAway: optional(text(.walkAway)), seed: seed, jobDescription: jobDescription,
      feedback: feedback, rolePack: rolePack)
    // Left unset when off and at their defaults, as settings from before them read.
    settings.voice = voice ? true : nil
    settings.recordingStart = recordingStart == .firstKey ? nil : recordingStart
    settings.interviewers = Interviewers.normalized(text(.interviewers))
    if let problem = settings.problem { return .failure(problem) }
    if let problem = Self.walkAwayProblem(text(.walkAway)) { return .failure(problem) }
    return .success(settings)
  }

  /// The job description to start with: as given when the field was left as prefilled (so a
  /// file keeps its line breaks), else the field's text; nil when empty.
  private var jobDescription: String? {
    let shown = text(.jobDescription)
    if let given = givenJobDescription, shown == Self.joiningLines(given) {
      return shown.trimmingCharacters(in: " ").isEmpty ? nil : given
    }
    let trimmed = shown.trimmingCharacters(in: " ")
    return trimmed.isEmpty ? nil : trimmed
  }

  private mutating func change(by offset: Int) {
    switch focus {
    case .deck where !decks.isEmpty:
      deckIndex = ((deckIndex + offset) % decks.count + decks.count) % decks.count
    case .role:
      roleIndex = ((roleIndex + offset) % roles.count + roles.count) % roles.count
    case .questionsPerSegment:
      let range = RehearsalSettings.questionsPerSegmentRange
      questionsPerSegment = min(
        range.upperBound, max(range.lowerBound, questionsPerSegment + offset))
    case .mode:
      mode = mode == .typed ? .spoken : .typed
    case .voice:
      voice.toggle()
    case .recordingStart:
      recordingStart = recordingStart == .firstKey ? .atOnce : .firstKey
    case .followUps:
      followUps.toggle()
    case .rolePack:
      rolePack.toggle()
    case .feedback:
      let all = FeedbackTiming.allCases
      let index = all.firstIndex(of: feedback) ?? 0
      feedback = all[((index + offset) % all.count + all.count) % all.count]
    default:
      break
    }
  }
}
