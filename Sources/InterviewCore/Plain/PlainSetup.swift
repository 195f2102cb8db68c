/// The setup form as plain mode asks it on a terminal: one line a field, the default shown and
/// Enter accepting it, a value that cannot be used asked again with a one-line reason.
///
/// Fields given on the command line are not asked. Company and position are offered as text to
/// edit (the last interview's, usually the same job); every other field shows its default in
/// brackets and takes a typed value.
public struct PlainSetup: Sendable {
  /// The fields, in the form's order; every one has a flag too, so a script never needs this.
  public enum Field: CaseIterable, Sendable {
    case company, position, deck, role, rolePack, segments, questionsPerSegment, mode, followUps
    case feedback, salaryRange, walkAway, interviewers, jobDescription
  }

  /// What to ask for a field.
  public struct Prompt: Equatable, Sendable {
    /// The line's prompt, e.g. "Answers, typed or spoken [typed]: ".
    public var text: String
    /// Text the answer line starts with, to edit; empty for most fields.
    public var prefill: String
  }

  /// The settings so far: the flags', then each answer's.
  public private(set) var settings: RehearsalSettings
  /// The decks to choose from.
  private let decks: [SetupForm.DeckChoice]
  /// The roles to choose from.
  private let roles: [String]
  /// The fields still to ask, in order.
  private var remaining: [Field]

  /// A setup over `settings` (flags and the last interview's company and position applied),
  /// asking `fields` (those no flag gave) in the form's order.
  public init(
    settings: RehearsalSettings, decks: [SetupForm.DeckChoice], roles: [String],
    asking fields: Set<Field>
  ) {
    self.settings = settings
    self.decks = decks
    self.roles = roles
    remaining = Field.allCases.filter(fields.contains)
    skipFieldsWithoutMeaning()
  }

  /// The field to ask next; nil when every one is answered.
  public var field: Field? { remaining.first }

  /// How to ask the next field; nil when every one is answered.
  public var prompt: Prompt? {
    guard let field else { return nil }
    switch field {
    case .company: return Prompt(text: "Company: ", prefill: settings.company)
    case .position: return Prompt(text: "Position: ", prefill: settings.position)
    case .deck:
      let ids = decks.map(\.id).joined(separator: ", ")
      return Prompt(text: "Deck, one of \(ids) [\(settings.deckID)]: ", prefill: "")
    case .role:
      let choices = (["any"] + roles).joined(separator: ", ")
      return Prompt(text: "Role, one of \(choices) [\(settings.role ?? "any")]: ", prefill: "")
    case .rolePack:
      let current = settings.usesRolePack ? "always" : "if needed"
      return Prompt(
        text: "Draw from the role pack, always or if needed [\(current)]: ", prefill: "")
    case .segments:
      let current = settings.segments.map(\.rawValue).joined(separator: ",")
      return Prompt(text: "Segments, in order [\(current)]: ", prefill: "")
    case .questionsPerSegment:
      let range = RehearsalSettings.questionsPerSegmentRange
      return Prompt(
        text:
          "Questions each, \(range.lowerBound)–\(range.upperBound) [\(settings.questionsPerSegment)]: ",
        prefill: "")
    case .mode:
      return Prompt(text: "Answers, typed or spoken [\(settings.mode.rawValue)]: ", prefill: "")
    case .followUps:
      return Prompt(
        text: "Follow-ups, on or off [\(settings.followUps ? "on" : "off")]: ", prefill: "")
    case .feedback:
      let name = SetupForm.name(of: settings.feedbackTiming)
      return Prompt(text: "Feedback, after each, at the end or off [\(name)]: ", prefill: "")
    case .salaryRange:
      return Prompt(
        text: "Salary range, e.g. 80000-95000 [\(settings.salaryRange ?? "none")]: ", prefill: "")
    case .walkAway:
      return Prompt(
        text: "Walk-away figure, e.g. 75000 [\(settings.walkAway ?? "none")]: ", prefill: "")
    case .interviewers:
      return Prompt(
        text: "Interviewers, comma-separated [\(settings.interviewers ?? "none")]: ", prefill: "")
    case .jobDescription:
      let current = settings.jobDescription == nil ? "none" : "as given"
      return Prompt(text: "Job description, pasted as one line [\(current)]: ", prefill: "")
    }
  }

