import ArgumentParser
import Foundation
import InterviewCore
import TerminalUI
import TranscriptStore

/// The `secondround` command: rehearse a second job interview in the terminal.
@main
struct SecondRound: ParsableCommand {
  /// The release this binary is.
  static let version = "0.1.0"

  // Every command names itself (`CommandNameTests`): without a name ArgumentParser derives one
  // from the type by reflection on every start, which scans all of the binary's conformances.
  static let configuration = CommandConfiguration(
    commandName: "secondround",
    abstract: "Rehearse a second job interview in the terminal.",
    discussion: """
      A panel of interviewers takes you through behavioural, technical, culture and salary \
      questions and your own questions for them, from question decks you can read, check and \
      extend. Everything stays on this machine.

      Run 'secondround' on its own for the home screen: rehearse, step through decks, drill \
      due questions and review transcripts from one menu.
      """,
    version:
      "secondround \(version) (\(CursesLibrary.version), SQLite \(SQLiteLibrary.version))",
    subcommands: [
      HomeCommand.self, RehearseCommand.self, ReviewCommand.self, TranscriptsCommand.self,
      DecksCommand.self, DrillCommand.self, FeedbackCommand.self, TranscribeCommand.self,
      SpeechCommand.self,
    ],
    defaultSubcommand: HomeCommand.self
  )

  /// Runs the command line; usage errors become one inert line on stderr and exit 64.
  /// The help a usage error points at: that of the deepest command `arguments` name, so that
  /// `transcripts show x` points at `secondround transcripts show --help`.
  static func helpCommand(for arguments: [String]) -> String {
    var path = ["secondround"]
    var command: any ParsableCommand.Type = SecondRound.self
    for word in arguments {
      guard
        let next = command.configuration.subcommands.first(where: {
          $0.configuration.commandName == word
        })
      else { break }
      path.append(word)
      command = next
    }
    return (path + ["--help"]).joined(separator: " ")
  }

  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let output = FastArguments.output(for: arguments) {
      print(output)
      return
    }
    let command: any ParsableCommand
    do {
      command = try FastArguments.command(for: arguments) ?? parseAsRoot(arguments)
    } catch {
      // Help and --version arrive as "errors" that exit 0; ArgumentParser prints those itself.
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? ""
      Terminal.error(
        "secondround: error: \(message.inert) (see '\(helpCommand(for: arguments))')")
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
    do {
      var command = command
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
