import Foundation
import Testing

/// Sessions that hold nothing are not kept: they would only pad the lists and the counts.
@Suite("sessions with nothing answered")
struct EmptySessionTests {
  @Test("a plain run given no input keeps no transcript and says so")
  func plainRunWithoutInput() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(sandbox.plainArguments(["--seed", "1"]), input: "")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Nothing was answered, so no transcript was kept."))
    #expect(!result.stdout.contains("Transcript 1 saved"))
    #expect(try sandbox.sessions().isEmpty)
    let stats = try sandbox.run(["transcripts", "list", "--data-dir", sandbox.store.path])
    #expect(stats.exitCode == 0)
    #expect(!stats.stdout.contains("Acme"), "\(stats.stdout)")
  }

  @Test("one answer is enough to keep the transcript")
  func plainRunWithOneAnswer() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(sandbox.plainArguments(["--seed", "1"]), input: "An answer\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(try sandbox.sessions().count == 1)
  }
}
