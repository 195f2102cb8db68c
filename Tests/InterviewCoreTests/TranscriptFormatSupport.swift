import Foundation
import InterviewCore
import Testing

/// A transcript with every kind of entry the formats must handle, at fixed times.
enum FormatFixture {
  /// 2026-11-16 09:30:00 UTC, a Monday.
  static let started = Date(timeIntervalSince1970: 1_794_821_400)

  /// `seconds` after the start.
  static func at(_ seconds: Double) -> Date { started.addingTimeInterval(seconds) }

  /// An entry with the fixture's defaults.
  static func entry(
    _ sequence: Int, _ kind: EntryKind = .answer, segment: SegmentKind? = .behavioural,
    id: String? = nil, question: String, answer: String, thinking: Int? = 12_000,
    answering: Int? = 100_000, target: Int? = 120_000, parent: Int? = nil, skipped: Bool = false,
    annotation: Annotation = Annotation()
  ) -> Entry {
    Entry(
      TranscriptEntry(
        sequence: sequence, kind: kind, segment: segment, questionID: id, question: question,
        answer: answer, thinkingMilliseconds: thinking, answerMilliseconds: answering,
        targetMilliseconds: target, parentSequence: parent, skipped: skipped, spokenNotes: false),
      recorded: at(Double(sequence * 60)), annotation: annotation)
  }

  /// The job description of the fixture session.
  static let jobDescription = """
    Staff Engineer at Acme: own launches end to end, design APIs and rate limiting, \
    mentor engineers. Launches, APIs and mentoring matter most.
    """

  /// `entry` with the feedback the real analyser gives it against `jobDescription`, so the
  /// goldens show what the app really writes; `probe` for a follow-up.
  static func analysed(_ entry: Entry, probe: ProbeKind? = nil) -> Entry {
    var entry = entry
    let segment = entry.segment ?? .behavioural
    entry.feedback = AnswerAnalyzer.standard.analyse(
      FeedbackInput(
        answer: entry.answer, segment: segment, question: entry.question,
        targetSeconds: entry.targetMilliseconds.map { $0 / 1000 },
        jobTerms: JobTerms.extract(from: jobDescription)))
    entry.probe = probe
    return entry
  }

  /// The session: answers, a follow-up, a skip, one over target, wide text, salary figures,
  /// the candidate's question, a reflection and annotations with awkward characters.
  static let transcript = Transcript(
    summary: SessionSummary(
      id: 7, started: started, updated: at(1_500), status: .finished, company: "Acme, Inc.",
      position: "Staff *Engineer*", deckID: "second-interview", deckTitle: "Second interview",
      role: "software", mode: "typed",
      segments: ["behavioural", "technical", "culture", "salary", "questions"], seed: 42,
      salaryRange: "£70k–£80k", walkAway: "£65k", answers: 5, overTarget: 1,
      interviewMilliseconds: 754_000, interviewers: "Dana Reyes, Sam *Ortiz*"),
    entries: [
      analysed(
        entry(
          1, id: "launch", question: "Tell me about a launch you owned.",
          answer: "I led the launch.\nWe shipped in 6 weeks.\n\n# Not a heading",
          annotation: Annotation(
            rating: 4, note: "Use *STAR*, not \"story\"\n- less rambling", practiseAgain: true))),
      analysed(
        entry(
          2, .followUp, id: "launch", question: "What would you change?",
          answer: "- more tests\n1. earlier demos", thinking: 4_000, answering: 30_000,
          target: 60_000, parent: 1),
        probe: .result),
      entry(
        3, id: "weakness", question: "What is a genuine weakness?", answer: "",
        thinking: 3_000, answering: 0, skipped: true),
      analysed(
        entry(
          4, segment: .technical, id: "design",
          question: "Design a rate limiter.",
          answer: "=SUM(A1) is how I'd <b>check</b> [it](http://x)", thinking: 20_000,
          answering: 200_000, target: 180_000, annotation: Annotation(rating: 2))),
      entry(
        5, segment: .culture, id: "team", question: "How do you like to work?",
        answer: "私はチームで働くのが好きです 🎉 cafe\u{301}", thinking: 5_000, answering: 60_000,
        target: 90_000),
      analysed(
        entry(
          6, segment: .salary, id: "expectations", question: "What are your expectations?",
          answer: "+10% on base, @ market rate", thinking: 8_000, answering: 45_000,
          target: 90_000, annotation: Annotation(note: "Say the range first."))),
      entry(
        7, .candidateQuestion, segment: .questions,
        question: "Do you have any questions for us?",
        answer: "What does success look like in 90 days?", thinking: 2_000, answering: 10_000,
        target: 60_000),
      entry(
        8, .reflection, segment: nil, question: "What went well?",
        answer: "Stayed calm | kept to time", thinking: nil, answering: nil, target: nil),
    ],
    jobDescription: jobDescription,
    letter: "Subject: Thank you\n\nDear Dana,\n\n# Not a heading: *edited* by hand.\n\n")

