import InterviewCore
import Testing
import TranscriptStore

@Suite struct SQLiteLibraryTests {
  @Test func theLinkedSQLiteReportsAVersion3() {
    #expect(SQLiteLibrary.version.wholeMatch(of: /3\.\d+\.\d+/) != nil, "\(SQLiteLibrary.version)")
  }
}
