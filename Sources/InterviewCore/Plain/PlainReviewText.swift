import Foundation

/// What a line typed at `review --plain`'s transcript prompt asks for. Each has a command-line
/// equivalent (`equivalent(of:transcript:)`), so a script never needs the browser.
public enum PlainReviewAction: Equatable, Sendable {
  /// `r N R`: rate answer N from 1 to 5 (0 clears the rating).
  case rate(answer: Int, rating: Int?)
  /// `n N TEXT`: the note on answer N (no text removes it).
  case note(answer: Int, text: String)
  /// `a N`: mark answer N's question to practise again, or unmark it; `drill --due` asks it.
  case practiseAgain(answer: Int)
  /// `h N`: every attempt at answer N's question.
  case history(answer: Int)
  /// `s`: the transcript again.
  case show
  /// `D`: delete the transcript, after a confirmation that names it.
  case delete
  /// `l`: back to the list.
  case list
  /// `?` or `:help`: the actions.
  case help
  /// `q` or `:quit`: leave review.
  case quit

  /// The actions and their command-line equivalents, for `:help`; `ID` is the transcript's id.
  public static func help(id: Int64) -> [String] {
    let actions: [(keys: String, what: String, command: String?)] = [
      ("r N R", "rate answer N from 1 to 5; 0 clears the rating.", "transcripts rate \(id) N R"),
      (
        "n N TEXT", "write the note on answer N; n N alone removes it.",
        "transcripts note \(id) N TEXT"
      ),
      (
        "a N",
        "mark answer N's question to practise again, or unmark it; "
          + "'secondround drill --due' asks it.", "transcripts again \(id) N"
      ),
      ("h N", "every attempt at answer N's question.", "transcripts history \(id) N"),
      ("s", "this transcript again.", "transcripts show \(id)"),
      ("D", "delete this transcript, after asking.", "transcripts delete \(id)"),
      ("l", "back to the list.", "transcripts list"),
      ("q", "quit.", nil),
    ]
    var lines = ["Actions, each with the command that does the same from a script:"]
    for action in actions {
      lines.append("  \(action.keys): \(action.what)")
      if let command = action.command { lines.append("    secondround \(command)") }
    }
    return lines
  }

  /// What `line` asks for, given the numbers of the transcript's answers; a refusal is the
  /// one-line reason.
  public static func parse(_ line: String, answers: [Int]) -> Result<Self, PlainRefusal> {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let words = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
      .map(String.init)
    guard let verb = words.first else { return .failure(PlainRefusal(hint)) }
    switch verb {
    case "?",
      "h" where words.count == 1, ":help":
      return .success(.help)
    case "q", ":quit": return .success(.quit)
    case "l": return .success(.list)
    case "s": return .success(.show)
    case "D": return .success(.delete)
    case "d":
      return .failure(PlainRefusal("Delete is a capital D, so it is not typed by mistake."))
    case "r", "n", "a", "h":
      guard words.count >= 2, let number = Int(words[1]) else {
        return .failure(
          PlainRefusal("Say which answer: \(verb) and its number, such as \(verb) 1."))
      }
      guard answers.contains(number) else {
        let range =
          answers.isEmpty
          ? "this transcript has none"
          : "choose \(answers.min() ?? 1) to \(answers.max() ?? 1)"
        return .failure(PlainRefusal("There is no answer \(number); \(range)."))
      }
      switch verb {
      case "r":
        guard words.count == 3, let rating = Int(words[2]), (0...5).contains(rating) else {
          return .failure(PlainRefusal("A rating is 1 to 5, or 0 to clear it: r \(number) 4."))
        }
        return .success(.rate(answer: number, rating: rating == 0 ? nil : rating))
      case "n":
        return .success(.note(answer: number, text: words.count == 3 ? words[2] : ""))
      case "a":
        return .success(.practiseAgain(answer: number))
      default:
        return .success(.history(answer: number))
      }
    default:
      return .failure(PlainRefusal("'\(trimmed)' is no action. " + hint))
    }
  }

  /// The hint after a line that is no action.
  static let hint = "Type ? for the actions, l for the list, q to quit."
}

/// Why a line typed in plain mode was refused, in one line.
public struct PlainRefusal: Error, Equatable, Sendable {
  /// The reason, a sentence.
  public var reason: String

