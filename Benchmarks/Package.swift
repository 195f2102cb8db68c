// swift-tools-version:6.0
import PackageDescription

/// Benchmarks for SecondRound's deck loading and typing, kept out of the root package so that it
/// stays lean.
let package = Package(
  name: "SecondRoundBenchmarks",
  dependencies: [
    // The repository root; SwiftPM derives a path dependency's identity from its directory name,
    // so `name:` pins the name the product reference below uses, wherever the clone lives.
    .package(name: "main", path: "..")
  ],
  targets: [
    .executableTarget(
      name: "deck-loading-benchmark",
      dependencies: [.product(name: "InterviewCore", package: "main")]
    ),
    // Types a long answer through the keymap, the state machine, the screens and ncurses.
    .executableTarget(
      name: "typing-benchmark",
      dependencies: [
        .product(name: "InterviewCore", package: "main"),
        .product(name: "TerminalUI", package: "main"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
