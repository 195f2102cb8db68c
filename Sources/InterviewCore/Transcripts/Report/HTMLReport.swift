import Foundation

/// Transcripts as one self-contained HTML page to look at, print or send to a coach.
///
/// Everything is inline (CSS, SVG charts) and nothing is fetched: the page opens the same
/// offline, in a mail attachment, years later. The markup is also well-formed XML, so tests
/// parse it. What the page says about each answer is what the Markdown export says (timing,
/// feedback line, verdict, note, from `TranscriptFormat`), with the fillers and hedges the
/// feedback found marked in the answer, as the review screen's highlights mark them.
public enum HTMLReport {
  /// One session's report; `letter`, the follow-up letter drafted for it, gets its own section
  /// when given.
  public static func document(_ transcript: Transcript, letter: String?, timeZone: TimeZone)
    -> String
  {
    document(
      [transcript], letters: letter.map { [transcript.summary.id: $0] } ?? [:],
      timeZone: timeZone)
  }

  /// `transcripts`, oldest first as given, as one page. With `trends` (the sessions' figures,
  /// as `transcripts stats` reads them), the page opens with the trends over sessions as line
  /// charts. `letters` are the follow-up letters by session id.
  public static func document(
    _ transcripts: [Transcript], trends: [TranscriptStats.Recent]? = nil,
    letters: [Int64: String] = [:], timeZone: TimeZone
  ) -> String {
    let title: String
    if transcripts.count == 1, let only = transcripts.first {
      title = TranscriptFormat.title(only.summary)
    } else {
      title = "\(counted(transcripts.count, "session")) rehearsed"
    }
    var body = [
      "<!DOCTYPE html>",
      "<html lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\" />",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
      "<meta name=\"color-scheme\" content=\"light dark\" />",
      "<meta name=\"generator\" content=\"SecondRound\" />",
      "<title>\(HTMLText.escape(title)) · SecondRound report</title>",
      "<style>",
      ReportStyle.css,
      "</style>",
      "</head>",
      "<body>",
      "<header class=\"report\">",
      "<p class=\"brand\">SecondRound report</p>",
      "<h1>\(HTMLText.escape(title))</h1>",
      "</header>",
      "<main>",
    ]
    if let trends {
      body.append(trendsSection(TrendSeries.all(trends), timeZone: timeZone))
    }
    for transcript in transcripts {
      body.append(
        session(
          transcript, letter: letters[transcript.summary.id], timeZone: timeZone,
          alone: transcripts.count == 1))
    }
    body += [
      "</main>",
      "<footer>Written by SecondRound from your own transcripts; this page loads nothing from"
        + " the network.</footer>",
      "</body>",
      "</html>",
    ]
    return body.joined(separator: "\n") + "\n"
  }

  // MARK: - Trends

  private static func trendsSection(_ series: [TrendSeries], timeZone: TimeZone) -> String {
    let sessions = Set(series.flatMap { $0.points.map(\.sessionID) }).count
    var html = [
      "<section class=\"trends\" id=\"trends\">",
      "<h2>Trends over \(counted(sessions, "session"))</h2>",
    ]
    if sessions < 2 {
      html.append(
        "<p class=\"hint\">Rehearse at least two sessions with answers to see a trend.</p>")
    }
    for line in series {
      html.append("<figure class=\"trend\">")
      html.append("<figcaption>\(HTMLText.escape(SVGCharts.capitalised(line.title)))")
      if let first = line.points.first, let last = line.points.last, line.points.count > 1 {
        html.append(
          "<span class=\"change\">\(line.label(first.value)) → \(line.label(last.value))</span>")
      }
      html.append("</figcaption>")
      if line.points.isEmpty {
        html.append("<p class=\"hint\">No session has this figure yet.</p>")
      } else {
        html.append(SVGCharts.line(line, timeZone: timeZone))
      }
      html.append("</figure>")
    }
    html.append("</section>")
    return html.joined(separator: "\n")
  }

  // MARK: - One session

