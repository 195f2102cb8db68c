import Foundation
import Testing

@Suite("decks show")
struct DecksShowTests {
  @Test("--json prints the general deck: five segments, questions with targets, follow-ups, tips")
  func showJSONGeneral() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "show", Bundled.generalID, "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let deck = try JSONOutput.deck(result)
    #expect(deck.id == Bundled.generalID)
    #expect(deck.source == "bundled")
    #expect(deck.segments.map(\.id) == Bundled.generalSegments)
    for segment in deck.segments {
      #expect(segment.questions.count >= 15, "\(segment.id): \(segment.questions.count)")
    }
    let questions = deck.questions
    #expect(Set(questions.map(\.id)).count == questions.count, "question ids are not unique")
    #expect(questions.allSatisfy { (5...3600).contains($0.targetSeconds) })
    #expect(questions.allSatisfy { !$0.text.isEmpty && $0.roles.isEmpty })
    #expect(questions.contains { !$0.followUps.isEmpty })
    #expect(questions.contains { !$0.tips.isEmpty })

    // The first question of the file, with its own 2m30s target over the segment's 2m.
    let first = try #require(deck.segments.first?.questions.first)
    #expect(first.id == "overcome-challenge")
    #expect(first.targetSeconds == 150)
    #expect(deck.segments[0].targetSeconds == 120)
    #expect(first.followUps.count == 2)
    #expect(first.tips.count == 2)
    #expect(first.text.hasPrefix("Tell me about a time a serious obstacle"))
  }

  @Test("the text view shows segments in order with targets, follow-ups and tips")
  func showText() throws {
    let sandbox = try Sandbox()
    let deck = try JSONOutput.deck(try sandbox.run(["decks", "show", Bundled.generalID, "--json"]))
    let result = try sandbox.run(["decks", "show", Bundled.generalID])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let lines = result.stdoutLines
    #expect(lines.first == "Second interview — general  (second-interview, bundled)")

    var searchFrom = 0
    for segment in deck.segments {
      let heading =
        "\(segment.title) — asked by \(segment.interviewer) · target "
        + "\(segment.targetSeconds / 60):\(String(format: "%02d", segment.targetSeconds % 60))"
        + " · \(segment.questions.count) questions"
        + (segment.order == "as-written" ? " · asked as written" : "")
      let index = try #require(
        lines[searchFrom...].firstIndex(of: heading), "missing or out of order: \(heading)")
      searchFrom = index + 1
    }

    let first = try #require(deck.segments.first?.questions.first)
    #expect(lines.contains("  1. \(first.text)  [2:30]"))
    #expect(
      lines.contains("     id: \(first.id) · tags: experience, challenges, behavioural-competency"))
    for followUp in first.followUps { #expect(lines.contains("     follow-up: \(followUp)")) }
    for tip in first.tips { #expect(lines.contains("     tip: \(tip)")) }
  }

  @Test("the salary talk's order, 'after' and 'needs' show in the text view and in --json")
  func showOrderKeys() throws {
    let sandbox = try Sandbox()
    let json = try sandbox.run(["decks", "show", Bundled.generalID, "--json"])
    let deck = try JSONOutput.deck(json)
    #expect(deck.segments.map(\.order) == ["random", "random", "random", "as-written", "random"])
    let salary = try #require(deck.segments.first { $0.id == "salary" })
    let pushback = try #require(salary.questions.first { $0.id == "budget-below-expectation" })
    #expect(pushback.after == "salary-expectations" && pushback.needs == "figure")
    // Every question carries both keys, null when unset.
    #expect(json.stdout.contains("\"after\":null") || json.stdout.contains("\"after\" : null"))

    let lines = try sandbox.run(["decks", "show", Bundled.generalID]).stdoutLines
    #expect(
      lines.contains {
        $0.hasPrefix("Salary & the offer — asked by") && $0.hasSuffix(" · asked as written")
      })
    #expect(
      lines.contains(
        "     id: budget-below-expectation · tags: negotiation, total-compensation, offer · "
          + "after: salary-expectations · needs: figure"))
  }

  @Test("a segment's probes follow its questions in the text view and sit on it in --json")
  func showProbes() throws {
    let sandbox = try Sandbox()
    let deck = try JSONOutput.deck(try sandbox.run(["decks", "show", Bundled.generalID, "--json"]))
    #expect(
      deck.segments.map { Set($0.probes.keys) } == [
        ["result", "action", "quantified"], ["result", "action", "quantified"],
        ["result", "action"], ["names_figure"], [],
      ])
    let salary = try #require(deck.segments.first { $0.id == "salary" })
    let wordings = try #require(salary.probes["names_figure"])
    #expect(wordings.count >= 3)

    let lines = try sandbox.run(["decks", "show", Bundled.generalID]).stdoutLines
    let heading = try #require(lines.firstIndex { $0.hasPrefix("\(salary.title) — asked by") })
    let probes = try #require(
      lines[heading...].firstIndex(of: "  probes, when an answer leaves something out:"))
    #expect(
      lines[probes + 1..<probes + 1 + wordings.count].map { $0 }
        == wordings.map {
          "     names_figure: \($0)"
        })
    // After the salary segment's last question, before the next segment.
    #expect(
      lines[heading..<probes].filter { $0.hasPrefix("  \(salary.questions.count). ") }.count == 1)
    #expect(lines[probes + 1 + wordings.count] == "")
  }

  @Test(
    "a role pack shown for its own role keeps every question", arguments: Bundled.rolePacks)
  func roleKeepsOwnQuestions(deck: String, role: String) throws {
    let sandbox = try Sandbox()
    let all = try JSONOutput.deck(try sandbox.run(["decks", "show", deck, "--json"]))
    let result = try sandbox.run(["decks", "show", deck, "--role", role, "--json"])
    #expect(result.exitCode == 0)
    let filtered = try JSONOutput.deck(result)
    #expect(all.questions.count >= 12)
    #expect(filtered.questions.map(\.id) == all.questions.map(\.id))
    #expect(filtered.questions.allSatisfy { $0.roles == [role] })
  }

  @Test("a role pack shown for another known role is left with no segments, exit 0")
  func roleDropsOtherRolesQuestions() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run([
      "decks", "show", "software-engineering", "--role", "data", "--json",
    ])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let deck = try JSONOutput.deck(result)
    #expect(deck.id == "software-engineering")
    #expect(deck.segments.isEmpty)

    let text = try sandbox.run(["decks", "show", "software-engineering", "--role", "data"])
    #expect(text.exitCode == 0)
    #expect(text.stdoutLines.first?.hasPrefix("Software engineering — technical round") == true)
    #expect(!text.stdout.contains("follow-up:"))
    #expect(text.stdoutLines.last == "No question in this deck is for role 'data'.")
  }

  @Test("a role named only by a deck file is known when showing that file")
  func roleFromTheDeckItself() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      SampleDeck.valid(id: "legal-pack").replacingOccurrences(of: "[data]", with: "[legal]"),
      to: "legal.yaml")
    let result = try sandbox.run(["decks", "show", "legal.yaml", "--role", "legal", "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    #expect(try JSONOutput.deck(result).questions.map(\.id) == ["first", "second", "data-only"])

    // Not known to the bundled decks, and not in this file: a typo.
    try sandbox.write(SampleDeck.valid(id: "mixed"), to: "mixed.yaml")
    let typo = try sandbox.run(["decks", "show", "mixed.yaml", "--role", "legal"])
    #expect(typo.exitCode == 64)
    #expect(
      typo.stderrLines == [
        "secondround: error: unknown role 'legal'; roles in the decks: data, product, sales, software"
      ])
  }

  @Test("a role named by a user deck is known when showing any deck by id")
  func roleFromUserDeck() throws {
    let sandbox = try Sandbox()
    try sandbox.writeUserDeck(
      SampleDeck.valid(id: "legal-pack").replacingOccurrences(of: "[data]", with: "[legal]"),
      named: "legal.yaml")
    let result = try sandbox.run(["decks", "show", "software-engineering", "--role", "legal"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    #expect(result.stdoutLines.last == "No question in this deck is for role 'legal'.")
    let mine = try JSONOutput.deck(
      try sandbox.run(["decks", "show", "legal-pack", "--role", "legal", "--json"]))
    #expect(mine.questions.count == 3)
  }

  @Test("the general deck has no role-specific questions, so every role keeps all of it")
  func roleOnGeneralDeckKeepsEverything() throws {
    let sandbox = try Sandbox()
    let all = try JSONOutput.deck(try sandbox.run(["decks", "show", Bundled.generalID, "--json"]))
    for pack in Bundled.rolePacks {
      let result = try sandbox.run([
        "decks", "show", Bundled.generalID, "--role", pack.role, "--json",
      ])
      #expect(result.exitCode == 0)
      let filtered = try JSONOutput.deck(result)
      #expect(filtered.questions.map(\.id) == all.questions.map(\.id), "role \(pack.role)")
    }
  }

  @Test("--role keeps untagged questions and drops those for other roles, and empty segments")
  func rolePartialFilter() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.valid(id: "mixed"), to: "mixed.yaml")

    let data = try JSONOutput.deck(
      try sandbox.run(["decks", "show", "mixed.yaml", "--role", "data", "--json"]))
    #expect(data.segments.map(\.id) == ["behavioural", "technical"])
    #expect(data.questions.map(\.id) == ["first", "second", "data-only"])

    let software = try sandbox.run(["decks", "show", "mixed.yaml", "--role", "software", "--json"])
    #expect(software.exitCode == 0)
    let deck = try JSONOutput.deck(software)
    #expect(deck.segments.map(\.id) == ["behavioural"])
    #expect(deck.questions.map(\.id) == ["first", "second"])
  }

  @Test("a path instead of an id shows that file, with the path as its source")
  func showPath() throws {
    let sandbox = try Sandbox()
    try sandbox.write(SampleDeck.valid(id: "from-file", title: "From a file"), to: "sub/mine.yaml")
    let result = try sandbox.run(["decks", "show", "sub/mine.yaml", "--json"])
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let deck = try JSONOutput.deck(result)
    #expect(deck.id == "from-file")
    #expect(deck.title == "From a file")
    #expect(deck.source == "sub/mine.yaml")
    let behavioural = try #require(deck.segments.first)
    #expect(behavioural.targetSeconds == 90)
    #expect(behavioural.title == "Behavioural")
    #expect(behavioural.interviewer == "Hiring manager")
    let first = try #require(behavioural.questions.first)
    #expect(first.followUps == ["What went wrong?"])
    #expect(first.tips == ["Ownership and a result."])
    #expect(first.targetSeconds == 90)
    // The technical segment falls back to its default target.
    #expect(deck.segments.last?.questions.first?.targetSeconds == 180)

    let absolute = sandbox.work.appendingPathComponent("sub/mine.yaml").path
    let text = try sandbox.run(["decks", "show", absolute], in: sandbox.root)
    #expect(text.exitCode == 0)
    #expect(text.stdoutLines.first == "From a file  (from-file, \(absolute))")
    #expect(text.stdout.contains("  2. Why {company}?"))
  }

  @Test("showing a bundled deck file by path reads the file")
  func showBundledFileByPath() throws {
    let sandbox = try Sandbox()
    let path = try #require(Bundled.filePaths.last)
    let result = try sandbox.run(["decks", "show", path, "--json"])
    #expect(result.exitCode == 0)
    let deck = try JSONOutput.deck(result)
    #expect(deck.id == Bundled.generalID)
    #expect(deck.source == path)
  }

  @Test("a missing deck path exits 66, a broken one 65 with its diagnostics")
  func showBadPaths() throws {
    let sandbox = try Sandbox()
    let missing = try sandbox.run(["decks", "show", "nowhere.yaml"])
    #expect(missing.exitCode == 66)
    #expect(missing.stdout == "")
    #expect(missing.stderrLines == ["nowhere.yaml: error: no such file"])

    try sandbox.write(SampleDeck.broken, to: "broken.yaml")
    let broken = try sandbox.run(["decks", "show", "broken.yaml", "--json"])
    #expect(broken.exitCode == 65)
    #expect(broken.stdout == "")
    #expect(broken.stderrLines == SampleDeck.brokenDiagnostics.map { "broken.yaml:" + $0 })
  }

  @Test("an unknown id exits 64 with a one-line error naming the id")
  func unknownID() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "show", "no-such-deck"])
    #expect(result.exitCode == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "secondround: error: no deck with id 'no-such-deck'; decks: "
          + Bundled.ids.joined(separator: ", ")
      ], "stderr should be one line, was:\n\(result.stderr)")
  }

  @Test("an unknown role exits 64 with a one-line error naming the role")
  func unknownRole() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["decks", "show", "software-engineering", "--role", "chef"])
    #expect(result.exitCode == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "secondround: error: unknown role 'chef'; roles in the decks: data, product, sales, software"
      ], "stderr should be one line, was:\n\(result.stderr)")
  }
}
