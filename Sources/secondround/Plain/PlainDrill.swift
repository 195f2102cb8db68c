import ArgumentParser
import Foundation
import InterviewCore
import SessionRuntime
import TerminalUI

/// `drill --plain`: each card's question, an answer line, the feedback the full-screen drill
/// shows, then a grade prompt and when the card comes back. Saved by `RecordedDrill`, exactly as
/// the full-screen drill saves; every word comes from `PlainDrillText`.
struct PlainDrill {
  let recorded: RecordedDrill
  /// Whether standard input is a terminal: there a bad grade is asked again; from a pipe it
  /// stops the drill with exit 64, since the lines after it were written for another prompt.
  let interactive: Bool
  let output = PlainOutput()

  /// Set by `:pause`: the clocks stand still until the next line, which only resumes them.
  private var isPaused = false
  /// Set by `:repeat`, or when a new card comes: the question is shown before the next line.
  private var showsQuestion = true
  /// The entry whose feedback was shown, so a refused grade does not show it again.
  private var shownFeedback: Int?

  init(recorded: RecordedDrill, interactive: Bool) {
    self.recorded = recorded
    self.interactive = interactive
  }

  private var drill: Drill { recorded.drill }

  /// Drives the drill to its summary, end of input, `:quit` or a signal; returns the exit code.
  mutating func run(reader: inout LineReader) throws -> Int32 {
    let cards = counted(drill.queue.count, "question")
    output.line(
      "SecondRound drill: \(cards). Answer each on one line, then grade it. "
        + ":help lists the commands.")
    if drill.untimed { output.line("Answers from a pipe are not timed.") }
    var lastIndex = -1
    while true {
      let now = MonotonicClock.now()
      recorded.saveIfDue(now: now)
      switch drill.phase {
      case .finished:
        recorded.leave()
        printSummary()
        return 0
      case .answering(let interview):
        if drill.index != lastIndex { showsQuestion = true }
        lastIndex = drill.index
        if let code = try answer(interview, reader: &reader) { return code }
      case .grading(let entry):
        if let code = try grade(entry, reader: &reader) { return code }
      }
    }
  }

  // MARK: - Answering

  private mutating func answer(_ interview: Interview, reader: inout LineReader) throws -> Int32? {
    guard case .answering(let turn) = interview.stage else {
      // A drilled question has no other stage to wait in; move it on.
      recorded.send(.interview(.proceed), at: MonotonicClock.now())
      return nil
    }
    if interview.notice != nil {
      output.line("Type an answer first, or :skip to skip this question.")
      output.prompt("> ")
    } else if showsQuestion {
      showsQuestion = false
      showQuestion(interview, turn: turn)
    } else {
      output.prompt("> ")
    }
    let shownAt = MonotonicClock.now()
    recorded.send(.interview(.tick), at: shownAt)
    switch reader.next() {
    case .signal(let signal):
      return interrupted(by: signal)
    case .endOfInput:
      output.line()
      recorded.stop(now: MonotonicClock.now())
      return nil
    case .line(let line) where isPaused:
      recorded.send(.interview(.closeMenu), at: line.end)
      isPaused = false
      output.line("Resumed: the clocks run again.")
      return nil
    case .line(let line):
      handle(line, shownAt: shownAt)
      return nil
    }
  }

  private mutating func handle(_ line: LineReader.Line, shownAt: Int64) {
    let first = max(line.firstByte, shownAt)
    let end = max(line.end, first)
    let text: String
    switch PlainCommand(line.text) {
    case .text(let typed): text = typed
    case .help:
      printCommands()
      return
    case .repeatQuestion:
      showsQuestion = true
      return
    case .time:
      recorded.send(.interview(.tick), at: end)
      output.line(timeLine())
      return
    case .skip:
      recorded.send(.interview(.choose(.skip)), at: end)
      return
    case .pause:
      recorded.send(.interview(.openMenu), at: end)
      isPaused = true
      output.line("Paused: the clocks are stopped. Press Enter to go on.")
      return
    case .end, .quit:
      recorded.stop(now: end)
      return
    case .play:
      // Drills do not record yet: said as for any word that is not one of the drill's commands.
      output.line(
        ":play is no drill command; nothing was saved. "
          + PlainDrillText.commands.map(\.name).joined(separator: ", "))
      return
    case .unknown(let word) where PlainDrillText.isUndo(word):
      guard drill.canUndoGrade else {
        output.line("There is no grade to take back: :undo works before you type an answer here.")
        return
      }
      recorded.send(.undoGrade, at: end)
      // The question comes back after the new grade, as it would after any grade.
      showsQuestion = true
      output.line("Took back the last grade; grade that answer again.")
      return
    case .unknown(let word):
      output.line(
        "\(word) is no command; nothing was saved. "
          + PlainDrillText.commands.map(\.name).joined(separator: ", ")
          + " (to answer with a line that starts with ':', type '::').")
      return
    }
    if case .answering(let turn)? = drill.interview?.stage, drill.mode == .spoken, !turn.started {
      // Speaking starts with the first key; an empty line only starts, the next one ends.
      recorded.send(.interview(.startSpeaking), at: first)
      guard !text.isEmpty else { return }
    }
    if !text.allSatisfy(\.isWhitespace) {
      recorded.send(.interview(.edit(.insert(text))), at: first)
    }
    recorded.send(.interview(.submit), at: end)
  }

