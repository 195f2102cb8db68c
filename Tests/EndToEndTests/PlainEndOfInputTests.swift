import Foundation
import Testing
import TranscriptStore

/// End of input in a plain run means the user is done: the interview is finished, the
/// reflection skipped, and nothing offers to resume it. Only a signal leaves it interrupted.
@Suite struct PlainEndOfInputTests {
  /// A plain rehearsal of three behavioural questions, no follow-ups.
  private func arguments(_ sandbox: Sandbox) -> [String] {
    sandbox.plainArguments([
      "--seed", "5", "--segments", "behavioural", "--per-segment", "3", "--no-follow-ups",
    ])
  }

  /// What review and the home screen would offer to resume, read as they read it.
  private func resumable(_ sandbox: Sandbox) throws -> Int64? {
    let store = try TranscriptDatabase.open(directory: sandbox.store.path, access: .readOnly)
    defer { store.close() }
    return try store.resumable()?.summary.id
  }

  @Test(
    "end of input mid-interview: finished, no reflection, nothing to resume",
    arguments: ["one\n", "one\ntwo", "one\ntwo\nthree\n"])
  func endOfInputIsFinished(input: String) throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(arguments(sandbox), input: input)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("Interrupted"), "\(result.stdout)")
    #expect(result.stdout.contains("end of input ends the interview and saves it as finished"))
    #expect(result.stdout.contains("\nSummary.\n"))
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    #expect(transcript.entries("reflection").isEmpty)
    #expect(try resumable(sandbox) == nil)

    // The next plain run finds nothing interrupted to mention.
    let next = try sandbox.run(arguments(sandbox), input: "")
    #expect(next.exitCode == 0, "\(next.stderr)")
    #expect(!next.stderr.contains("interrupted"), "\(next.stderr)")
  }

  @Test("end of input before any answer keeps no transcript and says so")
  func endOfInputBeforeAnyAnswer() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(arguments(sandbox), input: "")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Nothing was answered"), "\(result.stdout)")
    #expect(try sandbox.sessions().isEmpty)
    #expect(try resumable(sandbox) == nil)
  }

  @Test("':quit' and end of input end the same way")
  func quitIsTheSame() throws {
    let byQuit = try Sandbox()
    _ = try byQuit.run(arguments(byQuit), input: "one\n:quit\n")
    let byEnd = try Sandbox()
    _ = try byEnd.run(arguments(byEnd), input: "one\n")
    let quit = try byQuit.onlyTranscript()
    let end = try byEnd.onlyTranscript()
    #expect(quit.session.status == end.session.status)
    #expect(quit.entries.map(\.skipped) == end.entries.map(\.skipped))
    #expect(try resumable(byQuit) == nil && resumable(byEnd) == nil)
  }
}
