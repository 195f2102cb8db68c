import Foundation
import Testing

@Suite("transcripts stats draws the trends")
struct StatsChartsTests {
  @Test("sparklines in a UTF-8 locale, ASCII under LANG=C or --ascii, and NO_COLOR changes nothing")
  func sparklinesFollowTheLocale() throws {
    let sandbox = try Sandbox()
    // Analysed as they are answered, so both sessions have fillers per 100 words.
    try sandbox.rehearseCulture(seed: 1, answer: "Um, like, I, you know, kept calm, um.")
    try sandbox.rehearseCulture(seed: 2, answer: "I kept the team calm and shipped on time.")

    func stats(_ extra: [String: String], _ arguments: [String] = []) throws -> RunResult {
      var environment = sandbox.environment
      environment.merge(extra) { $1 }
      let result = try sandbox.run(
        ["transcripts", "stats", "--data-dir", sandbox.store.path] + arguments,
        environment: environment)
      try #require(result.exitCode == 0, "\(result.stderr)")
      return result
    }
    let unicode = try stats(["LANG": "C.UTF-8"])
    let fillers = try #require(
      unicode.stdoutLines.last { $0.hasPrefix("  fillers per 100 words ") }, "\(unicode.stdout)")
    #expect(unicode.stdoutLines.contains("Trends, oldest session first:"))
    #expect(fillers.contains("→"), "\(fillers)")
    let spark = fillers.split(separator: " ").first { word in
      word.allSatisfy { "▁▂▃▄▅▆▇█".contains($0) }
    }
    #expect(spark?.count == 2, "\(fillers)")
    // The feedback table's row comes first; the sparkline's is the last with that name.
    // The first session's fillers are the most, drawn full height.
    #expect(spark?.first == "█", "\(fillers)")

    let ascii = try stats(["LANG": "C"])
    #expect(ascii.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "\(ascii.stdout)")
    #expect(
      ascii.stdoutLines.contains { $0.hasPrefix("  fillers per 100 words ") && $0.contains("->") })
    #expect(try stats(["LANG": "C.UTF-8"], ["--ascii"]).stdout == ascii.stdout)
    #expect(try stats(["LANG": "", "LC_ALL": "C"]).stdout == ascii.stdout)

    let noColor = try stats(["LANG": "C.UTF-8", "NO_COLOR": "1"])
    #expect(noColor.stdout == unicode.stdout)
    #expect(!noColor.printsRawEscape && !unicode.printsRawEscape)
  }
}
