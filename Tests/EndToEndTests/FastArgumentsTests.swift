import ArgumentParser
import Testing

@testable import secondround

/// The shapes `FastArguments` answers without ArgumentParser get the answer ArgumentParser gives;
/// every other shape is left to ArgumentParser.
@Suite struct FastArgumentsTests {
  /// What ArgumentParser prints on stdout for `arguments`, if it stops parsing there with exit 0.
  private func argumentParserOutput(_ arguments: [String]) -> String? {
    do {
      _ = try SecondRound.parseAsRoot(arguments)
      return nil
    } catch {
      guard SecondRound.exitCode(for: error) == .success else { return nil }
      return SecondRound.fullMessage(for: error)
    }
  }

  /// Every setting of a parsed command, by name, so two parses can be compared whole.
  private func fields(_ command: any ParsableCommand) -> [String: String] {
    if let home = command as? HomeCommand {
      return ["command": "home", "data-dir": String(describing: home.storeOptions.dataDirectory)]
    }
    guard let rehearse = command as? RehearseCommand else { return ["command": "\(command)"] }
    return [
      "command": "rehearse",
      "deck": String(describing: rehearse.deck),
      "company": String(describing: rehearse.company),
      "position": String(describing: rehearse.position),
      "role": String(describing: rehearse.role),
      "role-pack": String(rehearse.rolePack),
      "segments": String(describing: rehearse.segments),
      "per-segment": String(describing: rehearse.perSegment),
      "mode": String(describing: rehearse.mode),
      "follow-ups": String(rehearse.followUps),
      "salary-range": String(describing: rehearse.salaryRange),
      "walk-away": String(describing: rehearse.walkAway),
      "interviewers": String(describing: rehearse.interviewers),
      "seed": String(describing: rehearse.seed),
      "start": String(rehearse.start),
      "plain": String(rehearse.plain),
      "resume": String(rehearse.resume),
      "new": String(rehearse.startNew),
      "job": String(describing: rehearse.feedbackOptions.jobOption.job),
      "feedback": String(describing: rehearse.feedbackOptions.feedback),
      "data-dir": String(describing: rehearse.storeOptions.dataDirectory),
    ]
  }

  /// The stored properties of `value`, by name (property wrappers' storage starts with `_`).
  private func properties(_ value: Any) -> [String] {
    Mirror(reflecting: value).children.compactMap(\.label)
  }

  /// The fast path sets every property of the commands it makes: one it does not know would be
  /// left unparsed, and reading it stops the program. A property added to these commands or
  /// their groups fails here until `FastArguments` sets it too.
  @Test func theFastPathKnowsEveryPropertyOfItsCommands() {
    #expect(properties(HomeCommand()) == ["_storeOptions"])
    #expect(properties(StoreOptions()) == ["_dataDirectory"])
    #expect(
      properties(RehearseCommand()) == [
        "_deck", "_company", "_position", "_role", "_rolePack", "_segments", "_perSegment", "_mode",
        "_followUps", "_salaryRange", "_walkAway", "_interviewers", "_seed", "_recorder", "_player",
        "_voice",
        "_start", "_plain", "_resume",
        "_startNew", "_feedbackOptions", "_storeOptions",
      ])
    #expect(properties(FeedbackOptions()) == ["_jobOption", "_feedback"])
    #expect(properties(JobOption()) == ["_job"])
  }

  @Test func versionAgreesWithArgumentParser() throws {
    let fast = try #require(FastArguments.output(for: ["--version"]))
    #expect(fast.hasPrefix("secondround \(SecondRound.version) ("))
    #expect(fast == argumentParserOutput(["--version"]))
  }

  @Test(arguments: [
    [], ["--help"], ["-h"], ["--version", "--version"], ["rehearse", "--version"],
    ["--version", "rehearse"], ["--versions"], ["-version"], ["version"], ["--VERSION"],
  ])
  func otherShapesPrintNothingFast(arguments: [String]) {
    #expect(FastArguments.output(for: arguments) == nil)
  }

  /// Shapes the fast path takes: ArgumentParser must parse each to the same settings.
  static let acceptedShapes: [[String]] = [
    [],
    ["rehearse"],
    ["rehearse", "--start"],
    [
      "rehearse", "--start", "--company", "Acme", "--position", "Engineer", "--segments",
      "behavioural", "--per-segment", "1", "--no-follow-ups", "--seed", "15", "--feedback", "off",
      "--data-dir", "/tmp/x/data",
    ],
    [
      "rehearse", "--plain", "--follow-ups", "--deck", "general", "--role", "sales", "--role-pack",
      "--mode",
      "spoken", "--job", "job.txt", "--company", "", "--position", "Chief of staff",
      "--per-segment", "20", "--seed", "0", "--feedback", "after-each",
    ],
    ["rehearse", "--position", "rehearse", "--company", "home"],
    ["rehearse", "--segments", "technical,culture", "--feedback", "end", "--mode", "typed"],
    ["rehearse", "--salary-range", "80000-95000", "--walk-away", "€75k", "--start"],
    ["rehearse", "--interviewers", "Dana Reyes, Sam Ortiz", "--start"],
    ["rehearse", "--plain", "--resume"], ["rehearse", "--plain", "--new"],
    [
      "rehearse", "--plain", "--mode", "spoken", "--recorder", "cp canned.wav {out}", "--player",
      "aplay -q", "--voice",
    ],
  ]

  @Test(arguments: acceptedShapes)
  func acceptedShapesAgreeWithArgumentParser(arguments: [String]) throws {
    let fast = try #require(FastArguments.command(for: arguments))
    let parsed = try SecondRound.parseAsRoot(arguments)
    #expect(fields(fast) == fields(parsed))
    #expect(fields(fast)["command"] != nil)
  }

  /// Shapes left to ArgumentParser: errors, help, repeats, other spellings and other commands.
  @Test(arguments: [
    ["--help"], ["-h"], ["help"], ["home"], ["--data-dir", "x"], ["review"], ["drill"],
    ["rehearse", "--help"], ["rehearse", "-h"], ["rehearse", "--version"],
    ["rehearse", "--company=Acme"], ["rehearse", "--company"], ["rehearse", "--company", "-x"],
    ["rehearse", "--company", "A", "--company", "B"], ["rehearse", "--start", "--start"],
    ["rehearse", "--role-pack", "--role-pack"], ["rehearse", "--voice", "--voice"],
    ["rehearse", "--follow-ups", "--no-follow-ups"], ["rehearse", "--per-segment", "0"],
    ["rehearse", "--per-segment", "many"], ["rehearse", "--seed", "-1"],
    ["rehearse", "--mode", "sung"], ["rehearse", "--feedback", "never"],
    ["rehearse", "--walk-away", "abc"], ["rehearse", "--plain", "--resume", "--new"],
    ["rehearse", "--segments", "lunch"], ["rehearse", "--company", "A\u{07}"],
    ["rehearse", "--", "--start"], ["rehearse", "--generate-completion-script", "bash"],
    ["rehearse", "--generate-completion-script"], ["rehearse", "extra"], ["rehearse", "-s"],
    ["--generate-completion-script", "bash"], ["rehearse", "--strt"],
  ])
  func otherShapesAreLeftToArgumentParser(arguments: [String]) {
    #expect(FastArguments.command(for: arguments) == nil)
  }
}
