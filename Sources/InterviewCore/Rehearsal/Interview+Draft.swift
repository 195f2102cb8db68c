import Foundation

/// The part of an interview that changes while an answer is typed: the stage (the turn with its
/// buffer and clocks) and the interview's clocks. Autosave writes this small value once a second
/// instead of the whole interview; the whole interview is saved at question boundaries.
public struct InterviewDraft: Codable, Equatable, Sendable {
  /// How many entries were recorded when it was taken: it belongs to the question after them.
  public var recordedEntries: Int
  /// Where the interview was, draft included.
  public var stage: Stage
  /// Time spent in each segment.
  public var segmentMilliseconds: [Int]
  /// Time spent in the interview proper.
  public var interviewMilliseconds: Int
}

extension Interview {
  /// What a draft autosave writes now.
  public var draftState: InterviewDraft {
    InterviewDraft(
      recordedEntries: entries.count, stage: stage, segmentMilliseconds: segmentMilliseconds,
      interviewMilliseconds: interviewMilliseconds)
  }

  /// This interview (read back from its last full save) with the newer `draft` put back; nil
  /// when the draft belongs to another question (an older draft left behind by a failed
  /// clean-up) and must not be applied.
  public func restoring(_ draft: InterviewDraft) -> Interview? {
    guard draft.recordedEntries == entries.count,
      draft.segmentMilliseconds.count == segmentMilliseconds.count,
      Self.isSamePlace(stage, draft.stage)
    else { return nil }
    // The stage and clocks are the machine's own (set only as it runs); going through its
    // Codable form puts them back without a back door into the state machine.
    let encoder = JSONEncoder()
    guard let whole = try? encoder.encode(self),
      var object = try? JSONSerialization.jsonObject(with: whole) as? [String: Any],
      let stageData = try? encoder.encode(draft.stage),
      let stageObject = try? JSONSerialization.jsonObject(with: stageData)
    else { return nil }
    object["stage"] = stageObject
    object["segmentMilliseconds"] = draft.segmentMilliseconds
    object["interviewMilliseconds"] = draft.interviewMilliseconds
    guard let patched = try? JSONSerialization.data(withJSONObject: object),
      let restored = try? JSONDecoder().decode(Interview.self, from: patched),
      restored.stage == draft.stage
    else { return nil }
    return restored
  }

  /// Whether two stages are at the same question (or prompt), whatever their drafts and clocks.
  private static func isSamePlace(_ saved: Stage, _ drafted: Stage) -> Bool {
    switch (saved, drafted) {
    case (.answering(let old), .answering(let new)):
      return old.segment == new.segment && old.question == new.question
        && old.isFollowUp == new.isFollowUp
    case (.candidateQuestions(let old, _), .candidateQuestions(let new, _)):
      return old.segment == new.segment && old.question == new.question
    case (.reflection(let old, _), .reflection(let new, _)):
      return old == new
    default:
      return false
    }
  }
}