  /// Takes `line` as the answer to the current field: nil when it is used (the next field is
  /// current), else why not, in one line, and the field is asked again.
  public mutating func answer(_ line: String) -> String? {
    guard let field else { return nil }
    let text = line.trimmingCharacters(in: " ")
    if let problem = apply(text, to: field) { return problem }
    remaining.removeFirst()
    skipFieldsWithoutMeaning()
    return nil
  }

  /// Applies `text` (trimmed) to `field`; why it cannot be used, or nil. Empty keeps the default.
  private mutating func apply(_ text: String, to field: Field) -> String? {
    let word = text.lowercased()
    switch field {
    case .company, .position:
      let name = field == .company ? "company" : "position"
      guard !text.isEmpty else { return "a \(name) is needed: the questions name it" }
      guard !text.containsForbiddenControl, !text.contains("\n") else {
        return "the \(name) holds a control character"
      }
      if field == .company { settings.company = text } else { settings.position = text }
    case .deck:
      guard !text.isEmpty else { return nil }
      guard let deck = decks.first(where: { $0.id.lowercased() == word }) else {
        return "no deck '\(text.inert)'; choose from \(decks.map(\.id).joined(separator: ", "))"
      }
      settings.deckID = deck.id
    case .role:
      guard !text.isEmpty else { return nil }
      if word == "any" {
        settings.role = nil
      } else if let role = roles.first(where: { $0.lowercased() == word }) {
        settings.role = role
      } else {
        return "no role '\(text.inert)'; choose from any, \(roles.joined(separator: ", "))"
      }
    case .rolePack:
      guard !text.isEmpty else { return nil }
      guard
        let always = Self.choice(word, yes: ["always", "yes", "y"], no: ["if needed", "no", "n"])
      else { return "type always or if needed, not '\(text.inert)'" }
      settings.rolePack = always
    case .segments:
      guard !text.isEmpty else { return nil }
      switch RehearsalSettings.segments(from: text) {
      case .success(let kinds): settings.segments = kinds
      case .failure(let problem): return problem.description
      }
    case .questionsPerSegment:
      guard !text.isEmpty else { return nil }
      let range = RehearsalSettings.questionsPerSegmentRange
      guard let count = Int(text), range.contains(count) else {
        return "type a number from \(range.lowerBound) to \(range.upperBound), not '\(text.inert)'"
      }
      settings.questionsPerSegment = count
    case .mode:
      guard !text.isEmpty else { return nil }
      guard let mode = AnswerMode(rawValue: word) else {
        return "type typed or spoken, not '\(text.inert)'"
      }
      settings.mode = mode
    case .followUps:
      guard !text.isEmpty else { return nil }
      guard let on = Self.choice(word, yes: ["on", "yes", "y"], no: ["off", "no", "n"]) else {
        return "type on or off, not '\(text.inert)'"
      }
      settings.followUps = on
    case .feedback:
      guard !text.isEmpty else { return nil }
      let timing = FeedbackTiming.allCases.first {
        SetupForm.name(of: $0) == word || $0.rawValue == word
      }
      guard let timing else {
        return "type after each, at the end or off, not '\(text.inert)'"
      }
      settings.feedback = timing
    case .salaryRange:
      guard !text.isEmpty else { return nil }
      guard !text.containsForbiddenControl else { return "the range holds a control character" }
      settings.salaryRange = text
    case .walkAway:
      guard !text.isEmpty else { return nil }
      if let problem = SetupForm.walkAwayProblem(text) { return problem.description }
      settings.walkAway = text
    case .interviewers:
      guard let names = Interviewers.normalized(text) else { return nil }
      guard !names.containsForbiddenControl else { return "a name holds a control character" }
      settings.interviewers = names
    case .jobDescription:
      let joined = SetupForm.joiningLines(text).trimmingCharacters(in: " ")
      guard !joined.isEmpty else { return nil }
      settings.jobDescription = joined
    }
    return nil
  }

  /// True for a word in `yes`, false for one in `no`, nil for anything else.
  private static func choice(_ word: String, yes: Set<String>, no: Set<String>) -> Bool? {
    if yes.contains(word) { return true }
    if no.contains(word) { return false }
    return nil
  }

  /// Drops fields the answers so far make meaningless: the role pack without a role.
  private mutating func skipFieldsWithoutMeaning() {
    while remaining.first == .rolePack, settings.role == nil { remaining.removeFirst() }
  }
}
