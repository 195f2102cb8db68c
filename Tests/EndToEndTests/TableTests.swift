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
