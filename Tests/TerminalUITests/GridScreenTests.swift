import Testing

@testable import TerminalUI

@Suite struct GridScreenTests {
  @Test func writesAreClippedAndReadBackAsPlainLines() {
    var screen = GridScreen(rows: 3, columns: 10)
    screen.write("SecondRound rehearsal", row: 0, column: 0, attributes: .bold)
    screen.write("end", row: 1, column: 8)
    screen.write("off screen", row: 5, column: 0)
    #expect(screen.lines == ["SecondRoun", "        en", ""])
    #expect(screen.cells[0][0].attributes == .bold)
    #expect(screen.cells[1][8].attributes == [])
  }

  @Test func controlCharactersAreDrawnInert() {
    var screen = GridScreen(rows: 1, columns: 12)
    screen.write("a\u{1B}[2Jb", row: 0, column: 0)
    #expect(screen.lines == ["a\u{241B}[2Jb"])
  }

  @Test func theLinkedCursesLibraryReportsItsVersion() {
    #expect(CursesLibrary.version.hasPrefix("ncurses"))
  }
}
