// Generates a transcript store of 10,000 sessions and 200,000 entries and times the review
// queries on it, through TranscriptStore and through the sqlite3 shell. Run from the repository
// root (about two minutes on a 2-core machine, most of it generating):
//
//   swift run -c release --package-path Benchmarks store-benchmark
//
// Options: --keep PATH (generate into the data directory PATH and leave it there, to try the app
// on it: `secondround --data-dir PATH review`), --reuse PATH (measure a data directory made by
// --keep instead of generating; it is upgraded first if its schema is older), --runs N (timed
// runs per measurement, default 15), --seed N (default 2026), --plans (print each statement's
// EXPLAIN QUERY PLAN). It prints figures and never asserts a time; it exits non-zero only when a
// query returned something other than what is measured.
import BenchmarkSupport
import Foundation
import GRDB
import InterviewCore
import TranscriptStore

let sessionCount = 10_000
let entryCount = 200_000

struct Options {
  var keep: String?
  var reuse: String?
  var runs = 15
  var seed: UInt64 = 2026
  var plans = false

  static func parse(_ arguments: [String]) -> Options {
    var options = Options()
    var rest = arguments[...]
    func value(_ name: String) -> String {
      guard let value = rest.popFirst() else { fail("\(name) needs a value") }
      return value
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "--keep": options.keep = value(argument)
      case "--reuse": options.reuse = value(argument)
      case "--runs":
        guard let runs = Int(value(argument)), runs > 0 else { fail("--runs needs a count") }
        options.runs = runs
      case "--seed":
        guard let seed = UInt64(value(argument)) else { fail("--seed needs a number") }
        options.seed = seed
      case "--plans": options.plans = true
      default: fail("unknown argument \(argument)")
      }
    }
    return options
  }
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))

print("SecondRound transcript-store benchmark")
print(Report.fact("machine", MachineFacts.summary))
#if DEBUG
  print(Report.fact("build", "DEBUG"))
  print(
    "WARNING: this is a debug build; its timings say little about the app. Run instead:\n"
      + "  swift run -c release --package-path Benchmarks store-benchmark")
#else
  print(Report.fact("build", "release"))
#endif
print(Report.fact("SQLite (linked / shell)", "\(SQLiteLibrary.version) / \(shellVersion())"))
print()

// MARK: The store

let directory: String
var temporary: String?
if let reuse = options.reuse {
  directory = reuse
  // Upgrades a store kept by an older build, as the app's first rehearsal would.
  do {
    try TranscriptDatabase.open(directory: directory, access: .readWrite).close()
  } catch {
    fail("\(error)")
  }
  print(Report.fact("store", "\(directory) (reused)"))
} else {
  if let keep = options.keep {
    if FileManager.default.fileExists(atPath: keep + "/" + TranscriptDatabase.fileName) {
      fail("\(keep) already holds a store; it is not overwritten (use --reuse to measure it)")
    }
    directory = keep
  } else {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-store-benchmark-\(getpid())").path
    directory = path
    temporary = path
  }
  var generator = StoreGenerator(sessions: sessionCount, entries: entryCount, seed: options.seed)
  let generated: GeneratedStore
  do {
    generated = try generator.generate(into: directory)
  } catch {
    fail("generating the store: \(error)")
  }
  guard generated.sessions == sessionCount, generated.entries == entryCount else {
    fail("generated \(generated.sessions) sessions and \(generated.entries) entries")
  }
  print(Report.fact("store", directory + (options.keep == nil ? " (removed at the end)" : "")))
  print(
    Report.fact(
      "generated",
      "\(Report.grouped(generated.sessions)) sessions, "
        + "\(Report.grouped(generated.entries)) entries, \(Report.grouped(generated.words)) words "
        + "(seed \(options.seed))"))
  print(
    Report.fact(
      "generation time", String(format: "%.1f s", generated.elapsed.milliseconds / 1_000)))
}
let databasePath = directory + "/" + TranscriptDatabase.fileName
let facts: StoreFacts
do {
  facts = try StoreFacts.read(databasePath)
} catch {
  fail("reading the store's facts: \(error)")
}
print(Report.fact("file size", facts.sizeDescription))
print(
  Report.fact(
    "largest session",
    "id \(facts.largestSessionID): \(facts.largestSessionEntries) entries, "
      + "\(Report.grouped(facts.largestSessionCharacters)) characters of answers"))
print(
  Report.fact(
    "most-answered question",
    "\(facts.commonQuestionID): \(Report.grouped(facts.commonQuestionAttempts)) attempts"))
print()

// MARK: Measurements

let runs = options.runs
let reader: TranscriptDatabase
do {
  reader = try TranscriptDatabase.open(directory: directory, access: .readOnly)
} catch {
  fail("\(error)")
}
let shell = SQLiteShell.isAvailable ? SQLiteShell(databasePath: databasePath) : nil
if shell == nil { print("NOTE: \(SQLiteShell.executable) is missing; no shell column.") }

/// One measured call and the statements the store runs for it.
struct Case {
  var name: String
  var statements: [String]
  var note: String
  var samples: () -> Samples
}

func expectCount(_ count: Int, _ expected: ClosedRange<Int>, _ what: String) -> String? {
  expected.contains(count) ? nil : "\(count) \(what), expected \(expected)"
}

let searches: [(label: String, query: String, expected: ClosedRange<Int>)] = [
  ("common word", "team", 50...50), ("rare word", "quokka", 1...49),
  ("prefix", "lead*", 50...50), ("phrase", "\"code review\"", 50...50),
  ("two words", "rollback latency", 50...50),
]

