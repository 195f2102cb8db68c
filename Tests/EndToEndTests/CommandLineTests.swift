import Foundation
import Testing

@Suite("version, help and usage errors")
struct CommandLineTests {
  @Test("--version prints the name and a semantic version")
  func version() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["--version"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    try #require(result.stdoutLines.count == 1, "\(result.stdout)")
    let line = result.stdoutLines[0]
    #expect(line.wholeMatch(of: /secondround \d+\.\d+\.\d+( .*)?/) != nil, "\(line)")
  }

  @Test(
    "--help and help work for every command",
    arguments: [
      (["--help"], "USAGE: secondround <subcommand>"),
      (["help"], "USAGE: secondround <subcommand>"),
      (["decks", "--help"], "USAGE: secondround decks <subcommand>"),
      (["help", "decks"], "USAGE: secondround decks <subcommand>"),
      (["decks", "list", "--help"], "USAGE: secondround decks list [--json]"),
      (["help", "decks", "list"], "USAGE: secondround decks list [--json]"),
      (
        ["decks", "show", "--help"], "USAGE: secondround decks show <deck> [--role <role>] [--json]"
      ),
      (["help", "decks", "show"], "USAGE: secondround decks show <deck> [--role <role>] [--json]"),
      (["decks", "check", "-h"], "USAGE: secondround decks check <paths> ..."),
      (["help", "decks", "check"], "USAGE: secondround decks check <paths> ..."),
      (["decks", "new", "--help"], "USAGE: secondround decks new <path>"),
      (["help", "decks", "new"], "USAGE: secondround decks new <path>"),
    ])
  func help(arguments: [String], usage: String) throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(arguments)
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    #expect(result.stdoutLines.first?.hasPrefix("OVERVIEW: ") == true)
    #expect(result.stdoutLines.contains(usage), "no '\(usage)' in:\n\(result.stdout)")
  }

  @Test("the top-level help says that bare 'secondround' opens the home screen")
  func helpNamesTheHomeScreen() throws {
    let result = try Sandbox().run(["--help"])
    let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("Run 'secondround' on its own for the home screen"), "\(result.stdout)")
  }

  @Test("the root help lists decks, and decks help lists its four subcommands")
  func helpMentionsCommands() throws {
    let sandbox = try Sandbox()
    let root = try sandbox.run(["--help"])
    #expect(root.stdout.contains("  decks  "))
    #expect(root.stdout.contains("--version"))
    let decks = try sandbox.run(["help", "decks"])
    for command in ["list", "show", "check", "new"] {
      #expect(decks.stdoutLines.contains { $0.hasPrefix("  \(command) ") }, "\(command)")
    }
    let check = try sandbox.run(["decks", "check", "--help"])
    #expect(check.stdout.contains("PATH:LINE:COLUMN: error:"))
    #expect(check.stdout.contains("65"))
    #expect(check.stdout.contains("66"))
  }

  @Test("no subcommand prints the help, exit 0")
  func bareCommand() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run([])
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("USAGE: secondround <subcommand>"))
  }

  @Test(
    "a bad flag or subcommand exits 64 with one line on stderr",
    arguments: [
      ["--bogus"],
      ["decks", "list", "--bogus"],
      ["decks", "show", Bundled.generalID, "--no-such-flag"],
      ["decks", "frobnicate"],
      ["decks", "show"],
      ["decks", "show", Bundled.generalID, "--role"],
    ])
  func badUsage(arguments: [String]) throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(arguments)
    #expect(result.exitCode == 64)
    #expect(result.stdout == "")
    #expect(result.stderrLines.first?.isEmpty == false)
    #expect(result.stderrLines.count == 1, "stderr should be one line, was:\n\(result.stderr)")
  }

  @Test(
    "a usage error points at the help of the command it was made in",
    arguments: [
      (["--bogus"], "secondround --help"),
      (["rehearse", "--bogus"], "secondround rehearse --help"),
      (["decks", "frobnicate"], "secondround decks --help"),
      (["decks", "show", Bundled.generalID, "--no-such-flag"], "secondround decks show --help"),
      (["transcripts", "show", "x"], "secondround transcripts show --help"),
    ])
  func usageErrorPointsAtItsHelp(arguments: [String], help: String) throws {
    let result = try Sandbox().run(arguments)
    #expect(result.exitCode == 64)
    #expect(result.stderr.contains("(see '\(help)')"), "\(result.stderr)")
  }
}
