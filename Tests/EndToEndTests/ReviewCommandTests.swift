import Foundation
import Testing

/// `secondround review` outside a terminal: the plain browser, which with nothing saved says so.
@Suite struct ReviewCommandTests {
  @Test func withoutATerminalAndNothingSavedReviewSaysSoAndMakesNoStore() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["review", "--data-dir", sandbox.store.path])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("No transcripts yet"), "\(result.stdout)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    // Nothing was created: saying there is nothing must not leave a store behind.
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path))
  }
}
