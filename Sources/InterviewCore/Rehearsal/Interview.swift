/// One answer in progress: which question, the draft and its two clocks.
///
/// Its fields live in one shared box, copied on the first change after a copy: a turn rides in
/// the interview's stage, which the screen and the state machine read and write on every key,
/// and a turn held inline was copied whole there, each part retained and released.
public struct Turn: Codable, Equatable, Sendable {
  /// What a turn holds; its coding keys are the turn's, so snapshots read as before.
  struct Fields: Codable, Equatable, Sendable {
    var segment: Int
    var question: Int
    var isFollowUp: Bool
    var started: Bool
    var buffer: AnswerBuffer
    var thinkingMilliseconds: Int
    var answerMilliseconds: Int
    var followUpText: String?
    var probe: ProbeKind?
    var audioPath: String?
  }

  /// The box the fields live in. Only ever changed through `fields`, which copies it first
  /// unless this turn is its only owner: a value, however many turns share it.
  private final class Box: @unchecked Sendable {
    // Accessed only through `Turn.fields`, whose copy on write keeps two turns from ever
    // writing one box; the run-time check of each access would cost more than the rest.
    @exclusivity(unchecked) var fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  private var box: Box

  /// The box, this turn's own: copied first if another turn shares it.
  private var ownBox: Box {
    mutating get {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
      return box
    }
  }

  /// Index into the plan's segments.
  public var segment: Int {
    get { box.fields.segment }
    set { ownBox.fields.segment = newValue }
  }
  /// Index into the segment's questions; for the candidate's questions, how many were asked.
  public var question: Int {
    get { box.fields.question }
    set { ownBox.fields.question = newValue }
  }
  /// Whether this is the follow-up to the question rather than the question itself.
  public var isFollowUp: Bool {
    get { box.fields.isFollowUp }
    set { ownBox.fields.isFollowUp = newValue }
  }
  /// Whether the candidate has started answering (first keystroke, or Space when speaking).
  public var started: Bool {
    get { box.fields.started }
    set { ownBox.fields.started = newValue }
  }
  /// The draft.
  public var buffer: AnswerBuffer {
    // Straight to the box's field: through a second accessor, each read of the draft
    // allocated the accessor's frame on the heap.
    _read { yield box.fields.buffer }
    _modify { yield &ownBox.fields.buffer }
  }
  /// Time from the question appearing to starting.
  public var thinkingMilliseconds: Int {
    get { box.fields.thinkingMilliseconds }
    set { ownBox.fields.thinkingMilliseconds = newValue }
  }
  /// Time since starting.
  public var answerMilliseconds: Int {
    get { box.fields.answerMilliseconds }
    set { ownBox.fields.answerMilliseconds = newValue }
  }
  /// For a follow-up, the words the interviewer chose after the answer (a probe or the deck's
  /// follow-up); nil in snapshots from before adaptive follow-ups, which fall back to the plan.
  public var followUpText: String? {
    get { box.fields.followUpText }
    set { ownBox.fields.followUpText = newValue }
  }
  /// For a follow-up, why it is asked.
  public var probe: ProbeKind? {
    get { box.fields.probe }
    set { ownBox.fields.probe = newValue }
  }
  /// Spoken mode: where the answer is being recorded (relative to the data directory), once
  /// recording started; nil when typed or not recorded.
  public var audioPath: String? {
    get { box.fields.audioPath }
    set { ownBox.fields.audioPath = newValue }
  }

  /// A fresh turn at `question` of `segment`.
  public init(
    segment: Int, question: Int, isFollowUp: Bool = false, followUpText: String? = nil,
    probe: ProbeKind? = nil
  ) {
    box = Box(
      Fields(
        segment: segment, question: question, isFollowUp: isFollowUp, started: false,
        buffer: AnswerBuffer(), thinkingMilliseconds: 0, answerMilliseconds: 0,
        followUpText: followUpText, probe: probe, audioPath: nil))
  }

  /// Reads a turn saved in a snapshot.
  public init(from decoder: any Decoder) throws {
    box = Box(try Fields(from: decoder))
  }

  /// Writes the turn as its fields, as a snapshot holds it.
  public func encode(to encoder: any Encoder) throws {
    try box.fields.encode(to: encoder)
  }

  /// Whether two turns hold the same answer at the same point.
  public static func == (lhs: Turn, rhs: Turn) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }

