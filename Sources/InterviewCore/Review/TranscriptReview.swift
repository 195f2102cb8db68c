import Foundation

/// How much of a transcript the screen shows: the width lines wrap at and the rows of them.
public struct TranscriptViewport: Equatable, Sendable {
  /// Cells per line.
  public var width: Int
  /// Lines shown at once.
  public var height: Int

  /// A viewport `width` cells wide and `height` lines high.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// What the transcript view is asked to do.
public enum TranscriptReviewAction: Equatable, Sendable {
  /// Scrolls by `lines` (negative is up); the focus follows when its answer leaves the view.
  case scroll(Int)
  /// Scrolls by `pages` screenfuls less one line, so the eye keeps its place.
  case page(Int)
  /// Goes to the top, focusing the first answer.
  case top
  /// Goes to the bottom, focusing the last answer.
  case bottom
  /// Focuses the next answer and scrolls it into view.
  case focusNext
  /// Focuses the previous answer and scrolls it into view.
  case focusPrevious
  /// Rates the focused answer 1–5; nil clears the rating.
  case rate(Int?)
  /// Marks or unmarks the focused answer to practise again.
  case togglePractiseAgain
  /// Opens the note editor on the focused answer's note.
  case beginNote
  /// Edits the note being written.
  case editNote(EditCommand)
  /// Saves the note being written and closes the editor.
  case saveNote
  /// Closes the note editor, keeping the note as it was.
  case cancelNote
  /// Opens the history of the focused answer's question.
  case openHistory
  /// Asks to delete the whole session; nothing happens until `confirmDelete`.
  case requestDelete
  /// Deletes the session.
  case confirmDelete
  /// Keeps the session.
  case cancelDelete
  /// Shows or hides the fillers and hedges highlighted in the answers.
  case toggleHighlights
  /// Opens the follow-up letter of the session.
  case openLetter
  /// Shows or hides the help; any action closes it.
  case toggleHelp
  /// Goes back to where the transcript was opened from.
  case back
  /// Plays the focused answer's recording.
  case play
  /// Stops the recording playing; while one plays, every key means this.
  case stopPlayback
  /// The screen shows this much now.
  case resize(TranscriptViewport)
}

/// What the app must do after a transcript-view action.
public enum TranscriptReviewEffect: Equatable, Sendable {
  /// Save this annotation of this entry now; on failure set `TranscriptReview.saveProblem`.
  case annotate(EntryReference, Annotation)
  /// Load the attempts at `key` and show them; `question` titles the view, `focus` is the
  /// attempt to select first.
  case openHistory(QuestionKey, question: String, focus: EntryReference)
  /// Delete this session, then leave the transcript.
  case delete(Int64)
  /// Open the follow-up letter of the session in the editor.
  case openLetter(Int64)
  /// Leave the transcript.
  case back
  /// Play the recording at `audioPath` (relative to the data directory) of this entry, then
  /// say how it went: `playbackStarted(at:)`, and `playbackEnded(problem:)` when it ends.
  case play(EntryReference, audioPath: String)
  /// Stop the player now.
  case stopPlayback
}

/// One transcript under review: scrolled line by line, with a focused answer that can be
/// rated, noted and marked. Pure: every change comes back as an effect for the app to save.
public struct TranscriptReview: Equatable, Sendable {
  /// The transcript, with annotations as last changed here.
  public private(set) var transcript: Transcript
  /// The transcript laid out for the viewport's width.
  public private(set) var layout: TranscriptLayout
  /// What the screen shows.
  public private(set) var viewport: TranscriptViewport
  /// Index into `transcript.entries` of the focused answer; nil when there is no answer.
  public private(set) var focus: Int?
  /// The first line shown.
  public private(set) var scroll = 0
  /// The note being written, while the editor is open.
  public private(set) var noteEditor: AnswerBuffer?
  /// Whether a delete confirmation shows.
  public private(set) var isConfirmingDelete = false
  /// Whether the help overlay shows.
  public private(set) var isShowingHelp = false
  /// Whether the answers' fillers and hedges are highlighted; the lines stay the same either
  /// way, so hiding them never moves the text being read.
  public private(set) var showsHighlights = true
  /// The last failed save, as one line, set by the app; shown until the next save works.
  public var saveProblem: String?
  /// The recording playing, if one is.
  public private(set) var playback: TranscriptPlayback?
  /// One line about the last key (an answer with no recording, a player that failed), shown
  /// until the next key.
  public private(set) var notice: String?
  /// The time zone dates are shown in.
  public let timeZone: TimeZone

