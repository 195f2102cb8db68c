import Foundation

/// Transcribes by running the helper script with the set-up's Python, one process per file: the
/// model's memory is returned when it ends, and a crash in it cannot take the app down.
public struct ProcessTranscriber: Transcriber {
  /// The Python that runs the script.
  public var python: String
  /// The helper script.
  public var script: String
  /// How long one file may take before the helper is stopped: a hung model must not leave an
  /// answer waiting for ever. Fifteen minutes is a half-hour answer at tiny.en's slowest here.
  public var timeLimitSeconds: Double

  /// A transcriber from a Python and a script, for tests to give stand-ins.
  public init(python: String, script: String, timeLimitSeconds: Double = 900) {
    self.python = python
    self.script = script
    self.timeLimitSeconds = timeLimitSeconds
  }

  /// The transcriber `speech setup` installed.
  public init(installation: SpeechInstallation) {
    self.init(python: installation.python, script: installation.script)
  }

  private static let notSetUp = TranscriptionFailure(
    "The transcriber is not set up: run 'secondround speech setup'.", kind: .unavailable)

  /// Runs the helper on the file at `path` and reads its words.
  public func transcribe(audioFileAt path: String) throws(TranscriptionFailure) -> Transcription {
    let files = FileManager.default
    guard files.fileExists(atPath: path) else {
      throw TranscriptionFailure("\(path.inert): no such file", kind: .missingAudio)
    }
    // The file's own fault is told before the set-up's: it is what the user can fix at once.
    let header = FileHandle(forReadingAtPath: path).map { handle in
      defer { try? handle.close() }
      return [UInt8]((try? handle.read(upToCount: 12)) ?? Data())
    }
    guard let header, WAVFile.isWAV(header: header) else {
      throw TranscriptionFailure("\(path.inert): not a WAV file", kind: .notAudio)
    }
    guard files.isExecutableFile(atPath: python), files.fileExists(atPath: script) else {
      throw Self.notSetUp
    }
    let finished: HelperRun.Result
    do {
      finished = try HelperRun.run(python, [script, path], timeLimitSeconds: timeLimitSeconds)
    } catch {
      throw Self.notSetUp
    }
    return try Self.transcription(from: finished)
  }

  /// What a finished run of the helper means: its words, or one line saying why not.
  static func transcription(from run: HelperRun.Result) throws(TranscriptionFailure)
    -> Transcription
  {
    let said = HelperRun.lastLine(of: run.standardError)
    switch run.ending {
    case .exited(0):
      return try TranscriberOutput.parse(run.standardOutput)
    case .exited(let status):
      let reason = said ?? "it exited with status \(status) and said nothing"
      switch status {
      case 65: throw TranscriptionFailure(reason, kind: .notAudio)
      case 66: throw TranscriptionFailure(reason, kind: .missingAudio)
      case 69: throw TranscriptionFailure(reason, kind: .unavailable)
      default:
        throw TranscriptionFailure("The transcriber failed: \(reason)", kind: .failed)
      }
    case .stopped(let seconds):
      throw TranscriptionFailure(
        "The transcriber took more than \(Int(seconds)) s and was stopped; the audio is kept, "
          + "try again.", kind: .failed)
    case .signalled(let signal):
      throw TranscriptionFailure(
        "The transcriber crashed (signal \(signal))"
          + (said.map { ": \($0)" } ?? "") + "; the audio is kept, try again.", kind: .failed)
    }
  }
}

/// One run of a helper program, its output collected whole.
enum HelperRun {
  /// How the program ended.
  enum Ending: Equatable {
    case exited(Int32)
    case signalled(Int32)
    /// Killed for running past its time limit, in seconds.
    case stopped(Double)
  }

  /// What it printed and how it ended.
  struct Result {
    var standardOutput: Data
    var standardError: Data
    var ending: Ending
  }

  /// Runs `program` with `arguments` and waits for it. Standard error is read on another
  /// thread, so a helper that fills one pipe while we wait on the other cannot stall.
  static func run(_ program: String, _ arguments: [String], timeLimitSeconds: Double) throws
    -> Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let watch = TimeLimit(process: process.processIdentifier, seconds: timeLimitSeconds)
    let errorText = CollectedData()
    let reader = Thread {
      errorText.set(errors.fileHandleForReading.readDataToEndOfFile())
    }
    reader.start()
    let outputText = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let ending: Ending =
      watch.finish()
      ? .stopped(timeLimitSeconds)
      : process.terminationReason == .uncaughtSignal
        ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
    return Result(standardOutput: outputText, standardError: errorText.wait(), ending: ending)
  }

  /// The last line with text in `data`, made inert, or nil.
  static func lastLine(of data: Data) -> String? {
    String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
      .last { !$0.allSatisfy(\.isWhitespace) }
      .map { String($0).inert }
  }
}

/// Data one thread reads and another waits for.
private final class CollectedData: @unchecked Sendable {
  // The condition guards `data` and `done`; nothing else touches them.
  private let condition = NSCondition()
  private var data = Data()
  private var done = false

  func set(_ value: Data) {
    condition.lock()
    data = value
    done = true
    condition.signal()
    condition.unlock()
  }

  func wait() -> Data {
    condition.lock()
    defer { condition.unlock() }
    while !done { condition.wait() }
    return data
  }
}

/// Kills a process that runs past its time limit.
private final class TimeLimit: @unchecked Sendable {
  // The lock guards `finished` and `killed`, so the timer never kills a process that has
  // already been waited for (its pid could be another's by then).
  private let lock = NSLock()
  private var finished = false
  private var killed = false

  init(process: Int32, seconds: Double) {
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
      lock.lock()
      defer { lock.unlock() }
      guard !finished else { return }
      killed = kill(process, SIGKILL) == 0
    }
  }

  /// Marks the process waited for; true when the limit killed it.
  func finish() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    finished = true
    return killed
  }
}