  /// Both clocks together: how long the question has been showing.
  public var elapsedMilliseconds: Int { thinkingMilliseconds + answerMilliseconds }
}

/// The reflection prompts asked after the last segment, each optional.
public enum ReflectionPrompt: Int, CaseIterable, Codable, Sendable {
  case wentWell, doDifferently, followUp

  /// The prompt as shown.
  public var text: String {
    switch self {
    case .wentWell: return "What went well?"
    case .doDifferently: return "What would you do differently next time?"
    case .followUp: return "What should your follow-up note to the panel address?"
    }
  }
}

/// Where an interview is.
public enum Stage: Codable, Equatable, Sendable {
  /// The panel and the agenda.
  case briefing
  /// The interviewer opens segment `segment`.
  case intro(segment: Int)
  /// A question or follow-up is being answered.
  case answering(Turn)
  /// The candidate asks their questions; `turn.question` counts those asked.
  case candidateQuestions(Turn, showingInspiration: Bool)
  /// A reflection prompt is being answered.
  case reflection(ReflectionPrompt, AnswerBuffer)
  /// The interview is over and saved.
  case summary

  /// Whether this is the summary. Matched, not compared: `== .summary` copied both stages,
  /// an answer's whole draft among them, on every key.
  public var isSummary: Bool {
    if case .summary = self { true } else { false }
  }

  /// Whether this is the briefing, matched as `isSummary` is.
  public var isBriefing: Bool {
    if case .briefing = self { true } else { false }
  }
}

/// A mock interview as a pure state machine: send it actions with the time they happened at,
/// and it answers with effects for the runtime to perform.
public struct Interview: Codable, Equatable, Sendable {
  /// The drawn interview; a question whose condition is not met when it is reached is taken
  /// out of it (so every count shown agrees with what is asked).
  public private(set) var plan: InterviewPlan
  /// Where the interview is.
  public private(set) var stage: Stage
  /// The highlighted entry while the Esc menu is open; nil when it is closed.
  public private(set) var menuSelection: MenuItem?
  /// Whether the help is showing.
  public private(set) var isShowingHelp: Bool
  /// Everything recorded so far, in order.
  public private(set) var entries: [TranscriptEntry]
  /// Time spent in each segment, by index.
  public private(set) var segmentMilliseconds: [Int]
  /// Time spent in the interview proper, from the first segment to the last.
  public private(set) var interviewMilliseconds: Int
  /// A one-line hint after an action that could not be done; cleared by the next action.
  public private(set) var notice: String?
  /// The instant of the last action; nil after a restart, so the time the app was not running
  /// is never counted.
  private var lastInstant: Int64?
  /// Set when the interview was ended before its time: End in the Esc menu, or a drill
  /// interrupted with a draft. Optional so snapshots saved before it existed still decode (nil:
  /// not ended).
  private var ended: Bool?
  /// How far the summary is scrolled, in lines; nil (the top) in snapshots saved before it.
  var summaryScroll: Int?
  /// True while the terminal is too small to show the interview; nil otherwise, so snapshots
  /// saved before it existed decode.
  private var hiddenBySmallScreen: Bool?
  /// Which of the plan's ideas is highlighted while they show; nil (the first) in snapshots
  /// saved before it.
  private var inspirationIndex: Int?

  /// An interview at its briefing; a drill (`plan.drill` set) goes straight to its question.
  public init(plan: InterviewPlan) {
    self.plan = plan
    if plan.drill != nil {
      // A drill has no briefing, intro or reflection: the question shows at once. A plan with
      // nothing to ask (it should not happen) is over before it starts rather than a crash.
      let hasQuestion = plan.segments.first?.questions.isEmpty == false
      stage = hasQuestion ? .answering(Turn(segment: 0, question: 0)) : .summary
    } else {
      stage = .briefing
    }
    menuSelection = nil
    isShowingHelp = false
    entries = []
    segmentMilliseconds = Array(repeating: 0, count: plan.segments.count)
    interviewMilliseconds = 0
    notice = nil
    lastInstant = nil
  }

  /// Whether this is the drill of a single question rather than a mock interview.
  public var isDrill: Bool { plan.drill != nil }

  /// Whether the candidate chose End in the Esc menu (a drill then stops instead of going on to
  /// its grading).
  public var endedEarly: Bool { ended == true }

