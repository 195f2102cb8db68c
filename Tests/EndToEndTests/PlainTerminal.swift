import Foundation
import Testing

/// `rehearse --plain` on a real terminal (a tmux pane), driven a prompt at a time as a person
/// types: the line editor, key timing and Ctrl-C are only there on a terminal, never on a pipe.
final class PlainTerminal {
  /// The pane.
  let tmux: Tmux
  /// How many prompt rows the printed text had when the last prompt was found.
  private var promptsSeen = 0

  /// Starts `arguments` (a whole command line, e.g. `sandbox.plainArguments(…)`) in a pane wide
  /// enough that no question wraps; `environment` is added to the sandbox's.
  init(
    sandbox: Sandbox, arguments: [String], width: Int = 200, environment: [String: String] = [:]
  ) throws {
    tmux = try Tmux(sandbox: sandbox)
    tmux.extraEnvironment = environment
    try tmux.start(arguments, width: width, height: 50)
  }

  /// Rows of `printed` that are an answer line: the prompt, then what was typed.
  private static func promptRows(_ printed: String) -> Int {
    printed.split(separator: "\n", omittingEmptySubsequences: false).filter { row in
      row == ">" || row == "?" || row.hasPrefix("> ") || row.hasPrefix("? ")
    }.count
  }

  /// Waits for a new, empty answer prompt and returns everything printed so far; nil when none
  /// comes within the deadline.
  func nextPrompt(timeout: Double = Poll.deadlineSeconds) -> String? {
    let seen = promptsSeen
    let printed = Poll.value(timeout: timeout) { () -> String? in
      guard let text = try? tmux.printed() else { return nil }
      let rows = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let last = rows.last(where: { !$0.isEmpty }), last == ">" || last == "?",
        Self.promptRows(text) > seen
      else { return nil }
      return text
    }
    if let printed { promptsSeen = Self.promptRows(printed) }
    return printed
  }

  /// Types `text` literally.
  func type(_ text: String) throws {
    try tmux.type(text)
  }

  /// Presses keys by tmux name.
  func press(_ keys: String...) throws {
    for key in keys { try tmux.press(key) }
  }

  /// Types `line` and presses Enter.
  func answer(_ line: String) throws {
    if !line.isEmpty { try tmux.type(line) }
    try tmux.press("Enter")
  }

  /// Waits for the app to exit; its status, nil when it does not in time.
  func waitForExit(timeout: Double = Poll.deadlineSeconds) -> Int32? {
    tmux.waitForExit(timeout: timeout)
  }

  /// Everything printed so far, for a failure's message; empty when tmux cannot say.
  var output: String { (try? tmux.printed()) ?? "" }

  /// Everything printed, wrapped rows joined.
  func printed() throws -> String {
    try tmux.printed()
  }
}

extension Sandbox {
  /// Rehearses on a terminal, answering each prompt with the next of `lines`, and waits for the
  /// app to end; the run must exit 0. For tests that need a timed session.
  func rehearseOnTerminal(
    _ extra: [String], lines: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let terminal = try PlainTerminal(sandbox: self, arguments: plainArguments(extra))
    for line in lines {
      try #require(
        terminal.nextPrompt() != nil, "no prompt for '\(line)': \(terminal.output)",
        sourceLocation: sourceLocation)
      try terminal.answer(line)
    }
    if terminal.waitForExit(timeout: 1) == nil {
      try #require(terminal.nextPrompt() != nil, sourceLocation: sourceLocation)
      // Ctrl-D on the empty line: the end of input, as a pipe's.
      try terminal.press("C-d")
    }
    let status = terminal.waitForExit()
    try #require(status == 0, "\(terminal.output)", sourceLocation: sourceLocation)
  }
}
