// Measures the feedback analysis: how far its verdicts agree with an interview coach's labels
// (beside a naive keyword list on the same answers), and how long one 300-word answer takes.
//
//   swift run -c release --package-path Benchmarks feedback-benchmark [--misses] [FILE.jsonl...]
//
// Without files it reads the labelled sets in Tests/InterviewCoreTests/FeedbackLabels.
import BenchmarkSupport
import Foundation
import InterviewCore

let arguments = Array(CommandLine.arguments.dropFirst())
let showMisses = arguments.contains("--misses")
var files = arguments.filter { !$0.hasPrefix("--") }
if files.isEmpty {
  let here = URL(fileURLWithPath: #filePath)
  let folder = here.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/InterviewCoreTests/FeedbackLabels")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  files = names.filter { $0.hasSuffix(".jsonl") }.sorted().map {
    folder.appendingPathComponent($0).path
  }
}

let analyzer = AnswerAnalyzer.standard

func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }

func report(_ title: String, _ answers: [LabelledAnswer]) {
  let ours = answers.map {
    analyzer.analyse(FeedbackInput(answer: $0.answer, segment: $0.segment, question: $0.question))
      .verdicts
  }
  let naive = answers.map { NaiveKeywords.verdicts($0.answer, segment: $0.segment) }
  let mine = VerdictAgreement.measure(answers, calls: ours)
  let theirs = VerdictAgreement.measure(answers, calls: naive)
  let traps = answers.filter { $0.trap != nil }.count
  print("\n\(title): \(answers.count) answers, \(traps) traps")
  print(
    Report.pad("verdict", 14) + Report.leftPad("true", 6) + Report.leftPad("agree", 9)
      + Report.leftPad("bal.acc", 9) + Report.leftPad("FP", 5) + Report.leftPad("FN", 5)
      + "   naive: " + Report.leftPad("agree", 7) + Report.leftPad("bal.acc", 9))
  for (ourRow, naiveRow) in zip(mine, theirs) {
    print(
      Report.pad(ourRow.key, 14)
        + Report.leftPad("\(ourRow.truePositives + ourRow.falseNegatives)", 6)
        + Report.leftPad(percent(ourRow.accuracy), 9)
        + Report.leftPad(String(format: "%.3f", ourRow.balancedAccuracy), 9)
        + Report.leftPad("\(ourRow.falsePositives)", 5)
        + Report.leftPad("\(ourRow.falseNegatives)", 5)
        + "          " + Report.leftPad(percent(naiveRow.accuracy), 7)
        + Report.leftPad(String(format: "%.3f", naiveRow.balancedAccuracy), 9))
  }
  let lowest = mine.map(\.balancedAccuracy).min() ?? 0
  let naiveLowest = theirs.map(\.balancedAccuracy).min() ?? 0
  print(
    Report.pad("overall", 14) + Report.leftPad("", 6)
      + Report.leftPad(percent(VerdictAgreement.overall(mine)), 9)
      + Report.leftPad(String(format: "min %.3f", lowest), 9) + "          "
      + Report.leftPad(percent(VerdictAgreement.overall(theirs)), 7)
      + Report.leftPad(String(format: "min %.3f", naiveLowest), 9))
  if showMisses {
    for (answer, call) in zip(answers, ours) {
      let wrong = FeedbackVerdicts.keys.filter { answer.verdicts[$0] != call[$0] }
      guard !wrong.isEmpty else { continue }
      let detail = wrong.map { "\($0)=\(call[$0] ?? false ? "T" : "F")" }.joined(separator: " ")
      print("  MISS \(answer.id) [\(answer.trap ?? "-")] \(detail): \(answer.answer.prefix(160))")
    }
  }
}

var all: [LabelledAnswer] = []
for file in files {
  guard let data = FileManager.default.contents(atPath: file) else {
    print("cannot read \(file)")
    exit(66)
  }
  do {
    let answers = try LabelledAnswer.load(jsonLines: data)
    all += answers
    report(URL(fileURLWithPath: file).lastPathComponent, answers)
  } catch {
    print("\(file): \(error)")
    exit(65)
  }
}
if files.count > 1 { report("all sets", all) }

// Speed: a 300-word answer, analysed from cold text each run.
let sentences = all.filter { $0.segment == .behavioural }.map(\.answer)
var long = ""
var index = 0
while long.split(separator: " ").count < 300, !sentences.isEmpty {
  long += sentences[index % sentences.count] + " "
  index += 1
}
let words = long.split(separator: " ").prefix(300).joined(separator: " ")
let input = FeedbackInput(
  answer: words, segment: .behavioural, question: "Tell us about a time…", targetSeconds: 120,
  jobTerms: JobTerms.extract(from: "SQL, dashboards, stakeholder reporting, Python, A/B testing"),
  tips: ["Names the metric they watched", "Says what they did themselves"])
_ = analyzer.analyse(input)
var durations: [Duration] = []
for _ in 0..<300 {
  let (elapsed, feedback) = timed { analyzer.analyse(input) }
  precondition(feedback.words >= 290)
  durations.append(elapsed)
}
let samples = Samples(durations)
print(
  "\nanalyse(300-word answer), \(samples.count) runs: median "
    + String(
      format: "%.3f ms, p99 %.3f ms, max %.3f ms", samples.median, samples.percentile(99),
      samples.max))
