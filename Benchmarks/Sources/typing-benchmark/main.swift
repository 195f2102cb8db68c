import BenchmarkSupport
import Foundation
import InterviewCore
import TerminalUI

// Types a 5,000-word answer into an interview one key at a time, through the keymap, the state
// machine, the renderer and ncurses, and prints the cost per keystroke and the bytes each
// keystroke sends to the terminal. It never asserts a time; it exits non-zero only when the
// typing did not do what is measured (a key that changed nothing, a draft that is not the
// answer). `--all` adds the 120x40 passes; `--only NAME` runs one measurement, for a profiler.

let wordCount = 5_000
let sizes = [(rows: 24, columns: 80), (rows: 40, columns: 120)]
let pasteRepetitions = 10
let measurementNames =
  ["state"] + sizes.map { "grid-\($0.columns)x\($0.rows)" }
  + sizes.map { "ncurses-\($0.columns)x\($0.rows)" } + ["paste"]
// Each 120x40 pass takes about as long as its 80x24 one (40–60 s here), which would take the
// default run past two minutes; `--all` adds them.
let defaultNames = measurementNames.filter { !$0.hasSuffix("120x40") }

let arguments = Array(CommandLine.arguments.dropFirst())
let chosen: [String] =
  if arguments.isEmpty {
    defaultNames
  } else if arguments == ["--all"] {
    measurementNames
  } else if arguments.count == 2, arguments[0] == "--only", measurementNames.contains(arguments[1])
  {
    [arguments[1]]
  } else {
    fail("usage: typing-benchmark [--all | --only \(measurementNames.joined(separator: "|"))]")
  }
let runs = { (name: String) in chosen.contains(name) }

// ncurses reads the locale from the environment; a fixed UTF-8 one makes the bytes counted the
// same whatever the shell set, and lets non-ASCII answers reach the terminal as themselves.
setenv("LC_ALL", "C.UTF-8", 1)

let benchmarkStart = nanoseconds()
let answer = ScriptedAnswer(wordCount: wordCount, seed: 0x5EC0_4D20_7419_2026)
let start = StartingPoint.firstQuestion(seed: 2_026)

print("SecondRound typing benchmark")
print(Report.fact("machine", MachineFacts.summary))
print(Report.fact("system", ProcessInfo.processInfo.operatingSystemVersionString))
#if DEBUG
  print(Report.fact("build", "DEBUG"))
  print(
    "WARNING: this is a debug build; its timings say little about the app. Run instead:\n"
      + "  swift run -c release --package-path Benchmarks typing-benchmark")
#else
  print(Report.fact("build", "release"))
#endif
print(Report.fact("ncurses", CursesLibrary.version))
print(
  Report.fact(
    "answer",
    "\(Report.grouped(answer.wordCount)) words, \(Report.grouped(answer.characterCount)) "
      + "characters, \(Report.grouped(answer.keystrokes.count)) keystrokes "
      + "(\(answer.lineBreaks) line breaks, \(answer.nonASCIIWords) non-ASCII words)"))
print(
  Report.fact(
    "typing",
    "one key at a time, \(ScriptedAnswer.millisecondsPerKey) ms apart on the scripted clock"))
print(Report.fact("question", "second-interview deck, seed 2026: \"\(start.question)\""))
print(
  Report.fact(
    "timing",
    "clock_gettime(CLOCK_MONOTONIC) around every keystroke; each typing measurement is one "
      + "pass over the whole answer, not repeated; percentiles by nearest rank"))
print(Report.fact("measurements", chosen.joined(separator: ", ")))
print()

// Untimed, so the first timed keys do not pay for first-use costs (Unicode tables, the heap).
var warmUpGrid = GridFrames(rows: 24, columns: 80)
let warmUpAnswer = ScriptedAnswer(wordCount: 300, seed: 1)
_ = type(warmUpAnswer, from: start, into: &warmUpGrid, named: "warm-up", drawsFrames: true)

var typingRuns: [TypingRun] = []
if runs("state") {
  var noFrames = NoFrames(size: (24, 80))
  typingRuns.append(
    type(
      answer, from: start, into: &noFrames, named: "(a) keymap + Interview.send",
      drawsFrames: false))
}
for size in sizes where runs("grid-\(size.columns)x\(size.rows)") {
  var grid = GridFrames(rows: size.rows, columns: size.columns)
  typingRuns.append(
    type(
      answer, from: start, into: &grid,
      named: "(b) + render, GridScreen \(size.columns)x\(size.rows)", drawsFrames: true))
}
var terminalDescription = ""
for size in sizes where runs("ncurses-\(size.columns)x\(size.rows)") {
  var terminal = TerminalFrames(rows: size.rows, columns: size.columns)
  terminalDescription = terminal.description
  typingRuns.append(
    type(
      answer, from: start, into: &terminal,
      named: "(c) + render + present, ncurses \(size.columns)x\(size.rows)", drawsFrames: true))
  terminal.close()
}

// MARK: Per keystroke

