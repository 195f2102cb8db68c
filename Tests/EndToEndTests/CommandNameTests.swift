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
}
