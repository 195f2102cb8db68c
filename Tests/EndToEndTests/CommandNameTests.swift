import ArgumentParser
import Testing

@testable import secondround

/// Every command names itself: a command without a name has ArgumentParser derive one from its
/// type by reflection on every start, which scans all the binary's protocol conformances.
@Suite struct CommandNameTests {
  /// `command` and every command below it.
  private func tree(_ command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
    [command] + command.configuration.subcommands.flatMap(tree)
  }

  @Test func everyCommandHasAnExplicitName() {
    let commands = tree(SecondRound.self)
    #expect(commands.count > 10)
    for command in commands {
      #expect(command.configuration.commandName != nil, "\(command) has no commandName")
    }
  }

  /// The whole tree by path, so a command added or dropped is seen here and in the README.
  @Test func theTreeNamesEveryCommand() {
    func paths(_ command: any ParsableCommand.Type, _ prefix: String) -> [String] {
      let name = command.configuration.commandName ?? "?"
      let path = prefix.isEmpty ? name : prefix + " " + name
      return [path] + command.configuration.subcommands.flatMap { paths($0, path) }
    }
    let all = paths(SecondRound.self, "")
    for expected in [
      "secondround transcripts letter", "secondround transcripts export",
      "secondround transcripts show", "secondround rehearse",
    ] {
      #expect(all.contains(expected), "\(expected) missing from \(all)")
    }
    #expect(all.filter { $0.hasPrefix("secondround transcripts ") }.count == 13)
  }
}