let columns = ["keys", "total s", "mean", "p50", "p90", "p99", "max"]
if !typingRuns.isEmpty {
  print("Cost per keystroke over the whole answer, in µs")
  print(Report.row("", columns))
  print(Report.rule(Report.nameWidth + 9 * columns.count))
  for run in typingRuns {
    let cost = Distribution(run.total)
    print(
      Report.row(
        run.name,
        [
          Report.grouped(cost.count), Report.seconds(cost.total), Report.micros(cost.mean),
          Report.micros(cost.percentile(50)), Report.micros(cost.percentile(90)),
          Report.micros(cost.percentile(99)), Report.micros(cost.max),
        ]))
  }
  print()

  print("Where it goes: mean µs per keystroke (p99 in brackets)")
  let parts = ["keymap+send", "render", "present", "loop s"]
  print(Report.row("", parts, width: 16))
  print(Report.rule(Report.nameWidth + 16 * parts.count))
  for run in typingRuns {
    /// Mean and p99 of one step, or a dash when the run did not have it.
    func figure(_ values: [Int64]) -> String {
      guard !values.isEmpty else { return "-" }
      let step = Distribution(values)
      return "\(Report.micros(step.mean)) (\(Report.micros(step.percentile(99))))"
    }
    print(
      Report.row(
        run.name,
        [figure(run.handle), figure(run.render), figure(run.present), Report.seconds(run.wall)],
        width: 16))
  }
  print()

  // Every frame lays out the whole answer, so the cost should grow with what is typed so far.
  let bandWords = wordCount / 5
  let bands = (0..<5).map { "\($0 * bandWords / 1000)k–\(($0 + 1) * bandWords / 1000)k" }
  let fitColumns = ["last/first", "fixed", "per 1k ch"]
  print("Growth with the answer: mean µs per keystroke, by words typed so far, and a straight")
  print("line fitted to every keystroke's cost against the characters typed so far")
  print(Report.row("", bands + fitColumns, width: 10))
  print(Report.rule(Report.nameWidth + 10 * (bands.count + fitColumns.count)))
  for run in typingRuns {
    let total = run.total
    var sums = [Int64](repeating: 0, count: bands.count)
    var counts = [Int](repeating: 0, count: bands.count)
    for (index, word) in run.words.enumerated() {
      let band = min(word / bandWords, bands.count - 1)
      sums[band] += total[index]
      counts[band] += 1
    }
    let means = zip(sums, counts).map { Double($0) / Double(max($1, 1)) }
    let growth = String(format: "x%.1f", (means.last ?? 0) / max(means.first ?? 1, 1))
    let fit = LinearFit(total)
    print(
      Report.row(
        run.name,
        means.map(Report.micros) + [
          growth, Report.micros(fit.intercept), Report.micros(fit.slope * 1_000),
        ], width: 10))
  }
  print()
}

// MARK: Bytes

let terminalRuns = typingRuns.filter { !$0.bytes.isEmpty }
if !terminalRuns.isEmpty {
  print("Bytes written to the terminal (\(terminalDescription))")
  let byteColumns = ["first", "total", "mean/key", "p50", "p90", "p99", "max"]
  print(Report.row("", byteColumns, width: 11))
  print(Report.rule(Report.nameWidth + 11 * byteColumns.count))
  for run in terminalRuns {
    let bytes = Distribution(run.bytes)
    print(
      Report.row(
        run.name,
        [
          Report.grouped(run.firstFrameBytes ?? 0), Report.grouped(bytes.total),
          String(format: "%.1f", bytes.mean), Report.grouped(bytes.percentile(50)),
          Report.grouped(bytes.percentile(90)), Report.grouped(bytes.percentile(99)),
          Report.grouped(bytes.max),
        ], width: 11))
  }
  print("(first: ncurses' set-up and the first, whole frame of the question, before any key)")
  print()
}

// MARK: Paste and autosave

if runs("paste") {
  let size = sizes[0]
  let paste = measurePaste(
    answer, from: start, rows: size.rows, columns: size.columns, repetitions: pasteRepetitions)
  print(
    "The whole answer pasted as one key (bracketed paste) at \(size.columns)x\(size.rows), "
      + "median of \(pasteRepetitions), in ms")
  let pasteColumns = ["keymap+send", "grid render", "nc. render", "nc. present", "bytes"]
  print(Report.row("", pasteColumns, width: 13))
  print(Report.rule(Report.nameWidth + 13 * pasteColumns.count))
  print(
    Report.row(
      "paste \(Report.grouped(answer.characterCount)) characters",
      [
        Report.millis(median(paste.handle)), Report.millis(median(paste.gridRender)),
        Report.millis(median(paste.terminalRender)), Report.millis(median(paste.terminalPresent)),
        Report.grouped(median(paste.bytes)),
      ], width: 13))
  print()

  print(
    "Pieces of a keystroke on the whole \(Report.grouped(answer.wordCount))-word answer, "
      + "median of 50 calls, in µs")
  print(Report.rule(Report.nameWidth + 9 * columns.count))
  for piece in measurePieces(answer, from: start, full: paste.pasted) {
    print(Report.row(piece.name, [Report.micros(piece.median)]) + "  " + piece.note)
  }
  print()

  let snapshot = measureSnapshot(paste.pasted, repetitions: pasteRepetitions)
  print(
    Report.fact(
      "autosave snapshot at \(Report.grouped(wordCount)) words",
      "JSONEncoder().encode(interview): \(Report.millis(median(snapshot.times))) ms median, "
        + "\(Report.grouped(snapshot.bytes)) bytes; at most once a second, not per key"))
  print()
}

// MARK: Memory and time

print(Report.rule(Report.nameWidth + 9 * columns.count))
if let peak = MachineFacts.peakResidentMiB {
  print(Report.fact("peak resident memory (VmHWM)", String(format: "%.1f MiB", peak)))
}
print(
  Report.fact(
    "peak resident memory (ru_maxrss)",
    String(format: "%.1f MiB", MachineFacts.maximumResidentMiB)
      + " (under swift run: SwiftPM's, if larger; it execs the benchmark in place)"))
print(
  Report.fact("benchmark wall time", Report.seconds(nanoseconds() - benchmarkStart) + " s"))
