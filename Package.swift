// swift-tools-version:6.0
import PackageDescription

#if os(Linux)
  import Glibc
#endif

/// How release builds of the app are linked on Linux: with the toolchain's lld, the executable's
/// own symbols not exported (nothing looks them up, and the loader's table of them was 1 MB
/// read at every start), and, where the C library can read them (glibc 2.36 and later), the
/// ~90,000 relative relocations packed from 2 MB into 17 KB. Together about 4 MiB less resident
/// memory and a faster start. Linking/StaticLibraries/ comes first on the search path, so
/// libstdc++, SQLite and ncursesw are linked from their static archives where those are installed
/// (only what is called is carried, 3 MiB less resident, fewer libraries for the loader; see its
/// README); `-ltinfo` because static ncursesw does not bring its terminfo half along. The functions
/// a session runs come first, in Linking/HotSymbols.txt's order (Linking/record-hot-symbols.sh
/// records it): 5 MiB less resident code at start. The executable is linked at a fixed address
/// (`-no-pie`): a position-independent one has the loader rewrite 784 KiB of metadata pointers at
/// every start, a private copy of each page written (about 250 of the 500 page faults before
/// `--version` printed). Debug builds keep the default link.
let releaseLinking: [LinkerSetting] = {
  #if os(Linux)
    let staticLibraries = Context.packageDirectory + "/Linking/StaticLibraries"
    var flags = [
      "-use-ld=lld", "-Xlinker", "--no-export-dynamic", "-L", staticLibraries, "-ltinfo",
      "-Xlinker", "--symbol-ordering-file=" + Context.packageDirectory + "/Linking/HotSymbols.txt",
      "-Xlinker", "--no-warn-symbol-ordering", "-Xclang-linker", "-no-pie",
    ]
    // "glibc 2.36": the C library this machine builds for.
    var name = [CChar](repeating: 0, count: 64)
    _ = confstr(Int32(_CS_GNU_LIBC_VERSION), &name, name.count)
    let text = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let version = text.split(separator: " ").last?.split(separator: ".").compactMap { Int($0) }
    if let version, !version.lexicographicallyPrecedes([2, 36]) {
      flags += ["-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"]
    }
    return [.unsafeFlags(flags, .when(platforms: [.linux], configuration: .release))]
  #else
    return []
  #endif
}()

/// How release builds of the app's own modules are compiled on Linux: each function in its own
/// section, so the linker can lay out the code a session runs (Linking/HotSymbols.txt) side by
/// side instead of scattered over the binary. The kernel maps code in 64 KiB runs around each
/// page touched, so scattered code made 13 MiB of the 22 MiB of code resident at start.
/// Exclusive access is checked when compiling and in debug builds (every test run), not again
/// at run time in release: those checks were 30 runtime calls on every key typed, 3% of its
/// instructions.
let releaseCodeLayout: [SwiftSetting] = [
  .unsafeFlags(
    [
      "-Xfrontend", "-function-sections",
      "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
      "-enforce-exclusivity=unchecked",
    ], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "SecondRound",
  products: [
    .executable(name: "secondround", targets: ["secondround"]),
    // For the benchmark package in Benchmarks/, which measures the core from outside.
    .library(name: "InterviewCore", targets: ["InterviewCore"]),
    .library(name: "TerminalUI", targets: ["TerminalUI"]),
    // For the benchmark package, which fills and queries a store of 10,000 sessions.
    .library(name: "TranscriptStore", targets: ["TranscriptStore"]),
    // For the benchmark package, which transcribes espeak-ng speech through the transcriber.
    .library(name: "Speech", targets: ["Speech"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // A thin C layer over ncursesw: macros and globals Swift cannot reach directly.
    .target(
      name: "CNCurses",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    // Pure domain: decks, their loading and validation. No terminal, no database, no clock.
    .target(
      name: "InterviewCore",
      dependencies: [.product(name: "Yams", package: "Yams")],
      swiftSettings: releaseCodeLayout,
      plugins: ["EmbedBundledDecks"]
    ),
    // Storage: where transcripts live and how they are kept private.
    .target(
      name: "TranscriptStore",
      dependencies: [
        "InterviewCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      swiftSettings: releaseCodeLayout
    ),
    // A running session's saving: one recorder for interviews and drills, the store injected.
    .target(
      name: "SessionRuntime",
      dependencies: ["InterviewCore", "TranscriptStore"],
      swiftSettings: releaseCodeLayout
    ),
    // Spoken answers: recording, playback, the panel's voice and offline transcription, each
    // reached through a small interface so the rehearsal can be tested with stand-ins.
    .target(
      name: "Speech",
      dependencies: ["InterviewCore"],
      swiftSettings: releaseCodeLayout
    ),
    // The ncurses view layer and the in-memory screen used by tests.
    .target(
      name: "TerminalUI",
      dependencies: ["InterviewCore", "CNCurses"],
      swiftSettings: releaseCodeLayout
    ),
    // The full-screen app's navigation as pure state machines: state plus an action (a key, a
    // store result coming back) gives the new state and the effects for the executable to run.
    .target(
      name: "AppFlow",
      dependencies: ["InterviewCore", "TerminalUI"],
      swiftSettings: releaseCodeLayout
    ),
    .executableTarget(
      name: "secondround",
      dependencies: [
        "InterviewCore", "TranscriptStore", "SessionRuntime", "TerminalUI", "AppFlow", "Speech",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: releaseCodeLayout,
      linkerSettings: releaseLinking
    ),
    // Build-time tool: turns Assets/Decks/*.yaml into Swift source so the binary carries them.
    .executableTarget(name: "DeckEmbedder"),
    .plugin(
      name: "EmbedBundledDecks",
      capability: .buildTool(),
      dependencies: ["DeckEmbedder"]
    ),
    // Golden/ holds the export formats' expected files and FeedbackLabels/ the coach-labelled
    // answers, both read from the source tree.
    .testTarget(
      name: "InterviewCoreTests", dependencies: ["InterviewCore"],
      exclude: ["Golden", "FeedbackLabels"]),
    // GRDB too, so tests can craft files the store must refuse (another program's, newer).
    .testTarget(
      name: "TranscriptStoreTests",
      dependencies: [
        "TranscriptStore", "InterviewCore", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "SessionRuntimeTests",
      dependencies: ["SessionRuntime", "InterviewCore", "TranscriptStore"]
    ),
    // Snapshots/ holds the screens' plain-text snapshots, read from the source tree.
    .testTarget(
      name: "TerminalUITests", dependencies: ["TerminalUI", "InterviewCore"],
      exclude: ["Snapshots"]),
    .testTarget(name: "SpeechTests", dependencies: ["Speech", "InterviewCore"]),
    .testTarget(
      name: "AppFlowTests", dependencies: ["AppFlow", "InterviewCore", "TerminalUI"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "secondround", "InterviewCore",
        // To walk the command tree, which must name every command.
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // Only to move a drilled card's dates back, so it comes due without waiting days.
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
