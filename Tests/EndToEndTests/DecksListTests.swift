import Foundation
import Testing

@Suite("decks list")
struct DecksListTests {
  @Test("--json lists the five bundled decks with their real segment counts")
  func listJSONBundled() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "list", "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let decks = try JSONOutput.list(result)
    #expect(decks.map(\.id) == Bundled.ids)
    #expect(decks.allSatisfy { $0.source == "bundled" })

    let general = try #require(decks.first { $0.id == Bundled.generalID })
    #expect(general.title == "Second interview — general")
    #expect(general.roles.isEmpty)
    #expect(general.segments.keys.sorted() == Bundled.generalSegments.sorted())
    for segment in Bundled.generalSegments {
      let count = try #require(general.segments[segment], "segment \(segment) missing")
      #expect(count >= 15, "segment \(segment) has only \(count) questions")
    }
    #expect(general.questions == general.segments.values.reduce(0, +))

    for pack in Bundled.rolePacks {
      let deck = try #require(decks.first { $0.id == pack.deck }, "no deck \(pack.deck)")
      #expect(deck.roles == [pack.role])
      #expect(deck.questions >= 12, "\(pack.deck) has \(deck.questions) questions")
      #expect(deck.segments == ["technical": deck.questions])
    }
  }

  @Test("the text table has a header and one row per bundled deck")
  func listText() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "list"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let lines = result.stdoutLines
    try #require(lines.count == 1 + Bundled.ids.count, "\(lines)")
    let header = lines[0].split(separator: " ", omittingEmptySubsequences: true)
    #expect(header == ["ID", "QUESTIONS", "ROLES", "TITLE", "SOURCE"])
    #expect(
      lines.dropFirst().map { $0.split(separator: " ").first.map(String.init) } == Bundled.ids)
    for line in lines.dropFirst() { #expect(line.hasSuffix("  bundled"), "\(line)") }

    let general = try #require(lines.first { $0.hasPrefix(Bundled.generalID + " ") })
    #expect(general.contains("Second interview — general"))
    #expect(general.contains("  any  "))
    let software = try #require(lines.first { $0.hasPrefix("software-engineering ") })
    #expect(software.contains("  software  "))
  }

  @Test("text and JSON agree on question counts")
  func listTextMatchesJSON() throws {
    let sandbox = try Sandbox()
    let decks = try JSONOutput.list(try sandbox.run(["decks", "list", "--json"]))
    let lines = try sandbox.run(["decks", "list"]).stdoutLines
    for deck in decks {
      let row = try #require(lines.first { $0.hasPrefix(deck.id + " ") }, "no row for \(deck.id)")
      let cells = row.components(separatedBy: "  ").filter { !$0.isEmpty }
        .map { $0.trimmingCharacters(in: .whitespaces) }
      #expect(cells.contains(String(deck.questions)), "\(row)")
    }
  }
}
