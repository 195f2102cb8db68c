import Foundation

/// What a line typed while stepping through a deck in plain mode means.
public enum PlainStepReply: Equatable, Sendable {
  /// Enter: turn the card over, or go to the next once it is turned.
  case onward
  /// `p`: the previous card.
  case previous
  /// `*`: star the card, or take the star away.
  case star
  /// `:help` or `?`: the keys.
  case help
  /// `q` or `:quit`: stop.
  case quit
  /// Anything else: the one-line hint to show.
  case unknown(String)

  /// What `line` means.
  public init(_ line: String) {
    let word = line.trimmingCharacters(in: .whitespaces).lowercased()
    switch word {
    case "": self = .onward
    case "p", ":previous": self = .previous
    case "*", ":star": self = .star
    case "?", "h", ":help": self = .help
    case "q", ":quit", ":end": self = .quit
    default:
      self = .unknown("Press Enter to go on, p for the previous card, * to star it, or q to stop.")
    }
  }

  /// The keys, for `:help`.
  public static let list: [(name: String, summary: String)] = [
    (
      "Enter",
      "turn the card over: what they listen for, follow-ups, your last answer; again for the next card"
    ),
    ("p", "the previous card"),
    ("*", "star the card, or take the star away"),
    ("q", "stop (or :quit)"),
  ]
}

/// The words of `decks step --plain`: the front and back of each card, the same content the
/// full-screen deck stepper shows, in lines a screen reader reads well.
public enum PlainDeckText {
  /// The front of the stepper's current card: where it is, who asks and the target, the
  /// question, and its tags and roles.
  public static func front(_ stepper: DeckStepper) -> [String] {
    guard let card = stepper.current else { return ["The deck has no questions."] }
    let target = SpokenText.duration(milliseconds: card.question.targetSeconds * 1000)
    var lines = [
      "Card \(stepper.position + 1) of \(stepper.shown.count), \(card.segmentTitle).",
      "\(card.interviewer) asks, aim for \(target):",
      card.text,
    ]
    var labels: [String] = []
    if !card.question.tags.isEmpty {
      labels.append("Tags: " + card.question.tags.joined(separator: ", ") + ".")
    }
    if !card.question.roles.isEmpty {
      labels.append("For: " + card.question.roles.joined(separator: ", ") + ".")
    }
    if stepper.progress(of: card).starred { labels.append("Starred.") }
    if !labels.isEmpty { lines.append(labels.joined(separator: " ")) }
    return lines
  }

  /// The back of `card`: what the interviewer listens for, the follow-ups, and the latest
  /// answer (given on `answerDay`) with its times, grade and the coach's words.
  public static func back(
    _ card: DeckCard, progress: CardProgress, today: StudyDay, answerDay: StudyDay?,
    deckID: String
  ) -> [String] {
    var lines: [String] = []
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      lines.append(title + ":")
      lines += items.map { "  - " + SpokenText.sentence($0) }
    }
    section("What they listen for", card.tips)
    section("Follow-ups", card.followUps)
    guard let latest = progress.latest else {
      lines.append("Not answered yet: 'secondround drill --deck \(deckID)' drills it.")
      return lines
    }
    let day = answerDay ?? today
    let ago = day.age(today: today)
    let source = latest.fromDrill ? "in a drill" : "in an interview"
    lines.append("Your last answer, \(ago), \(day.spelledOut), \(source):")
    var verdict: [String] = []
    if latest.skipped {
      verdict.append("skipped")
    } else if let answer = latest.answerMilliseconds {
      if let thinking = latest.thinkingMilliseconds {
        verdict.append("thinking " + SpokenText.duration(milliseconds: thinking))
      }
      verdict.append("answer " + SpokenText.duration(milliseconds: answer))
    } else {
      verdict.append("untimed")
    }
    if let target = latest.targetMilliseconds {
      verdict.append("target " + SpokenText.duration(milliseconds: target))
    }
    if let rating = latest.rating { verdict.append("rated \(rating) of 5") }
    if let grade = latest.grade { verdict.append("graded \(grade.name)") }
    if latest.spokenNotes { verdict.append("answered aloud, these are your notes") }
    lines.append("  " + verdict.joined(separator: ", ") + ".")
    if !latest.skipped, let coach = SpokenText.feedback(latest.feedback, segment: card.segment) {
      lines.append("  Coach: " + coach)
    }
    let answer = latest.answer.trimmingCharacters(in: .whitespacesAndNewlines)
    lines.append(answer.isEmpty ? "  (nothing typed)" : "  " + answer)
    return lines
  }
}
