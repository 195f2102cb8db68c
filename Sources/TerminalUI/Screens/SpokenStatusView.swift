import InterviewCore

/// The rows a spoken answer shows under its timer: the level meter while recording (or why
/// nothing is recorded), and where the transcriptions stand. Pure: a `SpokenStatus` in, cells
/// out, so the same status always draws the same rows.
enum SpokenStatusView {
  /// Draws `status` from `row` in `region` for an answer `started` or not; returns the row
  /// after the last one drawn.
  static func draw(
    _ status: SpokenStatus, started: Bool, row: Int, region: Region, into screen: inout some Screen
  ) -> Int {
    var row = row
    drawMeter(status, started: started, row: row, region: region, into: &screen)
    row += 1
    if let line = status.transcriptionLine {
      // A failure's reason and retry command take two rows where there is room for them.
      let lines = wrapped(screen.glyphs.chrome(line), width: region.width)
      let shown = region.isCompact ? 1 : min(2, lines.count)
      for (index, text) in lines.prefix(shown).enumerated() {
        let cut = index == shown - 1 && lines.count > shown
        screen.label(
          cut ? text + " " + lines[shown...].joined(separator: " ") : text, row: row,
          column: region.left, width: region.width,
          style: Style(status.transcriptionFailed ? .error : .muted))
        row += 1
      }
    }
    return row
  }

  /// The meter row: "Recording" and a bar as wide as the level (a silent microphone said
  /// beside it), else the voice reading, a problem, or when recording will start.
  private static func drawMeter(
    _ status: SpokenStatus, started: Bool, row: Int, region: Region,
    into screen: inout some Screen
  ) {
    let compact = region.isCompact
    let left = region.left
    guard status.isRecording else {
      let (text, role): (String, ColorRole)
      if status.isReadingAloud {
        (text, role) = ("The panel is reading the question aloud…", .accent)
      } else if let problem = status.problem {
        (text, role) = (problem.prefix(1).uppercased() + problem.dropFirst(), .warning)
      } else if started {
        (text, role) = ("Not recording", .muted)
      } else {
        (text, role) = (
          compact ? "Records when you start" : "Recording starts as you start", .muted
        )
      }
      screen.label(text, row: row, column: left, width: region.width, style: Style(role))
      return
    }
    var column = left
    column += screen.label(
      compact ? "Rec" : "Recording", row: row, column: column, width: region.width,
      style: Style(.over, .bold))
    let barWidth = min(compact ? 10 : 24, region.width - (column - left) - 1)
    if barWidth >= 4 {
      let role: ColorRole = status.isMicrophoneSilent ? .warning : .good
      screen.bar(
        row: row, column: column + 1, width: barWidth, filled: status.meterCells(width: barWidth),
        style: Style(role))
      column += 1 + barWidth
    }
    if status.isMicrophoneSilent {
      let used = column - left + 2
      screen.label(
        compact ? "microphone silent" : "microphone silent: is it on and not muted?", row: row,
        column: column + 2, width: region.width - used, style: Style(.warning, .bold))
    }
  }
}
