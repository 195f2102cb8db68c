import Foundation
import InterviewCore

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
}
