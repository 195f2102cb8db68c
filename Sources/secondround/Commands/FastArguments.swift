import ArgumentParser
import InterviewCore

/// Argument shapes the binary answers without ArgumentParser.
///
/// Parsing with ArgumentParser builds the whole command tree and, on every start, parses two
/// hidden commands looking for `--generate-completion-script`; both reflect over properties, which
/// scans the binary's ~7,000 protocol conformance records (about a third of `--version`'s time and
/// a tenth of the first frame's). Only exact, common shapes are answered here: `--version`, bare
/// `secondround`, and `rehearse` with each of its options at most once as `--name value` (values
/// not starting with `-`) and its flags. Anything else goes to ArgumentParser, which also gives
/// every error message. `FastArgumentsTests` checks that both agree on every shape accepted here.
enum FastArguments {
  /// What to print on stdout (before exiting 0) for `arguments`, or nil to parse them normally.
  static func output(for arguments: [String]) -> String? {
    arguments == ["--version"] ? SecondRound.configuration.version : nil
  }

  /// The command `arguments` ask for, or nil to parse them with ArgumentParser.
  static func command(for arguments: [String]) -> (any ParsableCommand)? {
    if arguments.isEmpty {
      var home = HomeCommand()
      home.storeOptions = storeOptions(dataDirectory: nil)
      return home
    }
    guard arguments.first == "rehearse" else { return nil }
    return rehearse(arguments.dropFirst())
  }

  /// `rehearse`'s options that take a value, by their flag.
  private static let rehearseOptions: Set<String> = [
    "--deck", "--company", "--position", "--role", "--segments", "--per-segment", "--mode",
    "--seed", "--job", "--feedback", "--data-dir", "--salary-range", "--walk-away",
    "--recorder", "--player", "--interviewers",
  ]

  /// `rehearse` with `arguments` after it, validated; nil for any other shape or a value
  /// ArgumentParser would reject.
  private static func rehearse(_ arguments: ArraySlice<String>) -> RehearseCommand? {
    // Each option's value and each flag's spelling, by the setting it makes.
    var values: [String: String] = [:]
    var rest = arguments
    while let name = rest.popFirst() {
      // `--follow-ups` and `--no-follow-ups` are one setting: repeating it is left to
      // ArgumentParser, as is any option given twice.
      let setting = name == "--no-follow-ups" ? "--follow-ups" : name
      guard values[setting] == nil else { return nil }
      switch name {
      case "--start", "--plain", "--follow-ups", "--no-follow-ups", "--role-pack", "--resume",
        "--new", "--voice":
        values[setting] = name
      default:
        guard rehearseOptions.contains(name), let value = rest.popFirst(), !value.hasPrefix("-")
        else { return nil }
        values[name] = value
      }
    }
    var command = RehearseCommand()
    command.deck = values["--deck"]
    command.company = values["--company"]
    command.position = values["--position"]
    command.role = values["--role"]
    command.segments = values["--segments"]
    command.followUps = values["--follow-ups"] != "--no-follow-ups"
    command.start = values["--start"] != nil
    command.plain = values["--plain"] != nil
    command.rolePack = values["--role-pack"] != nil
    command.resume = values["--resume"] != nil
    command.startNew = values["--new"] != nil
    command.salaryRange = values["--salary-range"]
    command.walkAway = values["--walk-away"]
    command.interviewers = values["--interviewers"]
    command.recorder = values["--recorder"]
    command.player = values["--player"]
    command.voice = values["--voice"] != nil
    var feedback = FeedbackOptions()
    var job = JobOption()
    job.job = values["--job"]
    feedback.jobOption = job
    command.storeOptions = storeOptions(dataDirectory: values["--data-dir"])
    // A value its type cannot read is ArgumentParser's to explain.
    guard let perSegment = read(Int.self, values["--per-segment"]),
      let mode = read(AnswerMode.self, values["--mode"]),
      let seed = read(UInt64.self, values["--seed"]),
      let timing = read(FeedbackTiming.self, values["--feedback"])
    else { return nil }
    command.perSegment = perSegment
    command.mode = mode
    command.seed = seed
    feedback.feedback = timing
    command.feedbackOptions = feedback
    do {
      try command.validate()
    } catch {
      return nil
    }
    return command
  }

  /// `.some(nil)` without a value, the value read as ArgumentParser reads it, or nil when it
  /// cannot be read.
  private static func read<Value: ExpressibleByArgument>(
    _: Value.Type, _ text: String?
  ) -> Value?? {
    guard let text else { return .some(nil) }
    guard let value = Value(argument: text) else { return nil }
    return .some(value)
  }

  /// `--data-dir`'s group as given.
  private static func storeOptions(dataDirectory: String?) -> StoreOptions {
    var options = StoreOptions()
    options.dataDirectory = dataDirectory
    return options
  }
}
