import Foundation
import Testing

@Suite("decks check")
struct DecksCheckTests {
  @Test("all five bundled deck files in Assets/Decks pass")
  func bundledFilesPass() throws {
    let sandbox = try Sandbox()
    let paths = Bundled.filePaths
    for path in paths {
      try #require(FileManager.default.fileExists(atPath: path), "missing \(path)")
    }
    let result = try sandbox.run(["decks", "check"] + paths)
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let lines = result.stdoutLines
    try #require(lines.count == paths.count, "\(lines)")
    for (line, path) in zip(lines, paths) {
      #expect(line.hasPrefix("\(path): ok — "), "\(line)")
    }
    #expect(lines.last == "\(paths[4]): ok — second-interview, 96 questions in 5 segments")
  }

  @Test("each bundled deck file passes on its own", arguments: Bundled.fileNames)
  func bundledFilePassesAlone(fileName: String) throws {
    let sandbox = try Sandbox()
    let decks = Bundled.packageRoot().appendingPathComponent("Assets/Decks")
    let result = try sandbox.run(["decks", "check", fileName], in: decks)
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    #expect(result.stdoutLines.count == 1)
    #expect(result.stdout.hasPrefix("\(fileName): ok — "))
  }

  @Test("a broken deck exits 65 with every error as PATH:LINE:COLUMN: error: MESSAGE")
  func brokenDeck() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.broken, to: "decks/broken.yaml")
    let result = try sandbox.run(["decks", "check", "decks/broken.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(result.stderrLines == SampleDeck.brokenDiagnostics.map { "decks/broken.yaml:" + $0 })
  }

  @Test("wrong probes exit 65, each reported at its key with a suggestion or the kinds allowed")
  func brokenProbes() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      """
      id: probing
      title: Probing
      segments:
        - id: culture
          probes:
            outcome: How did it end?
            names_figure: What figure?
          questions:
            - id: fit
              text: How do you like to work?

      """, to: "probing.yaml")
    let result = try sandbox.run(["decks", "check", "probing.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "probing.yaml:6:7: error: unknown key 'outcome' in 'probes'; did you mean 'result'? "
          + "allowed: result, action, quantified, names_figure",
        "probing.yaml:7:7: error: 'names_figure' probes belong in the salary segment only, "
          + "where a figure is asked for; the culture segment takes: result, action",
      ])
  }

  @Test("a YAML syntax error is reported where libyaml found it")
  func yamlSyntaxError() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.badYAML, to: "bad.yaml")
    let result = try sandbox.run(["decks", "check", "bad.yaml"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderrLines == [
        "bad.yaml:6:1: error: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 5, column 16)"
      ])
  }

  @Test("value errors point at the value: target, placeholder, id")
  func valueErrors() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      """
      id: values
      title: Values
      segments:
        - id: culture
          target: 2h
          questions:
            - id: Q1
              text: Hi {name}

      """, to: "values.yaml")
    let result = try sandbox.run(["decks", "check", "values.yaml"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderrLines == [
        "values.yaml:5:13: error: cannot read target '2h'; write 90, 90s, 2m or 1m30s",
        "values.yaml:7:13: error: 'id' must use only a-z, 0-9 and '-', found 'Q1'",
        "values.yaml:8:15: error: in 'text': unknown placeholder '{name}'; only {company}, {position} and {a_position} may be used",
      ])
  }

  @Test("CRLF line endings count as one line each")
  func crlfLines() throws {
    let sandbox = try Sandbox()
    let text = SampleDeck.broken.replacingOccurrences(of: "\n", with: "\r\n")
    try sandbox.write(text, to: "crlf.yaml")
    let result = try sandbox.run(["decks", "check", "crlf.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stderrLines == SampleDeck.brokenDiagnostics.map { "crlf.yaml:" + $0 })
  }

  @Test("an empty file is one error at 1:1")
  func emptyFile() throws {
    let sandbox = try Sandbox()
    try sandbox.write("", to: "empty.yaml")
    let result = try sandbox.run(["decks", "check", "empty.yaml"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderrLines == [
        "empty.yaml:1:1: error: the file holds no YAML; a deck needs id, title and segments"
      ])
  }

  @Test("several files: the good ones are ok on stdout, the bad one's errors on stderr, exit 65")
  func severalFilesOneBad() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.valid(id: "one"), to: "one.yaml")
    try sandbox.write(SampleDeck.broken, to: "two.yaml")
    try sandbox.write(SampleDeck.valid(id: "three"), to: "three.yaml")
    let result = try sandbox.run(["decks", "check", "one.yaml", "two.yaml", "three.yaml"])
    #expect(result.exitCode == 65)
    #expect(
      result.stdoutLines == [
        "one.yaml: ok — one, 3 questions in 2 segments",
        "three.yaml: ok — three, 3 questions in 2 segments",
      ])
    #expect(result.stderrLines == SampleDeck.brokenDiagnostics.map { "two.yaml:" + $0 })
  }

  @Test("a deck of one question in one segment says so in the singular")
  func singularCounts() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      """
      id: tiny
      title: Tiny
      segments:
        - id: behavioural
          questions:
            - id: only
              text: Tell me about a launch you led.

      """, to: "tiny.yaml")
    let result = try sandbox.run(["decks", "check", "tiny.yaml"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdoutLines == ["tiny.yaml: ok — tiny, 1 question in 1 segment"])
  }

  @Test("two files with the same deck id: the second is reported at its id")
  func duplicateIDsAcrossFiles() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.valid(id: "same"), to: "a.yaml")
    try sandbox.write(SampleDeck.valid(id: "same"), to: "b.yaml")
    let result = try sandbox.run(["decks", "check", "a.yaml", "b.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdoutLines == ["a.yaml: ok — same, 3 questions in 2 segments"])
    #expect(
      result.stderrLines == [
        "b.yaml:1:5: error: deck id 'same' is already used by a.yaml; choose another id"
      ])
  }

  @Test("a deck whose id is a bundled deck's fails check, naming both, as loading would")
  func bundledIDClash() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.valid(id: "second-interview"), to: "mine.yaml")
    let result = try sandbox.run(["decks", "check", "mine.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "mine.yaml:1:5: error: deck id 'second-interview' is already used by the bundled deck "
          + "bundled/second-interview.yaml; choose another id"
      ])
  }

  @Test("two files in the decks folder share an id: check fails on each; loading names both once")
  func twoFolderFilesOneID() throws {
    let sandbox = try Sandbox()
    let original = try sandbox.writeUserDeck(
      SampleDeck.valid(id: "my", title: "Original"), named: "my.yaml")
    // The backup sorts first by name; the file named after the id is the one used.
    let backup = try sandbox.writeUserDeck(
      SampleDeck.valid(id: "my", title: "Backup"), named: "my-copy.yaml")
    let skippedLine =
      "\(backup):1:5: error: deck id 'my' is also used by \(original), which is loaded instead "
      + "(its file name is the id); give this deck another id or remove the file"

    let checkOriginal = try sandbox.run(["decks", "check", original])
    #expect(checkOriginal.exitCode == 65)
    #expect(checkOriginal.stdout == "")
    #expect(
      checkOriginal.stderrLines == [
        "\(original):1:5: error: deck id 'my' is also used by \(backup), which is skipped; this "
          + "file is the one loaded (its file name is the id); give one of them another id"
      ])

    let checkBackup = try sandbox.run(["decks", "check", backup])
    #expect(checkBackup.exitCode == 65)
    #expect(checkBackup.stderrLines == [skippedLine])

    let list = try sandbox.run(["decks", "list", "--json"])
    #expect(list.exitCode == 0)
    #expect(
      list.stderrLines == [
        skippedLine, "secondround: skipped 1 deck file with errors; the other decks are loaded",
      ])
    let mine = try JSONOutput.list(list).filter { $0.id == "my" }
    #expect(mine.map(\.source) == [original])
    #expect(mine.map(\.title) == ["Original"])
  }

  @Test("a file outside the decks folder reusing a folder deck's id fails check, naming it")
  func outsideFileReusingAFolderID() throws {
    let sandbox = try Sandbox()
    let inFolder = try sandbox.writeUserDeck(SampleDeck.valid(id: "panel"), named: "panel.yaml")
    try sandbox.write(SampleDeck.valid(id: "panel"), to: "draft.yaml")
    let result = try sandbox.run(["decks", "check", "draft.yaml", inFolder])
    #expect(result.exitCode == 65)
    #expect(result.stdoutLines == ["\(inFolder): ok — panel, 3 questions in 2 segments"])
    #expect(
      result.stderrLines == [
        "draft.yaml:1:5: error: deck id 'panel' is already used by \(inFolder) in your decks "
          + "folder; choose another id"
      ])
  }

  @Test("a colon in plain question text gets a hint on the same diagnostic")
  func colonHint() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      """
      id: colon
      title: Colon
      segments:
        - id: culture
          questions:
            - id: why
              text: Tell me: why us?

      """, to: "colon.yaml")
    let result = try sandbox.run(["decks", "check", "colon.yaml"])
    #expect(result.exitCode == 65)
    #expect(
      result.stderrLines == [
        "colon.yaml:7:22: error: mapping values are not allowed in this context; "
          + "hint: quote text that contains ': '"
      ])
  }

  @Test("a missing file exits 66")
  func missingFile() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "check", "absent.yaml"])
    #expect(result.exitCode == 66)
    #expect(result.stdout == "")
    #expect(result.stderrLines == ["absent.yaml: error: no such file"])
  }

  @Test("a missing file among valid and broken ones: all reported, exit 66 (the worst)")
  func missingAmongOthers() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.valid(id: "good"), to: "good.yaml")
    try sandbox.write(SampleDeck.broken, to: "broken.yaml")
    let result = try sandbox.run(["decks", "check", "good.yaml", "absent.yaml", "broken.yaml"])
    #expect(result.exitCode == 66)
    #expect(result.stdoutLines == ["good.yaml: ok — good, 3 questions in 2 segments"])
    #expect(
      result.stderrLines
        == ["absent.yaml: error: no such file"]
        + SampleDeck.brokenDiagnostics.map { "broken.yaml:" + $0 })
  }

  @Test("a directory is not a deck file: exit 66")
  func directoryIsNotADeck() throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      at: sandbox.work.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
    let result = try sandbox.run(["decks", "check", "folder.yaml"])
    #expect(result.exitCode == 66)
    #expect(result.stderrLines == ["folder.yaml: error: cannot read: it is a directory"])
  }

  @Test("check with no path is a usage error, exit 64")
  func noPaths() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "check"])
    #expect(result.exitCode == 64)
    #expect(result.stdout == "")
    #expect(!result.stderr.isEmpty)
  }
}
