import Foundation

/// What a line typed at plain mode's grade prompt means.
public enum PlainGradeReply: Equatable, Sendable {
  /// A grade offered for the answer.
  case grade(DrillGrade)
  /// A command (`:help`, `:quit`, …) rather than a grade.
  case command(PlainCommand)
  /// Not a grade offered: the one-line reason, to ask again with (or to exit 64 with on a pipe).
  case refused(String)
}

/// The words of `drill --plain`: each card's heading, what is shown after an answer, the grade
/// prompt and its parsing, when the card comes back, and the closing summary. Pure, so every
/// line is tested without a terminal; the lines avoid symbols screen readers read badly.
public enum PlainDrillText {
  /// "Card 2 of 7, Behavioural. Deck: Second interview." for the card in hand; the count
  /// includes the questions asked again.
  public static func heading(_ drill: Drill) -> String {
    guard let card = drill.current else { return "" }
    let count = drill.queue.count
    return "Card \(min(drill.index + 1, count)) of \(count), \(card.segmentTitle). "
      + "Deck: \(card.deckTitle)."
  }

  /// "Priya asks, target 2 minutes:" before the question.
  public static func asker(_ card: DeckCard) -> String {
    let target = SpokenText.duration(milliseconds: card.question.targetSeconds * 1000)
    return "\(card.interviewer) asks, target \(target):"
  }

  /// The lines shown once an answer is recorded: its times, the coach's words on it (the same
  /// feedback the full-screen drill shows while grading) and what the interviewer listens for.
  public static func afterAnswer(_ entry: TranscriptEntry, card: DeckCard?) -> [String] {
    var lines = ["", "Your answer: " + timing(entry)]
    let segment = card?.segment ?? entry.segment
    if !entry.skipped, let coach = SpokenText.feedback(entry.feedback, segment: segment) {
      lines.append("Coach: " + coach)
    }
    let tips = card?.tips ?? []
    if !tips.isEmpty {
      lines.append("What they listen for:")
      lines += tips.map { "  - " + SpokenText.sentence($0) }
    }
    return lines
  }

  /// "thinking 4 seconds, answer 30 seconds, target 2 minutes.", "untimed, target 2 minutes.",
  /// as `transcripts show` says them.
  static func timing(_ entry: TranscriptEntry) -> String {
    TranscriptText.timingParts(entry).joined(separator: ", ") + "."
  }

  /// "Grade 1 to 4 (1 again, 2 hard, 3 good, 4 easy): " when all four are offered; an answer
  /// left empty gets only again and hard, and the prompt says why.
  public static func gradePrompt(offered: [DrillGrade]) -> String {
    let choices = offered.map { "\($0.rawValue) \($0.name)" }.joined(separator: ", ")
    guard let first = offered.first, let last = offered.last else { return "" }
    let prefix =
      offered.count < DrillGrade.allCases.count
      ? "Nothing was answered, so it is again or hard. Grade \(first.rawValue) or "
        + "\(last.rawValue)"
      : "Grade \(first.rawValue) to \(last.rawValue)"
    return "\(prefix) (\(choices)): "
  }

  /// What `line` says at the grade prompt: a grade offered (its number or its name), a command,
  /// or the reason it is neither.
  public static func grade(_ line: String, offered: [DrillGrade]) -> PlainGradeReply {
    let command = PlainCommand(line)
    if case .text = command {} else { return .command(command) }
    let word = line.trimmingCharacters(in: .whitespaces).lowercased()
    let numbers = offered.map { String($0.rawValue) }
    let choices =
      numbers.dropLast().joined(separator: ", ") + (numbers.count > 1 ? " or " : "")
      + (numbers.last ?? "")
    guard !word.isEmpty else { return .refused("Type a grade: \(choices).") }
    let grade = Int(word).flatMap(DrillGrade.init(rawValue:)) ?? DrillGrade(name: word)
    guard let grade else {
      return .refused("'\(word)' is not a grade: type \(choices).")
    }
    guard offered.contains(grade) else {
      return .refused(
        "Nothing was answered, so \(grade.name) is not offered: type \(choices).")
    }
    return .grade(grade)
  }

  /// "Next due in 4 days, Thursday 10 December." after a grade; "again" brings the card back
  /// later in this drill.
  public static func nextDue(_ schedule: CardSchedule, grade: DrillGrade, today: StudyDay)
    -> String
  {
    if grade == .again { return "Again: it comes back later in this drill, and is due today." }
    return "Next due \(SpokenText.when(schedule.due, from: today))."
  }

  /// The closing lines: how the drill ended, the grades given, and when the first card graded
  /// comes back.
  public static func summary(_ drill: Drill) -> [String] {
    let results = drill.results
    guard !results.isEmpty else { return ["Drill stopped: nothing was answered."] }
    let graded = results.count { $0.grade != nil }
    var lines: [String] = []
    if drill.wasStopped {
      var parts = ["\(graded) graded"]
      let ungraded = results.count - graded
      if ungraded > 0 { parts.append("\(ungraded) answered but not graded") }
      if drill.notReached > 0 {
        parts.append("\(counted(drill.notReached, "question")) not reached")
      }
      lines.append("Drill stopped: " + parts.joined(separator: ", ") + ".")
    } else {
      let counts = drill.gradeCounts
      let tally = DrillGrade.allCases.compactMap { grade in
        counts[grade].map { "\($0) \(grade.name)" }
      }
      lines.append(
        "Drill done: \(counted(results.count, "answer")), "
          + (tally.isEmpty ? "none graded" : tally.joined(separator: ", ")) + ".")
    }
    if let next = drill.nextDue {
      lines.append("The first of them is due again \(SpokenText.when(next, from: drill.today)).")
    }
    return lines
  }

  /// Whether `word`, a `:word` that is no rehearsal command, is the drill's own `:undo`.
  public static func isUndo(_ word: String) -> Bool { word.lowercased() == ":undo" }

  /// The commands that work in a drill, for `:help` (`:pause` and `:time` while answering).
  public static let commands: [(name: String, summary: String)] = [
    (":help", "this list"),
    (":repeat", "the question again"),
    (":time", "thinking or answer time so far, and the target"),
    (":skip", "skip this question; grade it again or hard"),
    (":pause", "stop the clocks until you press Enter"),
    (":undo", "take back the last grade, before you answer this question"),
    (":quit", "stop the drill; what you answered stays saved"),
  ]
}