  /// Whether every clock is stopped: the menu or the help is open, or the terminal is too small
  /// to show the interview.
  public var isPaused: Bool {
    menuSelection != nil || isShowingHelp || hiddenBySmallScreen == true
  }

  /// The answer mode the current stage uses: reflection and the candidate's questions are typed.
  public var currentMode: AnswerMode {
    if case .answering = stage { return plan.settings.mode }
    return .typed
  }

  /// Whether keys go into a text editor right now (so `?` is text, not help).
  public var isTyping: Bool {
    guard !isPaused else { return false }
    switch stage {
    case .answering(let turn): return plan.settings.mode == .typed || turn.started
    case .candidateQuestions, .reflection: return true
    case .briefing, .intro, .summary: return false
    }
  }

  /// What Enter on an empty answer says: Esc opens the menu, whose Skip entry (its first
  /// letter, `s`) skips the question.
  public static let emptyAnswerNotice = "Type an answer, or Esc then s to skip."

  /// The menu entries that make sense at this stage. The reflection's prompts are not
  /// questions to skip: Enter on an empty one goes on, and ending goes to the summary.
  public var menuItems: [MenuItem] {
    switch stage {
    case .answering, .candidateQuestions: return MenuItem.allCases
    case .briefing, .intro, .reflection: return [.resume, .end, .help]
    case .summary: return [.resume, .help]
    }
  }

  /// Forget the instant of the last action: after a restart the clocks go on from their saved
  /// values when the next action arrives, without counting the time in between.
  public mutating func restarted() {
    lastInstant = nil
  }

  /// Ctrl-C or a signal during a drill: the clocks are brought up to `now` (paused ones stay
  /// paused), and a draft that is not empty is recorded, ending the drill of the question as
  /// End would (an answer with text is an answer), so nothing typed is lost. Nothing else
  /// changes without a draft.
  mutating func interrupted(at now: Int64) -> [InterviewEffect] {
    advanceClocks(to: now)
    guard isDrill, case .answering(let turn) = stage, !turn.buffer.isEmpty else { return [] }
    menuSelection = nil
    isShowingHelp = false
    notice = nil
    return end()
  }

  /// Applies `action`, which happened at `now` (milliseconds on a monotonic clock), and returns
  /// what the runtime must do.
  public mutating func send(_ action: InterviewAction, at now: Int64) -> [InterviewEffect] {
    advanceClocks(to: now)
    if case .tick = action { return [] }
    if case .screenTooSmall(let small) = action {
      // Not a key: the help, the menu and the notice stay as they were.
      hiddenBySmallScreen = small ? true : nil
      return []
    }
    notice = nil
    if isShowingHelp {
      // Any key leaves the help, as in less or htop.
      isShowingHelp = false
      return []
    }
    if let selection = menuSelection { return sendToMenu(action, selection: selection) }
    switch action {
    case .tick: return []
    case .toggleHelp:
      isShowingHelp = true
      return []
    case .openMenu:
      guard !stage.isSummary else { return [] }
      menuSelection = .resume
      return []
    case .closeMenu, .moveMenuSelection, .chooseMenuSelection:
      return []
    case .choose(let item):
      return perform(item)
    case .proceed:
      return proceed()
    case .edit(let command):
      if case .intro = stage, case .insert = command {
        // Typing on a segment's introduction is the start of the first answer: the words
        // typed before pressing Enter go into it instead of being dropped.
        return proceed() + edit(command)
      }
      return edit(command)
    case .startSpeaking:
      return startSpeaking()
    case .startRecording(let audioPath):
      return startSpeaking(recordingTo: audioPath)
    case .questionRead:
      // The panel's voice has finished the question: thinking starts now, not when it showed.
      if case .answering(var turn) = stage, !turn.started {
        turn.thinkingMilliseconds = 0
        stage = .answering(turn)
      }
      return []
    case .submit:
      return submit()
    case .toggleInspiration:
      if case .candidateQuestions(let turn, let showing) = stage {
        stage = .candidateQuestions(turn, showingInspiration: !showing)
        inspirationIndex = nil
      }
      return []
    case .moveInspiration(let offset):
      guard case .candidateQuestions(_, true) = stage, !plan.inspiration.isEmpty else {
        return []
      }
      inspirationIndex = min(max(0, highlightedIdea + offset), plan.inspiration.count - 1)
      return []
    case .useInspiration:
      guard case .candidateQuestions(let turn, true) = stage,
        plan.inspiration.indices.contains(highlightedIdea)
      else { return [] }
      let idea = plan.inspiration[highlightedIdea]
      stage = .candidateQuestions(turn, showingInspiration: false)
      inspirationIndex = nil
      return edit(.insert(idea))
    case .scrollSummary(let offset):
      scrollSummary(to: offset)
      return []
    case .screenTooSmall:
      return []
    }
  }

