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

/// The fast paths for single-cell text agree, scalar for scalar, with measuring each Character.
@Suite struct SingleCellTextTests {
  /// Every scalar the fast path takes, and a few next to its ranges that it must not.
  private static let samples = [
    "Question 1 of 3", "┌──── Your answer ────┐", "12 words · ↑ 3 more", "café — naïve “quotes” …",
    "‰ ‹›", "Ωmega ʰ", "◻◽", "‼\u{FE0F}", "e\u{301}", "a\u{200B}b", "\u{2028}", "日本",
  ]

  @Test func widthsMatchTheCharacterByCharacterSum() {
    for text in Self.samples {
      let characterSum = text.reduce(0) { $0 + $1.terminalColumns }
      #expect(text.terminalColumns == characterSum, "\(text.debugDescription)")
    }
  }

  @Test func prefixesMatchTheCharacterByCharacterCut() {
    for text in Self.samples {
      for columns in 0...text.count + 1 {
        var used = 0
        var expected = ""
        for character in text {
          guard used + character.terminalColumns <= columns else { break }
          used += character.terminalColumns
          expected.append(character)
        }
        #expect(String(text.prefix(columns: columns)) == expected, "\(text.debugDescription)")
      }
    }
  }

  @Test func singleCellScalarsStandAloneAndTakeOneCell() {
    for text in Self.samples {
      let scalars = text.unicodeScalars
      guard scalars.allSatisfy(\.isSingleCellCharacter) else { continue }
      #expect(text.count == scalars.count, "\(text.debugDescription)")
      #expect(text.allSatisfy { $0.terminalColumns == 1 }, "\(text.debugDescription)")
    }
    #expect(!Unicode.Scalar(0x301)!.isSingleCellCharacter)
    #expect(!Unicode.Scalar(0xFE0F)!.isSingleCellCharacter)
    #expect(!Unicode.Scalar(0x25FD)!.isSingleCellCharacter)
    #expect(!Unicode.Scalar(0x9B)!.isSingleCellCharacter)
  }
}
