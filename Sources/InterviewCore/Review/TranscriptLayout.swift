/// One line of a laid-out transcript or attempt: what it shows, and which item it belongs to.
///
/// The layout is pure and knows nothing of colours: the screen styles a line by its kind, and
/// draws the lines whose text it composes itself (timing, annotation) from the item.
public struct TranscriptLine: Equatable, Sendable {
  /// What a line shows.
  public enum Kind: Equatable, Sendable {
    /// The salary figures the candidate set for the session.
    case salary
    /// A segment's heading.
    case segment
    /// A question asked by the interviewer (a follow-up is indented under its question).
    case question
    /// The times of an answer; the screen draws them with a bar against the target.
    case timing
    /// Part of an answer.
    case answer
    /// Says the question was skipped, or that the session recorded nothing at all.
    case skipped
    /// The rating and practise-again mark; the screen draws it from the item's annotation.
    case annotation
    /// Part of the review note.
    case note
    /// A question the candidate asked the panel.
    case candidateQuestion
    /// The reflection's heading.
    case reflectionHeading
    /// A reflection prompt.
    case reflectionPrompt
    /// Part of a reflection answer.
    case reflection
    /// The heading of an attempt in a history: its date, company and position.
    case attemptHeading
    /// The coach's marks on an answer: the verdicts met and missed, fillers and hedges counted.
    case feedback
    /// Part of a coaching note on something the answer lacked.
    case feedbackGap
    /// Part of a coaching note on something the answer did well.
    case feedbackStrength
    /// Part of a detail of the feedback: job terms, tips touched, a question judged.
    case feedbackDetail
    /// Says an answer has no feedback yet, and how to make it.
    case feedbackHint
    /// A spoken answer's recording: transcribed, with its pace and pauses.
    case recording
    /// A spoken answer's recording not transcribed (yet), with why and how to retry.
    case recordingNotTranscribed
    /// Nothing: a gap.
    case blank
  }

  /// What the line shows.
  public var kind: Kind
  /// Its text, already wrapped to fit after `indent`; empty for lines the screen composes.
  public var text: String
  /// Cells of indentation before the text.
  public var indent: Int
  /// Index of the entry (or attempt) the line belongs to, if any.
  public var item: Int?
  /// Stretches of `text` drawn apart from the rest, in order, never overlapping.
  public var highlights: [TranscriptHighlight]

  /// A line of `kind` showing `text` after `indent` cells, belonging to `item`, with
  /// `highlights` on parts of it.
  public init(
    _ kind: Kind, _ text: String = "", indent: Int = 0, item: Int? = nil,
    highlights: [TranscriptHighlight] = []
  ) {
    self.kind = kind
    self.text = text
    self.indent = indent
    self.item = item
    self.highlights = highlights
  }
}

/// A stretch of one laid-out line that the screen draws apart from the rest of it.
public struct TranscriptHighlight: Equatable, Sendable {
  /// What the stretch is.
  public enum Kind: Equatable, Sendable {
    /// A filler in the answer ("um", "you know"), or the word that counts them.
    case filler
    /// A hedge in the answer ("I think", "maybe"), or the word that counts them.
    case hedge
    /// A verdict the answer meets, or the mark of a strength.
    case met
    /// A verdict the answer misses, or the mark of a gap.
    case missed
    /// The label before a detail of the feedback.
    case label
    /// The word being spoken while the answer's recording plays.
    case spoken
  }

  /// What the stretch is.
  public var kind: Kind
  /// The Characters of the line's text it covers.
  public var range: Range<Int>

  /// A highlight of `kind` over the Characters `range` of a line's text.
  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
  }

  /// Whether it marks words of the answer itself (a filler or a hedge): the highlights the
  /// reader can hide.
  public var marksAnswerText: Bool { kind == .filler || kind == .hedge }
}

/// A transcript laid out as lines for a width: segment by segment, each question with its
/// times, answer, rating and note; follow-ups under their question; the candidate's questions;
/// the salary figures; the reflection. Text wraps by display columns.
///
/// Under each answer with feedback comes the coach's reading of it: the verdicts, fillers and
/// hedges counted, the notes, job terms and tips; its fillers and hedges are highlighted in the
/// answer itself. An answer stored before feedback existed says how to make it.
public struct TranscriptLayout: Equatable, Sendable {
  /// The lines, top to bottom.
  public internal(set) var lines: [TranscriptLine] = []
  /// For each entry index with lines, the range of its lines (without the gap after it).
  public internal(set) var ranges: [Int: Range<Int>] = [:]
  /// The width laid out for.
  public let width: Int

