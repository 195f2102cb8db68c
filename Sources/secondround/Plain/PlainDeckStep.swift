import Foundation
import InterviewCore
import TerminalUI
import TranscriptStore

/// `decks step --plain`: a deck's cards one at a time, as the full-screen stepper shows them:
/// the question, Enter for the back (tips, follow-ups, the last answer), Enter for the next.
struct PlainDeckStep {
  let library: DeckLibrary
  let store: TranscriptDatabase
  let output = PlainOutput()

  /// Steps through deck `deckID`, or the deck picked from a numbered list when nil; returns the
  /// exit code.
  func run(deckID: String?) throws -> Int32 {
    ExitSignal.install()
    var reader = LineReader()
    guard let deck = try deck(deckID, reader: &reader) else { return 0 }
    let cards = DeckCard.cards(of: deck)
    let progress: [CardKey: CardProgress]
    do {
      progress = try store.progress(for: cards.map(\.key))
    } catch {
      // Stepping still works without the store: only the last answers are missing.
      Terminal.error("secondround: \(error.description); your last answers are not shown")
      progress = [:]
    }
    let today = StudyDay.today
    var stepper = DeckStepper(cards: cards, progress: progress, today: today)
    output.line(
      "\(deck.title): \(counted(cards.count, "question")). Enter turns a card over, Enter "
        + "again goes to the next; p goes back, q stops.")
    var showsFront = true
    while let card = stepper.current {
      if showsFront {
        output.line()
        PlainDeckText.front(stepper).forEach { output.line($0) }
        showsFront = false
      }
      switch reader.next(
        prompt: stepper.isRevealed ? "Enter for the next card: " : "Enter to turn it over: ")
      {
      case .signal(let signal):
        output.line()
        return 128 + signal
      case .endOfInput:
        output.line()
        return 0
      case .line(let line):
        switch PlainStepReply(line.text) {
        case .onward where !stepper.isRevealed:
          _ = stepper.send(.toggleReveal)
          let day = stepper.progress(of: card).latest.map {
            StudyDay($0.recorded, timeZone: .current)
          }
          PlainDeckText.back(
            card, progress: stepper.progress(of: card), today: today, answerDay: day,
            deckID: deck.id
          ).forEach { output.line($0) }
        case .onward:
          guard stepper.position + 1 < stepper.shown.count else {
            output.line("That was the last card.")
            return 0
          }
          _ = stepper.send(.next)
          showsFront = true
        case .previous:
          guard stepper.position > 0 else {
            output.line("This is the first card.")
            continue
          }
          _ = stepper.send(.previous)
          showsFront = true
        case .star:
          for case .setStar(let key, let starred) in stepper.send(.toggleStar) {
            do {
              try store.setStarred(starred, for: key)
              output.line(starred ? "Starred." : "Star taken away.")
            } catch {
              // Put the star back as it was: the store still has it so.
              var progress = stepper.progress(of: card)
              progress.starred = !starred
              stepper.update(progress: progress, for: key)
              Terminal.error("secondround: \(error.description); the star was not saved")
            }
          }
        case .help:
          for key in PlainStepReply.list { output.line("  \(key.name)  \(key.summary)") }
        case .quit:
          return 0
        case .unknown(let hint):
          output.line(hint)
        }
      }
    }
    output.line("The deck has no questions.")
    return 0
  }

  /// The deck `deckID`, or the one picked by number from the list; nil when the user quits.
  private func deck(_ deckID: String?, reader: inout LineReader) throws -> Deck? {
    if let deckID {
      guard let deck = library.deck(withID: deckID) else {
        throw Terminal.failure("unknown deck '\(deckID.inert)'")
      }
      return deck
    }
    let decks = library.decks
    output.line("Decks:")
    for (index, deck) in decks.enumerated() {
      output.line(
        "  \(index + 1). \(deck.title) (\(counted(DeckCard.cards(of: deck).count, "question")))")
    }
    while true {
      guard
        case .line(let line) = reader.next(
          prompt: "Step through which deck? (number, q to quit): ")
      else {
        output.line()
        return nil
      }
      let word = line.text.trimmingCharacters(in: .whitespaces).lowercased()
      if word == "q" || word == ":quit" { return nil }
      if let number = Int(word), decks.indices.contains(number - 1) { return decks[number - 1] }
      let reason = "'\(word)' is not a deck number: type 1 to \(decks.count), or q."
      guard isatty(STDIN_FILENO) == 1 else { throw Terminal.failure(reason) }
      output.line(reason)
    }
  }
}
