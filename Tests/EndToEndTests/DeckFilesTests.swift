import Foundation
import InterviewCore
import Testing

@testable import secondround

/// Deck files on disk, read by the app (the core only parses their bytes): missing files,
/// directories, huge files and the user's deck directory.
@Suite struct DeckFilesTests {
  /// The smallest valid deck, with id `id`.
  static func deck(id: String = "sample") -> String {
    """
    id: \(id)
    title: Sample
    segments:
      - id: behavioural
        questions:
          - id: first
            text: Tell me about yourself.
    """
  }

  @Test func loadingFromAFileReportsMissingAndDirectoryPaths() throws {
    let sandbox = try Sandbox()
    let missing = sandbox.work.appendingPathComponent("missing.yaml").path
    #expect(throws: DeckLoadFailure.missing(path: missing)) {
      try DeckLoader.load(path: missing).get()
    }
    let directory = sandbox.work.path
    #expect(throws: DeckLoadFailure.unreadable(path: directory, reason: "it is a directory")) {
      try DeckLoader.load(path: directory).get()
    }
    let file = try sandbox.write(Self.deck(), to: "deck.yaml")
    let loaded = try DeckLoader.load(path: file.path).get()
    #expect(loaded.deck.source == .file(path: file.path))
  }

  @Test func anOversizedFileIsRefusedFromItsSizeWithoutReadingIt() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.write("", to: "huge.yaml").path
    // A sparse file: its size is over the limit, yet nothing is written to disk.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(DeckLoader.maximumFileBytes) + 4096)
    try handle.close()
    guard case .failure(let failure) = DeckLoader.load(path: path) else {
      Issue.record("a huge file loaded")
      return
    }
    #expect(
      failure.lines == ["\(path):1:1: error: the file is 16388 KiB; a deck may be at most 16 MiB"])
  }

  @Test func userDecksLoadAfterBundledOnesByFileNameAndBrokenOnesAreReported() throws {
    let sandbox = try Sandbox()
    let directory = sandbox.userDeckDirectoryPath
    try sandbox.writeUserDeck(Self.deck(), named: "b-good.yaml")
    try sandbox.writeUserDeck(
      Self.deck(id: "other").replacingOccurrences(of: "text:", with: "txt:"), named: "a-broken.yaml"
    )
    try sandbox.writeUserDeck(Self.deck(id: "second-interview"), named: "c-clash.yml")
    try sandbox.writeUserDeck("not: a deck", named: ".hidden.yaml")
    try sandbox.writeUserDeck("ignored", named: "notes.txt")

    let library = DeckLibrary.load(userDeckDirectory: directory)
    #expect(library.decks.last?.id == "sample")
    #expect(library.decks.last?.source == .file(path: directory + "/b-good.yaml"))
    #expect(library.decks.count == DeckLibrary.bundled().decks.count + 1)
    #expect(
      library.problems.flatMap(\.lines).map { $0.components(separatedBy: ": error:")[0] } == [
        "\(directory)/a-broken.yaml:6:9", "\(directory)/a-broken.yaml:7:9",
        "\(directory)/c-clash.yml:1:5",
      ])
  }

  @Test func aMissingUserDirectoryMeansNoUserDecks() {
    let library = DeckLibrary.load(userDeckDirectory: "/nonexistent/secondround/decks")
    #expect(library.problems.isEmpty)
    #expect(library.decks.count == DeckLibrary.bundled().decks.count)
  }
}
