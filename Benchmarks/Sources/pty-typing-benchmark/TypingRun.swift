import Glibc

/// One program typed into: how to start it, how it spells a paragraph break, and what it
/// must show before the answer can be typed.
struct Program {
  /// The name in the report.
  let name: String
  /// The command line, arguments[0] an absolute path.
  let arguments: [String]
  /// The environment, beside TERM and the locale.
  let environment: [String: String]
  /// The bytes of a paragraph break in this program's editor.
  let paragraphBreak: [UInt8]
  /// Keys that bring the program from its first screen to the editor, each sent until
  /// `ready` shows; nil when the editor is the first screen.
  let ready: (text: String, key: [UInt8])?
}

/// What one program cost for one answer.
struct TypingFigures {
  /// User plus system CPU of the whole process, in seconds.
  var cpuSeconds: Double
  /// The part of it spent in the kernel (system calls, the tty, page faults), in seconds.
  var systemSeconds: Double
  /// From spawn to the last byte of the first screen, in milliseconds.
  var firstFrameMilliseconds: Double
  /// Time from writing each key to the first byte of output it caused, in milliseconds, sorted.
  var echoMilliseconds: [Double]
  /// Peak resident memory of the process in MiB.
  var peakResidentMiB: Double
  /// Output bytes while typing, over the keys typed.
  var bytesPerKey: Double
  /// Keys that drew no output within a second.
  var silentKeys: Int
  /// Page faults served without I/O (memory first touched or given back and touched again),
  /// start-up and exit included: kernel time that system calls do not explain.
  var minorFaults: Int
  /// Times the process gave up the processor (waiting for a key) or had it taken away.
  var contextSwitches: Int

  func echo(percentile: Double) -> Double {
    guard !echoMilliseconds.isEmpty else { return .nan }
    let index = Int((percentile / 100 * Double(echoMilliseconds.count - 1)).rounded())
    return echoMilliseconds[index]
  }
}

/// Types `answer` into `program` on a fresh 80x24 pty, a key at a time, each key written once
/// the output of the one before has been quiet for a moment, as a fast typist would.
func measureTyping(_ program: Program, answer: TypedAnswer) -> TypingFigures {
  var environment = program.environment
  environment["TERM"] = "xterm-256color"
  environment["LANG"] = "C.UTF-8"
  environment["LC_ALL"] = "C.UTF-8"
  let terminal = PseudoTerminal(arguments: program.arguments, environment: environment)
  // The first frame has settled once nothing has come for 200 ms.
  let firstFrameEnd = terminal.drain(quietMicroseconds: 200_000) ?? terminal.spawned
  let firstFrame = Double(firstFrameEnd - terminal.spawned) / 1e6

  if let ready = program.ready {
    terminal.startCapture()
    var tries = 0
    while !terminal.capturedContains(ready.text) {
      tries += 1
      if tries > 6 { fatalError("\(program.name) never showed '\(ready.text)'") }
      terminal.type(ready.key)
      terminal.drain(quietMicroseconds: 300_000)
    }
  }

  let before = terminal.bytesRead
  var echoes: [Double] = []
  echoes.reserveCapacity(answer.keystrokes.count)
  var silent = 0
  for keystroke in answer.keystrokes {
    let bytes =
      switch keystroke {
      case .text(let text): text
      case .paragraphBreak: program.paragraphBreak
      }
    let written = Clock.nanoseconds()
    terminal.type(bytes)
    if let echoed = terminal.read(timeoutMicroseconds: 1_000_000) {
      echoes.append(Double(echoed - written) / 1e6)
    } else {
      silent += 1
    }
    terminal.drain(quietMicroseconds: 300)
  }
  terminal.drain(quietMicroseconds: 100_000)
  let typedBytes = terminal.bytesRead - before
  let usage = terminal.finish(signal: SIGTERM)
  let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + system
  return TypingFigures(
    cpuSeconds: cpu, systemSeconds: system, firstFrameMilliseconds: firstFrame,
    echoMilliseconds: echoes.sorted(),
    peakResidentMiB: Double(usage.ru_maxrss) / 1024,
    bytesPerKey: Double(typedBytes) / Double(answer.keystrokes.count), silentKeys: silent,
    minorFaults: usage.ru_minflt, contextSwitches: usage.ru_nvcsw + usage.ru_nivcsw)
}
