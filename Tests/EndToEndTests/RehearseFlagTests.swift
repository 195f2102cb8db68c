import Foundation
import Testing

@Suite("rehearse: flags, decks and roles")
struct RehearseFlagTests {
  @Test(
    "a bad flag exits 64 with one line on stderr and creates no store",
    arguments: [
      ["--segments", "nope"],
      ["--segments", "behavioural,,technical"],
      ["--per-segment", "0"],
      ["--per-segment", "21"],
      ["--per-segment", "three"],
      ["--mode", "sing"],
      ["--company", "Acme\u{1B}[31m"],
      ["--position", "Analyst\u{07}"],
      ["--role", "astronaut"],
      ["--deck", "no-such-deck"],
      ["--no-such-flag"],
    ])
  func badFlag(flags: [String]) throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(sandbox.plainArguments(flags), input: "answer\n")
    #expect(result.exitCode == 64)
    #expect(result.stdout == "")
    #expect(result.stderrLines.count == 1, "stderr should be one line, was:\n\(result.stderr)")
    #expect(result.stderrLines.first?.hasPrefix("secondround: error: ") == true, "\(result.stderr)")
    #expect(!result.printsRawEscape)
    #expect(!result.stderr.unicodeScalars.contains { $0.isForbiddenControlForTests && $0 != "\n" })
    // Refused before anything was written.
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path))
  }

  @Test("the one-line errors name the problem and what is allowed")
  func errorWording() throws {
    let sandbox = try Sandbox()
    let segments = try sandbox.run(sandbox.plainArguments(["--segments", "nope"]))
    #expect(segments.stderr.contains("'nope'"))
    #expect(segments.stderr.contains("behavioural, technical, culture, salary, questions"))
    let perSegment = try sandbox.run(sandbox.plainArguments(["--per-segment", "0"]))
    #expect(perSegment.stderr.contains("1–20"))
    // A negative seed is named as the bad value, not reported as a missing one.
    let seed = try sandbox.run(sandbox.plainArguments(["--seed", "-1"]))
    #expect(seed.exitCode == 64)
    #expect(seed.stderr.contains("'-1'") && seed.stderr.contains("--seed"), "\(seed.stderr)")
    #expect(!seed.stderr.contains("Missing value"), "\(seed.stderr)")
    let mode = try sandbox.run(sandbox.plainArguments(["--mode", "sing"]))
    #expect(mode.stderr.contains("typed") && mode.stderr.contains("spoken"))
    let company = try sandbox.run(sandbox.plainArguments(["--company", "Acme\u{1B}[31m"]))
    // The control character is named inert, as ␛.
    #expect(company.stderr.contains("--company"))
    #expect(company.stderr.contains("Acme\u{241B}[31m"))
    let role = try sandbox.run(sandbox.plainArguments(["--role", "astronaut"]))
    #expect(role.stderr.contains("'astronaut'"))
    for pack in Bundled.rolePacks {
      #expect(role.stderr.contains(pack.role), "role \(pack.role) not offered: \(role.stderr)")
    }
    let deck = try sandbox.run(sandbox.plainArguments(["--deck", "no-such-deck"]))
    #expect(deck.stderr.contains("'no-such-deck'"))
    for id in Bundled.ids {
      #expect(deck.stderr.contains(id), "deck \(id) not offered: \(deck.stderr)")
    }
  }

  @Test("a broken deck file exits 65 with PATH:LINE:COL diagnostics, all of them")
  func brokenDeckFile() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.broken, to: "decks/broken.yaml")
    let result = try sandbox.run(
      sandbox.plainArguments(["--deck", "decks/broken.yaml"]), input: "answer\n")
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(result.stderrLines == SampleDeck.brokenDiagnostics.map { "decks/broken.yaml:" + $0 })
    #expect(!FileManager.default.fileExists(atPath: sandbox.store.path))

    try sandbox.write(SampleDeck.badYAML, to: "bad.yaml")
    let yaml = try sandbox.run(sandbox.plainArguments(["--deck", "bad.yaml"]), input: "answer\n")
    #expect(yaml.exitCode == 65)
    #expect(yaml.stderrLines.count >= 1)
    #expect(
      yaml.stderrLines.allSatisfy { $0.wholeMatch(of: /bad\.yaml:\d+:\d+: error: .+/) != nil },
      "\(yaml.stderr)")
  }

  @Test("a deck path that does not exist exits 66 with one line naming it")
  func missingDeckFile() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(sandbox.plainArguments(["--deck", "gone/deck.yaml"]))
    #expect(result.exitCode == 66)
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("gone/deck.yaml"))
  }

  @Test("a deck given by path is used: its id, title and questions are in the transcript")
  func deckByPath() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.valid(id: "my-deck", title: "My own deck"), to: "my.yaml")
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--deck", "./my.yaml", "--segments", "behavioural", "--per-segment", "2",
        "--no-follow-ups", "--seed", "1",
      ]), input: "first\nsecond\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.deck == "my-deck")
    #expect(transcript.session.deckTitle == "My own deck")
    #expect(transcript.session.segments == ["behavioural"])
    #expect(Set(transcript.entries.compactMap(\.questionID)) == ["first", "second"])
    // {company} is filled in.
    #expect(transcript.entries.contains { $0.question == "Why Acme?" })
    // The deck's 90 s segment target applies to a question without its own.
    #expect(transcript.entries.allSatisfy { $0.targetMs == 90_000 })
  }

  @Test("--role draws the role pack's questions and is recorded")
  func role() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      sandbox.plainArguments([
        "--role", "data", "--segments", "technical", "--per-segment", "1", "--no-follow-ups",
        "--seed", "1",
      ]), input: "an answer\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.role == "data")
    let entry = try #require(transcript.entries.first)
    // The role's own question comes first; it is in the role pack's deck, not the general one.
    let pack = try JSONOutput.deck(sandbox.run(["decks", "show", "data-analysis", "--json"]))
    let general = try JSONOutput.deck(sandbox.run(["decks", "show", Bundled.generalID, "--json"]))
    let ids = Set(pack.questions.map(\.id)).subtracting(general.questions.map(\.id))
    #expect(ids.contains(entry.questionID ?? ""), "\(String(describing: entry.questionID))")
  }
}
