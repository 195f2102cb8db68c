import BenchmarkSupport
import Foundation
import InterviewCore

// Measures how long SecondRound takes to load question decks, and prints the figures.
// It never asserts a time; it exits non-zero only when a load did not do what is being measured
// (a deck that should load failed, or a hostile file that must be refused was accepted).

// `fail` exits from inside BenchmarkSupport too, which knows nothing of the generated files, so
// the folder is removed by the exit handler on every way out.
atexit { TemporaryFiles.removeAll() }

print("SecondRound deck-loading benchmark")
print(Report.fact("machine", MachineFacts.summary))
print(Report.fact("system", MachineFacts.operatingSystem))
#if DEBUG
  print(Report.fact("build", "DEBUG"))
  print(
    "WARNING: this is a debug build; its timings say little about the app. Run instead:\n"
      + "  swift run -c release --package-path Benchmarks deck-loading-benchmark")
#else
  print(Report.fact("build", "release"))
#endif
print(Report.fact("clock", "ContinuousClock; times in milliseconds, p95 by nearest rank"))
print()
print(Report.header)
print(Report.rule)

// MARK: 1. The bundled decks
// Listed from what the build read; each is parsed the first time it is used and kept for the
// process, so after the warm-up this is the cost of listing them and reading the kept decks.
// What parsing costs shows in the generated deck's rows below.

let bundledSamples = benchmark(warmUp: 5, iterations: 50, { DeckLibrary.bundled() }) { library in
  library.problems.isEmpty && !library.decks.isEmpty
    ? nil
    : "the bundled decks did not all load: "
      + library.problems.flatMap(\.lines).prefix(5).joined(separator: "; ")
}
let bundledDecks = DeckLibrary.bundled().decks
print(
  Report.row(
    "DeckLibrary.bundled()", bundledSamples,
    note:
      "\(bundledDecks.count) decks, \(bundledDecks.reduce(0) { $0 + $1.questionCount }) questions, "
      + "parsed once"
  ))

// MARK: 2. A generated 10,000-question deck

let questionsPerSegment = 2_000
let expectedQuestions = questionsPerSegment * DeckGenerator.segmentIDs.count
var generator = DeckGenerator()
let generated = generator.deck(questionsPerSegment: questionsPerSegment)
let deckBytes = Array(generated.yaml.utf8)
guard generated.questionCount == expectedQuestions else {
  fail("generated \(generated.questionCount) questions, expected \(expectedQuestions)")
}
guard (15...25).contains(generated.shortestText), (15...25).contains(generated.longestText) else {
  fail(
    "question texts have \(generated.shortestText)–\(generated.longestText) words; expected 15–25"
  )
}
guard deckBytes.count <= DeckLoader.maximumFileBytes else {
  fail(
    "the generated deck is \(deckBytes.count) bytes, over the \(DeckLoader.maximumFileBytes) limit")
}

/// Nil when `result` is a deck of `questions` questions, else why it is not.
func expectDeck(_ result: Result<LoadedDeck, DeckLoadFailure>, questions: Int) -> String? {
  switch result {
  case .success(let loaded):
    return loaded.deck.questionCount == questions
      ? nil : "the deck loaded \(loaded.deck.questionCount) questions, expected \(questions)"
  case .failure(let failure):
    return "the generated deck did not load:\n"
      + failure.lines.prefix(5).joined(separator: "\n")
  }
}

/// Nil when `result` failed and one of its problems mentions `reason`, else what went wrong.
func expectFailure(
  _ result: Result<LoadedDeck, DeckLoadFailure>, _ input: String, reason: String
) -> String? {
  switch result {
  case .success:
    return "\(input) loaded as a deck; it must be refused"
  case .failure(let failure):
    return messages(failure).contains { $0.contains(reason) }
      ? nil
      : "\(input) failed, but not for the reason measured ('\(reason)'): "
        + messages(failure).joined(separator: "; ")
  }
}

/// The problems' messages, without paths and positions.
func messages(_ failure: DeckLoadFailure) -> [String] {
  if case .invalid(let diagnostics) = failure { return diagnostics.map(\.message) }
  return failure.lines
}

/// `text` cut to `limit` characters, with an ellipsis when it was longer.
func shortened(_ text: String, _ limit: Int = 60) -> String {
  text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
}

let deckPath = TemporaryFiles.write("generated-10k.yaml", deckBytes)
let source = DeckSource.file(path: "generated-10k.yaml")

// Where the time goes, using only the public API: the same bytes from memory, then two variants
// of exactly the same size that stop after a stage of the loader. All four take turns.

// One control character in the opening comment: the character scan runs over every byte,
// reports it, and the loader stops before YAML.
var scanOnlyBytes = deckBytes
scanOnlyBytes[1] = 0x01

// `segments` renamed `segmentz`: the whole document is scanned and composed into a YAML tree,
// then the decoder stops at the root (unknown key, no segments) without visiting a question.
let composeOnlyBytes = Array(
  generated.yaml.replacingOccurrences(of: "\nsegments:\n", with: "\nsegmentz:\n").utf8)
