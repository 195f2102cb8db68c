// swift-tools-version:6.0
import PackageDescription

/// Benchmarks for SecondRound's deck loading, typing and transcript store, kept out of the root
/// package so that it stays lean.
let package = Package(
  name: "SecondRoundBenchmarks",
  dependencies: [
    // The repository root; SwiftPM derives a path dependency's identity from its directory name,
    // so `name:` pins the name the product reference below uses, wherever the clone lives.
    .package(name: "main", path: ".."),
    // The store benchmark bulk-inserts its generated sessions itself, through the store's GRDB.
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // What the three benchmarks share: timing runs and their summaries, the table text, facts
    // about the machine, and the seeded random source, so a fix to one reaches them all.
    .target(name: "BenchmarkSupport"),
    .executableTarget(
      name: "deck-loading-benchmark",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "InterviewCore", package: "main"),
      ]
    ),
    // Types a long answer through the keymap, the state machine, the screens and ncurses.
    .executableTarget(
      name: "typing-benchmark",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "InterviewCore", package: "main"),
        .product(name: "TerminalUI", package: "main"),
      ]
    ),
    // Types the same answers into a release build of secondround and into nano, each through a
    // pseudo-terminal of its own, and prints CPU, echo latency, first frame, memory and bytes.
    .executableTarget(
      name: "pty-typing-benchmark",
      dependencies: ["BenchmarkSupport"]
    ),
    // Agreement of the feedback verdicts with a coach's labels, and the time of one analysis.
    .executableTarget(
      name: "feedback-benchmark",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "InterviewCore", package: "main"),
      ]
    ),
    // Generates a store of 10,000 sessions and times the review queries against the sqlite3 shell.
    .executableTarget(
      name: "store-benchmark",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "InterviewCore", package: "main"),
        .product(name: "TranscriptStore", package: "main"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    // Speaks interview answers with espeak-ng at two speeds and transcribes them: word error
    // rate, real-time factor and the measured pace against the audio's voiced duration.
    .executableTarget(
      name: "speech-benchmark",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "InterviewCore", package: "main"),
        .product(name: "Speech", package: "main"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
