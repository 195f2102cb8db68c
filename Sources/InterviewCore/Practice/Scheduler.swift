/// How a drilled answer went, in the user's own judgement: Anki's four buttons.
public enum DrillGrade: Int, CaseIterable, Codable, Sendable {
  case again = 1, hard, good, easy

  /// The word stored and shown in lists: `again`, `hard`, `good`, `easy`.
  public var name: String {
    switch self {
    case .again: return "again"
    case .hard: return "hard"
    case .good: return "good"
    case .easy: return "easy"
    }
  }

  /// The grade stored as `name`, or nil.
  public init?(name: String) {
    guard let grade = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = grade
  }

  /// The word on the rating screen: "Again", "Hard", "Good", "Easy".
  public var title: String { name.prefix(1).uppercased() + name.dropFirst() }

  /// SM-2's response quality (0–5) for the grade: again 2 (a lapse), hard 3, good 4, easy 5.
  public var quality: Int { rawValue + 1 }
}

/// Where one question stands in the spaced re-practice: SM-2's repetition count, ease factor
/// and interval, and the day it comes due.
public struct CardSchedule: Equatable, Codable, Sendable {
  /// Passing grades in a row since the last lapse (SM-2's n).
  public var repetitions: Int
  /// SM-2's easiness factor in thousandths: 2500 is 2.5, never below 1300.
  public var ease: Int
  /// Days from the last drill to the due day.
  public var intervalDays: Int
  /// The day the question is due again.
  public var due: StudyDay
  /// The day it was last drilled.
  public var lastDrilled: StudyDay
  /// How many times it was graded `again`.
  public var lapses: Int

  /// A schedule from its parts.
  public init(
    repetitions: Int, ease: Int, intervalDays: Int, due: StudyDay, lastDrilled: StudyDay,
    lapses: Int
  ) {
    self.repetitions = repetitions
    self.ease = ease
    self.intervalDays = intervalDays
    self.due = due
    self.lastDrilled = lastDrilled
    self.lapses = lapses
  }

  /// Whether the question is due on `day` (or was due before it).
  public func isDue(on day: StudyDay) -> Bool { due <= day }
}

/// SuperMemo's SM-2 (P. A. Woźniak, 1990), with Anki's four grades mapped onto its response
/// qualities (see `DrillGrade.quality`) and a first step that depends on the grade.
///
/// A lapse (quality below 3) starts the repetitions over and leaves the ease alone; the
/// question is due again the same day, as SM-2 has the day's poorly recalled items repeated
/// before the day is over. A pass moves the ease by 0.1 − (5 − q)(0.08 + (5 − q)·0.02), never
/// below 1.3; its interval is the first step, then SM-2's 6 days, then the last interval times
/// the ease, rounded up.
///
/// Published SM-2 gives every passing first grade the same one day, so "hard" and "easy" on a
/// question drilled for the first time came due on the same day. Here the first step follows
/// the grade, as Anki's graduating and easy intervals do: hard 1 day (a shaky answer is tried
/// again soon), good 3 days, easy 5 (an answer that came easily can wait most of a week, but
/// less than the 6 days of the second step).
public enum Scheduler {
  /// A new question's ease, 2.5.
  public static let startingEase = 2_500
  /// The lowest ease SM-2 allows, 1.3.
  public static let minimumEase = 1_300

  /// The schedule after grading a drill of a question on `today`; `previous` is nil for a
  /// question never drilled.
  public static func schedule(
    after previous: CardSchedule?, grade: DrillGrade, on today: StudyDay
  ) -> CardSchedule {
    let quality = grade.quality
    let repetitions = previous?.repetitions ?? 0
    let ease = previous?.ease ?? startingEase
    let lapses = previous?.lapses ?? 0
    guard quality >= 3 else {
      return CardSchedule(
        repetitions: 0, ease: ease, intervalDays: 0, due: today, lastDrilled: today,
        lapses: lapses + 1)
    }
    let interval: Int
    switch repetitions {
    case 0: interval = firstInterval(grade)
    case 1: interval = 6
    default:
      // I(n) = I(n-1) × EF, with a fraction rounded up, in integer thousandths.
      let last = max(1, previous?.intervalDays ?? 1)
      interval = (last * ease + 999) / 1_000
    }
    let miss = 5 - quality
    let change = 100 - miss * (80 + miss * 20)
    return CardSchedule(
      repetitions: repetitions + 1, ease: max(minimumEase, ease + change),
      intervalDays: interval, due: today.adding(days: interval), lastDrilled: today,
      lapses: lapses)
  }

  /// Days until a question first passed with `grade` comes due (see the type's notes).
  static func firstInterval(_ grade: DrillGrade) -> Int {
    switch grade {
    case .again: return 0
    case .hard: return 1
    case .good: return 3
    case .easy: return 5
    }
  }
}
