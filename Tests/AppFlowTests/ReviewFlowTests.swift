import AppFlow
import Foundation
import InterviewCore
import TerminalUI
import Testing

// MARK: - A store in memory

let start = Date(timeIntervalSince1970: 1_795_000_000)

func entry(_ sequence: Int, question: String, answer: String) -> Entry {
  Entry(
    TranscriptEntry(
      sequence: sequence, kind: .answer, segment: .behavioural, questionID: "b\(sequence)",
      question: question, answer: answer, thinkingMilliseconds: 5_000, answerMilliseconds: 60_000,
      targetMilliseconds: 90_000, parentSequence: nil, skipped: false, spokenNotes: false),
    recorded: start, annotation: Annotation())
}

func summary(_ id: Int64, _ company: String, answers: Int) -> SessionSummary {
  let started = start.addingTimeInterval(Double(id) * 86_400)
  return SessionSummary(
    id: id, started: started, updated: started, status: .finished, company: company,
    position: "Analyst", deckID: "second-interview", deckTitle: "Second interview", role: nil,
    mode: "typed", segments: ["behavioural"], seed: 7, salaryRange: nil, walkAway: nil,
    answers: answers, overTarget: 0, interviewMilliseconds: 600_000)
}

/// The store's side of a journey: what the runner in the executable does with each effect, on
/// values kept here, so a journey shows every effect and the state it leads to.
struct MemoryStore {
  var transcripts: [Int64: Transcript]
  /// When set, every write fails with this.
  var failure: String?
  /// Every effect run, in order.
  var ran: [ReviewFlow.Effect] = []

  init() {
    let first = Transcript(
      summary: summary(1, "Acme", answers: 1),
      entries: [entry(1, question: "A time you disagreed", answer: "I wrote it up.")])
    let second = Transcript(
      summary: summary(2, "Globex", answers: 1),
      entries: [entry(1, question: "A time you disagreed", answer: "I asked for data.")])
    transcripts = [1: first, 2: second]
  }

  mutating func result(of effect: ReviewFlow.Effect) -> ReviewFlow.Action? {
    ran.append(effect)
    switch effect {
    case .loadSessions:
      return .sessionsLoaded(.success(transcripts.values.map(\.summary)))
    case .loadTranscript(let id, let focus):
      return .transcriptLoaded(.success(transcripts[id]), sessionID: id, focus: focus)
    case .loadHistory(_, let question, let focus):
      let attempts = transcripts.values.sorted { $0.summary.id < $1.summary.id }.map {
        QuestionAttempt(
          sessionID: $0.summary.id, started: $0.summary.started, company: $0.summary.company,
          position: $0.summary.position, entry: $0.entries[0])
      }
      return .historyLoaded(.success(attempts), question: question, focus: focus)
    case .annotate(let reference, let annotation):
      if let failure { return .annotated(FlowProblem(failure)) }
      transcripts[reference.sessionID]?.entries[reference.sequence - 1].annotation = annotation
      return .annotated(nil)
    case .delete(let id):
      if let failure { return .deleted(sessionID: id, FlowProblem(failure)) }
      transcripts[id] = nil
      return .deleted(sessionID: id, nil)
    case .reloadTranscript(let id):
      return .transcriptReloaded(transcripts[id])
    case .saveLetter(let id, let text):
      if let failure { return .letterSaved(FlowProblem(failure)) }
      transcripts[id]?.letter = text
      return .letterSaved(nil)
    case .leave:
      return nil
    case .play:
      if let failure { return .playbackEnded(problem: failure) }
      return .playbackStarted(at: 0)
    case .stopPlayback:
      return nil
    }
  }
}

/// A flow and its store, run as the executable runs them.
struct Journey {
  var flow: ReviewFlow
  var store = MemoryStore()

  init(readOnly: String? = nil, opening: Int64? = nil) {
    let (flow, effects) = ReviewFlow.start(
      readOnlyReason: readOnly, rows: 24, columns: 80, timeZone: .gmt, opening: opening)
    self.flow = flow
    run(effects)
  }

  mutating func press(_ keys: Key...) {
    for key in keys { run(flow.send(.key(key))) }
  }

  mutating func run(_ effects: [ReviewFlow.Effect]) {
    var queue = effects
    while !queue.isEmpty {
      guard let result = store.result(of: queue.removeFirst()) else { continue }
      queue += flow.send(result)
    }
  }

