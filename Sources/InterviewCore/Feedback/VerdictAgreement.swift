import Foundation

/// One answer a coach labelled: the fixture format of the feedback test set (JSON Lines).
public struct LabelledAnswer: Decodable, Equatable, Sendable {
  /// A stable id ("a-beh-001").
  public var id: String
  /// The segment answered in.
  public var segment: SegmentKind
  /// The question asked.
  public var question: String
  /// The answer as the candidate gave it.
  public var answer: String
  /// The kind of trap the answer sets, or nil for an ordinary answer.
  public var trap: String?
  /// The coach's verdicts, by JSON key.
  public var verdicts: [String: Bool]
  /// Why the tricky labels are what they are.
  public var why: String?

  /// Reads a JSON Lines file of labelled answers; blank lines are skipped.
  public static func load(jsonLines data: Data) throws -> [LabelledAnswer] {
    let decoder = JSONDecoder()
    return try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
      line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") })
        ? nil : try decoder.decode(LabelledAnswer.self, from: Data(line))
    }
  }
}

/// How far one verdict's calls agree with a coach's labels.
public struct VerdictAgreement: Equatable, Sendable {
  /// The verdict's JSON key.
  public var key: String
  /// Labelled true, called true.
  public var truePositives = 0
  /// Labelled false, called false.
  public var trueNegatives = 0
  /// Labelled false, called true.
  public var falsePositives = 0
  /// Labelled true, called false.
  public var falseNegatives = 0

  /// Counts for `key`, all zero.
  public init(key: String) { self.key = key }

  /// Labels judged.
  public var total: Int { truePositives + trueNegatives + falsePositives + falseNegatives }
  /// Share of labels the calls agree with.
  public var accuracy: Double {
    total == 0 ? 1 : Double(truePositives + trueNegatives) / Double(total)
  }
  /// The mean of the true-positive and true-negative rates (a rate with no cases counts as 1).
  public var balancedAccuracy: Double {
    let positives = truePositives + falseNegatives
    let negatives = trueNegatives + falsePositives
    let tpr = positives == 0 ? 1 : Double(truePositives) / Double(positives)
    let tnr = negatives == 0 ? 1 : Double(trueNegatives) / Double(negatives)
    return (tpr + tnr) / 2
  }

  /// Adds one call against its label.
  public mutating func add(label: Bool, call: Bool) {
    switch (label, call) {
    case (true, true): truePositives += 1
    case (false, false): trueNegatives += 1
    case (false, true): falsePositives += 1
    case (true, false): falseNegatives += 1
    }
  }

  /// Agreement per verdict key of `calls` (one verdict set per answer) with `answers`' labels,
  /// in `FeedbackVerdicts.keys` order.
  public static func measure(_ answers: [LabelledAnswer], calls: [FeedbackVerdicts])
    -> [VerdictAgreement]
  {
    FeedbackVerdicts.keys.map { key in
      var agreement = VerdictAgreement(key: key)
      for (answer, call) in zip(answers, calls) {
        guard let label = answer.verdicts[key], let called = call[key] else { continue }
        agreement.add(label: label, call: called)
      }
      return agreement
    }
  }

  /// Agreement over every verdict of every answer together.
  public static func overall(_ agreements: [VerdictAgreement]) -> Double {
    let total = agreements.reduce(0) { $0 + $1.total }
    let agreed = agreements.reduce(0) { $0 + $1.truePositives + $1.trueNegatives }
    return total == 0 ? 1 : Double(agreed) / Double(total)
  }
}
