import GRDB

extension TranscriptDatabase {
  /// How many sessions are stored, without reading them: what the home screen shows.
  public func sessionCount() throws(StoreError) -> Int {
    try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM session") ?? 0 }
  }
}
