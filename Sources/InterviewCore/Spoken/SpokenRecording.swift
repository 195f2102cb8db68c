/// When a spoken answer's recording starts: with the candidate's first key, or as soon as the
/// question is on screen (once read aloud, when the panel has a voice).
public enum RecordingStart: String, Codable, Sendable, CaseIterable {
  /// On the first key: Space, Enter or a note typed.
  case firstKey = "first-key"
  /// As soon as the question has been asked.
  case atOnce = "at-once"

  /// The name the setup form shows.
  public var label: String {
    switch self {
    case .firstKey: "first key"
    case .atOnce: "at once"
    }
  }
}

/// What a spoken rehearsal decides about its recordings, for plain mode and the full screen
/// alike: when one starts, when it stops, and which answers go to the transcriber. The
/// front ends only start and stop the programs these decisions name.
public enum SpokenRecording {
  /// What an action about to reach the interview means for the recording.
  public enum Cue: Equatable, Sendable {
    /// Nothing: the action is sent as it is.
    case none
    /// The action starts the answer (Space, or Enter before speaking): recording starts in its
    /// place, and `.startRecording` starts the answer.
    case instead
    /// The action starts the answer with a note (a key typed): recording starts first, then
    /// the action adds the note to the answer already started.
    case before
  }

  /// What `action` means for the recording of `interview`'s current answer: an answer not yet
  /// started in spoken mode starts recording with the first key that would start it.
  public static func cue(for action: InterviewAction, in interview: borrowing Interview) -> Cue {
    guard awaitsSpeaking(interview) else { return .none }
    switch action {
    case .startSpeaking, .submit: return .instead
    case .edit(let command) where command.changesText: return .before
    default: return .none
    }
  }

  /// Whether `interview` waits for a spoken answer to start: a question in spoken mode, not
  /// started yet, with no menu or help over it.
  public static func awaitsSpeaking(_ interview: borrowing Interview) -> Bool {
    guard interview.plan.settings.mode == .spoken, interview.menuSelection == nil,
      !interview.isShowingHelp, case .answering(let turn) = interview.stage
    else { return false }
    return !turn.started
  }

  /// Whether the recording of `interview`'s current answer starts now without a key: the
  /// settings ask for it at once, and the question is asked (`questionAsked`: shown, and read
  /// aloud when the panel has a voice).
  public static func startsAtOnce(_ interview: borrowing Interview, questionAsked: Bool) -> Bool {
    interview.plan.settings.recordingStarts == .atOnce && questionAsked
      && awaitsSpeaking(interview)
  }

  /// Whether the recording to `path` is over: its answer was submitted, skipped or ended, so
  /// the interview no longer answers into it.
  public static func isOver(recordingTo path: String, in interview: borrowing Interview) -> Bool {
    guard case .answering(let turn) = interview.stage else { return true }
    return turn.audioPath != path
  }

  /// The entries after the first `sent` whose recordings wait for the transcriber: new ones,
  /// and on resume those the interrupted run left pending.
  public static func toTranscribe(_ entries: [TranscriptEntry], after sent: Int)
    -> [TranscriptEntry]
  {
    entries.dropFirst(sent).filter { $0.spoken?.status == .pending }
  }
}

extension SpokenRecording {
  /// Which question is being asked, to tell a new one (read aloud, recorded at once) from the
  /// same one shown again.
  public struct AskedQuestion: Equatable, Sendable {
    /// The segment's index.
    public var segment: Int
    /// The question's index in its segment.
    public var question: Int
    /// Whether it is the follow-up to that question.
    public var isFollowUp: Bool
    /// Entries recorded before it: the same question asked again later is a new asking.
    public var entries: Int
  }

  /// The question `interview` asks now and waits to hear answered, or nil (between
  /// questions, or once the answer has started).
  public static func askedQuestion(_ interview: borrowing Interview) -> AskedQuestion? {
    guard case .answering(let turn) = interview.stage, !turn.started else { return nil }
    return AskedQuestion(
      segment: turn.segment, question: turn.question, isFollowUp: turn.isFollowUp,
      entries: interview.entries.count)
  }
}