  /// The index of the highlighted idea among `plan.inspiration` while they show.
  public var highlightedIdea: Int { inspirationIndex ?? 0 }

  // MARK: - Clocks

  private mutating func advanceClocks(to now: Int64) {
    defer { lastInstant = now }
    guard let last = lastInstant, !isPaused else { return }
    // A clock that went backwards (it should not, being monotonic) must not subtract time.
    let delta = Int(clamping: max(0, now - last))
    switch stage {
    case .intro(let segment):
      segmentMilliseconds[segment] += delta
      interviewMilliseconds += delta
    case .answering(var turn):
      // The stage lets go of the turn first, so the tick changes it in place.
      stage = .summary
      segmentMilliseconds[turn.segment] += delta
      interviewMilliseconds += delta
      turn.tick(delta)
      stage = .answering(turn)
    case .candidateQuestions(var turn, let showing):
      stage = .summary
      segmentMilliseconds[turn.segment] += delta
      interviewMilliseconds += delta
      turn.tick(delta)
      stage = .candidateQuestions(turn, showingInspiration: showing)
    case .briefing, .reflection, .summary:
      break
    }
  }

  // MARK: - The menu

  private mutating func sendToMenu(_ action: InterviewAction, selection: MenuItem)
    -> [InterviewEffect]
  {
    let items = menuItems
    switch action {
    case .openMenu, .closeMenu:
      menuSelection = nil
    case .moveMenuSelection(let offset):
      let index = items.firstIndex(of: selection) ?? 0
      let count = items.count
      menuSelection = items[((index + offset) % count + count) % count]
    case .chooseMenuSelection, .submit, .proceed:
      return perform(selection)
    case .choose(let item):
      return perform(item)
    case .toggleHelp:
      isShowingHelp = true
    case .tick, .edit, .startSpeaking, .startRecording, .questionRead, .toggleInspiration,
      .moveInspiration, .useInspiration,
      .scrollSummary, .screenTooSmall:
      break
    }
    return []
  }

  private mutating func perform(_ item: MenuItem) -> [InterviewEffect] {
    guard menuItems.contains(item) else { return [] }
    menuSelection = nil
    switch item {
    case .resume: return []
    case .help:
      isShowingHelp = true
      return []
    case .skip: return skip()
    case .end: return end()
    }
  }

  // MARK: - Moving through the interview

  private mutating func proceed() -> [InterviewEffect] {
    switch stage {
    case .briefing:
      return enter(segment: 0)
    case .intro(let segment):
      let planned = plan.segments[segment]
      if planned.isCandidateQuestions {
        stage = .candidateQuestions(
          Turn(segment: segment, question: 0), showingInspiration: false)
      } else {
        stage = .answering(Turn(segment: segment, question: 0))
      }
      return [.saveProgress]
    case .answering, .candidateQuestions, .reflection, .summary:
      return []
    }
  }

  /// Opens segment `segment`, or the reflection when there are no more.
  private mutating func enter(segment: Int) -> [InterviewEffect] {
    var index = segment
    // A segment with nothing to ask is passed over rather than shown empty.
    while index < plan.segments.count, !plan.segments[index].isCandidateQuestions,
      leaveOutUnmet(segment: index, from: 0) == 0
    {
      index += 1
    }
    stage =
      index < plan.segments.count
      ? .intro(segment: index) : .reflection(.wentWell, AnswerBuffer())
    return [.saveProgress]
  }

  private mutating func edit(_ command: EditCommand) -> [InterviewEffect] {
    // Each case empties `stage` as soon as the draft is bound, so the answer's characters have
    // one owner and the edit changes them in place; while `stage` still held them, every
    // keystroke copied the whole answer.
    switch stage {
    case .answering(var turn):
      stage = .summary
      defer { stage = .answering(turn) }
      if plan.settings.mode == .spoken, !turn.started {
        // Before speaking starts, keys are not notes yet; typing starts the answer.
        guard command.changesText else { return [] }
        turn.started = true
      }
      return turn.apply(command) ? [.draftChanged] : []
    case .candidateQuestions(var turn, let showing):
      stage = .summary
      defer { stage = .candidateQuestions(turn, showingInspiration: showing) }
      return turn.apply(command) ? [.draftChanged] : []
    case .reflection(let prompt, var buffer):
      stage = .summary
      defer { stage = .reflection(prompt, buffer) }
      let before = buffer.editCount
      buffer.apply(command)
      let changed = command.changesText && buffer.editCount != before
      return changed ? [.draftChanged] : []
    case .briefing, .intro, .summary:
      return []
    }
  }

