import Foundation
import InterviewCore
import SessionRuntime
import Speech
import TerminalUI
import TranscriptStore

/// The line-oriented front end: the same interview and timings as the full screen, for screen
/// readers, scripts and pipes. Questions are printed; each answer is one line.
struct PlainRehearsal {
  /// What to do with an interrupted interview waiting in the store.
  enum Waiting {
    /// Ask on the terminal; from a pipe, start anew and say how to resume.
    case ask
    /// Resume it (`--resume`).
    case resume
    /// Leave it and start anew (`--new`).
    case startNew
  }

  let settings: RehearsalSettings
  let library: DeckLibrary
  let store: TranscriptDatabase
  var waiting: Waiting = .ask
  /// The settings still to ask on the terminal before a new interview, if any: asked only once
  /// no interrupted interview is resumed instead.
  var setup: PlainSetup?
  /// `--recorder CMD` and `--player CMD`, overriding the programs found on the PATH.
  var recorderOption: String?
  var playerOption: String?

  /// Runs the interview to its summary; returns the exit code.
  func run() throws -> Int32 {
    ExitSignal.install()
    var reader = LineReader()
    // Before a new interview is planned: a resumed one brings its own plan.
    if let resumed = resumeIfWanted(reader: &reader) {
      var session = PlainSession(recorded: resumed, output: PlainOutput())
      session.notesDraft = resumed.interview.draft?.isEmpty == false
      let settings = resumed.interview.plan.settings
      if let parts = try spokenParts(for: settings) {
        session.spoken = SpokenAnswers(parts: parts, sessionID: resumed.sessionID)
      }
      return session.run(reader: &reader)
    }
    var settings = settings
    if let setup { settings = try PlainSetupPrompts.ask(setup, reader: &reader) }
    guard let deck = library.deck(withID: settings.deckID) else {
      throw Terminal.failure("unknown deck '\(settings.deckID.inert)'")
    }
    let plan: InterviewPlan
    switch InterviewPlanner.plan(settings: settings, deck: deck, library: library) {
    case .success(let drawn): plan = drawn
    case .failure(let problem): throw Terminal.failure(problem.description)
    }
    // Checked before the session is created: a recorder or voice that cannot work is an error
    // with nothing left behind.
    let parts = try spokenParts(for: settings)
    let recorded: RecordedInterview
    do {
      recorded = try RecordedInterview(
        plan: plan, deckTitle: deck.title, store: store, now: MonotonicClock.now())
    } catch {
      throw Terminal.failure(error.description, exitCode: error.exitCode)
    }
    var session = PlainSession(recorded: recorded, output: PlainOutput())
    if let parts {
      session.spoken = SpokenAnswers(parts: parts, sessionID: recorded.sessionID)
    }
    return session.run(reader: &reader)
  }

  /// The recorder, transcriber and voice for `settings`, checked; nil for a typed interview
  /// that is not read aloud.
  private func spokenParts(for settings: RehearsalSettings) throws -> SpokenParts? {
    do {
      return try SpokenOptions(recorder: recorderOption, player: playerOption)
        .parts(for: settings, dataDirectory: store.directory)
    } catch {
      throw Terminal.failure(error.message.inert, exitCode: SpokenParts.unavailable)
    }
  }

  /// The interrupted interview waiting in the store, resumed when `waiting` (or the answer to
  /// the question on a terminal) says so; nil to start a new one.
  private func resumeIfWanted(reader: inout LineReader) -> RecordedInterview? {
    guard let found = SessionResume.waiting(in: store) else { return nil }
    let company = found.summary.company.inert
    guard let interview = found.interview else {
      Terminal.error(
        "secondround: note: the interrupted interview with \(company) cannot be read back; "
          + "starting a new one")
      return nil
    }
    let output = PlainOutput()
    switch waiting {
    case .startNew:
      return nil
    case .resume:
      break
    case .ask:
      guard isatty(STDIN_FILENO) == 1 else {
        Terminal.error(
          "secondround: note: the interview with \(company) is still interrupted; "
            + "pass --resume to go on with it (--new starts anew without this note)")
        return nil
      }
      let question =
        "Resume the interview with \(company) from \(interview.whereabouts.inert)? [Y/n] "
      guard case .line(let line) = reader.next(prompt: question) else { return nil }
      let answer = line.text.trimmingCharacters(in: .whitespaces).lowercased()
      guard ["", "y", "yes"].contains(answer) else { return nil }
    }
    output.line("Resuming the interview with \(company) (\(interview.whereabouts.inert)).")
    return RecordedInterview(
      resuming: interview, sessionID: found.summary.id, store: store, now: MonotonicClock.now())
  }
}

