import Foundation
import GRDB
import InterviewCore

extension TranscriptDatabase {
  // MARK: - Decks: stars, schedules, latest answers

  /// What the store knows of each card in `keys`: star, SM-2 schedule, newest answer, and
  /// whether review marked it to practise again after its last drill. Cards never touched are
  /// left out of the result.
  public func progress(for keys: [CardKey]) throws(StoreError) -> [CardKey: CardProgress] {
    [:]
  }

  /// Stars or unstars the card `key`.
  public func setStarred(_ starred: Bool, for key: CardKey) throws(StoreError) {
    _ = try writableConnection()
  }

  /// Saves the grade given to entry `entrySequence` of drill session `sessionID`, and the card's
  /// new schedule, in one transaction.
  public func recordGrade(
    _ grade: DrillGrade, schedule: CardSchedule, for key: CardKey, sessionID: Int64,
    entrySequence: Int
  ) throws(StoreError) {
    _ = try writableConnection()
  }
}