  private mutating func startSpeaking(recordingTo audioPath: String? = nil) -> [InterviewEffect] {
    guard case .answering(var turn) = stage, plan.settings.mode == .spoken, !turn.started
    else { return [] }
    turn.started = true
    turn.audioPath = audioPath
    stage = .answering(turn)
    return [.saveProgress]
  }

  private mutating func submit() -> [InterviewEffect] {
    switch stage {
    case .briefing, .intro:
      return proceed()
    case .answering(let turn):
      if plan.settings.mode == .spoken {
        guard turn.started else { return startSpeaking() }
      } else if !turn.buffer.hasContent {
        notice = Self.emptyAnswerNotice
        return []
      }
      return record(turn, skipped: false)
    case .candidateQuestions(let turn, _):
      guard turn.buffer.hasContent else {
        // An empty question means the candidate has no more.
        return enter(segment: turn.segment + 1)
      }
      let entry = entry(for: turn, kind: .candidateQuestion, skipped: false)
      entries.append(entry)
      stage = .candidateQuestions(
        Turn(segment: turn.segment, question: turn.question + 1), showingInspiration: false)
      return [.record(entry), .saveProgress]
    case .reflection(let prompt, let buffer):
      return recordReflection(prompt, buffer)
    case .summary:
      return []
    }
  }

  private mutating func skip() -> [InterviewEffect] {
    switch stage {
    case .answering(let turn):
      return record(turn, skipped: true)
    case .candidateQuestions(let turn, _):
      var effects: [InterviewEffect] = []
      if !turn.buffer.isEmpty {
        let entry = entry(for: turn, kind: .candidateQuestion, skipped: true)
        entries.append(entry)
        effects.append(.record(entry))
      }
      return effects + enter(segment: turn.segment + 1)
    case .reflection(let prompt, let buffer):
      return recordReflection(prompt, buffer)
    case .briefing, .intro, .summary:
      return []
    }
  }

  /// Ends the interview early: whatever is being typed is kept, and the reflection follows
  /// (ending during the reflection goes to the summary). A drill has no reflection: it goes
  /// straight to the summary.
  ///
  /// An answer with text is an answer, ended early (`endedEarly` says so): it is timed, coached
  /// and counted like a submitted one. Only a question left without a word is kept as skipped.
  private mutating func end() -> [InterviewEffect] {
    guard !stage.isSummary else { return [] }
    ended = true
    var effects: [InterviewEffect] = []
    switch stage {
    case .answering(let turn):
      let kind: TranscriptEntry.Kind = turn.isFollowUp ? .followUp : .answer
      // Speaking aloud without notes is answering too, as Enter would record it.
      let answered =
        turn.buffer.hasContent || (plan.settings.mode == .spoken && turn.started)
      let entry = entry(for: turn, kind: kind, skipped: !answered)
      entries.append(entry)
      effects.append(.record(entry))
      if isDrill {
        stage = .summary
        return effects + [.saveProgress, .finished]
      }
    case .candidateQuestions(let turn, _) where !turn.buffer.isEmpty:
      let entry = entry(for: turn, kind: .candidateQuestion, skipped: !turn.buffer.hasContent)
      entries.append(entry)
      effects.append(.record(entry))
    case .reflection(let prompt, let buffer):
      if buffer.hasContent {
        let entry = reflectionEntry(prompt, buffer)
        entries.append(entry)
        effects.append(.record(entry))
      }
      stage = .summary
      return effects + [.saveProgress, .finished]
    case .briefing, .intro, .candidateQuestions, .summary:
      break
    }
    stage = .reflection(.wentWell, AnswerBuffer())
    return effects + [.saveProgress]
  }

