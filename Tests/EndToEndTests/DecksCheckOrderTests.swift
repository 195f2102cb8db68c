import Foundation
import Testing

@Suite("decks check: order, after and needs")
struct DecksCheckOrderTests {
  @Test("every mistake in order, after and needs exits 65, each at its value, in one pass")
  func orderMistakes() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      """
      id: pay-talk
      title: Pay talk
      segments:
        - id: salary
          order: scripted
          questions:
            - id: ask
              text: What are you expecting?
              after: ask
            - id: push
              text: That is above our band.
              after: asks
              needs: salary-figure
            - id: one
              text: One?
              after: two
            - id: two
              text: Two?
              after: one
            - id: team-link
              text: Who is on the team?
              after: team
        - id: culture
          questions:
            - id: team
              text: Which team suits you?
      """, to: "pay.yaml")
    let result = try sandbox.run(["decks", "check", "pay.yaml"])
    #expect(result.exitCode == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "pay.yaml:5:12: error: unknown order 'scripted'; use as-written or random",
        "pay.yaml:9:16: error: question 'ask' comes 'after' itself; name the question asked before it",
        "pay.yaml:12:16: error: 'after: asks' names no question in the salary segment; did you mean 'ask'?",
        "pay.yaml:13:16: error: unknown 'needs' value 'salary-figure'; accepted: figure",
        "pay.yaml:16:16: error: 'after' links go round in a cycle: one comes after two comes after one; one of them must not wait for the others",
        "pay.yaml:22:16: error: 'after: team' names a question of the culture segment; 'after' names a question of the same segment (salary)",
      ])
  }

  @Test("a deck using the keys well passes, and its order shows in decks show")
  func goodKeys() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      """
      id: pay-talk
      title: Pay talk
      segments:
        - id: salary
          order: as-written
          questions:
            - id: push
              text: That is above our band.
              after: ask
              needs: figure
            - id: ask
              text: What are you expecting?
      """, to: "pay.yaml")
    let result = try sandbox.run(["decks", "check", "pay.yaml"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("pay.yaml: ok — pay-talk, 2 questions in 1 segment"))
    let show = try sandbox.run(["decks", "show", "pay.yaml"])
    #expect(show.stdoutLines.contains("     id: push · after: ask · needs: figure"))
  }
}
