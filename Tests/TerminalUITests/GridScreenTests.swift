import Testing

@testable import TerminalUI

@Suite struct GridScreenTests {
  @Test func writesAreClippedAndReadBackAsPlainLines() {
    var screen = GridScreen(rows: 3, columns: 10)
    screen.write("SecondRound rehearsal", row: 0, column: 0, style: Style(.title, .bold))
    screen.write("end", row: 1, column: 8)
    screen.write("off screen", row: 5, column: 0)
    screen.write("left", row: 2, column: -2)
    #expect(screen.lines == ["SecondRoun", "        en", "ft"])
    #expect(screen.cells[0][0].style == Style(.title, .bold))
    #expect(screen.cells[1][8].style == .plain)
  }

  @Test func writeReturnsTheCellsItDrew() {
    var screen = GridScreen(rows: 2, columns: 10)
    #expect(screen.write("abc", row: 0, column: 0) == 3)
    #expect(screen.write("日本", row: 0, column: 3) == 4)
    #expect(screen.write("abcdef", row: 1, column: 7) == 3)
    #expect(screen.write("abc", row: 2, column: 0) == 0)
    #expect(screen.write("abc", row: 0, column: 10) == 0)
    #expect(screen.write("abc", row: 0, column: -5) == 0)
  }

  @Test func controlCharactersAreDrawnInert() {
    var screen = GridScreen(rows: 1, columns: 12)
    screen.write("a\u{1B}[2Jb\u{7}", row: 0, column: 0)
    #expect(screen.lines == ["a\u{241B}[2Jb\u{2407}"])
  }

  @Test func tabsAndNewlinesAreOneSpaceEach() {
    var screen = GridScreen(rows: 2, columns: 12)
    #expect(screen.write("a\tb\nc", row: 0, column: 0) == 5)
    #expect(screen.lines == ["a b c", ""])
  }

  @Test func aWideCharacterTakesTwoCellsAndAppearsOnceInLines() {
    var screen = GridScreen(rows: 1, columns: 10)
    screen.write("日本語!", row: 0, column: 1)
    #expect(screen.lines == [" 日本語!"])
    #expect(screen.cells[0][1].character == "日")
    #expect(!screen.cells[0][1].isContinuation)
    #expect(screen.cells[0][2].isContinuation)
    #expect(screen.cells[0][7].character == "!")
  }

  @Test func aWideCharacterThatWouldStraddleTheRightEdgeIsNotDrawn() {
    var screen = GridScreen(rows: 1, columns: 6)
    screen.write("xxxxxx", row: 0, column: 0)
    #expect(screen.write("ab日", row: 0, column: 3) == 2)
    // The last cell keeps what it had: the wide character was not cut in half.
    #expect(screen.lines == ["xxxabx"])
  }

  @Test func aWideCharacterCutByTheLeftEdgeLeavesASpace() {
    var screen = GridScreen(rows: 1, columns: 6)
    screen.write("xxxxxx", row: 0, column: 0)
    #expect(screen.write("日本", row: 0, column: -1) == 3)
    #expect(screen.lines == [" 本xxx"])
    #expect(!screen.cells[0][0].isContinuation)
  }

  @Test func overwritingTheRightHalfOfAWideCharacterBlanksItsLeftHalf() {
    var screen = GridScreen(rows: 1, columns: 6)
    screen.write("日本", row: 0, column: 0, style: Style(.accent))
    screen.write("a", row: 0, column: 1)
    #expect(screen.lines == [" a本"])
    #expect(screen.cells[0][0].character == " ")
    #expect(screen.cells[0][0].style == Style(.accent))
    #expect(!screen.cells[0][1].isContinuation)
  }

  @Test func overwritingTheLeftHalfOfAWideCharacterBlanksItsRightHalf() {
    var screen = GridScreen(rows: 1, columns: 6)
    screen.write("日本", row: 0, column: 0)
    screen.write("b", row: 0, column: 2)
    #expect(screen.lines == ["日b"])
    #expect(!screen.cells[0][3].isContinuation)
    screen.write("語", row: 0, column: 1)
    #expect(screen.lines == [" 語"])
  }

