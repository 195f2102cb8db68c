import ArgumentParser
import TerminalUI
import TranscriptStore

/// The `secondround` command: rehearse a second job interview in the terminal.
@main
struct SecondRound: ParsableCommand {
  /// The release this binary is.
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "secondround",
    abstract: "Rehearse a second job interview in the terminal.",
    discussion: """
      A panel of interviewers takes you through behavioural, technical, culture and salary \
      questions and your own questions for them, from question decks you can read, check and \
      extend. Everything stays on this machine.
      """,
    version:
      "secondround \(version) (\(CursesLibrary.version), SQLite \(DataDirectory.sqliteVersion))",
    subcommands: [DecksCommand.self]
  )
}
