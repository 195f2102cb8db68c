/// How the candidate answers: by typing, or aloud with the keyboard only for brief notes.
public enum AnswerMode: String, Codable, Sendable, CaseIterable {
  case typed, spoken
}

/// When coaching feedback is shown during an interview.
public enum FeedbackTiming: String, Codable, Sendable, CaseIterable {
  /// One line right after each answer (the default).
  case afterEach = "after-each"
  /// Only in the summary at the end.
  case end
  /// Not during the interview (review still has it).
  case off
}

/// Everything the setup form (or the command line) decides before an interview starts.
public struct RehearsalSettings: Codable, Equatable, Sendable {
  /// The employer, filled in for `{company}`.
  public var company: String
  /// The job title, filled in for `{position}`.
  public var position: String
  /// The deck questions are drawn from.
  public var deckID: String
  /// The role whose questions are drawn; nil for questions every role shares.
  public var role: String?
  /// The segments to run, in order.
  public var segments: [SegmentKind]
  /// How many questions each segment asks.
  public var questionsPerSegment: Int
  /// Typed or spoken answers.
  public var mode: AnswerMode
  /// Whether interviewers may ask one follow-up after an answer.
  public var followUps: Bool
  /// The salary range the candidate researched, as they wrote it.
  public var salaryRange: String?
  /// The lowest offer the candidate would accept, as they wrote it.
  public var walkAway: String?
  /// Makes the draw of questions and follow-ups reproducible.
  public var seed: UInt64
  /// The job description the candidate pasted or named with `--job`, if any; saved with the
  /// session. Optional so snapshots saved before it existed still decode.
  public var jobDescription: String?
  /// When feedback is shown; nil (snapshots from before feedback) means after each answer.
  public var feedback: FeedbackTiming?

  /// Whether the role pack's questions are drawn even when the deck has enough for the role;
  /// nil (snapshots from before it) means no.
  public var rolePack: Bool?

  /// True when the answers arrive from a pipe or a file, where the wait for a line says nothing
  /// about thinking or answering: answers are saved with no times. nil (snapshots from before
  /// it) means timed.
  public var untimed: Bool?

  /// Whether the panel reads each question aloud (`--voice`); nil (snapshots from before it)
  /// means no.
  public var voice: Bool?

  /// The interviewers' names, comma-separated as typed in the setup form, if given: the
  /// follow-up letter greets them. Optional so snapshots saved before it existed still decode.
  public var interviewers: String?

  /// When a spoken answer's recording starts; nil (snapshots from before it) means on the
  /// first key.
  public var recordingStart: RecordingStart?

  /// When a spoken answer's recording starts: on the first key unless chosen otherwise.
  public var recordingStarts: RecordingStart { recordingStart ?? .firstKey }

  /// Whether the questions are read aloud: off unless chosen.
  public var readsQuestionsAloud: Bool { voice ?? false }

  /// Whether answers are timed (not read from a pipe).
  public var isTimed: Bool { untimed != true }

  /// Whether the role pack is asked for: otherwise it only fills what the deck lacks.
  public var usesRolePack: Bool { rolePack ?? false }

  /// When feedback is shown, after each answer unless chosen otherwise.
  public var feedbackTiming: FeedbackTiming { feedback ?? .afterEach }

  /// The fewest and most questions a segment may ask.
  public static let questionsPerSegmentRange = 1...20

  /// Settings for an interview; defaults are the usual second interview.
  public init(
    company: String = "", position: String = "", deckID: String = "second-interview",
    role: String? = nil, segments: [SegmentKind] = SegmentKind.allCases,
    questionsPerSegment: Int = 3, mode: AnswerMode = .typed, followUps: Bool = true,
    salaryRange: String? = nil, walkAway: String? = nil, seed: UInt64 = 0,
    jobDescription: String? = nil, feedback: FeedbackTiming = .afterEach, rolePack: Bool = false
  ) {
    self.rolePack = rolePack
    self.jobDescription = jobDescription
    self.feedback = feedback
    self.company = company
    self.position = position
    self.deckID = deckID
    self.role = role
    self.segments = segments
    self.questionsPerSegment = questionsPerSegment
    self.mode = mode
    self.followUps = followUps
    self.salaryRange = salaryRange
    self.walkAway = walkAway
    self.seed = seed
  }

  /// Segment ids from a comma-separated list such as `behavioural,salary`, or why it is wrong.
  public static func segments(from list: String) -> Result<[SegmentKind], SettingsProblem> {
    var kinds: [SegmentKind] = []
    for part in list.split(separator: ",", omittingEmptySubsequences: false) {
      let name = part.trimmingCharacters(in: " ")
      guard let kind = SegmentKind(rawValue: name) else {
        let known = SegmentKind.allCases.map(\.rawValue).joined(separator: ", ")
        return .failure(
          SettingsProblem("unknown segment '\(name.inert)'; choose from \(known)"))
      }
      guard !kinds.contains(kind) else {
        return .failure(SettingsProblem("segment '\(name)' is listed twice"))
      }
      kinds.append(kind)
    }
    return .success(kinds)
  }

  /// The first thing that keeps these settings from starting an interview, if any.
  public var problem: SettingsProblem? {
    if company.trimmingCharacters(in: " ").isEmpty {
      return SettingsProblem("a company is needed: the questions name it")
    }
    if position.trimmingCharacters(in: " ").isEmpty {
      return SettingsProblem("a position is needed: the questions name it")
    }
    if segments.isEmpty { return SettingsProblem("choose at least one segment") }
    if !Self.questionsPerSegmentRange.contains(questionsPerSegment) {
      return SettingsProblem(
        "questions per segment must be \(Self.questionsPerSegmentRange.lowerBound)"
          + "–\(Self.questionsPerSegmentRange.upperBound)")
    }
    for text in [company, position, salaryRange ?? "", walkAway ?? "", interviewers ?? ""]
    where text.containsForbiddenControl || text.contains("\n") {
      return SettingsProblem("'\(text.inert)' holds a control character")
    }
    return nil
  }
}

extension RehearsalSettings {
  /// These settings with the interviewers of `last` (the latest interview) when none were
  /// given and `last` was for the same company, or no company is chosen yet: a second
  /// rehearsal is usually for the same panel, while another company's names would be wrong.
  public func prefillingInterviewers(from last: SessionSummary?) -> RehearsalSettings {
    guard interviewers == nil, let last, let names = last.interviewers else { return self }
    let company = company.trimmingCharacters(in: " ")
    guard company.isEmpty || company.lowercased() == last.company.lowercased() else {
      return self
    }
    var settings = self
    settings.interviewers = names
    return settings
  }
}

/// Why settings cannot be used, as one line for the user.
public struct SettingsProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The message.
  public var description: String

  /// A problem described by `description`.
  public init(_ description: String) { self.description = description }
}

extension StringProtocol {
  /// The text without `character` at either end.
  func trimmingCharacters(in character: Character) -> String {
    let start = firstIndex { $0 != character } ?? endIndex
    let end = lastIndex { $0 != character }.map(index(after:)) ?? start
    return String(self[start..<end])
  }
}
