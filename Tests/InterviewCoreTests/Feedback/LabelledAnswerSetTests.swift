import Foundation
import Testing

@testable import InterviewCore

/// The verdicts against an interview coach's labels on two sets of answers written as real
/// candidates write and speak: `coach-labels-a` was used to tune the rules, `coach-labels-b`
/// was written separately and held out. The benchmark prints the same figures beside a naive
/// keyword list.
@Suite struct LabelledAnswerSetTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("FeedbackLabels")

  static func load(_ name: String) throws -> [LabelledAnswer] {
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    return try LabelledAnswer.load(jsonLines: data)
  }

  static let sets = ["coach-labels-a.jsonl", "coach-labels-b.jsonl"]

  @Test func theSetsAreWhatTheIssueAsksFor() throws {
    let answers = try Self.sets.flatMap { try Self.load($0) }
    #expect(answers.count >= 100)
    #expect(Set(answers.map(\.segment)) == Set(SegmentKind.allCases))
    #expect(answers.filter { $0.trap != nil }.count * 2 >= answers.count)
    #expect(Set(answers.map(\.id)).count == answers.count)
    for answer in answers {
      let words = answer.answer.split(whereSeparator: \.isWhitespace).count
      #expect((20...250).contains(words), "\(answer.id) has \(words) words")
      #expect(Set(answer.verdicts.keys) == Set(FeedbackVerdicts.keys), "\(answer.id)")
      if answer.segment != .salary { #expect(answer.verdicts["names_figure"] == false) }
    }
    // Every verdict has cases on both sides.
    for key in FeedbackVerdicts.keys {
      let trueCount = answers.filter { $0.verdicts[key] == true }.count
      #expect(trueCount >= 10 && answers.count - trueCount >= 10, "\(key): \(trueCount) true")
    }
  }

  @Test(arguments: sets) func theVerdictsAgreeWithTheCoach(_ name: String) throws {
    let answers = try Self.load(name)
    let calls = answers.map {
      AnswerAnalyzer.standard.analyse(
        FeedbackInput(answer: $0.answer, segment: $0.segment, question: $0.question)
      ).verdicts
    }
    let agreements = VerdictAgreement.measure(answers, calls: calls)
    #expect(VerdictAgreement.overall(agreements) >= 0.9)
    for agreement in agreements {
      #expect(agreement.balancedAccuracy >= 0.8, "\(agreement.key) in \(name)")
    }
  }

  @Test func agreementArithmetic() {
    var agreement = VerdictAgreement(key: "result")
    for (label, call) in [(true, true), (true, false), (false, false), (false, false)] {
      agreement.add(label: label, call: call)
    }
    #expect(agreement.accuracy == 0.75)
    #expect(agreement.balancedAccuracy == 0.75)
    #expect(VerdictAgreement.overall([agreement, agreement]) == 0.75)
  }
}