  @Test func fillingOverHalfAWideCharacterBlanksTheOtherHalf() {
    var screen = GridScreen(rows: 1, columns: 8)
    screen.write("日本語", row: 0, column: 0)
    screen.fill(row: 0, column: 1, width: 2, style: Style(.selection))
    #expect(screen.lines == ["    語"])
    #expect(screen.style(row: 0, column: 0) == .plain)
    #expect(screen.style(row: 0, column: 1) == Style(.selection))
    #expect(screen.style(row: 0, column: 2) == Style(.selection))
    #expect(screen.style(row: 0, column: 3) == .plain)
  }

  @Test func fillIsClippedAndStylesEachCell() {
    var screen = GridScreen(rows: 2, columns: 5)
    screen.write("hello", row: 0, column: 0)
    screen.fill(row: 0, column: -2, width: 4, style: Style(.keyHint, .bold))
    screen.fill(row: 1, column: 3, width: 10, style: Style(.over))
    screen.fill(row: 5, column: 0, width: 3, style: Style(.over))
    #expect(screen.lines == ["  llo", ""])
    #expect(screen.style(row: 0, column: 1) == Style(.keyHint, .bold))
    #expect(screen.style(row: 0, column: 2) == .plain)
    #expect(screen.style(row: 1, column: 2) == .plain)
    #expect(screen.style(row: 1, column: 4) == Style(.over))
    #expect(screen.style(row: 1, column: 5) == nil)
  }

  @Test func stylesAreKeptPerCell() {
    var screen = GridScreen(rows: 1, columns: 10)
    screen.write("ok", row: 0, column: 0, style: Style(.good))
    screen.write("late", row: 0, column: 3, style: Style(.over, .bold))
    screen.write("日", row: 0, column: 8, style: Style(.warning))
    #expect(screen.style(row: 0, column: 1) == Style(.good))
    #expect(screen.style(row: 0, column: 2) == .plain)
    #expect(screen.style(row: 0, column: 6) == Style(.over, .bold))
    #expect(screen.style(row: 0, column: 9) == Style(.warning))
  }

  @Test func zeroWidthCharactersJoinTheirBaseOrVanish() {
    var screen = GridScreen(rows: 1, columns: 10)
    // "é" as e + combining acute is one cell; a lone joiner or direction mark takes none.
    #expect(screen.write("e\u{301}x\u{200B}\u{202E}y", row: 0, column: 0) == 3)
    #expect(screen.cells[0][0].character == "e\u{301}")
    #expect(screen.lines == ["e\u{301}xy"])
  }

  @Test func theCursorIsClampedHiddenAndClearedWithTheFrame() {
    var screen = GridScreen(rows: 3, columns: 4)
    #expect(screen.cursor == nil)
    screen.setCursor(row: 1, column: 2)
    #expect(screen.cursor?.row == 1 && screen.cursor?.column == 2)
    screen.setCursor(row: 9, column: -3)
    #expect(screen.cursor?.row == 2 && screen.cursor?.column == 0)
    screen.hideCursor()
    #expect(screen.cursor == nil)
    screen.setCursor(row: 0, column: 0)
    screen.write("abc", row: 0, column: 0)
    screen.clear()
    #expect(screen.cursor == nil)
    #expect(screen.lines == ["", "", ""])
  }

  @Test func theGlyphSetIsTheOneGiven() {
    #expect(GridScreen(rows: 1, columns: 1).glyphs == .unicode)
    #expect(GridScreen(rows: 1, columns: 1, glyphs: .ascii).glyphs == .ascii)
  }

  @Test func theLinkedCursesLibraryReportsItsVersion() {
    #expect(CursesLibrary.version.hasPrefix("ncurses"))
  }
}
