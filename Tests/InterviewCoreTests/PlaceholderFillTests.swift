import Testing

@testable import InterviewCore

/// `Placeholder.fill` replaces by a byte search; it must give what the standard library's
/// `replacing`, one placeholder after another, gives for any text and any values.
@Suite struct PlaceholderFillTests {
  /// The fill as the standard library would do it.
  static func reference(_ text: String, company: String, position: String) -> String {
    text.replacing("{company}", with: company)
      .replacing("{position}", with: position)
      .replacing("{a_position}", with: PositionArticle.withArticle(position))
  }

  static let texts = [
    "", "no braces", "{company}", "At {company}, as {a_position} ({position}).",
    "{company}{company}{{company}}", "{position}{a_position}{position}",
    "{compan}{company {company", "}{company}{", "{company}\u{301} combines with the brace",
    "\u{600}{company} prepends to the brace", "e\u{301}{company}e\u{301}", "日本語{company}🚀",
    "{company}\r\n{position}", "{COMPANY} {Company} { company }",
  ]

  static let values: [(company: String, position: String)] = [
    ("Acme", "Engineer"), ("", ""), ("{position}", "{a_position}"), ("{company}", "Analyst"),
    ("Café\u{301}", "Head of Data"), ("a\u{301}", "\u{301}Urban Planner"),
  ]

  @Test(arguments: texts)
  func fillAgreesWithTheStandardLibrary(text: String) {
    for (company, position) in Self.values {
      let filled = Placeholder.fill(text, company: company, position: position)
      let expected = Self.reference(text, company: company, position: position)
      #expect(filled == expected, "\(text) with \(company), \(position)")
      // Equal as strings is canonical equivalence; the bytes must be the same too.
      #expect(Array(filled.utf8) == Array(expected.utf8), "\(text) with \(company), \(position)")
    }
  }
}
