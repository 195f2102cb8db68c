import Foundation
import Testing

/// `scripts/install.sh`, as a user runs it.
///
/// The script builds with SwiftPM, which `swift test` holds locked while tests run, so the
/// install itself is done by `.ci/run` before the tests (with the debug build CI already has:
/// `SECONDROUND_INSTALL_CONFIGURATION=debug PREFIX=$tmp scripts/install.sh`), which names the
/// prefix in `SECONDROUND_INSTALLED_PREFIX`; these tests run what it installed. In CI a missing
/// prefix fails them; elsewhere they are skipped with the reason printed.
@Suite("scripts/install.sh")
struct InstallTests {
  static let installedPrefix = ProcessInfo.processInfo.environment["SECONDROUND_INSTALLED_PREFIX"]
    .flatMap { $0.isEmpty ? nil : $0 }

  static let script = Bundled.packageRoot().appendingPathComponent("scripts/install.sh").path

  /// Runs `executable` with `arguments` in a clean environment plus `extra`.
  static func run(
    _ executable: String, _ arguments: [String], extra: [String: String] = [:], in sandbox: Sandbox
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    var environment = sandbox.environment
    environment.merge(extra) { $1 }
    let result = try Spawn.run(
      executable, arguments: arguments, environment: environment, directory: sandbox.work.path,
      scratch: sandbox.scratch, timeout: 60)
    return (result.termination.status, result.stdout, result.stderr)
  }

  @Test(
    "the installed binary runs from PREFIX/bin, man -l reads its page, the completions load",
    .enabled(
      if: SpeechTools.isCI || installedPrefix != nil,
      "set SECONDROUND_INSTALLED_PREFIX to a prefix scripts/install.sh installed into"))
  func installedPrefixWorks() throws {
    let prefix = try #require(
      Self.installedPrefix, "SECONDROUND_INSTALLED_PREFIX is not set (.ci/run sets it)")
    let sandbox = try Sandbox()
    let binary = prefix + "/bin/secondround"
    let attributes = try FileManager.default.attributesOfItem(atPath: binary)
    #expect((attributes[.posixPermissions] as? Int) == 0o755)

    // By name, from PATH, as a user runs it.
    let path = ["PATH": prefix + "/bin:/usr/bin:/bin"]
    let version = try Self.run(
      "/bin/sh", ["-c", "secondround --version"], extra: path, in: sandbox)
    #expect(version.status == 0, "\(version.stderr)")
    #expect(version.stdout.hasPrefix("secondround "), "\(version.stdout)")
    let help = try Self.run(
      "/bin/sh", ["-c", "secondround transcripts --help"], extra: path, in: sandbox)
    #expect(help.status == 0, "\(help.stderr)")
    #expect(help.stdout.contains("export"), "\(help.stdout)")

    let page = prefix + "/share/man/man1/secondround.1"
    let man = try Self.run(
      "/bin/sh", ["-c", "man -l \"$0\"", page], extra: ["MANWIDTH": "80", "MANPAGER": "cat"],
      in: sandbox)
    #expect(man.status == 0, "\(man.stderr)")
    // No mdoc warnings: the page is as man expects it.
    #expect(man.stderr.isEmpty, "\(man.stderr)")
    #expect(man.stdout.contains("SECONDROUND(1)"), "\(man.stdout.prefix(400))")
    #expect(man.stdout.contains("transcripts"))

    let bash = prefix + "/share/bash-completion/completions/secondround"
    let loaded = try Self.run(
      "/bin/bash", ["-c", "source \"$0\" && complete -p secondround", bash], in: sandbox)
    #expect(loaded.status == 0, "\(loaded.stderr)")
    #expect(loaded.stderr.isEmpty, "\(loaded.stderr)")
    #expect(loaded.stdout.contains(" secondround"), "\(loaded.stdout)")

    for (file, first) in [
      ("/share/zsh/site-functions/_secondround", "#compdef secondround"),
      ("/share/fish/vendor_completions.d/secondround.fish", ""),
    ] {
      let text = try String(contentsOfFile: prefix + file, encoding: .utf8)
      #expect(text.hasPrefix(first), "\(file)")
      #expect(text.contains("secondround"), "\(file)")
    }
    for file in [
      "/share/man/man1/secondround.1", "/share/bash-completion/completions/secondround",
      "/share/zsh/site-functions/_secondround",
      "/share/fish/vendor_completions.d/secondround.fish",
    ] {
      let mode = try FileManager.default.attributesOfItem(atPath: prefix + file)[.posixPermissions]
      #expect((mode as? Int) == 0o644, "\(file)")
    }
  }

  @Test("a relative PREFIX or an unknown configuration is refused in one line, before building")
  func refusesBadSettings() throws {
    let sandbox = try Sandbox()
    for extra in [
      ["PREFIX": "relative/path"], ["SECONDROUND_INSTALL_CONFIGURATION": "fast"],
    ] {
      let result = try Self.run("/bin/bash", [Self.script], extra: extra, in: sandbox)
      #expect(result.status == 64, "\(extra): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "\(extra): \(result.stderr)")
      #expect(result.stdout.isEmpty, "\(extra): \(result.stdout)")
    }
  }
}