  /// Records the answer of `turn` and moves on: to its follow-up, the next question, or the
  /// next segment.
  private mutating func record(_ turn: Turn, skipped: Bool) -> [InterviewEffect] {
    let kind: TranscriptEntry.Kind = turn.isFollowUp ? .followUp : .answer
    let entry = entry(for: turn, kind: kind, skipped: skipped)
    entries.append(entry)
    let segment = plan.segments[turn.segment]
    let question = segment.questions[turn.question]
    var effects: [InterviewEffect] = [.record(entry)]
    if isDrill {
      // One question, no follow-up: the answer ends the drill of it.
      stage = .summary
      effects += [.saveProgress, .finished]
    } else if !turn.isFollowUp, !skipped, let followUp = followUp(after: entry, to: question) {
      stage = .answering(
        Turn(
          segment: turn.segment, question: turn.question, isFollowUp: true,
          followUpText: followUp.text, probe: followUp.probe))
      effects.append(.saveProgress)
    } else if turn.question + 1 < leaveOutUnmet(segment: turn.segment, from: turn.question + 1) {
      stage = .answering(Turn(segment: turn.segment, question: turn.question + 1))
      effects.append(.saveProgress)
    } else {
      effects += enter(segment: turn.segment + 1)
    }
    return effects
  }

  /// Takes out of segment `segment` the questions from index `question` on that are reached now
  /// and cannot be asked yet: each that needs a figure when no answer so far named one (the
  /// next question reached is the one after it, so it is tried too). Returns how many questions
  /// the segment has left.
  ///
  /// Spoken answers are not read, so there the condition cannot be known and the question is
  /// asked; a drill asks its one question as it is.
  private mutating func leaveOutUnmet(segment: Int, from question: Int) -> Int {
    guard !isDrill, plan.settings.mode == .typed else {
      return plan.segments[segment].questions.count
    }
    while question < plan.segments[segment].questions.count,
      plan.segments[segment].questions[question].needs == .figure, !figureNamed
    {
      let left = plan.segments[segment].questions.remove(at: question)
      plan.segments[segment].budgetSeconds -=
        left.targetSeconds + (left.followUp == nil ? 0 : left.followUpTargetSeconds)
    }
    return plan.segments[segment].questions.count
  }

  /// Whether an answer recorded so far names a salary figure, as the feedback reads it.
  private var figureNamed: Bool {
    entries.contains { $0.feedback?.verdicts.namesFigure == true }
  }

  /// The follow-up to ask after `entry`, the answer to `question`. The plan decides which
  /// questions get one (about half, at least one a segment, as a panel that listens would);
  /// what is asked is chosen from what the answer lacked: an outcome, a step of the
  /// candidate's own, a number, a salary figure; else the deck's follow-up. No wording is asked
  /// twice in an interview.
  private func followUp(after entry: TranscriptEntry, to question: PlannedQuestion)
    -> (text: String, probe: ProbeKind)?
  {
    guard plan.settings.followUps, let deckFollowUp = question.followUp else { return nil }
    guard let feedback = entry.feedback, let segment = entry.segment else {
      return (deckFollowUp, .deck)
    }
    let asked = Set(entries.filter { $0.kind == .followUp }.map(\.question))
    let probes = plan.segments.first { $0.kind == segment }?.probes ?? [:]
    var gaps = ProbeChooser.gaps(in: feedback, segment: segment)
    // A figure named once is named; a question about what the candidate would do is not
    // answered with a past story, so it is not probed for one.
    let figureNamed = entries.dropLast().contains { $0.feedback?.verdicts.namesFigure == true }
    if figureNamed { gaps.removeAll { $0 == .namesFigure } }
    if AnswerAnalyzer.standard.asksHypothetically(question.text) {
      gaps.removeAll { [.result, .action].contains($0) }
    }
    return ProbeChooser.choose(
      gaps: gaps, probes: probes, asked: asked, deckFollowUp: deckFollowUp)
  }

  private mutating func recordReflection(_ prompt: ReflectionPrompt, _ buffer: AnswerBuffer)
    -> [InterviewEffect]
  {
    var effects: [InterviewEffect] = []
    if buffer.hasContent {
      let entry = reflectionEntry(prompt, buffer)
      entries.append(entry)
      effects.append(.record(entry))
    }
    if let next = ReflectionPrompt(rawValue: prompt.rawValue + 1) {
      stage = .reflection(next, AnswerBuffer())
      return effects + [.saveProgress]
    }
    stage = .summary
    return effects + [.saveProgress, .finished]
  }