  private func showQuestion(_ interview: Interview, turn: Turn) {
    output.line()
    output.line(PlainDrillText.heading(drill))
    if let card = drill.current { output.line(PlainDrillText.asker(card)) }
    output.line(interview.questionText(for: turn))
    if drill.mode == .spoken, !turn.started {
      output.line(
        "Answer aloud: press Enter as you start, then type brief notes and Enter to end.")
    }
    output.prompt("> ")
  }

  /// `:time`: the thinking or answer time so far against the target.
  private func timeLine() -> String {
    guard let interview = drill.interview, case .answering(let turn) = interview.stage else {
      return "Time: nothing is being timed."
    }
    let target = SpokenText.duration(milliseconds: interview.targetMilliseconds(for: turn))
    guard !drill.untimed else {
      return "Time: answers from a pipe are not timed; target \(target)."
    }
    let clock =
      turn.started
      ? "answer \(SpokenText.duration(milliseconds: turn.answerMilliseconds))"
      : "thinking \(SpokenText.duration(milliseconds: turn.thinkingMilliseconds))"
    return "Time: \(clock), target \(target)."
  }

  // MARK: - Grading

  private mutating func grade(_ entry: TranscriptEntry, reader: inout LineReader) throws -> Int32? {
    if shownFeedback != entry.sequence {
      shownFeedback = entry.sequence
      PlainDrillText.afterAnswer(entry, card: drill.current).forEach { output.line($0) }
    }
    let offered = drill.offeredGrades
    switch reader.next(prompt: PlainDrillText.gradePrompt(offered: offered)) {
    case .signal(let signal):
      return interrupted(by: signal)
    case .endOfInput:
      output.line()
      recorded.send(.quit, at: MonotonicClock.now())
      return nil
    case .line(let line):
      switch PlainDrillText.grade(line.text, offered: offered) {
      case .grade(let grade):
        let schedule = drill.preview(of: grade)
        let today = drill.today
        recorded.send(.grade(grade), at: line.end)
        if let schedule {
          output.line(PlainDrillText.nextDue(schedule, grade: grade, today: today))
        }
      case .command(.help):
        printCommands()
      case .command(.repeatQuestion):
        if let card = drill.current { output.line(card.text) }
        shownFeedback = nil
      case .command(.quit), .command(.end):
        recorded.send(.quit, at: line.end)
      case .command:
        output.line("Grade the answer first; :quit stops the drill and keeps it ungraded.")
      case .refused(let reason):
        guard interactive else {
          recorded.send(.quit, at: line.end)
          recorded.leave()
          throw Terminal.failure(
            "\(reason) The drill stopped; the answer is saved without a grade.")
        }
        output.line(reason)
      }
      return nil
    }
  }

  // MARK: - Ending

  private func interrupted(by signal: Int32) -> Int32 {
    recorded.interrupt(now: MonotonicClock.now())
    output.line()
    // Where it went, as the full-screen drill says it: a person stopping in a hurry should
    // not have to wonder whether the answers survived.
    if let problem = recorded.saveProblem {
      output.line("Interrupted; your answers could not be saved: \(problem)")
    } else if let id = recorded.sessionID {
      output.line(
        "Interrupted; what you answered is saved as drill session \(id) in "
          + "\(recorded.store.path). See it with 'secondround review'.")
    } else {
      output.line("Interrupted; nothing was answered, so nothing was saved.")
    }
    return 128 + signal
  }

  private func printCommands() {
    output.line("Commands (a line of its own; '::' starts an answer with ':'):")
    let width = PlainDrillText.commands.map(\.name.count).max() ?? 0
    for command in PlainDrillText.commands {
      let padding = String(repeating: " ", count: width - command.name.count)
      output.line("  \(command.name)\(padding)  \(command.summary)")
    }
  }

  private func printSummary() {
    output.line()
    PlainDrillText.summary(drill).forEach { output.line($0) }
    if let problem = recorded.saveProblem {
      Terminal.error("secondround: \(problem)")
    } else if let id = recorded.sessionID {
      output.line("Saved as drill session \(id) in \(recorded.store.path).")
    }
  }
}
