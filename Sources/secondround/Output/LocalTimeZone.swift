import Foundation
import InterviewCore

// The core never reads the user's time zone itself: the review values that show dates take it
// as an argument. The app shows dates in the local zone, and this is where it reads it.

extension ReviewList {
  /// The list of `sessions`, dates shown in the user's time zone.
  init(sessions: [SessionSummary]) {
    self.init(sessions: sessions, timeZone: .current)
  }
}

extension TranscriptReview {
  /// A review of `transcript` for `viewport`, dates shown in the user's time zone.
  init(transcript: Transcript, focus: EntryReference? = nil, viewport: TranscriptViewport) {
    self.init(transcript: transcript, focus: focus, timeZone: .current, viewport: viewport)
  }
}

extension QuestionHistory {
  /// The history of `question` from `attempts`, dates shown in the user's time zone.
  init(question: String, attempts: [QuestionAttempt], focus: EntryReference? = nil) {
    self.init(question: question, attempts: attempts, focus: focus, timeZone: .current)
  }
}
