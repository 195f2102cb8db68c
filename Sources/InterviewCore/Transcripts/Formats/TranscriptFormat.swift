import Foundation

/// The pieces every transcript format shares: statuses, clocks, segment titles and dates.
///
/// Dates take a `TimeZone` so that what a person reads is local to them while tests (and golden
/// files) pin one zone and stay stable wherever they run.
public enum TranscriptFormat {
  /// The status users see. The store reports `.inProgress` only for a session a live process
  /// owns (one whose process died reads `.interrupted`), and that process is never the reader.
  public static func status(_ status: SessionStatus) -> String {
    switch status {
    case .finished: return "finished"
    case .interrupted: return "interrupted"
    case .inProgress: return "running in another terminal"
    }
  }

  /// What a session was about, as its heading: `Acme — Staff Engineer` for an interview, and
  /// `Drill · Backend: staff level` for a drill, which has no company or position of its own.
  /// Raw: callers make it terminal-safe or escape it for their format.
  public static func title(_ summary: SessionSummary) -> String {
    title(
      kind: summary.kind, company: summary.company, position: summary.position,
      deckTitle: summary.deckTitle)
  }

  /// A session's title from its parts: "Acme — Analyst", or "Drill · DECK" for a drill.
  public static func title(
    kind: SessionKind, company: String, position: String, deckTitle: String
  ) -> String {
    switch kind {
    case .interview: return "\(company) — \(position)"
    case .drill: return "Drill · \(deckTitle)"
    }
  }

  /// The deck a session is filed under, as the lists show it (`transcripts list`, review): its
  /// title. A drill of questions from several decks has no deck id, but its title says what
  /// it drew ("Questions due today"), so no session shows a blank deck.
  public static func deck(_ summary: SessionSummary) -> String {
    summary.deckTitle.isEmpty ? summary.deckID : summary.deckTitle
  }

  /// `milliseconds` as a clock reads it, `2:05`; a missing time reads `0:00`.
  public static func clock(milliseconds: Int?) -> String {
    TargetDuration.clock(seconds: max(0, milliseconds ?? 0) / 1000)
  }

  /// The heading for a segment's raw value; entries without a segment are the reflection.
  public static func segmentTitle(_ segment: String?) -> String {
    guard let segment else { return "Reflection" }
    return SegmentKind(rawValue: segment)?.defaultTitle ?? segment
  }

  /// The heading for an entry's segment; nil (a reflection) is "Reflection".
  public static func segmentTitle(_ segment: SegmentKind?) -> String {
    segment?.defaultTitle ?? "Reflection"
  }

  /// `21 Nov 2026` in `timeZone`.
  public static func day(_ date: Date, timeZone: TimeZone) -> String {
    let parts = CalendarParts(date, timeZone: timeZone)
    return "\(parts.day) \(parts.month) \(parts.year)"
  }

  /// `2026-11-21T14:05:09Z`: the machine-readable form JSON and CSV carry.
  public static func iso8601(_ date: Date) -> String {
    let parts = CalendarParts(date, timeZone: .gmt)
    return
      "\(parts.year)-\(pad(parts.monthNumber))-\(pad(parts.day))T\(parts.time):\(pad(parts.second))Z"
  }

  /// `thinking 0:12 · answer 1:40 / 2:00 target · over · skipped`, or nil for a reflection,
  /// which is not timed; a spoken answer says that its text is the notes, not the answer.
  public static func timing(_ entry: Entry) -> String? {
    guard entry.kind != .reflection else { return nil }
    var parts = ["thinking \(clock(milliseconds: entry.thinkingMilliseconds))"]
    var answer = "answer \(clock(milliseconds: entry.answerMilliseconds))"
    if isUntimed(entry) {
      parts = []
      answer = "untimed"
    }
    if let target = entry.targetMilliseconds {
      answer += " / \(clock(milliseconds: target)) target"
    }
    parts.append(answer)
    if entry.isOverTarget { parts.append("over") }
    if entry.skipped { parts.append("skipped") }
    if entry.spokenNotes { parts.append("answered aloud, notes below") }
    return parts.joined(separator: " · ")
  }

