import ArgumentParser
import Foundation
import InterviewCore

/// `secondround feedback`: coaching feedback on one answer read from standard input.
struct FeedbackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feedback",
    abstract: "Coaching feedback on one answer read from standard input.",
    discussion: """
      Reads the answer on standard input (end it with Ctrl-D on a terminal) and says what it \
      did well and what it lacked: the situation, the steps you took, the outcome, a number, \
      fillers and hedges, its length against the target, and for salary answers whether you \
      named your figure. For scripts, editors and checking a written answer before an \
      interview; --json prints every field.
      """)

  @Option(
    help: ArgumentHelp(
      "The segment the answer is for: behavioural, technical, culture, salary or questions.",
      valueName: "SEGMENT"))
  var segment: String = SegmentKind.behavioural.rawValue

  @Option(
    help: ArgumentHelp(
      "The question it answers, as a deck writes it or by its id: its tips are checked, and a "
        + "question about what you would do is not coached as a past story.",
      valueName: "TEXT"))
  var question: String = ""

  @Option(
    help: ArgumentHelp(
      "The answer time aimed for: 90, 90s, 2m or 1m30s (5s to 60m).", valueName: "SECONDS"))
  var target: String?

  @OptionGroup var jobOption: JobOption

  @Flag(help: "Print the feedback as JSON.")
  var json = false

  func validate() throws {
    guard SegmentKind(rawValue: segment) != nil else {
      let known = SegmentKind.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("--segment: unknown segment '\(segment.inert)'; choose from \(known)")
    }
    if let target {
      guard let seconds = TargetDuration.seconds(from: target),
        (TargetDuration.minimumSeconds...TargetDuration.maximumSeconds).contains(seconds)
      else {
        throw ValidationError(
          "--target: '\(target.inert)' is not a time from 5s to 60m (e.g. 90, 2m, 1m30s)")
      }
    }
  }

  func run() throws {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    let answer = JobDescriptionFile.clean(String(decoding: data, as: UTF8.self)) ?? ""
    guard !answer.isEmpty else {
      throw Terminal.failure("no answer on standard input (see 'secondround feedback --help')")
    }
    let jobTerms = try jobOption.jobDescription().map { JobTerms.extract(from: $0) }
    let kind = SegmentKind(rawValue: segment) ?? .behavioural
    let asked = deckQuestion()
    let feedback = AnswerAnalyzer.standard.analyse(
      FeedbackInput(
        answer: answer, segment: kind, question: asked?.text ?? question,
        targetSeconds: target.flatMap(TargetDuration.seconds(from:)) ?? asked?.targetSeconds,
        jobTerms: jobTerms ?? [], tips: asked?.tips ?? []))
    if json {
      try Terminal.printJSON(feedback)
    } else {
      for line in FeedbackReport.lines(feedback, segment: kind, jobGiven: jobTerms != nil) {
        print(line.inert)
      }
    }
  }

  /// The deck question `--question` names, by id or by its text (ignoring case), if any deck
  /// has it: its tips and target then count.
  private func deckQuestion() -> Question? {
    guard !question.isEmpty else { return nil }
    let library = loadDeckLibrary(environment: ProcessEnvironment.current)
    let wanted = question.lowercased()
    for deck in library.decks {
      for segment in deck.segments {
        if let found = segment.questions.first(where: {
          $0.id == question || $0.text.lowercased() == wanted
        }) {
          return found
        }
      }
    }
    return nil
  }
}
