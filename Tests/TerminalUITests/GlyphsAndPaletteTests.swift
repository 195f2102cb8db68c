import Testing

@testable import TerminalUI

@Suite struct GlyphsTests {
  @Test func asciiGlyphsArePlainASCII() {
    let glyphs = Glyphs.ascii
    #expect(
      [
        glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft,
        glyphs.bottomRight, glyphs.barFull, glyphs.barEmpty, glyphs.ellipsis,
      ] == ["-", "|", "+", "+", "+", "+", "#", ".", "~"])
  }

  @Test(arguments: [Glyphs.unicode, Glyphs.ascii])
  func everyGlyphIsOneCellWide(glyphs: Glyphs) {
    let all = [
      glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft,
      glyphs.bottomRight, glyphs.barFull, glyphs.barEmpty, glyphs.ellipsis,
    ]
    #expect(all.allSatisfy { $0.terminalColumns == 1 })
  }
}

/// Without a UTF-8 locale the screens draw ASCII stand-ins, never the `?` ncurses would show.
@Suite struct ASCIIStandInTests {
  @Test("every stand-in is one ASCII character as wide as the mark it replaces")
  func standInsKeepTheWidth() {
    for mark in "·—–•…×“”‘’‹›↑↓←→↳▸✓✗★☆■□▰▱█░─│┌┐└┘├┤┬┴┼" {
      let standIn = Glyphs.asciiStandIn(for: mark)
      #expect(standIn?.isASCII == true, "\(mark)")
      #expect(mark.terminalColumns == 1, "\(mark)")
    }
    #expect(Glyphs.asciiStandIn(for: "é") == nil)
    #expect(Glyphs.asciiStandIns(in: "Acme · 16 Nov — done ✓") == "Acme - 16 Nov - done +")
  }

  @Test("a write to an ASCII grid shows the stand-in; a Unicode grid keeps the mark")
  func gridDrawsStandIns() {
    var ascii = GridScreen(rows: 1, columns: 20, glyphs: .ascii)
    #expect(ascii.write("Acme · finished ▰▱", row: 0, column: 0, style: .plain) == 18)
    #expect(ascii.lines[0] == "Acme - finished #.")
    var unicode = GridScreen(rows: 1, columns: 20)
    unicode.write("Acme · finished", row: 0, column: 0, style: .plain)
    #expect(unicode.lines[0] == "Acme · finished")
  }

  @Test("no screen drawn with ASCII glyphs keeps a mark that has an ASCII stand-in")
  func everyScreenUsesStandIns() {
    for (name, draw) in ScreenFitTests.screens {
      var screen = StrictScreen(rows: 24, columns: 80, glyphs: .ascii)
      draw(&screen)
      let left = screen.grid.lines.joined().filter { Glyphs.asciiStandIn(for: $0) != nil }
      #expect(left.isEmpty, "\(name) still draws \(left)")
    }
  }
}

@Suite struct PaletteTests {
  @Test func monochromeKeepsTimerStatesApartByAttributes() {
    func attributes(_ role: ColorRole) -> CellAttributes {
      Palette.appearance(of: role, in: .monochrome).attributes
    }
    #expect(attributes(.over) == [.bold, .reverse])
    #expect(attributes(.warning) == .bold)
    #expect(attributes(.good) == [])
    #expect(attributes(.selection) == .reverse)
    #expect(attributes(.keyHint) == .reverse)
    #expect(attributes(.muted) == .dim)
    #expect(attributes(.error) == .bold)
    #expect(ColorRole.allCases.allSatisfy { Palette.pair(of: $0, in: .monochrome) == 0 })
    #expect(
      ColorRole.allCases.allSatisfy {
        Palette.appearance(of: $0, in: .monochrome).foreground == .standard
      })
  }

  @Test func colourGivesTimerStatesTheirColours() {
    #expect(Palette.appearance(of: .good, in: .color).foreground == .green)
    #expect(Palette.appearance(of: .warning, in: .color).foreground == .yellow)
    #expect(Palette.appearance(of: .over, in: .color).foreground == .red)
    #expect(Palette.appearance(of: .accent, in: .color).foreground == .cyan)
    #expect(
      Palette.appearance(of: .error, in: .color) == .init(foreground: .red, attributes: .bold))
    #expect(Palette.appearance(of: .title, in: .color).attributes == .bold)
    #expect(Palette.appearance(of: .selection, in: .color).attributes == .reverse)
    #expect(Palette.pair(of: .normal, in: .color) == 0)
    let pairs = ColorRole.allCases.map { Palette.pair(of: $0, in: .color) }.filter { $0 != 0 }
    #expect(Set(pairs).count == pairs.count)
  }

  @Test func noColorAsksForMonochromeUnlessEmpty() {
    #expect(ColorMode.preferred(environment: [:]) == .color)
    #expect(ColorMode.preferred(environment: ["NO_COLOR": ""]) == .color)
    #expect(ColorMode.preferred(environment: ["NO_COLOR": "1"]) == .monochrome)
  }

  @Test func aGlyphRepeatedIsTheSameTextRepeatingMakes() {
    for glyph in ["─", "-", "█", "🚀", "ab"] {
      for count in [1, 2, 7, 78] {
        #expect(String(glyph: glyph, times: count) == String(repeating: glyph, count: count))
      }
      #expect(String(glyph: glyph, times: 0).isEmpty)
      #expect(String(glyph: glyph, times: -3).isEmpty)
    }
    #expect(String(glyph: "", times: 5).isEmpty)
  }
}