  private static func session(
    _ transcript: Transcript, letter: String?, timeZone: TimeZone, alone: Bool
  ) -> String {
    let summary = transcript.summary
    // With one session the page's heading is its title; with several each has its own.
    var html = ["<article class=\"session\" id=\"session-\(summary.id)\">"]
    if !alone {
      html.append("<h2>\(HTMLText.escape(TranscriptFormat.title(summary)))</h2>")
    }
    html.append("<p class=\"meta\">\(metadata(summary, timeZone: timeZone))</p>")
    let bySequence = Set(transcript.entries.map(\.sequence))
    var followUps: [Int: [Entry]] = [:]
    var shown: [Entry] = []
    for entry in transcript.entries {
      if entry.kind == .followUp, let parent = entry.parentSequence, bySequence.contains(parent) {
        followUps[parent, default: []].append(entry)
      } else {
        shown.append(entry)
      }
    }
    // Questions are numbered in the order they are listed, follow-ups under their question,
    // so the chart's "3." is the list's "3.".
    var ordered: [Entry] = []
    for entry in shown {
      ordered.append(entry)
      ordered += followUps[entry.sequence] ?? []
    }
    var numbers: [Int: Int] = [:]
    for entry in ordered where entry.kind != .reflection {
      numbers[entry.sequence] = numbers.count + 1
    }
    let rows = SVGCharts.timelineRows(ordered, numbers: numbers)
    if !rows.isEmpty {
      html += [
        "<section class=\"timeline\">",
        "<h3>Timeline</h3>",
        "<figure>",
        SVGCharts.timeline(rows),
        "<figcaption class=\"legend\"><span class=\"key thinking\"></span> thinking"
          + " <span class=\"key answer\"></span> answer"
          + " <span class=\"key over\"></span> answer past its target"
          + " <span class=\"key target\"></span> target</figcaption>",
        "</figure>",
        "</section>",
      ]
    }
    var segment: SegmentKind??
    var open = false
    for entry in shown {
      if segment != .some(entry.segment) {
        segment = .some(entry.segment)
        if open { html.append("</section>") }
        open = true
        let kind = entry.segment == nil ? "reflection" : "segment"
        html.append("<section class=\"\(kind)\">")
        html.append("<h3>\(HTMLText.escape(TranscriptFormat.segmentTitle(entry.segment)))</h3>")
      }
      html.append(self.entry(entry, number: numbers[entry.sequence], followUp: false))
      for followUp in followUps[entry.sequence] ?? [] {
        html.append(self.entry(followUp, number: numbers[followUp.sequence], followUp: true))
      }
    }
    if open { html.append("</section>") }
    if let letter {
      html += [
        "<section class=\"letter\">",
        "<h3>Follow-up letter</h3>",
        "<div class=\"letter-text\">\(HTMLText.escape(letter))</div>",
        "</section>",
      ]
    }
    html.append("</article>")
    return html.joined(separator: "\n")
  }

  private static func metadata(_ summary: SessionSummary, timeZone: TimeZone) -> String {
    var parts = [
      DateStyle.header(summary.started, timeZone: timeZone),
      "deck \(summary.deckTitle) (\(summary.deckID))",
      summary.mode,
      TranscriptFormat.status(summary.status),
      "total " + TranscriptFormat.clock(milliseconds: summary.interviewMilliseconds),
    ]
    if let role = summary.role { parts.append("role " + role) }
    if let range = summary.salaryRange { parts.append("salary range " + range) }
    if let walkAway = summary.walkAway { parts.append("walk-away " + walkAway) }
    return parts.map(HTMLText.escape).joined(separator: " · ")
  }

  private static func entry(_ entry: Entry, number: Int?, followUp: Bool) -> String {
    let classes = ["entry", followUp ? "follow-up" : nil, entry.isOverTarget ? "over" : nil]
      .compactMap { $0 }.joined(separator: " ")
    var html = ["<div class=\"\(classes)\">"]
    let prefix = number.map { "\($0). " } ?? ""
    let question: String
    switch entry.kind {
    case .answer, .reflection: question = HTMLText.escape(oneLine(entry.question))
    case .followUp: question = "Follow-up: " + HTMLText.escape(oneLine(entry.question))
    case .candidateQuestion: question = "You asked"
    }
    html.append("<h4>\(prefix)\(question)</h4>")
    if let timing = TranscriptFormat.timing(entry) {
      html.append("<p class=\"timing\">\(HTMLText.escape(timing))</p>")
    }
    if entry.answer.isEmpty {
      html.append("<p class=\"empty\">\(entry.skipped ? "(skipped)" : "(no answer)")</p>")
    } else {
      html.append("<blockquote class=\"answer\">\(highlighted(entry))</blockquote>")
    }
    if let spoken = TranscriptFormat.spoken(entry.recording) {
      html.append("<p class=\"spoken\">\(HTMLText.escape(spoken))</p>")
    }
    if let feedback = TranscriptFormat.feedback(entry) {
      html.append(
        "<p class=\"feedback\"><strong>Feedback:</strong> \(HTMLText.escape(feedback))</p>")
    }
    if let line = TranscriptFormat.verdict(entry.annotation) {
      html.append(
        "<p class=\"verdict\"><strong>Your verdict:</strong> \(HTMLText.escape(line))</p>")
    }
    if !entry.annotation.note.isEmpty {
      html.append(
        "<p class=\"note\"><strong>Note:</strong> \(HTMLText.escape(entry.annotation.note))</p>")
    }
    html.append("</div>")
    return html.joined(separator: "\n")
  }

  /// The answer, escaped, with each filler and hedge the feedback found in a `<mark>`: the
  /// spans count Unicode scalars, as the analyser counted them. Spans that overlap one already
  /// marked, or run past the text (feedback edited by hand), are left unmarked.
  public static func highlighted(_ entry: Entry) -> String {
    let scalars = Array(entry.answer.unicodeScalars)
    var marks: [(span: TextSpan, kind: String)] = []
    if let feedback = entry.feedback {
      marks = feedback.fillers.map { ($0, "filler") } + feedback.hedges.map { ($0, "hedge") }
    }
    marks.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    var html = ""
    var position = 0
    func text(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return HTMLText.escape(String(view))
    }
    for (span, kind) in marks {
      guard span.start >= position, span.start < span.end, span.end <= scalars.count else {
        continue
      }
      html += text(position..<span.start)
      html += "<mark class=\"\(kind)\" title=\"\(kind)\">\(text(span.start..<span.end))</mark>"
      position = span.end
    }
    html += text(position..<scalars.count)
    return html
  }

  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