/// Writes lines to stdout, inert, flushing each so a pipe sees questions as they are asked.
struct PlainOutput {
  /// Prints one line.
  func line(_ text: String = "") {
    Self.write(text.inert + "\n")
  }

  /// Prints a prompt without a newline.
  func prompt(_ text: String) {
    Self.write(text.inert)
  }

  /// Writes `text` to stdout whole, or as much as the terminal takes: after a hangup writes
  /// fail, and what was typed must still be saved and the app exit as for the signal, where
  /// FileHandle's `write` would stop the process.
  static func write(_ text: String) {
    writeToStandardOutput(Array(text.utf8))
  }
}

/// Writes `bytes` to stdout, giving up at the first error but an interruption.
private func writeToStandardOutput(_ bytes: [UInt8]) {
  var rest = bytes[...]
  while !rest.isEmpty {
    let written = rest.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    if written < 0, errno == EINTR { continue }
    guard written > 0 else { return }
    rest = rest.dropFirst(written)
  }
}

/// One plain interview, stage by stage.
struct PlainSession {
  let recorded: RecordedInterview
  let output: PlainOutput
  /// Set by `:pause`: the clocks stand still until the next line, which only resumes them.
  private var isPaused = false
  /// Set by `:repeat`: the question is shown again before the next line is read.
  private var showsAgain = false
  /// Set for a resumed interview with a draft: said once, under the question it answers.
  var notesDraft = false
  /// Records, transcribes and reads aloud in a spoken interview (or one read aloud).
  var spoken: SpokenAnswers?
  /// Set once the panel's voice failed: said once, then the questions are only printed.
  private var voiceFailed = false

  init(recorded: RecordedInterview, output: PlainOutput) {
    self.recorded = recorded
    self.output = output
  }

  private var interview: Interview { recorded.interview }

  /// Drives the interview until its summary, end of input, `:quit` or a signal.
  mutating func run(reader: inout LineReader) -> Int32 {
    printHeader(editing: reader.isEditing)
    var lastPosition = ""
    while true {
      settleRecording()
      takeTranscriptions()
      let now = MonotonicClock.now()
      recorded.saveIfDue(now: now)
      // Said once: a failing store would otherwise repeat it at every prompt.
      if let problem = recorded.takeNewProblem() { Terminal.error("secondround: \(problem)") }
      let stage = interview.stage
      // The clocks inside the stage change all the time; the prompt is shown again only when
      // the interview moved to another question.
      let position = Self.position(of: stage)
      var prompt = "> "
      if position != lastPosition || interview.notice != nil || showsAgain {
        showsAgain = false
        prompt = show(stage, readsAloud: position != lastPosition)
        if notesDraft, let text = interview.draft?.text {
          notesDraft = false
          output.line(
            reader.isEditing
              ? "Your draft is on the answer line: edit it or go on, then press Enter."
              : "Your draft so far: \(text.inert) (what you type next is added to it)")
        }
        // A recording this run did not start: the one an interruption left, offered again.
        if case .answering(let turn) = stage, turn.started, let path = turn.audioPath,
          spoken?.recordingPath != path
        {
          output.line(
            "Your recording of this answer so far is kept (\(path)); press Enter to end the "
              + "answer.")
        }
      }
      lastPosition = position
      switch stage {
      case .briefing, .intro:
        recorded.send(.proceed, at: now)
        continue
      case .summary:
        takeTranscriptions(waiting: true)
        printSummary()
        return 0
      case .answering, .candidateQuestions, .reflection:
        break
      }
      let shownAt = MonotonicClock.now()
      recorded.send(.tick, at: shownAt)
      // On a terminal the editor starts with the draft (a resumed one) and hands back the whole
      // answer; from a pipe each line is added to it.
      let draft = reader.isEditing && !isPaused ? interview.draft?.text ?? "" : ""
      switch reader.next(prompt: prompt, text: draft) {
      case .signal(let signal):
        if let path = spoken?.recordingPath {
          // What was said so far stays with the answer, for the resumed interview to end.
          spoken?.stopRecording()
          output.line("Your recording so far is kept (\(path)).")
        }
        interrupt(keeping: reader.unfinished, shownAt: shownAt, editing: reader.isEditing)
        return 128 + signal
      case .endOfInput:
        output.line()
        finish(at: MonotonicClock.now())
        continue
      case .line(let line) where isPaused:
        // Whatever was typed only ends the pause; the question waits as it was.
        recorded.send(.closeMenu, at: line.end)
        isPaused = false
        output.line("Resumed: the clocks run again.")
      case .line(let line):
        handle(line, shownAt: shownAt, editing: reader.isEditing)
      }
    }
  }