  /// `transcript` laid out for `width` cells.
  public init(_ transcript: Transcript, width: Int) {
    self.width = max(8, width)
    let summary = transcript.summary
    var figures: [String] = []
    if let range = summary.salaryRange, !range.isEmpty { figures.append("Salary range " + range) }
    if let walkAway = summary.walkAway, !walkAway.isEmpty {
      figures.append("walk-away " + walkAway)
    }
    if !figures.isEmpty {
      add(.salary, figures.joined(separator: " · "), indent: 0, item: nil)
      lines.append(TranscriptLine(.blank))
    }
    var segment: SegmentKind?
    var inReflection = false
    for (index, entry) in transcript.entries.enumerated() {
      if entry.kind == .reflection {
        if !inReflection {
          lines.append(TranscriptLine(.reflectionHeading, "Reflection"))
          inReflection = true
        }
        let start = lines.count
        add(.reflectionPrompt, entry.question, indent: 2, item: index)
        add(.reflection, entry.answer.isEmpty ? "–" : entry.answer, indent: 4, item: index)
        ranges[index] = start..<lines.count
        continue
      }
      if entry.segment != segment, let kind = entry.segment {
        segment = kind
        lines.append(TranscriptLine(.segment, kind.defaultTitle))
      }
      let start = lines.count
      switch entry.kind {
      case .candidateQuestion:
        // The empty "no more questions" submission is not a question.
        guard !entry.answer.isEmpty else { continue }
        addAnswer(.candidateQuestion, entry, prefix: "You asked: ", indent: 2, item: index)
        addFeedback(entry, sessionID: transcript.summary.id, indent: 4, item: index)
      case .answer, .followUp:
        let indent = entry.kind == .followUp ? 4 : 2
        add(
          .question, (entry.kind == .followUp ? "↳ " : "") + entry.question, indent: indent - 2,
          item: index)
        lines.append(TranscriptLine(.timing, indent: indent, item: index))
        if let spoken = entry.recording.spoken {
          add(
            spoken.status == .transcribed ? .recording : .recordingNotTranscribed,
            spoken.reviewLine(sessionID: transcript.summary.id), indent: indent, item: index)
        }
        if entry.skipped {
          lines.append(TranscriptLine(.skipped, "skipped", indent: indent, item: index))
        }
        if !entry.answer.isEmpty {
          // Notes typed while answering aloud are not the answer itself; say so.
          addAnswer(
            .answer, entry, prefix: entry.spokenNotes ? Self.spokenNotesPrefix : "",
            indent: indent, item: index)
          // The coach reads the answer right under it, before the candidate's own verdict.
          if !entry.skipped {
            addFeedback(entry, sessionID: transcript.summary.id, indent: indent, item: index)
          }
        }
        lines.append(TranscriptLine(.annotation, indent: indent, item: index))
        if !entry.annotation.note.isEmpty {
          add(.note, "Note: " + entry.annotation.note, indent: indent, item: index)
        }
      case .reflection:
        break
      }
      ranges[index] = start..<lines.count
      lines.append(TranscriptLine(.blank))
    }
    if ranges.isEmpty {
      // A session with nothing to show would be a blank page: say what it is instead.
      add(.skipped, Self.nothingRecorded(summary.status), indent: 0, item: nil)
    }
    while lines.last?.kind == .blank { lines.removeLast() }
  }

  /// What a transcript without a single entry to show says, by how the session ended.
  static func nothingRecorded(_ status: SessionStatus) -> String {
    switch status {
    case .interrupted: return "Interrupted before the first answer: nothing was recorded."
    case .inProgress: return "Still running elsewhere, with no answer recorded yet."
    case .finished: return "Ended before the first answer: nothing was recorded."
    }
  }

  /// Lines of one history attempt for a column `width` wide: heading, times, rating, note and
  /// the answer; `dateText` is the attempt's date as the screen shows it.
  public static func attempt(
    _ attempt: QuestionAttempt, item: Int, dateText: String, width: Int
  ) -> [TranscriptLine] {
    var layout = TranscriptLayout(width: width)
    let entry = attempt.entry
    layout.add(
      .attemptHeading, "\(dateText) · \(attempt.sessionTitle)", indent: 0,
      item: item)
    layout.lines.append(TranscriptLine(.timing, item: item))
    layout.lines.append(TranscriptLine(.annotation, item: item))
    if !entry.annotation.note.isEmpty {
      layout.add(.note, "Note: " + entry.annotation.note, indent: 0, item: item)
    }
    layout.lines.append(TranscriptLine(.blank, item: item))
    if entry.skipped {
      layout.lines.append(TranscriptLine(.skipped, "skipped", item: item))
    }
    if !entry.answer.isEmpty {
      layout.add(
        .answer, (entry.spokenNotes ? "Notes while speaking: " : "") + entry.answer, indent: 0,
        item: item)
    }
    return layout.lines
  }

  private init(width: Int) {
    self.width = max(1, width)
  }

  /// Appends `text` wrapped to the width left after `indent`.
  mutating func add(_ kind: TranscriptLine.Kind, _ text: String, indent: Int, item: Int?) {
    for line in Self.wrap(text, width: width - indent) {
      lines.append(TranscriptLine(kind, line, indent: indent, item: item))
    }
  }

  /// `text` word-wrapped to `width` cells as the answer editor wraps it, control characters
  /// made inert and trailing spaces at the breaks dropped.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    return AnswerBuffer(text: text.inert).layout(width: width).lines.map { line in
      var text = line.text
      while text.last == " " { text.removeLast() }
      return text.terminalColumns > width ? String(text.prefix(columns: width)) : text
    }
  }
}