  /// A review of `transcript` focused on `focus` (else the first answer), laid out for
  /// `viewport`, dates shown in `timeZone`.
  public init(
    transcript: Transcript, focus: EntryReference? = nil, timeZone: TimeZone,
    viewport: TranscriptViewport = TranscriptViewport(width: 76, height: 18)
  ) {
    self.transcript = transcript
    self.timeZone = timeZone
    self.viewport = viewport
    layout = TranscriptLayout(transcript, width: viewport.width)
    let focusable = transcript.entries.indices.filter { transcript.entries[$0].isAnswer }
    self.focus =
      focus.flatMap { reference in
        focusable.first { transcript.entries[$0].sequence == reference.sequence }
      } ?? focusable.first
    // Opened from the list the review starts at the top; from a history, at the attempt.
    if focus != nil { revealFocus(keepingPlace: false) }
  }

  /// The focused answer.
  public var focusedEntry: Entry? { focus.map { transcript.entries[$0] } }

  /// Where the focused answer is stored.
  public var focusedReference: EntryReference? {
    focusedEntry.map {
      EntryReference(sessionID: transcript.summary.id, sequence: $0.sequence)
    }
  }

  /// Whether any entry has feedback: the highlights toggle then has something to do.
  public var hasFeedback: Bool { transcript.entries.contains { $0.feedback != nil } }

  /// The last line that can be the first shown.
  public var maxScroll: Int { max(0, layout.lines.count - viewport.height) }

  /// Applies `action`; returns what the app must do.
  public mutating func send(_ action: TranscriptReviewAction) -> [TranscriptReviewEffect] {
    if case .resize(let viewport) = action {
      resize(viewport)
      return []
    }
    notice = nil
    if playback != nil {
      // Any key stops the playback and does nothing else: a key meant to stop it must not
      // also rate, scroll or leave.
      playback = nil
      return [.stopPlayback]
    }
    if isShowingHelp {
      isShowingHelp = false
      return []
    }
    if isConfirmingDelete {
      switch action {
      case .confirmDelete:
        isConfirmingDelete = false
        return [.delete(transcript.summary.id)]
      case .cancelDelete, .back:
        isConfirmingDelete = false
      default:
        break
      }
      return []
    }
    if noteEditor != nil {
      return sendToEditor(action)
    }
    switch action {
    case .scroll(let lines): scroll(by: lines)
    case .page(let pages): scroll(by: pages * max(1, viewport.height - 1))
    case .top:
      scroll = 0
      focus = focusable.first
    case .bottom:
      scroll = maxScroll
      focus = focusable.last
    case .focusNext: moveFocus(by: 1)
    case .focusPrevious: moveFocus(by: -1)
    case .rate(let rating):
      guard rating == nil || Annotation.ratings.contains(rating ?? 0) else { return [] }
      return annotate { $0.rating = rating }
    case .togglePractiseAgain:
      return annotate { $0.practiseAgain.toggle() }
    case .beginNote:
      guard let entry = focusedEntry else { return [] }
      noteEditor = AnswerBuffer(text: entry.annotation.note)
    case .openHistory:
      guard let entry = focusedEntry, let reference = focusedReference else { return [] }
      return [.openHistory(QuestionKey(entry), question: entry.question, focus: reference)]
    case .requestDelete: isConfirmingDelete = true
    case .toggleHighlights: showsHighlights.toggle()
    case .openLetter: return [.openLetter(transcript.summary.id)]
    case .toggleHelp: isShowingHelp = true
    case .back: return [.back]
    case .play: return play()
    case .editNote, .saveNote, .cancelNote, .confirmDelete, .cancelDelete, .stopPlayback, .resize:
      break
    }
    return []
  }

  /// Replaces the transcript (after a reload), keeping the focus and scroll where they can be.
  public mutating func replace(transcript: Transcript) {
    let sequence = focusedEntry?.sequence
    self.transcript = transcript
    layout = TranscriptLayout(transcript, width: viewport.width)
    focus =
      sequence.flatMap { sequence in
        focusable.first { transcript.entries[$0].sequence == sequence }
      } ?? focusable.first
    scroll = min(scroll, maxScroll)
    revealFocus()
  }

  // MARK: - Playback

  /// The player started at `now` (the runner's clock, in milliseconds).
  public mutating func playbackStarted(at now: Int64) {
    playback?.started(at: now)
  }

  /// The runner's clock reads `now`: the word being spoken moves, and is scrolled into view.
  public mutating func playbackClock(now: Int64) {
    guard var playback, transcript.entries.indices.contains(playback.entry) else { return }
    let before = playback.word
    playback.clock(
      now: now, words: transcript.entries[playback.entry].recording.spoken?.words ?? [])
    self.playback = playback
    if playback.word != before { revealSpokenWord() }
  }

  /// The recording stopped playing by itself, or could not play: back to reading, with
  /// `problem` (one line) on the status line when there is one.
  public mutating func playbackEnded(problem: String?) {
    playback = nil
    notice = problem
  }

  /// Where the word being spoken is on `layout`'s lines; empty when nothing is being spoken.
  public func spokenWordSpans(in layout: TranscriptLayout) -> [TranscriptLayout.Span] {
    guard let playback, let word = playback.word,
      transcript.entries.indices.contains(playback.entry)
    else { return [] }
    return layout.spans(
      ofWord: word, in: transcript.entries[playback.entry], item: playback.entry)
  }