  /// Stops the recorder once the answer it records is over and sends the recordings not yet
  /// transcribed to the transcriber (`SpokenAnswers.settle`).
  private func settleRecording() {
    guard let spoken else { return }
    if let problem = spoken.settle(interview).problem {
      output.line("The recording may be incomplete: \(problem)")
    }
  }

  /// Hands the transcriptions that landed to the interview and the store, a line each;
  /// `waiting` (at the summary) first waits for those still running.
  private func takeTranscriptions(waiting: Bool = false) {
    guard let spoken else { return }
    if waiting, spoken.outstanding > 0 {
      output.line("Waiting for \(counted(spoken.outstanding, "transcription")) to finish…")
    }
    for (sequence, outcome) in spoken.landed(waiting: waiting) {
      guard let entry = recorded.transcribed(outcome, entry: sequence) else { continue }
      // The entry's number, as `transcripts show` numbers it.
      let number = sequence
      switch outcome {
      case .transcribed:
        let pace = entry.spoken?.wordsPerMinute.map { ", \($0) words a minute" } ?? ""
        output.line("Transcribed answer \(number)\(pace).")
      case .failed(let reason):
        output.line(
          "Answer \(number) was not transcribed: \(reason). Its recording is kept; "
            + "'secondround transcripts transcribe \(recorded.sessionID)' tries again.")
      }
    }
  }

  /// Where the interview is, without its clocks or draft.
  private static func position(of stage: Stage) -> String {
    switch stage {
    case .briefing: return "briefing"
    case .intro(let segment): return "intro \(segment)"
    case .answering(let turn): return "answer \(turn.segment) \(turn.question) \(turn.isFollowUp)"
    case .candidateQuestions(let turn, _): return "ask \(turn.segment) \(turn.question)"
    case .reflection(let prompt, _): return "reflect \(prompt.rawValue)"
    case .summary: return "summary"
    }
  }

