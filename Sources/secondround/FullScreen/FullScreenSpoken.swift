import Foundation
import InterviewCore
import SessionRuntime
import Speech

/// The full screen's spoken rehearsal: starts each answer's recording where
/// `SpokenRecording` says (the first key, or at once), reads the questions aloud without
/// stopping the screen, and keeps the `SpokenStatus` the screen draws up to date on the
/// clock's tick: the level, a silent microphone, the transcriptions as they land.
final class FullScreenSpoken {
  let answers: SpokenAnswers
  /// The interview whose answers these are; kept after the screen has left it, until its
  /// last transcription has landed.
  let recorded: RecordedInterview
  /// What the screen shows.
  private(set) var status: SpokenStatus
  private var silence: SilenceWatch?
  /// When the meter was read last: the level is read on the clock's tick, not per key.
  private var meterReadAt: Int64?
  /// The question asked last, so a new one is read aloud and (at once) recorded once.
  private var asked: SpokenRecording.AskedQuestion?
  /// Whether the question asked has been read aloud (or needs no reading).
  private var questionAsked = false
  /// The panel's voice reading the question, while it reads.
  private var reading: (voice: PanelVoice, process: ChildProcess)?
  /// Set once the voice failed: said once, then the questions are only shown.
  private var voiceFailed = false
  /// The question whose recording would not start: not tried again at every tick.
  private var refusedRecording: SpokenRecording.AskedQuestion?

  /// How often the meter is read while recording (the screen's tick is 250 ms).
  static let meterMilliseconds: Int64 = 200

  init(parts: SpokenParts, recorded: RecordedInterview) {
    self.recorded = recorded
    answers = SpokenAnswers(parts: parts, sessionID: recorded.sessionID)
    status = SpokenStatus(sessionID: recorded.sessionID)
    guard recorded.interview.plan.settings.mode == .spoken else { return }
    if let problem = parts.recorderProblem {
      status.problem = "not recording: \(problem)"
    } else if parts.recorder == nil {
      status.problem = "no recorder found: answers are timed only (--recorder CMD names one)"
    } else if parts.transcriber is MissingTranscriber {
      status.problem = "no transcriber set up: answers are kept, not transcribed"
    }
  }

  /// The actions to send for `action`: where it starts a spoken answer, the recording starts
  /// with it (`SpokenRecording.cue`).
  func actions(for action: InterviewAction, now: Int64) -> [InterviewAction] {
    let cue = SpokenRecording.cue(for: action, in: recorded.interview)
    guard cue != .none, answers.records,
      let path = startRecording(recorded.interview, now: now)
    else { return [action] }
    let start = InterviewAction.startRecording(audioPath: path)
    return cue == .instead ? [start] : [start, action]
  }

  /// Brings everything up to date at `now`, before a frame is drawn: stops the recorder once
  /// its answer is over and sends it to the transcriber, hands landed transcriptions to the
  /// interview, reads a new question aloud, starts recording at once when asked to, and reads
  /// the meter on the tick.
  func update(now: Int64) {
    let settled = answers.settle(recorded.interview)
    settled.sent.forEach { status.transcriptionStarted(answer: $0) }
    if let problem = settled.problem {
      status.problem = "the recording may be incomplete: \(problem)"
    }
    takeTranscriptions()
    askIfNew(now: now)
    if questionAsked, let asked, refusedRecording != asked, answers.records,
      SpokenRecording.startsAtOnce(recorded.interview, questionAsked: true),
      let path = startRecording(recorded.interview, now: now)
    {
      recorded.send(.startRecording(audioPath: path), at: now)
    }
    readMeter(now: now)
    status.isRecording = answers.isRecording
  }

  /// Hands the transcriptions that landed to the interview and the store; `waiting` first
  /// waits for those still running (the app is leaving).
  func takeTranscriptions(waiting: Bool = false) {
    for (sequence, outcome) in answers.landed(waiting: waiting) {
      guard recorded.transcribed(outcome, entry: sequence) != nil else { continue }
      if case .failed(let reason) = outcome {
        status.transcriptionLanded(answer: sequence, failure: reason)
      } else {
        status.transcriptionLanded(answer: sequence, failure: nil)
      }
    }
  }

  /// Whether transcriptions are still running.
  var isTranscribing: Bool { answers.outstanding > 0 }

  /// The interview is left: the recorder and the voice stop, and the answers recorded go to
  /// the transcriber.
  func finish() {
    stop()
    answers.settle(recorded.interview).sent.forEach { status.transcriptionStarted(answer: $0) }
    takeTranscriptions()
  }

  /// Stops the recorder (what it wrote is kept with the answer) and the voice: the app is
  /// leaving, or the interview was interrupted.
  func stop() {
    answers.stopRecording()
    reading?.process.stop(grace: 200)
    reading = nil
  }

  private func startRecording(_ interview: borrowing Interview, now: Int64) -> String? {
    // The recorder must not hear the panel's voice: a reading still going ends here.
    if let reading {
      reading.process.stop(grace: 200)
      self.reading = nil
      status.isReadingAloud = false
    }
    do {
      let path = try answers.startRecording(sequence: interview.entries.count + 1)
      silence = SilenceWatch(start: now)
      meterReadAt = nil
      status.level = nil
      status.isMicrophoneSilent = false
      status.isRecording = true
      return path
    } catch {
      refusedRecording = SpokenRecording.askedQuestion(interview)
      status.problem = "not recording: \(error.message)"
      return nil
    }
  }

  /// Reads a question not asked before aloud, in its interviewer's voice; says when the
  /// reading ends, so the thinking time starts then.
  private func askIfNew(now: Int64) {
    let interview = recorded.interview
    let current = SpokenRecording.askedQuestion(interview)
    if current != asked {
      asked = current
      questionAsked = true
      if let current, let program = answers.parts.voiceProgram, !voiceFailed,
        case .answering(let turn) = interview.stage
      {
        let voice = PanelVoice(program: program, panel: interview.plan.panel)
        let interviewer = interview.plan.segments[current.segment].interviewer
        do {
          reading = (voice, try voice.start(interview.questionText(for: turn), by: interviewer))
          questionAsked = false
          status.isReadingAloud = true
        } catch {
          giveUpVoice(error.message)
        }
      }
    }
    guard let reading, !reading.process.isRunning, let ending = reading.process.ending else {
      return
    }
    self.reading = nil
    status.isReadingAloud = false
    questionAsked = true
    if let problem = reading.voice.problem(of: reading.process, ending: ending) {
      giveUpVoice(problem)
    }
    recorded.send(.questionRead, at: now)
  }

  private func giveUpVoice(_ problem: String) {
    voiceFailed = true
    status.problem = "questions no longer read aloud: \(problem)"
  }

  /// The level and a silent microphone, read on the tick while a recorder still writes.
  private func readMeter(now: Int64) {
    guard answers.isRecording else {
      status.level = nil
      status.isMicrophoneSilent = false
      return
    }
    if let meterReadAt, now - meterReadAt < Self.meterMilliseconds { return }
    meterReadAt = now
    // A recorder that finished by itself (a stand-in copying a file) is not a silent one.
    guard answers.recorderIsRunning else {
      status.isMicrophoneSilent = false
      return
    }
    let level = answers.level()
    status.level = level
    _ = silence?.observe(level: level, at: now)
    status.isMicrophoneSilent = silence?.isSilent(at: now) ?? false
  }
}
