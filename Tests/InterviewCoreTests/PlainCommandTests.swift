import Testing

@testable import InterviewCore

@Suite struct PlainCommandTests {
  @Test func eachCommandIsAColonAndItsWordAlone() {
    #expect(PlainCommand(":help") == .help)
    #expect(PlainCommand("  :repeat ") == .repeatQuestion)
    #expect(PlainCommand(":TIME") == .time)
    #expect(PlainCommand(":skip") == .skip)
    #expect(PlainCommand(":pause") == .pause)
    #expect(PlainCommand(":end") == .end)
    #expect(PlainCommand(":quit") == .quit)
    #expect(PlainCommand(":play") == .play)
  }

  @Test func anUnknownWordIsNoAnswer() {
    #expect(PlainCommand(":helpme") == .unknown(":helpme"))
    #expect(PlainCommand(" :stop") == .unknown(":stop"))
  }

  @Test func textWithColonsIsText() {
    #expect(PlainCommand("10:30 works for me") == .text("10:30 works for me"))
    #expect(PlainCommand(": a list follows") == .text(": a list follows"))
    #expect(PlainCommand(":-) fine") == .text(":-) fine"))
    #expect(PlainCommand(":") == .text(":"))
    #expect(PlainCommand("") == .text(""))
  }

  @Test func twoColonsStartALineWithOne() {
    #expect(PlainCommand("::help is what I'd say") == .text(":help is what I'd say"))
    #expect(PlainCommand("  ::skip") == .text(":skip"))
  }

  @Test func theListNamesEveryCommandOnce() {
    let names = PlainCommand.list.map(\.name)
    #expect(Set(names).count == names.count)
    for name in names {
      let command = PlainCommand(name)
      if case .unknown = command { Issue.record("\(name) is listed but unknown") }
      if case .text = command { Issue.record("\(name) is listed but read as text") }
    }
  }
}
