import InterviewCore

/// The first keyword list anyone would write for the seven verdicts: the baseline the analyser
/// has to beat on the same labelled answers.
enum NaiveKeywords {
  static func verdicts(_ answer: String, segment: SegmentKind) -> FeedbackVerdicts {
    let lower = " " + answer.lowercased() + " "
    func any(_ words: [String]) -> Bool { words.contains { lower.contains($0) } }
    let words = lower.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    let fillerWords = [
      " um ", " uh ", " er ", " like ", " you know ", " basically ", " actually ", " literally ",
      " sort of ", " kind of ", " i mean ",
    ]
    let fillers = fillerWords.reduce(0) { count, filler in
      count + lower.components(separatedBy: filler).count - 1
    }
    let digits = lower.contains { $0.isNumber }
    let numberWords = [
      " two ", " three ", " four ", " five ", " ten ", " twice ", " half ", " dozen ", " hundred ",
      " thousand ", " percent ",
    ]
    return FeedbackVerdicts(
      context: any([" situation ", " when i was ", " at my ", " last year ", " ago ", " project "]),
      action: any([
        " i decided ", " i led ", " i worked ", " i created ", " i implemented ", " i built ",
        " i organised ", " i organized ", " i talked ", " i took ", " i made ", " we decided ",
        " i started ",
      ]),
      result: any([
        " result", " outcome", " improved ", " increased ", " reduced ", " saved ",
        " successfully ", " achieved ",
      ]),
      quantified: digits || any(numberWords),
      fillerHeavy: words > 0 && Double(fillers) * 100 / Double(words) >= 3,
      teamOnly: lower.contains(" we ") && !lower.contains(" i "),
      namesFigure: segment == .salary && (digits || any([" thousand", "k "])))
  }
}
