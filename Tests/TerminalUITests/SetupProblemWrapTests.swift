import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

/// A problem that stops the setup form names what to type instead; it is wrapped on the
/// screen, never cut at the edge.
@Suite struct SetupProblemWrapTests {
  /// The form after Ctrl-S with an unknown segment typed at the end of the segment list.
  func formWithUnknownSegment() -> SetupForm {
    var form = sampleForm(
      RehearsalSettings(company: "Northwind Labs", position: "Senior Backend Engineer", seed: 7))
    while form.focus != .segments { form.moveFocus(1) }
    for character in ",pay" { _ = SetupKeys.handle(.character(character), form: &form) }
    #expect(form.start() == nil)
    return form
  }

  @Test(arguments: [(rows: 24, columns: 80), (rows: 24, columns: 50), (rows: 12, columns: 50)])
  func theWholeProblemShows(size: (rows: Int, columns: Int)) throws {
    let form = formWithUnknownSegment()
    let problem = try #require(form.problem)
    #expect(problem.hasSuffix("questions"))
    let screen = rendered(rows: size.rows, columns: size.columns) {
      SetupScreen.render(form, into: &$0)
    }
    // Every word of the problem is on the screen, in order, with no ellipsis cutting it.
    let shown = screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    #expect(shown.contains("Cannot start: " + problem))
    expectSnapshot(screen, named: "setup-long-problem-\(size.columns)x\(size.rows)")
  }
}
