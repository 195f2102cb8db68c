import Testing

@testable import InterviewCore

/// `.replaceAll`: plain mode's editor hands back the whole answer, a resumed draft edited.
@Suite struct ReplaceAllTests {
  @Test func theWholeDraftIsReplacedAndTheCursorGoesToTheEnd() {
    var buffer = AnswerBuffer(text: "half of my\nanswer", cursor: 2)
    buffer.replaceAll(with: "half of my reply\r\nfinished")
    #expect(buffer.text == "half of my reply\nfinished")
    #expect(buffer.cursor == buffer.count)
    buffer.undo()
    #expect(buffer.text == "half of my\nanswer")
  }

  @Test func theFirstReplacementEndsTheThinkingTimeAsTypingWould() throws {
    var script = Script()
    script.send(.proceed)
    script.send(.proceed)
    let effects = script.send(.edit(.replaceAll("My answer")), after: 3_000)
    #expect(effects == [.draftChanged])
    #expect(script.turn?.started == true)
    script.send(.edit(.replaceAll("My whole answer")), after: 1_000)
    script.send(.submit, after: 2_000)
    let entry = try #require(script.recorded.first)
    #expect(entry.answer == "My whole answer")
    #expect(entry.thinkingMilliseconds == 3_000)
    #expect(entry.answerMilliseconds == 3_000)
  }
}
