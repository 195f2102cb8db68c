import InterviewCore
import Synchronization

// Drawing helpers every screen shares: fitted text, rules, boxes, bars, wrapped text, the
// footer. They only ever draw through `Screen.write` and `Screen.fill`, which make text inert.

extension Glyphs {
  /// Our own label text (never deck or answer text) as this terminal can show it: under ASCII
  /// glyphs the arrows of key hints become words ("Up"), which a layout must measure, and every
  /// other mark its one-cell stand-in (`Glyphs.asciiStandIn`), as the screen would draw it.
  func chrome(_ text: String) -> String {
    guard isASCII, !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
    var result = ""
    for character in text {
      if let word = Self.asciiWords[character] {
        result += word
      } else {
        result.append(Self.asciiStandIn(for: character) ?? character)
      }
    }
    return result
  }

  /// Key-hint arrows, which read better spelled out where the label is measured.
  private static let asciiWords: [Character: String] = [
    "↑": "Up", "↓": "Down", "←": "Left", "→": "Right",
  ]
}

/// A piece of text at a column of a line, in a style: screens that list things build lines of
/// spans first so they can count and cut them before drawing.
struct Span: Equatable {
  /// The column, relative to the line's left edge.
  var column: Int
  /// The text.
  var text: String
  /// How it is drawn.
  var style: Style

  init(_ text: String, at column: Int = 0, _ style: Style = .plain) {
    self.column = column
    self.text = text
    self.style = style
  }
}

/// A line of spans; an empty one is a blank line.
typealias SpanLine = [Span]

/// Text as one screen line: made inert, with line breaks and tabs as spaces, so its width is
/// what `Screen.write` will draw.
func oneLine(_ text: String) -> String {
  let inert = text.inert
  // After `inert` the only controls left are line feed and tab.
  // Bytes, not Characters: walking grapheme clusters here cost more than drawing the line.
  guard inert.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return inert }
  return String(inert.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
}

/// `text` on one line cut to `width` cells, ending in `ellipsis` when it was cut.
func fitted(_ text: String, width: Int, ellipsis: String) -> String {
  guard width > 0 else { return "" }
  let line = oneLine(text)
  guard line.terminalColumns > width else { return line }
  let mark = ellipsis.terminalColumns
  guard width > mark else { return String(line.prefix(columns: width)) }
  return String(line.prefix(columns: width - mark)) + ellipsis
}

/// `text` word-wrapped to `width` cells, with the answer editor's own wrapping so that deck
/// text and answers break alike; trailing spaces at the breaks are dropped.
func wrapped(_ text: String, width: Int) -> [String] {
  let width = max(1, width)
  if let lines = recentWraps.withLock({ $0.lines(of: text, width: width) }) { return lines }
  let lines = AnswerBuffer(text: text.inert).layout(width: width).lines.map { line in
    var text = line.text
    while text.last == " " { text.removeLast() }
    return text.terminalColumns > width ? String(text.prefix(columns: width)) : text
  }
  recentWraps.withLock { $0.keep(lines, of: text, width: width) }
  return lines
}

/// The last few texts wrapped: a frame drawn for every key wraps the same question, coach note
/// and hints again, and comparing a text is far cheaper than laying it out.
private let recentWraps = Mutex(RecentWraps())

/// A handful of `wrapped` results, the oldest dropped first.
private struct RecentWraps: ~Copyable {
  /// Enough for one frame's wrapped texts; more would only make each look-up slower.
  private static let capacity = 8
  private var entries: [(text: String, width: Int, lines: [String])] = []

  func lines(of text: String, width: Int) -> [String]? {
    entries.first { $0.width == width && $0.text == text }?.lines
  }

  mutating func keep(_ lines: [String], of text: String, width: Int) {
    if entries.count == Self.capacity { entries.removeFirst() }
    entries.append((text, width, lines))
  }
}

/// At most `count` of `lines`; when some are left out, the last one kept ends in `ellipsis`.
func limited(_ lines: [String], to count: Int, width: Int, ellipsis: String) -> [String] {
  guard lines.count > count else { return lines }
  guard count > 0 else { return [] }
  var kept = Array(lines.prefix(count))
  let last = kept[count - 1]
  let room = max(0, width - ellipsis.terminalColumns)
  kept[count - 1] = String(last.prefix(columns: room)) + ellipsis
  return kept
}

/// A duration as the screens show it: `1:05`, from milliseconds, rounded down to the second.
func clock(milliseconds: Int) -> String {
  TargetDuration.clock(seconds: max(0, milliseconds) / 1000)
}

/// How an answer's time stands against its target, as the timer bar's colour.
func timeRole(elapsed: Int, target: Int) -> ColorRole {
  guard target > 0 else { return elapsed > 0 ? .over : .good }
  // From three quarters of the target the answer should be wrapping up; past it, it is over.
  if elapsed > target { return .over }
  if elapsed * 4 >= target * 3 { return .warning }
  return .good
}

extension Screen {
  /// Writes our own label text (adapted to ASCII terminals) cut to `width` cells; returns the
  /// cells drawn.
  @discardableResult
  mutating func label(
    _ text: String, row: Int, column: Int, width: Int, style: Style = .plain
  ) -> Int {
    write(
      fitted(glyphs.chrome(text), width: width, ellipsis: glyphs.ellipsis), row: row,
      column: column, style: style)
  }

  /// Writes deck or user text on one line cut to `width` cells; returns the cells drawn.
  ///
  /// Under ASCII glyphs it gets the same look-alikes as labels: such a terminal cannot show a
  /// deck's dashes either. (The answer editor never goes through here: its cursor columns
  /// depend on the text's exact widths.)
  @discardableResult
  mutating func text(
    _ text: String, row: Int, column: Int, width: Int, style: Style = .plain
  ) -> Int {
    label(text, row: row, column: column, width: width, style: style)
  }