  /// A command (`:help`, `:skip`, …), or an answer typed at the line's first byte and
  /// submitted at its end.
  private mutating func handle(_ line: LineReader.Line, shownAt: Int64, editing: Bool) {
    let first = max(line.firstByte, shownAt)
    let end = max(line.end, first)
    let text: String
    switch PlainCommand(line.text) {
    case .text(let typed):
      text = typed
    case .help:
      printCommands()
      return
    case .repeatQuestion:
      showsAgain = true
      return
    case .time:
      recorded.send(.tick, at: end)
      output.line(timeLine())
      return
    case .skip:
      recorded.send(.choose(.skip), at: end)
      return
    case .pause:
      recorded.send(.openMenu, at: end)
      isPaused = true
      output.line("Paused: the clocks are stopped. Press Enter to go on.")
      return
    case .end:
      // From an answer, on to the reflection, as End does on the full screen; from the
      // reflection, the end of it.
      if case .reflection = interview.stage { return finish(at: end) }
      recorded.send(.choose(.end), at: end)
      return
    case .quit:
      finish(at: end)
      return
    case .play:
      playLastRecording()
      return
    case .unknown(let word):
      output.line(
        "\(word) is no command; nothing was saved. "
          + PlainCommand.list.map(\.name).joined(separator: ", ")
          + " (to answer with a line that starts with ':', type '::').")
      return
    }
    if case .answering(let turn) = interview.stage, interview.plan.settings.mode == .spoken,
      !turn.started
    {
      // An empty line starts the answer, recorded when there is a recorder; the next line ends
      // it. A line with text at once is notes for an answer not recorded.
      if text.isEmpty, let spoken, spoken.records,
        let path = startRecording(spoken, sequence: interview.entries.count + 1)
      {
        recorded.send(.startRecording(audioPath: path), at: first)
        output.line("Recording: speak your answer, then press Enter (notes typed first are kept).")
        return
      }
      // Speaking starts with the first key; an empty line only starts, the next one ends.
      recorded.send(.startSpeaking, at: first)
      guard !text.isEmpty else { return }
    }
    // Each line is a whole answer: a blank one is refused (the hint shows) and must not leave
    // its spaces in the draft of the next line.
    let isBlank = text.allSatisfy(\.isWhitespace)
    if editing {
      // The editor started with the draft, so its text is the whole answer. Only a change is
      // sent: any edit ends the thinking time, and a refused empty line must not.
      let answer = isBlank ? "" : text
      if answer != interview.draft?.text ?? "" {
        recorded.send(.edit(.replaceAll(answer)), at: first)
      }
    } else if !isBlank {
      recorded.send(.edit(.insert(text)), at: first)
    }
    let before = interview.entries.count
    recorded.send(.submit, at: end)
    coach(after: before)
  }

  /// Starts recording the answer that will be entry `sequence`, warning once on a silent
  /// microphone; nil, having said why in one line, when the recorder would not start.
  private func startRecording(_ spoken: SpokenAnswers, sequence: Int) -> String? {
    let output = output
    do {
      return try spoken.startRecording(sequence: sequence) {
        output.line(
          "Your microphone seems silent: check it is on and not muted (recording goes on).")
      }
    } catch {
      output.line("Not recording: \(error.message). Your answer is timed as before.")
      return nil
    }
  }

  /// With feedback after each answer, the one most useful note on what was just recorded.
  private func coach(after count: Int) {
    guard interview.plan.settings.feedbackTiming == .afterEach else { return }
    for entry in interview.entries.dropFirst(count) {
      guard let note = entry.coaching else { continue }
      output.line("Coach: \(note.text)")
    }
  }

  /// Saves the interview as interrupted, the line being typed kept as the draft of the question
  /// it answers, and says how to go on with it.
  private func interrupt(keeping unfinished: LineReader.Line?, shownAt: Int64, editing: Bool) {
    var keptDraft = false
    // While paused, what is typed only ends the pause; it is no answer.
    if let unfinished, !isPaused, interview.draft != nil,
      !unfinished.text.allSatisfy(\.isWhitespace)
    {
      let edit: EditCommand = editing ? .replaceAll(unfinished.text) : .insert(unfinished.text)
      recorded.send(.edit(edit), at: max(unfinished.firstByte, shownAt))
      keptDraft = true
    }
    let place = interview.whereabouts
    // Saved before anything is printed: after a hangup there may be no terminal to print to.
    recorded.interrupt(now: MonotonicClock.now())
    if !editing { output.line() }
    output.line(
      keptDraft
        ? "Saved your draft (\(place)); run 'secondround rehearse --plain' to go on."
        : "Interrupted; saved at \(place). Run 'secondround rehearse --plain' to go on.")
  }

