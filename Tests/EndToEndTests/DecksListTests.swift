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
    #expect(general.roles == ["any"])
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

  @Test("ROLES: 'any' for questions that name no role, then the roles named; JSON agrees")
  func rolesOfUserDecks() throws {
    let sandbox = try Sandbox()
    // Two general questions and one `roles: [data]` question: a deck for every role.
    try sandbox.writeUserDeck(SampleDeck.valid(id: "mixed"), named: "mixed.yaml")
    try sandbox.writeUserDeck(
      """
      id: data-only
      title: Data only
      segments:
        - id: technical
          questions:
            - id: metric
              text: How do you check a metric moved for real?
              roles: [data]
            - id: pipeline
              text: How would you test a data pipeline?
              roles: [data, software]

      """, named: "data-only.yaml")
    let text = try sandbox.run(["decks", "list"])
    #expect(text.exitCode == 0)
    #expect(text.stderr == "")
    let mixed = try #require(text.stdoutLines.first { $0.hasPrefix("mixed ") })
    #expect(mixed.contains("  any, data  "), "\(mixed)")
    let dataOnly = try #require(text.stdoutLines.first { $0.hasPrefix("data-only ") })
    #expect(dataOnly.contains("  data, software  "), "\(dataOnly)")
    #expect(!dataOnly.contains("any"), "\(dataOnly)")

    let decks = try JSONOutput.list(try sandbox.run(["decks", "list", "--json"]))
    #expect(decks.first { $0.id == "mixed" }?.roles == ["any", "data"])
    #expect(decks.first { $0.id == "data-only" }?.roles == ["data", "software"])
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