  /// Whether `entry` was answered with no clock running (read from a pipe): no thinking and no
  /// answer time, though it is no reflection.
  public static func isUntimed(_ entry: TranscriptEntry) -> Bool {
    entry.kind != .reflection && entry.thinkingMilliseconds == nil
      && entry.answerMilliseconds == nil
  }

  /// Whether the stored `entry` was answered with no clock running (see the other overload).
  public static func isUntimed(_ entry: Entry) -> Bool { isUntimed(entry.recording) }

  /// `rating 4/5 · practise again`, or nil when neither is set; the note is shown apart.
  public static func verdict(_ annotation: Annotation) -> String? {
    var parts: [String] = []
    if let rating = annotation.rating { parts.append("rating \(rating)/5") }
    if annotation.practiseAgain { parts.append("practise again") }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// What became of a spoken answer's recording, for the exports and `show`: "transcribed,
  /// 142 words a minute; audio audio/3/2.wav", or "not transcribed (why); audio …"; nil for a
  /// typed answer.
  public static func spoken(_ entry: TranscriptEntry) -> String? {
    guard let spoken = entry.spoken else { return nil }
    var status: String
    switch spoken.status {
    case .pending: status = "transcription pending"
    case .transcribed:
      status = "transcribed"
      if let pace = spoken.wordsPerMinute { status += ", \(pace) words a minute" }
    case .notTranscribed(let reason):
      status = "not transcribed" + (reason.isEmpty ? "" : " (\(reason))")
    }
    return "Spoken: \(status); audio \(spoken.audioPath)"
  }

  /// The coach's feedback on one line, or nil when the entry has none:
  /// `context ✓ · action ✓ · result ✗ · number ✓ · 85 words · 2 fillers (2.4 per 100) — No
  /// outcome yet: what changed because of what you did?`
  ///
  /// Only the verdicts that mean something in the entry's segment are shown: the story's four
  /// in behavioural, technical and culture answers, the figure in salary answers, none for the
  /// candidate's own questions. The most useful note follows the dash. Raw: callers make it
  /// terminal-safe or escape it for their format.
  public static func feedback(_ entry: Entry) -> String? {
    feedback(entry.feedback, segment: entry.segment)
  }

  /// The feedback line of an answer in `segment` (see `feedback(_:)` for an entry).
  public static func feedback(_ feedback: AnswerFeedback?, segment: SegmentKind?) -> String? {
    guard let feedback else { return nil }
    func mark(_ name: String, _ holds: Bool) -> String { "\(name) \(holds ? "✓" : "✗")" }
    let verdicts = feedback.verdicts
    var parts = FeedbackMark.marks(for: segment).map { mark($0.rawValue, $0.isMet(by: verdicts)) }
    if verdicts.teamOnly, segment != .salary, segment != .questions {
      parts.append("\"we\" only, no \"I\"")
    }
    parts.append(feedback.words == 1 ? "1 word" : "\(feedback.words) words")
    switch feedback.fillers.count {
    case 0: parts.append("no fillers")
    case let count:
      parts.append(
        "\(counted(count, "filler")) (\(FeedbackReport.rate(feedback.fillersPer100Words)) per 100)"
      )
    }
    let line = parts.joined(separator: " · ")
    guard let headline = feedback.headline else { return line }
    return line + " — " + headline.text
  }

  /// `value` with one decimal always, `2.0`, `12.5`, so the columns of the stats trend line up;
  /// prose uses `FeedbackReport.rate`.
  public static func tenths(_ value: Double) -> String {
    // Stored feedback may have been edited by hand: Int() traps outside its range.
    let bounded = value.isFinite ? min(max(value, 0), 1_000_000) : 0
    let tenths = Int((bounded * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  private static func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }
}
