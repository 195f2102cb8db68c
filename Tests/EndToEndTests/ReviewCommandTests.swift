import Foundation
import Testing

/// `secondround review` outside a terminal: one line pointing at the commands that work there.
@Suite struct ReviewCommandTests {
  @Test func withoutATerminalReviewSaysWhatToUseInstead() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["review", "--data-dir", sandbox.store.path])
    #expect(result.exitCode == 64)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("review needs a terminal"))
    #expect(result.stderr.contains("transcripts"))
    // Nothing was created: refusing to run must not leave a store behind.
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path))
  }
}
