import CNCurses
import Testing

@testable import TerminalUI

/// Feeds `text` scalar by scalar, then flushes as the escape delay would.
private func decode(_ text: String) -> [Key] {
  var decoder = KeyDecoder()
  var keys = text.unicodeScalars.flatMap { decoder.feed(.character($0)) }
  keys += decoder.flush()
  return keys
}

/// Feeds raw inputs in order, then flushes.
private func decode(_ inputs: [RawInput]) -> [Key] {
  var decoder = KeyDecoder()
  var keys = inputs.flatMap { decoder.feed($0) }
  keys += decoder.flush()
  return keys
}

@Suite struct KeyDecoderTests {
  @Test func printableCharactersAreTyped() {
    #expect(
      decode("aZ é日") == [
        .character("a"), .character("Z"), .character(" "), .character("é"), .character("日"),
      ])
  }

  @Test func enterAndLineBreakAreDistinct() {
    #expect(decode("\r") == [.enter])
    #expect(decode("\n") == [.lineBreak])
    #expect(decode("\u{1B}\r") == [.lineBreak])
    #expect(decode("\u{1B}\n") == [.lineBreak])
    #expect(decode([.keyCode(KEY_ENTER)]) == [.enter])
    #expect(decode("\u{1B}OM") == [.enter])
  }

  @Test func backspaceInAllItsForms() {
    #expect(decode("\u{7F}") == [.backspace])
    #expect(decode("\u{8}") == [.backspace])
    #expect(decode([.keyCode(KEY_BACKSPACE)]) == [.backspace])
  }

  @Test func deleteAsKeyCodeAndSequence() {
    #expect(decode([.keyCode(KEY_DC)]) == [.delete])
    #expect(decode("\u{1B}[3~") == [.delete])
    #expect(decode("\u{1B}[3;5~") == [.delete])
  }

  @Test func arrowsAsKeyCodesAndBothSequenceForms() {
    #expect(
      decode([.keyCode(KEY_UP), .keyCode(KEY_DOWN), .keyCode(KEY_LEFT), .keyCode(KEY_RIGHT)])
        == [.up, .down, .left, .right])
    #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[D\u{1B}[C") == [.up, .down, .left, .right])
    #expect(decode("\u{1B}OA\u{1B}OB\u{1B}OD\u{1B}OC") == [.up, .down, .left, .right])
    // Modifiers are dropped: Ctrl-Up is up.
    #expect(decode("\u{1B}[1;5A") == [.up])
    #expect(decode([.keyCode(KEY_SLEFT), .keyCode(KEY_SRIGHT)]) == [.left, .right])
  }

  @Test func homeAndEndInEveryForm() {
    #expect(decode([.keyCode(KEY_HOME), .keyCode(KEY_END)]) == [.home, .end])
    #expect(decode("\u{1B}[H\u{1B}[F") == [.home, .end])
    #expect(decode("\u{1B}OH\u{1B}OF") == [.home, .end])
    #expect(decode("\u{1B}[1~\u{1B}[4~") == [.home, .end])
    #expect(decode("\u{1B}[7~\u{1B}[8~") == [.home, .end])
  }

  @Test func pageUpAndDown() {
    #expect(decode([.keyCode(KEY_PPAGE), .keyCode(KEY_NPAGE)]) == [.pageUp, .pageDown])
    #expect(decode("\u{1B}[5~\u{1B}[6~") == [.pageUp, .pageDown])
  }

  @Test func tabAndBackTab() {
    #expect(decode("\t") == [.tab])
    #expect(decode([.keyCode(KEY_BTAB)]) == [.backTab])
    #expect(decode("\u{1B}[Z") == [.backTab])
  }

  @Test func functionKeysInEveryForm() {
    #expect(
      decode([.keyCode(KEY_F0 + 1), .keyCode(KEY_F0 + 12)]) == [.function(1), .function(12)])
    #expect(decode("\u{1B}OP\u{1B}OS") == [.function(1), .function(4)])
    #expect(
      decode("\u{1B}[11~\u{1B}[15~\u{1B}[17~\u{1B}[24~") == [
        .function(1), .function(5), .function(6), .function(12),
      ])
    #expect(decode("\u{1B}[1;2P") == [.function(1)])
    #expect(decode("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])
  }

  @Test func resizeFromNcurses() {
    #expect(decode([.keyCode(KEY_RESIZE)]) == [.resize])
  }

  @Test func controlKeysByTheirLowercaseLetter() {
    #expect(decode("\u{3}") == [.control("c")])
    #expect(
      decode("\u{1}\u{13}\u{11}\u{17}\u{15}\u{1A}") == [
        .control("a"), .control("s"), .control("q"), .control("w"), .control("u"), .control("z"),
      ])
    #expect(
      decode("\u{0}\u{1C}\u{1D}\u{1E}\u{1F}") == [
        .control("@"), .control("\\"), .control("]"), .control("^"), .control("_"),
      ])
  }

  @Test func aLoneEscapeIsEscapeOnlyOnceTheDelayHasPassed() {
    var decoder = KeyDecoder()
    #expect(decoder.feed(.character("\u{1B}")) == [])
    #expect(decoder.isAwaitingSequence)
    #expect(decoder.flush() == [.escape])
    #expect(!decoder.isAwaitingSequence)
    #expect(decoder.flush() == [])
  }

  @Test func escapeTwiceIsTwoEscapes() {
    #expect(decode("\u{1B}\u{1B}") == [.escape, .escape])
    #expect(decode("\u{1B}\u{1B}[A") == [.escape, .up])
  }

  @Test func escapeBeforeADecodedKeyIsEscapeThenTheKey() {
    #expect(decode([.character("\u{1B}"), .keyCode(KEY_UP)]) == [.escape, .up])
    #expect(decode([.character("\u{1B}"), .keyCode(KEY_RESIZE)]) == [.escape, .resize])
  }

  @Test func altWithACharacterIsAnAltKeyNeverText() {
    #expect(decode("\u{1B}a") == [.alt("a")])
    #expect(decode("\u{1B}ax") == [.alt("a"), .character("x")])
    #expect(decode("\u{1B}b\u{1B}f\u{1B}_") == [.alt("b"), .alt("f"), .alt("_")])
    // Alt with a control character means nothing.
    #expect(decode("\u{1B}\u{7F}") == [])
    #expect(decode("\u{1B}\u{1}") == [])
  }

  @Test func ctrlOrAltOnLeftAndRightMovesByWord() {
    // xterm: ESC [ 1 ; m D, m = 1 + Shift 1 + Alt 2 + Ctrl 4.
    #expect(decode("\u{1B}[1;5D\u{1B}[1;5C") == [.wordLeft, .wordRight])
    #expect(decode("\u{1B}[1;3D\u{1B}[1;3C") == [.wordLeft, .wordRight])
    #expect(decode("\u{1B}[1;7D") == [.wordLeft])
    // Shift alone, or nothing, keeps the plain arrow.
    #expect(decode("\u{1B}[1;2D\u{1B}[D\u{1B}[1C") == [.left, .left, .right])
    // ncurses reports them under extended names; the input passes codes the decoder maps.
    for name in ["kLFT5", "kLFT3", "kLFT7"] {
      let code = KeyDecoder.baseKeyCode(forExtendedName: name)
      #expect(code == KeyDecoder.wordLeftCode)
      #expect(decode([.keyCode(code ?? 0)]) == [.wordLeft])
    }
    #expect(KeyDecoder.baseKeyCode(forExtendedName: "kRIT5") == KeyDecoder.wordRightCode)
    #expect(decode([.keyCode(KeyDecoder.wordRightCode)]) == [.wordRight])
  }

  @Test func ctrlUnderscoreIsTheUndoKey() {
    #expect(decode("\u{1F}") == [.control("_")])
    #expect(decode("\u{1A}") == [.control("z")])
  }

  @Test func unknownSequencesAreSwallowedWhole() {
    // Insert, focus in/out, an SGR mouse report, a kitty key report, an unknown SS3.
    #expect(decode("\u{1B}[2~\u{1B}[I\u{1B}[O\u{1B}[<0;10;5M\u{1B}[97;5u\u{1B}Oz") == [])
    #expect(decode("\u{1B}[99~x") == [.character("x")])
    // A sequence cut short: the remains are dropped, the rest decodes.
    #expect(decode("\u{1B}[1;") == [])
    #expect(decode("\u{1B}[12\rq") == [.enter, .character("q")])
    #expect(decode([.character("\u{1B}"), .character("["), .keyCode(KEY_DOWN)]) == [.down])
  }

  @Test func c1ControlsNeverArriveAsCharacters() {
    #expect(decode("\u{9B}A\u{85}") == [.character("A")])
  }

  @Test func unknownKeyCodesAreDropped() {
    #expect(decode([.keyCode(KEY_IC), .keyCode(KEY_MOUSE), .keyCode(KEY_MAX + 5)]) == [])
  }

  @Test func aBracketedPasteIsOneKeyWithItsTextVerbatim() {
    #expect(
      decode("\u{1B}[200~hello\r\nworld\ttab\n\u{1B}[201~x") == [
        .paste("hello\r\nworld\ttab\n"), .character("x"),
      ])
    #expect(decode("\u{1B}[200~\u{1B}[201~") == [.paste("")])
  }

  @Test func aPasteKeepsControlKeysAndFalseEndMarkersAsText() {
    let text = "\u{1B}[200~a\u{3}\u{1B}[A\u{1B}[20b\u{1B}[201x\u{1B}\u{1B}[201~"
    #expect(decode(text) == [.paste("a\u{3}\u{1B}[A\u{1B}[20b\u{1B}[201x\u{1B}")])
  }

  @Test func aPasteSplitAcrossFeedsAndFlushesArrivesOnce() {
    var decoder = KeyDecoder()
    var keys: [Key] = []
    // Flushing between chunks, as a caller does when the terminal pauses, must not end it.
    for chunk in ["\u{1B}[200~first", " line\n", "second ", "日本\u{1B}[2", "01~"] {
      keys += chunk.unicodeScalars.flatMap { decoder.feed(.character($0)) }
      keys += decoder.flush()
    }
    #expect(keys == [.paste("first line\nsecond 日本")])
    #expect(!decoder.isInsidePaste)
  }

  @Test func aPasteWhoseStartMarkerIsSplitStillStarts() {
    var decoder = KeyDecoder()
    var keys = "\u{1B}[20".unicodeScalars.flatMap { decoder.feed(.character($0)) }
    #expect(decoder.isAwaitingSequence)
    keys += "0~a\rb\u{1B}[201~".unicodeScalars.flatMap { decoder.feed(.character($0)) }
    #expect(keys == [.paste("a\rb")])
  }

  @Test func aPasteOfThousandsOfLinesIsOneKey() {
    let body = String(repeating: "line of pasted text\n", count: 2000)
    #expect(decode("\u{1B}[200~" + body + "\u{1B}[201~") == [.paste(body)])
  }

  @Test func aResizeDuringAPasteIsNotHeldBack() {
    var decoder = KeyDecoder()
    var keys = "\u{1B}[200~ab".unicodeScalars.flatMap { decoder.feed(.character($0)) }
    keys += decoder.feed(.keyCode(KEY_RESIZE))
    keys += "c\u{1B}[201~".unicodeScalars.flatMap { decoder.feed(.character($0)) }
    #expect(keys == [.resize, .paste("abc")])
  }

  @Test func aPasteWithoutItsEndIsDeliveredWhenGivenUp() {
    var decoder = KeyDecoder()
    _ = "\u{1B}[200~abc\u{1B}[20".unicodeScalars.flatMap { decoder.feed(.character($0)) }
    #expect(decoder.finishPaste() == [.paste("abc\u{1B}[20")])
    #expect(decoder.feed(.character("d")) == [.character("d")])
  }

  @Test func modifiedKeysFromExtendedNamesMapToThePlainKey() {
    #expect(KeyDecoder.baseKeyCode(forExtendedName: "kUP5") == KEY_UP)
    #expect(KeyDecoder.baseKeyCode(forExtendedName: "kLFT2") == KEY_LEFT)
    #expect(KeyDecoder.baseKeyCode(forExtendedName: "kDC6") == KEY_DC)
    #expect(KeyDecoder.baseKeyCode(forExtendedName: "kNXT2") == KEY_NPAGE)
    #expect(KeyDecoder.baseKeyCode(forExtendedName: "kUP") == nil)
    #expect(KeyDecoder.baseKeyCode(forExtendedName: "kxIN") == nil)
  }
}