  var list: ReviewList? {
    if case .list(let list)? = flow.top { return list }
    return nil
  }
  var transcript: TranscriptReview? {
    if case .transcript(let review)? = flow.top { return review }
    return nil
  }
  var history: QuestionHistory? {
    if case .history(let history)? = flow.top { return history }
    return nil
  }
  var letter: LetterEditor? {
    if case .letter(let editor)? = flow.top { return editor }
    return nil
  }
}

@Suite struct ReviewFlowTests {
  @Test func listToTranscriptToHistoryToAnotherTranscriptAndBack() {
    var journey = Journey()
    #expect(journey.store.ran == [.loadSessions])
    #expect(journey.list?.sessions.count == 2)
    // Newest first: Globex.
    journey.press(.enter)
    #expect(journey.transcript?.transcript.summary.company == "Globex")
    journey.press(.character("4"))
    #expect(
      journey.store.ran.last
        == .annotate(EntryReference(sessionID: 2, sequence: 1), Annotation(rating: 4)))
    #expect(journey.store.transcripts[2]?.entries[0].annotation.rating == 4)
    journey.press(.character("H"))
    #expect(journey.history?.attempts.count == 2)
    // The other attempt, in its own transcript; rated there, then back to the first.
    journey.press(.up, .enter)
    #expect(journey.transcript?.transcript.summary.company == "Acme")
    journey.press(.character("q"), .character("q"))
    // Back on Globex's transcript, read again.
    #expect(journey.store.ran.last == .reloadTranscript(2))
    #expect(journey.transcript?.transcript.entries[0].annotation.rating == 4)
    journey.press(.character("q"))
    #expect(journey.list != nil)
    journey.press(.character("q"))
    #expect(journey.flow.hasLeft)
    #expect(journey.store.ran.last == .leave)
  }

  @Test func deletingFromTheTranscriptAsksThenLeavesEveryPageOfIt() {
    var journey = Journey()
    journey.press(.enter)
    // d is drill's, never delete.
    journey.press(.character("d"), .character("y"))
    #expect(journey.store.transcripts.count == 2)
    journey.press(.character("D"))
    #expect(journey.transcript?.isConfirmingDelete == true)
    journey.press(.character("x"))
    #expect(journey.store.transcripts.count == 2)
    journey.press(.character("y"))
    #expect(journey.store.ran.last == .delete(2))
    #expect(journey.store.transcripts[2] == nil)
    #expect(journey.list?.sessions.map(\.id) == [1])
  }

  @Test func aFailedWriteIsALineOnTheScreenAndNothingElse() {
    var journey = Journey()
    journey.store.failure = "disk I/O error"
    journey.press(.enter, .character("3"))
    #expect(journey.transcript?.saveProblem == "Not saved: disk I/O error")
    journey.press(.character("D"), .character("y"))
    #expect(journey.transcript?.saveProblem == "Not deleted: disk I/O error")
    #expect(journey.store.transcripts.count == 2)
  }

  @Test func readOnlyReviewNeverWritesAndSaysWhy() {
    var journey = Journey(readOnly: "read-only: a rehearsal is running")
    journey.press(.enter, .character("5"), .character("D"), .character("y"))
    #expect(!journey.store.ran.contains { if case .annotate = $0 { true } else { false } })
    #expect(!journey.store.ran.contains { if case .delete = $0 { true } else { false } })
    #expect(journey.transcript?.saveProblem == "read-only: a rehearsal is running")
  }

  @Test func openingASessionPutsItsTranscriptOverTheList() {
    var journey = Journey(opening: 1)
    #expect(journey.store.ran == [.loadSessions, .loadTranscript(1, focus: nil)])
    #expect(journey.transcript?.transcript.summary.company == "Acme")
    journey.press(.character("q"))
    #expect(journey.list != nil)
  }

  @Test func aTranscriptThatWentIsSaidSo() {
    var journey = Journey()
    journey.store.transcripts[2] = nil
    journey.press(.enter)
    #expect(journey.list?.problem == "Transcript 2 is no longer stored.")
  }

  @Test func anInterruptSavesTheNoteBeingWritten() {
    var journey = Journey()
    journey.press(.enter, .character("e"))
    for character in "Slower" { journey.press(.character(character)) }
    journey.run(journey.flow.send(.interrupt))
    #expect(journey.store.transcripts[2]?.entries[0].annotation.note == "Slower")
  }
}