var cases: [Case] = [
  Case(name: "open read-only + close", statements: Queries.open, note: "") {
    measure("open", runs: runs) {
      let store = try TranscriptDatabase.open(directory: directory, access: .readOnly)
      store.close()
      return store.path
    } check: {
      $0 == databasePath ? nil : "opened \($0)"
    }
  },
  Case(name: "sessions(limit: 50)", statements: Queries.sessions(limit: 50), note: "") {
    measure("sessions(limit: 50)", runs: runs) {
      try reader.sessions(limit: 50)
    } check: {
      expectCount($0.count, 50...50, "sessions")
    }
  },
  Case(
    name: "sessions() (the review list)", statements: Queries.sessions(limit: nil),
    note: "all \(Report.grouped(sessionCount))"
  ) {
    measure("sessions()", runs: runs) {
      try reader.sessions()
    } check: {
      expectCount($0.count, sessionCount...sessionCount, "sessions")
    }
  },
  Case(
    name: "session(id:) of the largest", statements: Queries.session(id: facts.largestSessionID),
    note: "\(facts.largestSessionEntries) entries"
  ) {
    measure("session(id:)", runs: runs) {
      try reader.session(id: facts.largestSessionID)
    } check: {
      expectCount(
        $0?.entries.count ?? 0, facts.largestSessionEntries...facts.largestSessionEntries,
        "entries")
    }
  },
  Case(
    name: "history(of:) most-answered question",
    statements: Queries.history(questionID: facts.commonQuestionID),
    note: "\(Report.grouped(facts.commonQuestionAttempts)) attempts"
  ) {
    measure("history", runs: runs) {
      try reader.history(of: .deckQuestion(facts.commonQuestionID))
    } check: {
      expectCount(
        $0.count, facts.commonQuestionAttempts...facts.commonQuestionAttempts, "attempts")
    }
  },
]
for search in searches {
  let bound: Int64
  do {
    bound = try StoreFacts.searchBound(databasePath, query: search.query)
  } catch {
    fail("finding the ranking window of \(search.query): \(error)")
  }
  cases.append(
    Case(
      name: "search \(search.label): \(search.query)",
      statements: Queries.search(search.query, bound: bound),
      note: ""
    ) {
      measure("search \(search.query)", runs: runs) {
        try reader.search(search.query)
      } check: {
        expectCount($0.count, search.expected, "hits")
      }
    })
}
// What the home screen asks for when it opens: every question of every deck, and some the
// store has never seen (a deck just added). Candidates' own questions are never answers, so
// only the interviewers' questions come back.
let practiceKeys =
  Vocabulary.decks.flatMap { deck in
    Vocabulary.questions.values.joined().map { CardKey(deckID: deck.0, questionID: $0.id) }
      + (1...20).map { CardKey(deckID: deck.0, questionID: "new-\($0)") }
  }
let answeredKeys =
  Vocabulary.decks.count
  * Vocabulary.questions.filter { $0.key != "questions" }.values.map(\.count).reduce(0, +)
let commonKey = CardKey(deckID: Vocabulary.decks[0].0, questionID: facts.commonQuestionID)
cases.append(
  Case(
    name: "progress(for:) every deck question", statements: Queries.progress(commonKey),
    note: "\(practiceKeys.count) keys; shell: one key's 4 statements"
  ) {
    measure("progress", runs: runs) {
      try reader.progress(for: practiceKeys)
    } check: {
      expectCount($0.count, answeredKeys...answeredKeys, "cards with progress")
    }
  })
cases.append(
  Case(name: "stats()", statements: Queries.stats(), note: "4 statements") {
    measure("stats", runs: runs) {
      try reader.stats()
    } check: {
      expectCount($0.sessions, sessionCount...sessionCount, "sessions")
    }
  })

print(Report.header)
print(Report.rule)
for item in cases {
  let app = item.samples()
  var shellSamples: Samples?
  if let shell {
    do {
      shellSamples =
        try item.name.hasPrefix("open")
        ? shell.processTimes(item.statements.joined(separator: " "), runs: runs)
        : shell.time(item.statements, runs: runs)
    } catch {
      fail("\(item.name) in sqlite3: \(error)")
    }
  }
  let note = item.name.hasPrefix("open") ? "shell: whole process, start included" : item.note
  print(Report.row(item.name, app, shellSamples, note: note))
}
print()
print(
  "app: TranscriptStore calls on ContinuousClock (results decoded into values); "
    + "sqlite3: the same SQL in \(SQLiteShell.executable) -readonly with .timer on (wall clock, "
    + "1 ms resolution, rows to /dev/null, process start excluded except for open). "
    + "\(runs) timed runs after 2 warm-ups; p90 by nearest rank.")

if options.plans, let shell {
  print()
  print("EXPLAIN QUERY PLAN")
  for item in cases where !item.name.hasPrefix("open") {
    for statement in item.statements {
      print("-- \(item.name)")
      do {
        print(try shell.plan(statement))
      } catch {
        print("  (\(error))")
      }
    }
  }
}

reader.close()
if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
print(
  Report.fact(
    "peak resident memory",
    MachineFacts.peakResidentMiB.map { String(format: "%.1f MiB", $0) } ?? "unknown"))

/// The `sqlite3` shell's version, or "missing".
func shellVersion() -> String {
  guard SQLiteShell.isAvailable else { return "missing" }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: SQLiteShell.executable)
  process.arguments = ["-version"]
  let pipe = Pipe()
  process.standardOutput = pipe
  guard (try? process.run()) != nil else { return "unknown" }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    ?? "unknown"
}
