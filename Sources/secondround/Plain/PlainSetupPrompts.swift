import ArgumentParser
import Foundation
import InterviewCore
import TerminalUI

/// Asks on the terminal, a line a field, for the settings `rehearse --plain` was not given
/// (see `PlainSetup`, which decides what each answer means).
enum PlainSetupPrompts {
  /// The settings once every field in `setup` is answered; leaving (Ctrl-C, a signal, Ctrl-D on
  /// an empty line) ends the command with nothing started.
  static func ask(_ setup: PlainSetup, reader: inout LineReader) throws -> RehearsalSettings {
    var setup = setup
    // Before the first line is read: the editor turns the terminal's signal keys off, and a
    // SIGTERM must still leave the terminal as it was.
    ExitSignal.install()
    let output = PlainOutput()
    output.line("Setting up the rehearsal: press Enter to keep what is in brackets.")
    while let prompt = setup.prompt {
      switch reader.next(prompt: prompt.text, text: prompt.prefill) {
      case .line(let line):
        if let problem = setup.answer(line.text) { output.line(problem) }
      case .endOfInput:
        output.line("Nothing was started.")
        throw ExitCode.success
      case .signal(let signal):
        output.line("Nothing was started.")
        throw ExitCode(128 + signal)
      }
    }
    return setup.settings
  }
}