  private mutating func play() -> [TranscriptReviewEffect] {
    guard let focus, let entry = focusedEntry, let reference = focusedReference else { return [] }
    guard let audioPath = entry.recording.spoken?.audioPath, !audioPath.isEmpty else {
      notice = "No recording for this answer"
      return []
    }
    let number = (focusable.firstIndex(of: focus) ?? 0) + 1
    playback = TranscriptPlayback(entry: focus, answerNumber: number, audioPath: audioPath)
    return [.play(reference, audioPath: audioPath)]
  }

  /// Scrolls the least that shows the word being spoken, so a long answer follows the voice.
  private mutating func revealSpokenWord() {
    guard let line = spokenWordSpans(in: layout).first?.line else { return }
    if line < scroll {
      scroll = line
    } else if line >= scroll + viewport.height {
      scroll = line - viewport.height + 1
    }
    scroll = max(0, min(scroll, maxScroll))
  }

  // MARK: - Internals

  private var focusable: [Int] {
    transcript.entries.indices.filter { transcript.entries[$0].isAnswer }
  }

  private mutating func sendToEditor(_ action: TranscriptReviewAction) -> [TranscriptReviewEffect] {
    switch action {
    case .editNote(let command):
      noteEditor?.apply(command)
    case .saveNote:
      let note = noteEditor?.text ?? ""
      noteEditor = nil
      // Trailing blank lines are an accident of typing, not part of the note.
      var trimmed = note
      while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
      guard focusedEntry?.annotation.note != trimmed else { return [] }
      return annotate { $0.note = trimmed }
    case .cancelNote, .back:
      noteEditor = nil
    default:
      break
    }
    return []
  }

  /// Changes the focused answer's annotation and asks the app to save it.
  private mutating func annotate(_ change: (inout Annotation) -> Void)
    -> [TranscriptReviewEffect]
  {
    guard let focus, let reference = focusedReference else { return [] }
    let before = transcript.entries[focus].annotation
    change(&transcript.entries[focus].annotation)
    let after = transcript.entries[focus].annotation
    guard after != before else { return [] }
    // A note can change the number of lines; the rating and mark cannot.
    if after.note != before.note {
      layout = TranscriptLayout(transcript, width: viewport.width)
      scroll = min(scroll, maxScroll)
      revealFocus()
    }
    return [.annotate(reference, after)]
  }

  private mutating func resize(_ new: TranscriptViewport) {
    let clamped = TranscriptViewport(width: max(1, new.width), height: max(1, new.height))
    guard clamped != viewport else { return }
    // Keep the line at the top of the view in view after rewrapping, by its entry.
    let topItem = layout.lines.indices.contains(scroll) ? layout.lines[scroll].item : nil
    let widthChanged = clamped.width != viewport.width
    viewport = clamped
    if widthChanged {
      layout = TranscriptLayout(transcript, width: clamped.width)
      if let topItem, let range = layout.ranges[topItem] { scroll = range.lowerBound }
    }
    scroll = min(scroll, maxScroll)
    revealFocus()
    revealSpokenWord()
  }

  private mutating func scroll(by lines: Int) {
    scroll = max(0, min(scroll + lines, maxScroll))
    guard let focus, let range = layout.ranges[focus], !isVisible(range) else { return }
    // The focus follows the scroll: to the first answer in view going down, the last going up.
    let visible = focusable.filter { layout.ranges[$0].map(isVisible) ?? false }
    if let next = lines > 0 ? visible.first : visible.last { self.focus = next }
  }

  private func isVisible(_ range: Range<Int>) -> Bool {
    range.lowerBound < scroll + viewport.height && range.upperBound > scroll
  }

  private mutating func moveFocus(by step: Int) {
    let all = focusable
    guard let focus, let position = all.firstIndex(of: focus) else { return }
    let next = position + step
    guard all.indices.contains(next) else { return }
    self.focus = all[next]
    revealFocus(keepingPlace: false)
  }

  /// Scrolls so the focused answer shows: whole when it fits, else from its first line. With
  /// `keepingPlace`, a long answer already being read stays where it is.
  private mutating func revealFocus(keepingPlace: Bool = true) {
    guard let focus, let range = layout.ranges[focus] else { return }
    let height = viewport.height
    if keepingPlace, range.count > height, isVisible(range) {
      // Reading inside a long answer: leave the place alone.
    } else if range.lowerBound < scroll || range.count > height {
      scroll = range.lowerBound
    } else if range.upperBound > scroll + height {
      scroll = range.upperBound - height
    }
    // A segment heading just above the answer comes along when there is room.
    if scroll == range.lowerBound, scroll > 0, layout.lines[scroll - 1].kind == .segment,
      range.count < height
    {
      scroll -= 1
    }
    scroll = max(0, min(scroll, maxScroll))
  }
}
