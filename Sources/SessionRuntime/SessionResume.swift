import Foundation
import InterviewCore
import TranscriptStore

/// Reading an interrupted interview back: its last full snapshot with the newer draft put back.
public enum SessionResume {
  /// The interview `snapshot` holds, with `draft` (an encoded `InterviewDraft`) applied when it
  /// belongs to the same question; nil if the snapshot cannot be read by this version.
  public static func interview(snapshot: Data, draft: Data?) -> Interview? {
    guard let interview = try? JSONDecoder().decode(Interview.self, from: snapshot) else {
      return nil
    }
    guard let draft, let state = try? JSONDecoder().decode(InterviewDraft.self, from: draft)
    else { return interview }
    return interview.restoring(state) ?? interview
  }

  /// The interrupted session waiting in `store` to be resumed, if any, read back with its
  /// newer draft; its interview is nil when this version cannot read the snapshot.
  public static func waiting(in store: TranscriptDatabase)
    -> (summary: SessionSummary, interview: Interview?)?
  {
    guard let found = try? store.resumable() else { return nil }
    // The newer draft, saved on its own by the autosave, goes back into the snapshot.
    let draft = try? store.draft(of: found.summary.id)
    return (found.summary, interview(snapshot: found.snapshot, draft: draft))
  }
}