  /// Ends the interview and skips the rest of the reflection: what was said is saved.
  private func finish(at now: Int64) {
    if case .summary = interview.stage { return }
    recorded.send(.choose(.end), at: now)
    if case .reflection = interview.stage { recorded.send(.choose(.end), at: now) }
  }

  private func printHeader(editing: Bool) {
    let plan = interview.plan
    let settings = plan.settings
    output.line("SecondRound, a mock second interview.")
    output.line(
      "\(settings.company), \(settings.position); deck \(settings.deckID), seed \(settings.seed).")
    output.line("Panel: \(plan.panel.joined(separator: ", "))")
    for (index, segment) in plan.segments.enumerated() {
      let count =
        segment.isCandidateQuestions
        ? "your questions"
        : counted(segment.questions.count, "question")
      output.line(
        PlainRehearsalText.plannedSegment(
          number: index + 1, title: segment.title, questions: count,
          seconds: segment.budgetSeconds))
    }
    if let sources = plan.sourcesLine { output.line("Sources: \(sources)") }
    if let range = settings.salaryRange { output.line("Your salary range: \(range)") }
    if let walkAway = settings.walkAway { output.line("Your walk-away: \(walkAway)") }
    if !settings.isTimed {
      output.line("Answers come from a pipe, so they are not timed (and stats leave them out).")
    }
    if let spoken { printSpokenNotes(spoken.parts, mode: settings.mode) }
    if editing {
      // Two short lines: each fits a terminal 80 wide, and each is one thing to hear.
      output.line("Enter sends your answer; Alt-Enter or Ctrl-J starts a new line in it.")
      output.line("Type :help for the commands; Ctrl-C saves and stops, to go on later.")
    } else {
      output.line(
        "Each answer is one line. :help lists the commands (:repeat, :time, :skip, :pause, :end, "
          + ":quit); end of input ends the interview and saves it as finished.")
    }
  }

  /// What spoken mode will not do on this machine, each in one line before the first question.
  private func printSpokenNotes(_ parts: SpokenParts, mode: AnswerMode) {
    guard mode == .spoken else { return }
    if let problem = parts.recorderProblem {
      output.line("Not recording: \(problem). Answers are timed only; --recorder CMD names one.")
    } else if parts.recorder == nil {
      output.line(
        "No recorder found (arecord, rec, pw-record or parecord): answers are timed only; "
          + "--recorder CMD names one.")
    } else if parts.transcriber is MissingTranscriber {
      output.line(
        "No transcriber is set up: answers are recorded and kept, not transcribed "
          + "('secondround speech setup', then 'secondround transcripts transcribe ID').")
    }
  }

  /// `:help`: every command and what it does.
  private func printCommands() {
    output.line("Commands (a line of its own; '::' starts an answer with ':'):")
    // The summaries line up: easier to scan, and a screen reader skips the spaces.
    let width = PlainCommand.list.map(\.name.count).max() ?? 0
    for command in PlainCommand.list {
      let padding = String(repeating: " ", count: width - command.name.count)
      output.line("  \(command.name)\(padding)  \(command.summary)")
    }
  }

  /// `:time`: where the clocks stand: the turn's thinking or answer time against its target, and
  /// the interview's time against its plan.
  private func timeLine() -> String {
    let report = InterviewReport(interview)
    switch interview.stage {
    case .answering(let turn), .candidateQuestions(let turn, _):
      return PlainRehearsalText.time(
        turn: (
          started: turn.started, thinking: turn.thinkingMilliseconds,
          answer: turn.answerMilliseconds, target: interview.targetMilliseconds(for: turn)
        ), interview: report.interviewMilliseconds, budget: report.budgetMilliseconds,
        untimed: !interview.plan.settings.isTimed)
    default:
      return PlainRehearsalText.time(
        turn: nil, interview: report.interviewMilliseconds, budget: report.budgetMilliseconds)
    }
  }

