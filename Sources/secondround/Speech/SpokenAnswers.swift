import Foundation
import InterviewCore
import Speech
import TranscriptStore

/// A spoken rehearsal's recordings, for plain mode and the full screen alike: records each
/// answer while it is spoken, stops the recorder once the interview has moved on, and
/// transcribes each recording in the background so the next question does not wait. When to
/// do each is `SpokenRecording`'s decision; this only runs the programs. What the transcriber
/// makes of an answer is collected here and handed over by the front end's loop (`landed`),
/// which alone touches the interview and the store.
final class SpokenAnswers {
  let parts: SpokenParts
  let sessionID: Int64
  private var recording: Recording?
  private var silence: SilenceMonitor?
  /// The meter of the answer being recorded, read on the clock's tick.
  private var meter: RecordingMeter?
  /// The recording's path relative to the data directory, as the entry keeps it.
  private(set) var recordingPath: String?
  private let mailbox = TranscriptionMailbox()
  /// Transcriptions started and not yet handed over.
  private(set) var outstanding = 0
  /// How many of the interview's entries `settle` has looked at for recordings.
  private var entriesSent = 0

  init(parts: SpokenParts, sessionID: Int64) {
    self.parts = parts
    self.sessionID = sessionID
  }

  /// Whether answers are recorded at all (a recorder was found or given).
  var records: Bool { parts.recorder != nil }

  /// Starts recording the answer that will be entry `sequence`; returns the path the entry
  /// keeps. `onSilence`, when given, is called once from another thread if the microphone
  /// gives nothing for two seconds (plain mode, which waits on a line meanwhile; the full
  /// screen reads `level()` on its tick instead).
  func startRecording(sequence: Int, onSilence: (@Sendable () -> Void)? = nil)
    throws(RecordingFailure) -> String
  {
    guard let recorder = parts.recorder else { throw RecordingFailure("no recorder") }
    var attempt = 1
    var relative = SessionAudio.relativePath(sessionID: sessionID, sequence: sequence)
    // An earlier recording of this answer (from before an interruption) is never overwritten.
    while FileManager.default.fileExists(atPath: absolute(relative)) {
      attempt += 1
      relative = SessionAudio.relativePath(
        sessionID: sessionID, sequence: sequence, attempt: attempt)
    }
    let started = try recorder.start(recordingTo: absolute(relative))
    recording = started
    recordingPath = relative
    meter = RecordingMeter(file: absolute(relative))
    if let onSilence {
      silence = SilenceMonitor(
        file: absolute(relative), recorderID: started.recorderID, onSilence: onSilence)
    }
    return relative
  }

  /// Whether an answer is being recorded.
  var isRecording: Bool { recording != nil }

  /// Whether the recorder is still writing: one that ended by itself has simply finished, and
  /// the quiet end of its file is no silent microphone.
  var recorderIsRunning: Bool { recording?.isRecording ?? false }

  /// The level of the newest 100 ms recorded (0 to 1), or nil before any sound arrived.
  func level() -> Double? { meter?.level() }

  /// Stops the recorder, keeping what it wrote; returns the recorder's one-line problem if it
  /// had failed (the recording may then be incomplete).
  @discardableResult
  func stopRecording() -> String? {
    silence?.stop()
    silence = nil
    meter = nil
    let problem = recording?.stop()
    recording = nil
    recordingPath = nil
    return problem
  }

  /// Stops the recorder once the answer it records is over (submitted, skipped, ended) and
  /// sends each recording not yet transcribed to the transcriber. Returns the entries sent,
  /// and the problem the recorder had, if any.
  func settle(_ interview: borrowing Interview) -> (sent: [Int], problem: String?) {
    var problem: String?
    if let path = recordingPath {
      guard SpokenRecording.isOver(recordingTo: path, in: interview) else { return ([], nil) }
      problem = stopRecording()
    }
    let entries = SpokenRecording.toTranscribe(interview.entries, after: entriesSent)
    entries.forEach(transcribe)
    entriesSent = interview.entries.count
    return (entries.map(\.sequence), problem)
  }

  /// Transcribes `entry`'s recording in the background.
  private func transcribe(_ entry: TranscriptEntry) {
    guard let spoken = entry.spoken else { return }
    outstanding += 1
    let transcriber = parts.transcriber
    let file = absolute(spoken.audioPath)
    let mailbox = mailbox
    let sequence = entry.sequence
    Thread.detachNewThread {
      let outcome: TranscriptionOutcome
      do throws(TranscriptionFailure) {
        let transcription = try transcriber.transcribe(audioFileAt: file)
        outcome = .transcribed(text: transcription.text, words: transcription.words)
      } catch {
        outcome = .failed(reason: error.message)
      }
      mailbox.post(sequence: sequence, outcome)
    }
  }

  /// The transcriptions that have landed since last asked; `waiting` blocks until every one
  /// started has.
  func landed(waiting: Bool = false) -> [(sequence: Int, outcome: TranscriptionOutcome)] {
    let taken = waiting ? mailbox.take(atLeast: outstanding) : mailbox.take(atLeast: 0)
    outstanding -= taken.count
    return taken
  }

  /// `relative` under the data directory.
  func absolute(_ relative: String) -> String {
    SessionAudio.absolutePath(relative, dataDirectory: parts.dataDirectory)
  }
}

/// Where background transcriptions leave their results for the main loop.
private final class TranscriptionMailbox: @unchecked Sendable {
  private let condition = NSCondition()
  private var results: [(sequence: Int, outcome: TranscriptionOutcome)] = []

  func post(sequence: Int, _ outcome: TranscriptionOutcome) {
    condition.lock()
    results.append((sequence, outcome))
    condition.signal()
    condition.unlock()
  }

  /// Everything posted, waiting until there are at least `count` results.
  func take(atLeast count: Int) -> [(sequence: Int, outcome: TranscriptionOutcome)] {
    condition.lock()
    defer { condition.unlock() }
    while results.count < count { condition.wait() }
    let taken = results
    results = []
    return taken
  }
}

/// Watches a recording's level in the background and calls `onSilence` once when the
/// microphone gives nothing for two seconds; a recorder that has finished by itself is not
/// watched on (the quiet end of its file is not a silent microphone).
private final class SilenceMonitor: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false

  init(file: String, recorderID: pid_t, onSilence: @escaping @Sendable () -> Void) {
    Thread.detachNewThread { [self] in
      let meter = RecordingMeter(file: file)
      var watch = SilenceWatch(start: MonotonicClock.now())
      while !isStopped, !ChildProcess.hasEnded(recorderID) {
        if watch.observe(level: meter.level(), at: MonotonicClock.now()) { onSilence() }
        Thread.sleep(forTimeInterval: 0.2)
      }
    }
  }

  private var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }
}