  /// A refusal for `reason`.
  public init(_ reason: String) { self.reason = reason }
}

/// The words of `review --plain`'s list: one line per session, said as a screen reader reads
/// well, and the choice of one by its id.
public enum PlainReviewText {
  /// "Transcript 12: Acme, Analyst. Monday 7 December 2026 at 14:05, finished, 5 answers, 12
  /// minutes." — a drill says "Drill 3: Second interview." instead of company and position.
  public static func line(_ summary: SessionSummary, timeZone: TimeZone) -> String {
    let what: String
    switch summary.kind {
    case .interview:
      what = "Transcript \(summary.id): \(summary.company), \(summary.position)."
    case .drill:
      what = "Drill \(summary.id): \(TranscriptFormat.deck(summary))."
    }
    let when = SpokenText.moment(summary.started, timeZone: timeZone)
    var facts = [when, TranscriptFormat.status(summary.status), counted(summary.answers, "answer")]
    if summary.interviewMilliseconds >= 1_000 {
      facts.append(SpokenText.duration(milliseconds: summary.interviewMilliseconds))
    }
    return "\(what) \(facts.joined(separator: ", "))."
  }

  /// The session `line` names by its id, among `ids`; a refusal says what to type.
  public static func choice(_ line: String, ids: [Int64]) -> Result<Int64?, PlainRefusal> {
    let word = line.trimmingCharacters(in: .whitespaces).lowercased()
    if word == "q" || word == ":quit" { return .success(nil) }
    guard let id = Int64(word) else {
      return .failure(
        PlainRefusal("'\(word)' is not a transcript number: type one of the numbers listed, or q."))
    }
    guard ids.contains(id) else {
      return .failure(
        PlainRefusal("There is no transcript \(id): type one of the numbers listed, or q."))
    }
    return .success(id)
  }

  /// "Delete transcript 12 (Acme, Analyst, Monday 7 December 2026 at 14:05, 5 answers)? This
  /// cannot be undone. [y/N] "
  public static func deleteQuestion(_ summary: SessionSummary, timeZone: TimeZone) -> String {
    let name: String
    switch summary.kind {
    case .interview: name = "\(summary.company), \(summary.position)"
    case .drill: name = "drill of \(TranscriptFormat.deck(summary))"
    }
    let when = SpokenText.moment(summary.started, timeZone: timeZone)
    return "Delete transcript \(summary.id) (\(name), \(when), "
      + "\(counted(summary.answers, "answer")) with "
      + (summary.answers == 1 ? "its rating and note" : "their ratings and notes") + ")? "
      + "This cannot be undone. [y/N] "
  }

  /// One attempt at a question, for `h N` and `transcripts history`: when and where, its times
  /// and verdict in words, then the answer indented.
  public static func attempt(_ attempt: QuestionAttempt, timeZone: TimeZone) -> [String] {
    let entry = attempt.entry
    let place: String
    switch attempt.sessionKind {
    case .interview:
      place = "transcript \(attempt.sessionID), \(attempt.company), \(attempt.position)"
    case .drill: place = "drill \(attempt.sessionID), \(attempt.deckTitle)"
    }
    var facts: [String] = []
    if entry.recording.skipped {
      facts.append("skipped")
    } else if let answer = entry.recording.answerMilliseconds {
      facts.append("answer " + SpokenText.duration(milliseconds: answer))
    } else {
      facts.append("untimed")
    }
    if let target = entry.recording.targetMilliseconds {
      facts.append("target " + SpokenText.duration(milliseconds: target))
    }
    if let rating = entry.annotation.rating { facts.append("rated \(rating) of 5") }
    if entry.annotation.practiseAgain { facts.append("marked to practise again") }
    var lines = [
      "\(SpokenText.moment(attempt.started, timeZone: timeZone)), \(place), answer \(entry.sequence): "
        + facts.joined(separator: ", ") + "."
    ]
    let text = entry.recording.answer.trimmingCharacters(in: .whitespacesAndNewlines)
    let answerLines =
      text.isEmpty ? ["(nothing typed)"] : text.split(separator: "\n").map(String.init)
    lines += answerLines.map { "  " + $0 }
    if !entry.annotation.note.isEmpty { lines.append("  Note: " + entry.annotation.note) }
    return lines
  }
}
