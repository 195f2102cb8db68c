/// Which cards a drill takes, in which order: what is due first, then what was never drilled,
/// then the rest by the day it comes due.
public enum DrillQueue {
  /// The cards of `decks` to drill on `today`, in order.
  ///
  /// Due cards come first, the most overdue first, then in file order; a card only marked
  /// "practise again" in review counts as due today. Unless `dueOnly`, the cards never drilled
  /// follow in file order, then the rest by due day (then file order). `segment` keeps one
  /// segment. The candidate's own questions for the employer are never drilled, and a question
  /// id found in two decks is two cards.
  public static func cards(
    from decks: [Deck], progress: [CardKey: CardProgress], today: StudyDay, dueOnly: Bool,
    segment: SegmentKind?
  ) -> [DeckCard] {
    let candidates = drillable(decks).filter { segment == nil || $0.segment == segment }
    var due: [(day: StudyDay, card: DeckCard)] = []
    var fresh: [DeckCard] = []
    var later: [(day: StudyDay, card: DeckCard)] = []
    for card in candidates {
      let known = progress[card.key] ?? CardProgress()
      if known.isDue(on: today) {
        due.append((dueDay(of: known, today: today), card))
      } else if let schedule = known.schedule {
        later.append((schedule.due, card))
      } else {
        fresh.append(card)
      }
    }
    // Swift's sort is stable, so equal days keep file order.
    let dueCards = due.sorted { $0.day < $1.day }.map(\.card)
    guard !dueOnly else { return dueCards }
    return dueCards + fresh + later.sorted { $0.day < $1.day }.map(\.card)
  }

  /// How many cards of `decks` are due on `today`.
  public static func dueCount(
    in decks: [Deck], progress: [CardKey: CardProgress], today: StudyDay
  ) -> Int {
    drillable(decks).count { progress[$0.key]?.isDue(on: today) ?? false }
  }

  /// The first day after `today` that cards of `decks` come due, and how many do: for
  /// "Nothing is due today; next: 3 questions on 24 Nov". Nil when nothing is scheduled later.
  public static func nextDue(
    in decks: [Deck], progress: [CardKey: CardProgress], after today: StudyDay
  ) -> (day: StudyDay, count: Int)? {
    nextDue(among: decks.flatMap(DeckCard.cards(of:)), progress: progress, after: today)
  }

  /// `nextDue(in:progress:after:)` over `cards` (the candidate's own questions left out).
  public static func nextDue(
    among cards: [DeckCard], progress: [CardKey: CardProgress], after today: StudyDay
  ) -> (day: StudyDay, count: Int)? {
    let days = cards.filter { $0.segment != .questions }.compactMap { card -> StudyDay? in
      guard let known = progress[card.key], !known.isDue(on: today),
        let schedule = known.schedule
      else { return nil }
      return schedule.due
    }
    guard let first = days.min() else { return nil }
    return (first, days.count { $0 == first })
  }

  /// Why nothing is due on `today` among `cards` and when something will be: "Nothing is due
  /// today. Next: 3 questions on 24 Nov." ("tomorrow" for the next day), or, with nothing
  /// scheduled at all, "Nothing is due today: " and `howToSchedule`.
  public static func nothingDue(
    among cards: [DeckCard], progress: [CardKey: CardProgress], today: StudyDay,
    howToSchedule: String
  ) -> String {
    guard let next = nextDue(among: cards, progress: progress, after: today) else {
      return "Nothing is due today: \(howToSchedule)"
    }
    let questions = counted(next.count, "question")
    let when = next.day == today.adding(days: 1) ? "tomorrow" : "on \(next.day.short)"
    return "Nothing is due today. Next: \(questions) \(when)."
  }

  /// Every card of `decks` a drill may take, in file order.
  private static func drillable(_ decks: [Deck]) -> [DeckCard] {
    decks.flatMap(DeckCard.cards(of:)).filter { $0.segment != .questions }
  }

  /// The day a due card has been due since: its schedule's, or today when only review marked it.
  private static func dueDay(of progress: CardProgress, today: StudyDay) -> StudyDay {
    guard let schedule = progress.schedule, schedule.isDue(on: today) else { return today }
    return schedule.due
  }
}
