import Foundation
import InterviewCore
import SessionRuntime
import Speech
import TranscriptStore

/// Plain mode's spoken answers: records each while it is spoken, warns once if the microphone
/// is silent, and transcribes it in the background so the next question does not wait. What
/// the transcriber makes of an answer is collected here and handed to the interview by the
/// main loop (`landed`), which alone touches the interview and the store.
final class PlainSpokenAnswers {
  let parts: SpokenParts
  let sessionID: Int64
  private let output: PlainOutput
  private var recording: Recording?
  private var silence: SilenceMonitor?
  /// The recording's path relative to the data directory, as the entry keeps it.
  private(set) var recordingPath: String?
  private let mailbox = TranscriptionMailbox()
  /// Transcriptions started and not yet handed over.
  private(set) var outstanding = 0

  init(parts: SpokenParts, sessionID: Int64, output: PlainOutput) {
    self.parts = parts
    self.sessionID = sessionID
    self.output = output
  }

  /// Whether answers are recorded at all (a recorder was found or given).
  var records: Bool { parts.recorder != nil }

  /// Starts recording the answer that will be entry `sequence`; returns the path the entry
  /// keeps, or nil (having said why in one line) when the recorder would not start.
  func startRecording(sequence: Int) -> String? {
    guard let recorder = parts.recorder else { return nil }
    var attempt = 1
    var relative = SessionAudio.relativePath(sessionID: sessionID, sequence: sequence)
    // An earlier recording of this answer (from before an interruption) is never overwritten.
    while FileManager.default.fileExists(atPath: absolute(relative)) {
      attempt += 1
      relative = SessionAudio.relativePath(
        sessionID: sessionID, sequence: sequence, attempt: attempt)
    }
    do {
      recording = try recorder.start(recordingTo: absolute(relative))
    } catch {
      output.line("Not recording: \(error.message). Your answer is timed as before.")
      return nil
    }
    recordingPath = relative
    silence = recording.map {
      SilenceMonitor(file: absolute(relative), recorderID: $0.recorderID, output: output)
    }
    return relative
  }

  /// Whether an answer is being recorded.
  var isRecording: Bool { recording != nil }

  /// Stops the recorder, keeping what it wrote; says in one line if it had failed.
  func stopRecording() {
    silence?.stop()
    silence = nil
    if let problem = recording?.stop() {
      output.line("The recording may be incomplete: \(problem)")
    }
    recording = nil
    recordingPath = nil
  }

  /// Transcribes `entry`'s recording in the background.
  func transcribe(_ entry: TranscriptEntry) {
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

/// Watches a recording's level in the background and says once, in one line, when the
/// microphone gives nothing for two seconds; a recorder that has finished by itself is not
/// watched on (the quiet end of its file is not a silent microphone).
private final class SilenceMonitor: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false

  init(file: String, recorderID: pid_t, output: PlainOutput) {
    Thread.detachNewThread { [self] in
      let meter = RecordingMeter(file: file)
      var watch = SilenceWatch(start: MonotonicClock.now())
      while !isStopped, !ChildProcess.hasEnded(recorderID) {
        if watch.observe(level: meter.level(), at: MonotonicClock.now()) {
          output.line(
            "Your microphone seems silent: check it is on and not muted (recording goes on).")
        }
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
