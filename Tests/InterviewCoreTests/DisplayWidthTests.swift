import InterviewCore
import Testing

@Suite struct DisplayWidthTests {
  @Test func asciiIsOneCellACharacter() {
    #expect("Tell me about a time".terminalColumns == 20)
  }

  @Test func wideCharactersTakeTwoCells() {
    #expect("日本".terminalColumns == 4)
    #expect("한국어".terminalColumns == 6)
    #expect("ＡＢ".terminalColumns == 4)
    #expect("👍".terminalColumns == 2)
  }

  @Test func combiningMarksAndJoinersAddNothing() {
    #expect("e\u{301}".terminalColumns == 1)
    #expect("café".terminalColumns == 4)
    #expect("👩‍💻".terminalColumns == 2)
    #expect("\u{200B}".terminalColumns == 0)
  }

  @Test func variationSelectorAsksForWideEmoji() {
    #expect("\u{2764}".terminalColumns == 1)
    #expect("\u{2764}\u{FE0F}".terminalColumns == 2)
  }

  @Test func prefixNeverSplitsAWideCharacter() {
    #expect("日本語".prefix(columns: 5) == "日本")
    #expect("ab日".prefix(columns: 3) == "ab")
    #expect("abc".prefix(columns: 10) == "abc")
    #expect("abc".prefix(columns: 0) == "")
  }
}
