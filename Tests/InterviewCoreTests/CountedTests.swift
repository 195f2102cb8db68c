import InterviewCore
import Testing

@Suite("counted: a count and its noun agree")
struct CountedTests {
  @Test(
    "one is singular; zero, two and more are plural; an irregular plural is taken as given",
    arguments: [
      (0, "question", nil, "0 questions"), (1, "question", nil, "1 question"),
      (2, "question", nil, "2 questions"), (1, "analysis", "analyses", "1 analysis"),
      (3, "analysis", "analyses", "3 analyses"),
    ] as [(Int, String, String?, String)])
  func agreement(count: Int, singular: String, plural: String?, expected: String) {
    #expect(counted(count, singular, plural) == expected)
  }
}