guard composeOnlyBytes.count == deckBytes.count, composeOnlyBytes != deckBytes else {
  fail("could not build the compose-only variant of the generated deck")
}

let tenK = benchmark(
  warmUp: 2, iterations: 10,
  [
    Workload(
      body: { loadDeckFile(path: deckPath) },
      check: { expectDeck($0, questions: expectedQuestions) }),
    Workload(
      body: { DeckLoader.load(bytes: deckBytes, path: "generated-10k.yaml", source: source) },
      check: { expectDeck($0, questions: expectedQuestions) }),
    Workload(
      body: { DeckLoader.load(bytes: scanOnlyBytes, path: "scan-only.yaml", source: source) },
      check: { expectFailure($0, "the scan-only variant", reason: "control character") }),
    Workload(
      body: {
        DeckLoader.load(bytes: composeOnlyBytes, path: "compose-only.yaml", source: source)
      },
      check: { expectFailure($0, "the compose-only variant", reason: "segmentz") }),
  ])
guard tenK.count == 4 else { fail("expected four sets of 10k-deck timings") }
let (fileLoad, memoryLoad, scanOnly, composeOnly) = (tenK[0], tenK[1], tenK[2], tenK[3])

let kibibytes = Double(deckBytes.count) / 1024
let questionsPerSecond = Double(expectedQuestions) / (fileLoad.median / 1_000)
print(
  Report.row(
    "10k deck: read the file, DeckLoader.load(bytes:)", fileLoad,
    note: String(
      format: "%.0f KiB, %@ questions/s at the median", kibibytes,
      Report.grouped(Int(questionsPerSecond)))))
print(Report.row("  same bytes, load(bytes:) from memory", memoryLoad))
print(Report.row("  stage: character scan only", scanOnly, note: "stops before YAML"))
print(Report.row("  stage: scan + YAML compose", composeOnly, note: "decoder stops at the root"))

/// A medians difference as a derived line: the cost of one stage, by subtraction.
func derived(_ name: String, _ larger: Samples, _ smaller: Samples) -> String {
  Report.fact(name, Report.ms(larger.median - smaller.median) + " ms (difference of medians)")
}
print(derived("  ≈ reading the file", fileLoad, memoryLoad))
print(derived("  ≈ YAML parse + compose (libyaml, tree)", composeOnly, scanOnly))
print(derived("  ≈ decode + validate into a Deck", memoryLoad, composeOnly))
print(
  Report.fact(
    "  generated deck",
    "\(Report.grouped(deckBytes.count)) bytes, \(generated.questionCount) questions "
      + "(\(generated.roleQuestions) with roles: [software]), question texts "
      + "\(generated.shortestText)–\(generated.longestText) words, "
      + String(
        format: "%.1f on average", Double(generated.textWords) / Double(generated.questionCount))
  ))

// MARK: 3. Hostile inputs

/// Loads the hostile file `name` repeatedly, checks it is refused for `reason`, prints a row.
func measureHostile(_ label: String, name: String, bytes: [UInt8], reason: String) {
  let path = TemporaryFiles.write(name, bytes)
  let samples = benchmark(warmUp: 1, iterations: 5, { loadDeckFile(path: path) }) {
    expectFailure($0, label, reason: reason)
  }
  var message = "(no message)"
  if case .failure(let failure) = loadDeckFile(path: path) {
    message = messages(failure).first { $0.contains(reason) } ?? message
  }
  let size =
    bytes.count >= 1024 * 1024
    ? String(format: "%.2f MiB", Double(bytes.count) / 1024 / 1024)
    : String(format: "%.1f KiB", Double(bytes.count) / 1024)
  print(Report.row(label, samples, note: "\(size), refused: \(shortened(message))"))
}

measureHostile(
  "hostile: alias bomb (9 levels x 9 aliases)", name: "alias-bomb.yaml",
  bytes: Array(HostileInputs.aliasBomb().utf8), reason: "alias")
measureHostile(
  "hostile: 100,000-deep flow nesting", name: "deep-nesting.yaml",
  bytes: Array(HostileInputs.deepNesting().utf8), reason: "nesting")
measureHostile(
  "hostile: maximumFileBytes + 1 bytes", name: "oversized.yaml",
  bytes: HostileInputs.oversized(byteCount: DeckLoader.maximumFileBytes + 1),
  reason: "a deck may be at most")

TemporaryFiles.removeAll()

// MARK: 4. Memory

print(Report.rule)
/// A `/proc/self/status` figure in MiB, or why there is none.
func memoryFigure(_ field: String) -> String {
  MachineFacts.statusMiB(field).map { String(format: "%.1f MiB", $0) }
    ?? "unavailable (no /proc/self/status)"
}
print(Report.fact("peak resident memory (VmHWM)", memoryFigure("VmHWM")))
print(Report.fact("current resident memory (VmRSS)", memoryFigure("VmRSS")))
