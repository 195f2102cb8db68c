import Foundation

/// What a line typed in plain mode means: a command (`:help`, `:skip`, …) or text to answer with.
///
/// A command is the whole line: a colon and a word, nothing else (spaces around it are fine). A
/// line that must start with a colon as text is written with two, `::`, and one is taken off.
/// Any other line, colons inside it included ("10:30 works for me"), is text.
public enum PlainCommand: Equatable, Sendable {
  /// The list of commands.
  case help
  /// The question again.
  case repeatQuestion
  /// The thinking or answer time, the target and the interview's clock.
  case time
  /// Skip this question.
  case skip
  /// Stop every clock until Enter.
  case pause
  /// End the interview here and go on to the reflection.
  case end
  /// End the interview and the reflection, saving what was said.
  case quit
  /// Spoken mode: play the last recorded answer back.
  case play
  /// A `:word` that is no command; it is not saved as an answer.
  case unknown(String)
  /// Text to answer with.
  case text(String)

  /// The commands, with what each does, in the order `:help` lists them.
  public static let list: [(name: String, summary: String)] = [
    (":help", "this list"),
    (":repeat", "the question again"),
    (":time", "thinking or answer time, the target and the interview's clock"),
    (":skip", "skip this question"),
    (":pause", "stop the clocks until you press Enter"),
    (":end", "end the interview here and go on to the reflection"),
    (":quit", "end the interview and the reflection, saving what you said"),
    (":play", "spoken answers: play your last recording back (the clocks go on)"),
  ]

  /// What `line` means.
  public init(_ line: String) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("::") {
      self = .text(String(line.drop { $0 == " " || $0 == "\t" }.dropFirst()))
      return
    }
    guard trimmed.hasPrefix(":"), trimmed.count > 1,
      trimmed.dropFirst().allSatisfy({ $0.isLetter })
    else {
      self = .text(line)
      return
    }
    switch trimmed.dropFirst().lowercased() {
    case "help": self = .help
    case "repeat": self = .repeatQuestion
    case "time": self = .time
    case "skip": self = .skip
    case "pause": self = .pause
    case "end": self = .end
    case "quit": self = .quit
    case "play": self = .play
    default: self = .unknown(trimmed)
    }
  }
}