  // MARK: - Entries

  /// The question `turn` is answering, as it was put.
  public func questionText(for turn: Turn) -> String {
    let segment = plan.segments[turn.segment]
    guard !asksCandidate(segment) else { return candidateQuestionPrompt(turn) }
    let question = segment.questions[turn.question]
    guard turn.isFollowUp else { return question.text }
    return turn.followUpText ?? question.followUp ?? question.text
  }

  /// The answer time `turn` is held to, in milliseconds.
  public func targetMilliseconds(for turn: Turn) -> Int {
    // Read through the plan in place: a copy of the segment and of the question retained every
    // string in them, and the screen asks on every key.
    guard !asksCandidate(plan.segments[turn.segment]) else {
      return plan.segments[turn.segment].budgetSeconds * 1000
        / max(1, plan.settings.questionsPerSegment)
    }
    let seconds =
      turn.isFollowUp
      ? plan.segments[turn.segment].questions[turn.question].followUpTargetSeconds
      : plan.segments[turn.segment].questions[turn.question].targetSeconds
    return seconds * 1000
  }

  /// Whether the candidate asks the questions in `segment`. A drill asks its one question even
  /// when the card comes from the deck's questions for the employer.
  private func asksCandidate(_ segment: PlannedSegment) -> Bool {
    segment.isCandidateQuestions && !isDrill
  }

  private func candidateQuestionPrompt(_ turn: Turn) -> String {
    turn.question == 0
      ? "Do you have any questions for us?" : "Is there anything else you'd like to ask us?"
  }

  private func entry(for turn: Turn, kind: TranscriptEntry.Kind, skipped: Bool)
    -> TranscriptEntry
  {
    let segment = plan.segments[turn.segment]
    let isQuestion = !asksCandidate(segment)
    let parent =
      turn.isFollowUp
      ? entries.last { $0.kind == .answer && $0.segment == segment.kind }?.sequence : nil
    let spokenNotes = isQuestion && plan.settings.mode == .spoken
    let question = questionText(for: turn)
    let target = targetMilliseconds(for: turn)
    // Feedback is computed here, once, when the answer is submitted: never per keystroke. Notes
    // typed while speaking are not the answer, so they are not coached.
    var feedback: AnswerFeedback?
    if !skipped, !spokenNotes, turn.buffer.hasContent {
      let input = FeedbackInput(
        answer: turn.buffer.text, segment: segment.kind, question: question,
        targetSeconds: target / 1000,
        jobTerms: plan.jobTerms ?? [],
        tips: isQuestion && !turn.isFollowUp ? segment.questions[turn.question].tips ?? [] : [],
        probe: turn.isFollowUp ? turn.probe : nil,
        earlierAnswer: turn.isFollowUp ? entries.last { $0.sequence == parent }?.answer : nil,
        figureNamedEarlier: figureNamed)
      feedback = AnswerAnalyzer.standard.analyse(input)
    }
    return TranscriptEntry(
      sequence: entries.count + 1, kind: kind, segment: segment.kind,
      questionID: isQuestion ? segment.questions[turn.question].id : nil,
      question: question, answer: turn.buffer.text,
      // Answers from a pipe have no times to speak of: none rather than the wait for the line.
      thinkingMilliseconds: plan.settings.isTimed ? turn.thinkingMilliseconds : nil,
      answerMilliseconds: plan.settings.isTimed ? turn.answerMilliseconds : nil,
      targetMilliseconds: target, parentSequence: parent,
      skipped: skipped, spokenNotes: spokenNotes, feedback: feedback,
      probe: turn.isFollowUp ? (turn.probe ?? .deck) : nil,
      spoken: turn.audioPath.map { SpokenAnswer(audioPath: $0) })
  }

  /// Takes what the transcriber made of entry `sequence`'s recording, which arrives after the
  /// interview has moved on. Transcribed, the text becomes the answer (notes typed while
  /// speaking are kept after it) and the feedback is made again from it and its word times, so
  /// `delivery` is filled; failed, the entry keeps its time and audio, marked not transcribed.
  /// Returns the changed entry for the store, or nil when no entry has a recording there.
  public mutating func applyTranscription(_ outcome: TranscriptionOutcome, toEntry sequence: Int)
    -> TranscriptEntry?
  {
    guard let index = entries.firstIndex(where: { $0.sequence == sequence }),
      entries[index].spoken != nil
    else { return nil }
    let entry = entries[index]
    let question = plan.segments.lazy.flatMap(\.questions).first { $0.id == entry.questionID }
    entries[index] = Self.transcribed(
      entry, outcome, jobTerms: plan.jobTerms ?? [],
      tips: entry.kind == .answer ? question?.tips ?? [] : [],
      earlier: Array(entries[..<index]))
    return entries[index]
  }

