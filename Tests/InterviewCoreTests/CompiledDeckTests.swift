import Foundation
import Testing

@testable import InterviewCore

/// The bundled decks' records (`CompiledBundledDecks.swift`) must be the decks their files
/// parse to, and a record must read back exactly what was written, whatever the text holds.
@Suite struct CompiledDeckTests {
  /// Each bundled deck parsed from its YAML, skipping any record.
  static func parsedFromYAML() -> [(source: BundledDeckSource, loaded: LoadedDeck)] {
    BundledDecks.sources.compactMap { source in
      let bytes = Data(base64Encoded: source.base64).map { [UInt8]($0) } ?? []
      guard
        case .success(let loaded) = DeckLoader.load(
          bytes: bytes, path: source.fileName, source: .bundled(fileName: source.fileName))
      else { return nil }
      return (source, loaded)
    }
  }

  /// The Swift file holding the records of `decks`.
  static func recordFile(_ decks: [(source: BundledDeckSource, loaded: LoadedDeck)]) -> String {
    var file = """
      // Recorded by CompiledDeckTests from Assets/Decks: run
      // `RECORD_GOLDEN=1 swift test --filter CompiledDeckTests` after changing a bundled deck.

      /// Every bundled deck, already parsed (see `CompiledDeck`).
      let compiledBundledDecks: [CompiledBundledDeck] = [

      """
    for (source, loaded) in decks {
      let lines = literalLines(CompiledDeck.encode(loaded)).map { "      " + $0 }
      let fingerprint = String(CompiledDeck.fingerprint(source.base64), radix: 16)
      file += """
          CompiledBundledDeck(
            fileName: "\(source.fileName)", fingerprint: 0x\(fingerprint),
            text: \"\"\"
        \(lines.joined(separator: "\n"))
              \"\"\"),

        """
    }
    return file + "]\n"
  }

  /// The lines of a multi-line string literal holding `record` exactly: printable ASCII as
  /// itself, every other byte's character as an escape, each line but the last ending in a
  /// line continuation, none longer than `width`.
  static func literalLines(_ record: [UInt8], width: Int = 90) -> [String] {
    var lines: [String] = []
    var line = ""
    for scalar in String(decoding: record, as: UTF8.self).unicodeScalars {
      let written: String
      switch scalar {
      case "\\": written = "\\\\"
      case "\"": written = "\\\""
      case "\n": written = "\\n"
      case _ where scalar.value < 0x20 || scalar.value > 0x7E:
        written = "\\u{" + String(scalar.value, radix: 16) + "}"
      default: written = String(scalar)
      }
      if line.count + written.count > width - 1 {
        lines.append(line + "\\")
        line = ""
      }
      line += written
    }
    // A space ending the literal's last line would be trailing whitespace in the source.
    if line.hasSuffix(" ") { line = line.dropLast() + "\\u{20}" }
    return lines + [line]
  }

  @Test func everyBundledDeckHasARecordOfItsCurrentFile() throws {
    let decks = Self.parsedFromYAML()
    #expect(decks.count == BundledDecks.sources.count)
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/InterviewCore/Decks/CompiledBundledDecks.swift")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(Self.recordFile(decks).utf8).write(to: url)
      return
    }
    for (source, loaded) in decks {
      let compiled = BundledDecks.compiled(source)
      #expect(
        compiled != nil,
        """
        \(source.fileName) has no record of its current bytes: run \
        RECORD_GOLDEN=1 swift test --filter CompiledDeckTests
        """)
      #expect(compiled?.deck == loaded.deck, "\(source.fileName)")
      #expect(compiled?.idLocation == loaded.idLocation, "\(source.fileName)")
    }
    // The file in the repository is what the recorder writes now, byte for byte.
    let recorded = try String(contentsOf: url, encoding: .utf8)
    #expect(recorded == Self.recordFile(decks))
  }

  /// The build hashes each deck's bytes as the app would: a fingerprint computed otherwise
  /// would leave every record unused (and start-up parsing YAML again).
  @Test func theBuildFingerprintsEachDeckAsTheAppDoes() {
    #expect(!BundledDecks.sources.isEmpty)
    for source in BundledDecks.sources {
      #expect(source.fingerprint == CompiledDeck.fingerprint(source.base64), "\(source.fileName)")
    }
  }

  @Test func aRecordReadsBackWhatWasWrittenWhateverTheTextHolds() {
    let awkward = [
      "", "12:34", "a\nb\r\n", "quote \" and \\ back", "日本語 🚀 e\u{301}",
      String(repeating: "x", count: 500),
    ]
    var questions: [Question] = []
    for (index, text) in awkward.enumerated() {
      questions.append(
        Question(
          id: "q\(index)", text: text, targetSeconds: 30 + index,
          roles: index % 2 == 0 ? [] : [text],
          followUps: awkward, tips: [text, text], tags: [], after: index == 0 ? nil : "q0",
          needs: index == 3 ? .figure : nil))
    }
    let deck = Deck(
      id: "awkward", title: "Awkward: \"text\"", description: nil,
      segments: [
        Segment(
          kind: .salary, title: "Salary\n", interviewer: "HR 🙂", targetSeconds: 90,
          questions: questions, probes: ["b": ["1", ""], "a": []], order: .asWritten),
        Segment(
          kind: .behavioural, title: "", interviewer: "", targetSeconds: 0, questions: []),
      ], source: .bundled(fileName: "awkward.yaml"))
    let loaded = LoadedDeck(deck: deck, idLocation: SourceLocation(line: 3, column: 5))
    let record = CompiledDeck.encode(loaded)
    let back = CompiledDeck.decode(record, source: .bundled(fileName: "awkward.yaml"))
    #expect(back?.deck == deck)
    #expect(back?.idLocation == loaded.idLocation)
    // Anything cut short or added to is refused, never read as another deck.
    #expect(CompiledDeck.decode(Array(record.dropLast()), source: deck.source) == nil)
    #expect(CompiledDeck.decode(record + [UInt8(ascii: "1")], source: deck.source) == nil)
    #expect(CompiledDeck.decode(Array(record.dropFirst()), source: deck.source) == nil)
  }

  @Test func aRecordOfOtherBytesIsIgnoredAndTheFileParsed() {
    guard let source = BundledDecks.sources.first else {
      Issue.record("no bundled deck")
      return
    }
    var edited = source
    edited.base64 = Data("id: edited\ntitle: Edited\nsegments: []\n".utf8).base64EncodedString()
    // As the build fingerprints the edited bytes.
    edited.fingerprint = CompiledDeck.fingerprint(edited.base64)
    // The record of the file as shipped does not stand for the edited bytes.
    #expect(BundledDecks.compiled(edited) == nil)
    #expect(BundledDecks.compiled(source) != nil)
  }
}