  /// Writes label text so that it ends at column `end` (exclusive); returns where it starts.
  @discardableResult
  mutating func labelRight(_ text: String, row: Int, end: Int, style: Style = .plain) -> Int {
    let shown = glyphs.chrome(text)
    let start = end - shown.terminalColumns
    write(shown, row: row, column: start, style: style)
    return start
  }

  /// Draws a line of spans from `column`, keeping every span within `width` cells.
  mutating func draw(_ line: SpanLine, row: Int, column: Int, width: Int) {
    for span in line where span.column < width {
      label(
        span.text, row: row, column: column + span.column, width: width - span.column,
        style: span.style)
    }
  }

  /// A horizontal rule `width` cells long.
  mutating func rule(row: Int, column: Int, width: Int, style: Style = Style(.muted)) {
    guard width > 0 else { return }
    write(
      String(glyph: glyphs.horizontal, times: width), row: row, column: column, style: style)
  }

  /// Draws a box's border; `title` sits in the top border, `note` in the bottom one at the right,
  /// `topNote` in the top one at the right. With `clearing`, the inside is blanked first, for
  /// boxes drawn over other content.
  mutating func box(
    top: Int, left: Int, height: Int, width: Int, title: String = "", topNote: String = "",
    note: String = "", leftNote: String = "", clearing: Bool = false,
    style: Style = Style(.muted), titleStyle: Style = Style(.title)
  ) {
    let titleWidth = boxEdges(
      top: top, left: left, height: height, width: width, title: title, clearing: clearing,
      style: style, titleStyle: titleStyle)
    boxNotes(
      top: top, left: left, height: height, width: width, titleWidth: titleWidth,
      topNote: topNote, note: note, leftNote: leftNote, style: style)
  }

  /// A box's border and title (see `box`); returns the cells the title took.
  @discardableResult
  mutating func boxEdges(
    top: Int, left: Int, height: Int, width: Int, title: String = "", clearing: Bool = false,
    style: Style = Style(.muted), titleStyle: Style = Style(.title)
  ) -> Int {
    guard height >= 2, width >= 2 else { return 0 }
    let bottom = top + height - 1
    let right = left + width - 1
    if clearing {
      // A blank cell around the box too, so it stands apart from what it covers.
      let first = max(0, left - 1)
      let end = min(size.columns, left + width + 1)
      for row in max(0, top - 1)...min(size.rows - 1, bottom + 1) {
        fill(row: row, column: first, width: end - first, style: .plain)
      }
    }
    let line = String(glyph: glyphs.horizontal, times: width - 2)
    write(glyphs.topLeft + line + glyphs.topRight, row: top, column: left, style: style)
    write(glyphs.bottomLeft + line + glyphs.bottomRight, row: bottom, column: left, style: style)
    for row in (top + 1)..<bottom {
      write(glyphs.vertical, row: row, column: left, style: style)
      write(glyphs.vertical, row: row, column: right, style: style)
    }
    // Notes in the border leave the corners and one rule cell either side alone.
    let room = width - 4
    var used = 0
    if !title.isEmpty, room > 2 {
      used = label(" \(title) ", row: top, column: left + 2, width: room, style: titleStyle)
    }
    return used
  }

  /// The notes in a box's border (see `box`), drawn over the edges `boxEdges` drew, whose
  /// title took `titleWidth` cells.
  mutating func boxNotes(
    top: Int, left: Int, height: Int, width: Int, titleWidth used: Int, topNote: String = "",
    note: String = "", leftNote: String = "", style: Style = Style(.muted)
  ) {
    guard height >= 2, width >= 2 else { return }
    let bottom = top + height - 1
    let right = left + width - 1
    let room = width - 4
    if !topNote.isEmpty {
      let shown = glyphs.chrome(" \(topNote) ")
      if used + shown.terminalColumns + 1 <= room {
        labelRight(shown, row: top, end: right - 1, style: style)
      }
    }
    var bottomUsed = 0
    if !leftNote.isEmpty, room > 2 {
      bottomUsed = label(" \(leftNote) ", row: bottom, column: left + 2, width: room, style: style)
    }
    if !note.isEmpty {
      let shown = glyphs.chrome(" \(note) ")
      if bottomUsed + shown.terminalColumns + 1 <= room {
        labelRight(shown, row: bottom, end: right - 1, style: style)
      }
    }
  }

  /// A bar `width` cells wide, `filled` of them full, the full part in `style`.
  mutating func bar(row: Int, column: Int, width: Int, filled: Int, style: Style) {
    guard width > 0 else { return }
    let full = min(width, max(0, filled))
    write(String(glyph: glyphs.barFull, times: full), row: row, column: column, style: style)
    write(
      String(glyph: glyphs.barEmpty, times: width - full), row: row, column: column + full,
      style: Style(.muted))
  }

  /// The key bar at the bottom: each binding's keys in the key-hint colour, then what they do.
  /// Bindings that do not fit are left out, later ones still tried, so the row never overflows.
  mutating func footer(_ bindings: [KeyBinding], row: Int) {
    let columns = size.columns
    var column = 1
    for binding in bindings {
      let keys = glyphs.chrome(binding.keys)
      let summary = glyphs.chrome(binding.summary)
      let width = keys.terminalColumns + 1 + summary.terminalColumns
      guard column + width <= columns - 1 else { continue }
      write(keys, row: row, column: column, style: Style(.keyHint))
      write(summary, row: row, column: column + keys.terminalColumns + 1, style: .plain)
      column += width + 2
    }
  }
}