  /// `entry` with `outcome` applied; the feedback is measured against `jobTerms` and the
  /// question's `tips`, and `earlier` (the entries before it) give a follow-up its story and
  /// say whether a salary figure was named. Shared with `transcripts transcribe`, which has no
  /// running interview.
  public static func transcribed(
    _ entry: TranscriptEntry, _ outcome: TranscriptionOutcome, jobTerms: [String] = [],
    tips: [String] = [], earlier: [TranscriptEntry]
  ) -> TranscriptEntry {
    var entry = entry
    guard var spoken = entry.spoken else { return entry }
    switch outcome {
    case .failed(let reason):
      spoken.status = .notTranscribed(reason: reason)
      entry.spoken = spoken
      return entry
    case .transcribed(let text, let words):
      let notes = entry.spokenNotes ? entry.answer : ""
      spoken.status = .transcribed
      spoken.words = words
      spoken.wordsPerMinute = SpokenDelivery(timings: words)?.wordsPerMinute
      entry.spoken = spoken
      entry.spokenNotes = false
      entry.answer = notes.isEmpty ? text : text + "\n\nNotes: " + notes
      guard let segment = entry.segment, !entry.skipped, !text.isEmpty else {
        entry.feedback = nil
        return entry
      }
      let parent = entry.parentSequence.flatMap { parent in
        earlier.first { $0.sequence == parent }
      }
      let input = FeedbackInput(
        answer: text, segment: segment, question: entry.question,
        targetSeconds: entry.targetMilliseconds.map { $0 / 1000 }, jobTerms: jobTerms,
        tips: tips, wordTimings: words,
        probe: entry.probe, earlierAnswer: parent?.answer,
        figureNamedEarlier: earlier.contains { $0.feedback?.verdicts.namesFigure == true })
      entry.feedback = AnswerAnalyzer.standard.analyse(input)
      return entry
    }
  }

  private func reflectionEntry(_ prompt: ReflectionPrompt, _ buffer: AnswerBuffer)
    -> TranscriptEntry
  {
    TranscriptEntry(
      sequence: entries.count + 1, kind: .reflection, segment: nil, questionID: nil,
      question: prompt.text, answer: buffer.text)
  }
}

extension Turn {
  /// Adds `delta` to whichever clock is running.
  fileprivate mutating func tick(_ delta: Int) {
    if started {
      answerMilliseconds += delta
    } else {
      thinkingMilliseconds += delta
    }
  }

  /// Applies an edit; the first change to the text ends the thinking time. Returns whether the
  /// text changed.
  fileprivate mutating func apply(_ command: EditCommand) -> Bool {
    let before = buffer.editCount
    buffer.apply(command)
    guard command.changesText else { return false }
    // Backspace on an empty draft, or undo with nothing to undo, changes nothing and must not
    // end the thinking time.
    let changed = buffer.editCount != before
    if changed { started = true }
    return changed
  }
}

extension AnswerBuffer {
  /// Applies an edit command to the buffer.
  mutating func apply(_ command: EditCommand) {
    switch command {
    case .insert(let text): insert(text)
    case .lineBreak: insertLineBreak()
    case .deleteBackward: deleteBackward()
    case .deleteForward: deleteForward()
    case .deleteWordBackward: deleteWordBackward()
    case .deleteToLineStart: deleteToLineStart()
    case .left: moveLeft()
    case .right: moveRight()
    case .up(let width): moveUp(width: width)
    case .down(let width): moveDown(width: width)
    case .lineStart: moveToLineStart()
    case .lineEnd: moveToLineEnd()
    case .screenLineStart(let width): moveToVisualLineStart(width: width)
    case .screenLineEnd(let width): moveToVisualLineEnd(width: width)
    case .wordLeft: moveWordLeft()
    case .wordRight: moveWordRight()
    case .killToLineEnd: killToLineEnd()
    case .yank: yank()
    case .undo: undo()
    case .redo: redo()
    case .replaceAll(let text): replaceAll(with: text)
    }
  }
}
