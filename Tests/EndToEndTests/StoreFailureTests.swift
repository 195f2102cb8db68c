import Foundation
import Testing

/// Bytes that vary but are the same on every run, so a failure can be reproduced.
private func scrambledBytes(count: Int, seed: UInt64) -> [UInt8] {
  var state = seed
  return (0..<count).map { _ in
    // xorshift64: enough to look like anything but a database.
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return UInt8(truncatingIfNeeded: state)
  }
}

@Suite("the transcript store: privacy, damage, locking")
struct StoreFailureTests {
  @Test("after a run the data directory is 0700 and every store file 0600, even with umask 000")
  func privacy() throws {
    let sandbox = try Sandbox()
    // Through sh, so the app starts with a umask that would make everything world-readable.
    let binary = try BinaryRunner.binaryURL().path
    let result = try sandbox.run(
      ["-c", "umask 000; exec \"$0\" \"$@\""] + [binary]
        + sandbox.plainArguments(["--seed", "1", "--per-segment", "1"]),
      binary: URL(fileURLWithPath: "/bin/sh"), input: "private answer\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    let directory = sandbox.store.path
    #expect(FileFacts.mode(directory) == 0o700)
    let database = directory + "/transcripts.sqlite"
    #expect(FileFacts.mode(database) == 0o600)
    // Files 0600; the folder of per-session locks 0700, and its files 0600 too.
    let sessions = directory + "/sessions"
    #expect(FileFacts.mode(sessions) == 0o700)
    for file in try FileManager.default.contentsOfDirectory(atPath: directory)
    where file != "sessions" {
      #expect(FileFacts.mode(directory + "/" + file) == 0o600, "\(file)")
    }
    for file in try FileManager.default.contentsOfDirectory(atPath: sessions) {
      #expect(FileFacts.mode(sessions + "/" + file) == 0o600, "\(file)")
    }
  }

  @Test("an existing data directory made loosely is tightened to 0700")
  func existingDirectoryTightened() throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      at: sandbox.store, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o755])
    try #require(FileFacts.mode(sandbox.store.path) == 0o755)
    let result = try sandbox.run(sandbox.plainArguments(["--seed", "1"]), input: "a\n")
    #expect(result.exitCode == 0)
    #expect(FileFacts.mode(sandbox.store.path) == 0o700)
  }

  @Test("without --data-dir the store is $XDG_DATA_HOME/secondround, private")
  func defaultDataDirectory() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      ["rehearse", "--plain", "--start", "--company", "Acme", "--position", "Analyst"],
      input: "a\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    let directory = sandbox.dataHome.appendingPathComponent("secondround").path
    #expect(result.stdoutLines.last == "Transcript 1 saved in \(directory)/transcripts.sqlite")
    #expect(FileFacts.mode(directory) == 0o700)
    #expect(FileFacts.mode(directory + "/transcripts.sqlite") == 0o600)
    // And transcripts finds it the same way.
    let list = try sandbox.run(["transcripts", "list", "--json"])
    #expect(list.exitCode == 0)
    #expect(list.stdout.contains("\"company\" : \"Acme\""))
    #expect(!FileManager.default.fileExists(atPath: sandbox.home.path + "/.local"))
  }

  @Test("while a rehearsal runs its -wal and -shm files are 0600 too")
  func privacyWhileRunning() throws {
    let sandbox = try Sandbox()
    let process = try sandbox.start(sandbox.plainArguments(["--seed", "1"]))
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no question: \(process.stdout)")
    try driver.answer("an answer")
    try #require(driver.nextPrompt() != nil)
    let database = sandbox.store.path + "/transcripts.sqlite"
    #expect(FileManager.default.fileExists(atPath: database + "-wal"))
    for file in [database, database + "-wal", database + "-shm"] {
      if let mode = FileFacts.mode(file) { #expect(mode == 0o600, "\(file)") }
    }
    process.closeInput()
    #expect(process.waitForExit() == Termination(status: 0, bySignal: false))
  }

  @Test(
    "a store file of random bytes: one line, nonzero exit, the file untouched",
    arguments: [
      ("random", scrambledBytes(count: 8192, seed: 0x5EC0_4D20)),
      // A valid SQLite header over garbage gets past the header check to SQLite itself.
      ("sqlite header", Array("SQLite format 3\0".utf8) + scrambledBytes(count: 8176, seed: 7)),
    ])
  func corruptStore(label: String, bytes: [UInt8]) throws {
    let sandbox = try Sandbox()
    let database = try sandbox.write(bytes: bytes, to: "transcripts.sqlite", in: sandbox.store)
    for arguments in [
      sandbox.plainArguments(["--seed", "1"]),
      ["transcripts", "list", "--data-dir", sandbox.store.path],
      ["transcripts", "list", "--json", "--data-dir", sandbox.store.path],
      ["transcripts", "show", "1", "--data-dir", sandbox.store.path],
    ] {
      let result = try sandbox.run(arguments, input: "an answer\n")
      #expect(result.exitCode != 0, "\(label) \(arguments)")
      #expect(result.stdout == "", "\(label) \(arguments)")
      #expect(result.stderrLines.count == 1, "\(label) \(arguments): \(result.stderr)")
      #expect(result.stderr.hasPrefix("secondround: "), "\(result.stderr)")
      #expect(result.stderr.contains(database.path), "\(result.stderr)")
      #expect(try Data(contentsOf: database) == Data(bytes), "\(label) \(arguments) wrote")
    }
    #expect(!FileManager.default.fileExists(atPath: database.path + "-wal"))
    #expect(!FileManager.default.fileExists(atPath: database.path + "-journal"))
  }

  @Test("--data-dir naming a regular file: one line, exit 73, the file untouched")
  func dataDirectoryIsAFile() throws {
    let sandbox = try Sandbox()
    let file = try sandbox.write("not a directory\n", to: "plain-file")
    let result = try sandbox.run(
      [
        "rehearse", "--plain", "--start", "--company", "A", "--position", "B", "--data-dir",
        file.path,
      ],
      input: "a\n")
    #expect(result.exitCode == 73)
    #expect(result.stdout == "")
    #expect(result.stderrLines == ["secondround: \(file.path): error: not a directory"])
    #expect(try String(contentsOf: file, encoding: .utf8) == "not a directory\n")
  }

  @Test(
    "--data-dir below a regular file: one line naming the path, exit 73, with a useful reason",
    .bug(id: "data-dir-reason", "fixed: the reason was a Foundation error number, not the OS's"))
  func dataDirectoryBelowAFile() throws {
    let sandbox = try Sandbox()
    let file = try sandbox.write("x\n", to: "plain-file")
    let below = file.path + "/store"
    let result = try sandbox.run(
      ["rehearse", "--plain", "--start", "--company", "A", "--position", "B", "--data-dir", below],
      input: "a\n")
    #expect(result.exitCode == 73)
    try #require(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("secondround: \(below): error: cannot create: "))
    // The OS's reason (ENOTDIR) says what is wrong; Foundation's generic wrapper does not.
    #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(result.stderr)")
    #expect(result.stderr.contains("Not a directory"), "\(result.stderr)")
  }

  @Test("two rehearsals side by side: both run, both save, and each lists the other as live")
  func rehearsalsSideBySide() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.start(sandbox.plainArguments(["--seed", "1", "--no-follow-ups"]))
    let driver = PlainDriver(first)
    try #require(driver.nextPrompt() != nil, "no first question: \(first.stdout)")
    try driver.answer("first answer")
    try #require(driver.nextPrompt() != nil)

    // No store-wide lock: a second rehearsal starts and saves while the first runs.
    let second = try sandbox.run(sandbox.plainArguments(["--seed", "2"]), input: "second\n")
    #expect(second.exitCode == 0, "\(second.stderr)")
    #expect(second.stderr == "", "\(second.stderr)")

    let sessions = try sandbox.sessions()
    #expect(sessions.count == 2)
    let live = try #require(sessions.first { $0.status != "finished" })
    #expect(live.status == "running in another terminal")
    #expect(try sandbox.transcript(live.id).entries.map(\.answer) == ["first answer"])
    let text = try sandbox.run(["transcripts", "list", "--data-dir", sandbox.store.path])
    #expect(text.exitCode == 0)
    #expect(text.stdout.contains("running in another terminal"), "\(text.stdout)")
    // A live session is not deleted under its rehearsal.
    let delete = try sandbox.run([
      "transcripts", "delete", String(live.id), "--yes", "--data-dir", sandbox.store.path,
    ])
    #expect(delete.exitCode == 75, "\(delete.stdout) \(delete.stderr)")
    #expect(delete.stderr.contains("running in another terminal"), "\(delete.stderr)")

    first.closeInput()
    #expect(first.waitForExit() == Termination(status: 0, bySignal: false))
    #expect(try sandbox.transcript(live.id).session.status == "finished")
  }

  @Test("a rehearsal killed with SIGKILL leaves the lock free and its answers saved")
  func killedRehearsal() throws {
    let sandbox = try Sandbox()
    let process = try sandbox.start(sandbox.plainArguments(["--seed", "1", "--no-follow-ups"]))
    let driver = PlainDriver(process)
    try #require(driver.nextPrompt() != nil, "no first question: \(process.stdout)")
    try driver.answer("kept")
    try #require(driver.nextPrompt() != nil)
    process.send(signal: SIGKILL)
    #expect(process.waitForExit() == Termination(status: SIGKILL, bySignal: true))

    let sessions = try sandbox.sessions()
    #expect(sessions.map(\.status) == ["interrupted"])
    #expect(
      try sandbox.transcript(try #require(sessions.first?.id)).entries.map(\.answer) == ["kept"])
    // The kernel dropped the lock with the process.
    let next = try sandbox.run(sandbox.plainArguments(["--seed", "2"]), input: "a\n")
    #expect(next.exitCode == 0, "stderr: \(next.stderr)")
  }
}
