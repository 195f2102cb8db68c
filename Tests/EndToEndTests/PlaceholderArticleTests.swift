import Foundation
import Testing

/// `{a_position}` reaches the interview through the real binary: in a user deck's question and
/// in the technical segment's opening line.
@Suite("{a_position} in a rehearsal")
struct PlaceholderArticleTests {
  @Test(
    "the title is asked with its article",
    arguments: [
      ("Engineering Manager", "an Engineering Manager"), ("Data Analyst", "a Data Analyst"),
      ("Head of Data", "the Head of Data"),
    ])
  func titleWithArticle(position: String, expected: String) throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      """
      id: articles
      title: Articles
      segments:
        - id: technical
          questions:
            - id: how
              text: How do you work as {a_position} at {company}?

      """, to: "articles.yaml")
    let result = try sandbox.run(
      [
        "rehearse", "--plain", "--start", "--company", "Acme", "--position", position,
        "--deck", "articles.yaml", "--segments", "technical", "--per-segment", "1",
        "--data-dir", sandbox.store.path,
      ], input: "I start from the team's goals.\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Let's look at how you work as \(expected): a few problems"))
    let questions = PrintedQuestion.all(in: result.stdout)
    #expect(questions.map(\.text) == ["How do you work as \(expected) at Acme?"])
  }
}
