import BenchmarkSupport
import Glibc

// Types the same answers into a release build of secondround and into nano, each on its own
// pseudo-terminal, and prints what each cost and the ratios. Never asserts a time.
//
//   pty-typing-benchmark [--binary PATH] [--nano PATH] [--sizes 250,1000,2000,4000]
//                        [--only secondround|nano] [--prefix 'perf record -g -o FILE --']

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
  guard flag.hasPrefix("--"), let value = arguments.popFirst() else {
    fail("usage: pty-typing-benchmark [--binary PATH] [--nano PATH] [--sizes N,N] [--only NAME]")
  }
  options[String(flag.dropFirst(2))] = value
}

func absolute(_ path: String) -> String {
  if path.hasPrefix("/") { return path }
  var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
  guard getcwd(&buffer, buffer.count) != nil else { return path }
  let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
  return String(decoding: bytes, as: UTF8.self) + "/" + path
}

let binary = absolute(options["binary"] ?? ".build/release/secondround")
let nano = options["nano"] ?? "/usr/bin/nano"
let sizes = (options["sizes"] ?? "250,1000,2000,4000").split(separator: ",").compactMap {
  Int($0)
}
let prefix = options["prefix"].map { $0.split(separator: " ").map(String.init) } ?? []
for path in [binary, nano] where access(path, X_OK) != 0 {
  fail("cannot run \(path): build with 'swift build -c release' or 'apt-get install -y nano'")
}

/// A new private directory for one run's files.
func temporaryDirectory() -> String {
  var template = Array("/tmp/pty-typing-XXXXXX".utf8CString)
  guard let made = mkdtemp(&template) else { fail("mkdtemp failed") }
  return String(cString: made)
}

func secondround() -> Program {
  let home = temporaryDirectory()
  return Program(
    name: "secondround",
    arguments: prefix + [
      binary, "rehearse", "--start", "--company", "Acme", "--position", "Engineer",
      "--segments", "behavioural", "--per-segment", "1", "--no-follow-ups", "--seed", "15",
      "--feedback", "off", "--data-dir", home + "/data",
    ],
    environment: ["HOME": home, "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": home + "/config"],
    paragraphBreak: [0x0A], ready: (text: "Start typing", key: [0x20]))
}

func nanoProgram() -> Program {
  let home = temporaryDirectory()
  return Program(
    name: "nano", arguments: [nano, "--ignorercfiles", home + "/answer.txt"],
    environment: ["HOME": home, "PATH": "/usr/bin:/bin"], paragraphBreak: [0x0D], ready: nil)
}

emit("pty-typing-benchmark: \(MachineFacts.summary)")
emit("secondround: \(binary)")
emit("80x24, TERM=xterm-256color, one key at a time once the output is quiet for 0.3 ms\n")
let only = options["only"]
let header = [
  Report.pad("words", 6), Report.pad("program", 12), Report.leftPad("CPU s", 8),
  Report.leftPad("×nano", 6), Report.leftPad("sys s", 6), Report.leftPad("echo p50", 9),
  Report.leftPad("p99 ms", 7),
  Report.leftPad("×nano", 6), Report.leftPad("1st frame", 10), Report.leftPad("×nano", 6),
  Report.leftPad("RSS MiB", 8), Report.leftPad("B/key", 6), Report.leftPad("×nano", 6),
  Report.leftPad("faults", 7), Report.leftPad("switches", 9),
].joined(separator: " ")
emit(header)
for size in sizes {
  let answer = TypedAnswer(wordCount: size)
  let reference = only == "secondround" ? nil : measureTyping(nanoProgram(), answer: answer)
  let ours = only == "nano" ? nil : measureTyping(secondround(), answer: answer)
  for (name, figures) in [("nano", reference), ("secondround", ours)] {
    guard let figures else { continue }
    func ratio(_ value: (TypingFigures) -> Double) -> String {
      guard let reference, name != "nano" else { return "" }
      return String(format: "%.2f", value(figures) / value(reference))
    }
    let row = [
      Report.pad("\(size)", 6), Report.pad(name, 12),
      Report.leftPad(String(format: "%.2f", figures.cpuSeconds), 8),
      Report.leftPad(ratio(\.cpuSeconds), 6),
      Report.leftPad(String(format: "%.2f", figures.systemSeconds), 6),
      Report.leftPad(String(format: "%.3f", figures.echo(percentile: 50)), 9),
      Report.leftPad(String(format: "%.3f", figures.echo(percentile: 99)), 7),
      Report.leftPad(ratio { $0.echo(percentile: 99) }, 6),
      Report.leftPad(String(format: "%.1f", figures.firstFrameMilliseconds), 10),
      Report.leftPad(ratio(\.firstFrameMilliseconds), 6),
      Report.leftPad(String(format: "%.1f", figures.peakResidentMiB), 8),
      Report.leftPad(String(format: "%.1f", figures.bytesPerKey), 6),
      Report.leftPad(ratio(\.bytesPerKey), 6),
      Report.leftPad("\(figures.minorFaults)", 7), Report.leftPad("\(figures.contextSwitches)", 9),
    ].joined(separator: " ")
    emit(row + (figures.silentKeys > 0 ? "  (\(figures.silentKeys) keys drew nothing)" : ""))
  }
}

/// Writes `line` straight to standard output, so each row shows as soon as it is measured.
func emit(_ line: String) {
  var text = line + "\n"
  text.withUTF8 { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
}
