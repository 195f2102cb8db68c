import Testing

@testable import InterviewCore

@Suite("deck ROLES column")
struct DeckRoleColumnTests {
  private func deck(_ roles: [[String]]) -> Deck {
    let questions = roles.enumerated().map { index, roles in
      Question(id: "q\(index)", text: "Question \(index)?", targetSeconds: 90, roles: roles)
    }
    let segment = Segment(
      kind: .technical, title: "Technical", interviewer: "Team lead", targetSeconds: 90,
      questions: questions)
    return Deck(
      id: "d", title: "D", description: nil, segments: [segment], source: .file(path: "d.yaml"))
  }

  @Test func noRoleNamedReadsAny() {
    #expect(deck([[], []]).listedRoles == ["any"])
  }

  @Test func oneRoleQuestionAmongGeneralOnesReadsAnyThenTheRole() {
    #expect(deck([[], ["data"], []]).listedRoles == ["any", "data"])
  }

  @Test func everyQuestionNamingRolesListsOnlyThoseRoles() {
    #expect(deck([["software"], ["data", "software"]]).listedRoles == ["data", "software"])
  }
}
