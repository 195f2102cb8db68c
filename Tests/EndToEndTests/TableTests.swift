import InterviewCore
import Testing

@testable import secondround

/// The `decks list` table fits a terminal's width by cutting the title, instead of wrapping.
@Suite struct TableTests {
  let rows = [
    ["ID", "TITLE", "SOURCE"],
    ["second-interview", "Second interview — general", "bundled"],
  ]

  @Test func withoutAWidthCellsAreNeverCut() {
    #expect(
      Terminal.table(rows) == [
        "ID                TITLE                       SOURCE",
        "second-interview  Second interview — general  bundled",
      ])
  }

  @Test func aNarrowWidthCutsTheShrinkingColumnWithAnEllipsis() {
    let lines = Terminal.table(rows, width: 40, shrinking: 1)
    #expect(
      lines == [
        "ID                TITLE          SOURCE",
        "second-interview  Second inter…  bundled",
      ])
    #expect(lines.allSatisfy { $0.count <= 40 })
  }
}

/// Wide characters take two cells: columns stay aligned and cuts never split one.
@Suite struct WideTextTests {
  @Test func tableAlignsWideTitles() {
    let lines = Terminal.table([["ID", "TITLE", "SOURCE"], ["jp", "面接の練習", "bundled"]])
    #expect(lines == ["ID  TITLE       SOURCE", "jp  面接の練習  bundled"])
  }

  @Test func tableCutsWideTitlesByCells() {
    let lines = Terminal.table(
      [["ID", "TITLE", "SOURCE"], ["jp", "二回目の面接の練習デッキ", "bundled"]], width: 24, shrinking: 1)
    #expect(lines.allSatisfy { $0.terminalColumns <= 24 })
    #expect(lines[1].contains("…"))
  }

  @Test func wrapCountsCells() {
    let lines = DeckText.wrap("日本語の質問です とても長い 文章", width: 12)
    #expect(lines.allSatisfy { $0.terminalColumns <= 12 })
    #expect(lines == ["日本語の質問", "です", "とても長い", "文章"])
  }
}
