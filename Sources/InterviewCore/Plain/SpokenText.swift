import Foundation

/// Words for plain mode's lines, which screen readers read aloud: a clock such as "2:00" is read
/// "two zero zero" and "✓" not at all, so plain mode says durations and marks in words.
public enum SpokenText {
  /// "45 seconds", "2 minutes", "1 minute 30 seconds": a duration in whole seconds, in words.
  public static func duration(milliseconds: Int) -> String {
    let seconds = max(0, milliseconds) / 1000
    let minutes = seconds / 60
    let rest = seconds % 60
    guard minutes > 0 else { return counted(rest, "second") }
    guard rest > 0 else { return counted(minutes, "minute") }
    return counted(minutes, "minute") + " " + counted(rest, "second")
  }

  /// "Monday 7 December 2026 at 14:05": a moment in words; a time of day reads well aloud.
  public static func moment(_ date: Date, timeZone: TimeZone) -> String {
    let day = StudyDay(date, timeZone: timeZone)
    let seconds = Int(date.timeIntervalSince1970) + timeZone.secondsFromGMT(for: date)
    let minutes = ((seconds / 60) % 1_440 + 1_440) % 1_440
    let time = "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    return "\(day.spelledOut) \(day.components.year) at \(time)"
  }

  /// "today", "tomorrow, Friday 11 December", "in 4 days, Thursday 10 December": when `day`
  /// comes, seen from `today`.
  public static func when(_ day: StudyDay, from today: StudyDay) -> String {
    let days = day.days(since: today)
    switch days {
    case ...0: return "today"
    case 1: return "tomorrow, \(day.spelledOut)"
    default: return "in \(days) days, \(day.spelledOut)"
    }
  }
}

extension SpokenText {
  /// The coach's marks, length and fillers of an answer in `segment`, then its most useful
  /// note, in words: "context yes, action yes, result no, number no; 45 words, no fillers. Say
  /// what came of it." The transcript's "✓" and "✗" are not read aloud at all.
  public static func feedback(_ feedback: AnswerFeedback?, segment: SegmentKind?) -> String? {
    guard let feedback else { return nil }
    let verdicts = feedback.verdicts
    var marks = FeedbackMark.marks(for: segment).map {
      "\($0.rawValue) \($0.isMet(by: verdicts) ? "yes" : "no")"
    }
    if verdicts.teamOnly, segment != .salary, segment != .questions {
      marks.append("only \"we\", never \"I\"")
    }
    var size = [counted(feedback.words, "word")]
    switch feedback.fillers.count {
    case 0: size.append("no fillers")
    case let count:
      size.append(
        "\(counted(count, "filler")), \(FeedbackReport.rate(feedback.fillersPer100Words)) per 100 "
          + "words")
    }
    let line =
      (marks.isEmpty ? "" : marks.joined(separator: ", ") + "; ")
      + size.joined(separator: ", ") + "."
    guard let headline = feedback.headline else { return line }
    return line + " " + sentence(clocks(in: headline.text))
  }

  /// `text` with each clock the app wrote in it ("about 0:09 spoken against 2:30") in words
  /// ("about 9 seconds spoken against 2 minutes 30 seconds"). For the app's own sentences only:
  /// a user's "10:30 works for me" is a time of day, not a duration.
  public static func clocks(in text: String) -> String {
    text.replacing(/\b(\d{1,3}):([0-5]\d)\b/) { match in
      let minutes = Int(match.output.1) ?? 0
      let seconds = Int(match.output.2) ?? 0
      return duration(milliseconds: (minutes * 60 + seconds) * 1000)
    }
  }

  /// `text` ending with a full stop unless it ends with a mark of its own.
  public static func sentence(_ text: String) -> String {
    guard let last = text.last, !".!?".contains(last) else { return text }
    return text + "."
  }
}