  /// Prints what `stage` asks, reading a new question aloud when the panel has a voice;
  /// returns the prompt the answer line starts with.
  private mutating func show(_ stage: Stage, readsAloud: Bool) -> String {
    if interview.notice != nil {
      // The core's hint names the Esc menu; here the command is typed.
      output.line("Type an answer first, or :skip to skip this question.")
      return "> "
    }
    switch stage {
    case .intro(let index):
      let segment = interview.plan.segments[index]
      output.line()
      output.line(
        PlainRehearsalText.segmentHeading(
          title: segment.title, number: index + 1, of: interview.plan.segments.count))
      output.line("\(segment.interviewer): \(segment.intro)")
    case .answering(let turn):
      let segment = interview.plan.segments[turn.segment]
      output.line()
      output.line(
        PlainRehearsalText.questionHeading(
          segmentTitle: segment.title, question: turn.isFollowUp ? nil : turn.question + 1,
          of: segment.questions.count, targetMilliseconds: interview.targetMilliseconds(for: turn),
          interviewer: segment.interviewer))
      output.line(interview.questionText(for: turn))
      if readsAloud { readAloud(interview.questionText(for: turn), by: segment.interviewer) }
      if segment.kind == .salary, let range = interview.plan.settings.salaryRange {
        output.line(
          "(Your range: \(range)\(interview.plan.settings.walkAway.map { "; walk-away \($0)" } ?? ""))"
        )
      }
      if interview.plan.settings.mode == .spoken, !turn.started {
        output.line(
          spoken?.records == true
            ? "Answer aloud: press Enter to start recording, then Enter again to end."
            : "Answer aloud: press Enter as you start, then type brief notes and Enter to end.")
      }
    case .candidateQuestions(let turn, _):
      output.line()
      output.line(interview.questionText(for: turn) + " (one per line; an empty line when done)")
      return "? "
    case .reflection(let prompt, _):
      if prompt == .wentWell {
        output.line()
        output.line(PlainRehearsalText.reflectionHeading)
      }
      output.line(prompt.text)
    case .briefing, .summary:
      break
    }
    return "> "
  }

  /// `:play`: the newest recorded answer through the player, waiting until it has played.
  private func playLastRecording() {
    guard let path = interview.entries.last(where: { $0.spoken != nil })?.spoken?.audioPath,
      let spoken
    else {
      output.line("Nothing is recorded yet to play.")
      return
    }
    guard let player = spoken.parts.player else {
      output.line(
        "No player found (aplay, play, pw-play or paplay); --player CMD names one.")
      return
    }
    output.line("Playing \(path)…")
    do {
      let process = try ChildProcess.start(player.arguments(file: spoken.absolute(path)))
      let ending = process.waitUntilExit()
      if !ending.isClean() {
        output.line(
          "The player failed (\(player.display)): \(process.lastErrorLine ?? "\(ending)")")
      }
    } catch {
      output.line("The player could not start: \(error.message)")
    }
  }

  /// Reads `question` in `interviewer`'s voice and starts the thinking time once it has been
  /// read; a voice that fails is said once and then left out.
  private mutating func readAloud(_ question: String, by interviewer: String) {
    guard !voiceFailed, let spoken, let program = spoken.parts.voiceProgram else { return }
    let voice = PanelVoice(program: program, panel: interview.plan.panel)
    if let problem = voice.read(question, by: interviewer) {
      voiceFailed = true
      output.line("The questions are no longer read aloud: \(problem).")
      return
    }
    recorded.send(.questionRead, at: MonotonicClock.now())
  }

  /// The coach's summary, unless feedback is off: the totals, then each answer's line.
  private func printFeedback() {
    guard let summary = interview.feedbackSummary else { return }
    output.line()
    PlainRehearsalText.feedback(summary, entries: interview.entries).forEach { output.line($0) }
  }

  private func printSummary() {
    output.line()
    PlainRehearsalText.summary(InterviewReport(interview)).forEach { output.line($0) }
    printFeedback()
    if recorded.isDiscarded {
      output.line("Nothing was answered, so no transcript was kept.")
    } else {
      output.line("Transcript \(recorded.sessionID) saved in \(recorded.store.path)")
    }
  }
}