  /// A second, short session for the many-session forms.
  static let second = Transcript(
    summary: SessionSummary(
      id: 9, started: at(86_400 * 3), updated: at(86_400 * 3 + 300), status: .interrupted,
      company: "Globex", position: "Lead", deckID: "second-interview",
      deckTitle: "Second interview", role: nil, mode: "spoken", segments: ["culture"], seed: 1,
      salaryRange: nil, walkAway: nil, answers: 3, interviewMilliseconds: 65_000),
    entries: [
      spoken(
        entry(
          1, segment: .culture, id: "team", question: "How do you like to work?",
          answer: "Close to the users.", thinking: 6_000, answering: 50_000, target: 90_000),
        SpokenAnswer(
          audioPath: "audio/9/1.wav", status: .transcribed,
          words: [
            WordTiming(word: "Close", startMilliseconds: 400, endMilliseconds: 700),
            WordTiming(word: "to", startMilliseconds: 700, endMilliseconds: 800),
            WordTiming(word: "the", startMilliseconds: 800, endMilliseconds: 900),
            WordTiming(word: "users.", startMilliseconds: 900, endMilliseconds: 1_400),
          ], wordsPerMinute: 240)),
      analysed(
        entry(
          2, segment: .culture, id: "pace", question: "How do you handle pressure?",
          answer: "Um, I, like, stay calm and, you know, I make a list, so, um, it works.",
          thinking: 3_000, answering: 40_000, target: 90_000)),
      spoken(
        entry(
          3, segment: .culture, id: "feedback", question: "How do you take feedback?",
          answer: "", thinking: 2_000, answering: 30_000, target: 90_000),
        SpokenAnswer(
          audioPath: "audio/9/3.wav",
          status: .notTranscribed(reason: "the transcriber is not set up"))),
    ])

  /// `entry` spoken: its recording kept as `spoken` says.
  static func spoken(_ entry: Entry, _ spoken: SpokenAnswer) -> Entry {
    var entry = entry
    entry.recording.spoken = spoken
    return entry
  }

  /// The zone the goldens are written in: fixed, so they read the same on every machine.
  static let zone = TimeZone(identifier: "Europe/London") ?? .gmt
}

/// Compares `text` with `Golden/NAME`; `RECORD_GOLDEN=1` writes the file instead.
func expectGolden(
  _ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
    #expect(throws: Never.self, sourceLocation: sourceLocation) {
      try Data(text.utf8).write(to: url)
    }
    return
  }
  guard let recorded = try? Data(contentsOf: url) else {
    Issue.record(
      "No golden file \(name): record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
    return
  }
  // Bytes, not strings: CRLF in CSV and trailing newlines are part of the format.
  guard recorded != Data(text.utf8) else { return }
  let expected = String(decoding: recorded, as: UTF8.self).components(separatedBy: "\n")
  let actual = text.components(separatedBy: "\n")
  var report = ["Golden \(name) differs (- recorded, + now):"]
  for index in 0..<max(expected.count, actual.count) {
    let old = index < expected.count ? expected[index] : nil
    let new = index < actual.count ? actual[index] : nil
    if old != new {
      report.append("- \(old.map { $0.debugDescription } ?? "(none)")")
      report.append("+ \(new.map { $0.debugDescription } ?? "(none)")")
    }
  }
  Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}
