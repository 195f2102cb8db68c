import Testing

@testable import InterviewCore

/// A YAML error that a common mistake causes carries a hint on the same diagnostic.
@Suite("deck YAML hints")
struct DeckHintTests {
  private func deck(text line: String, extra: String = "") -> String {
    "id: sample\ntitle: Sample\nsegments:\n  - id: culture\n    questions:\n"
      + "      - id: first\n        text: \(line)\n" + extra
  }

  @Test func aColonInPlainTextIsToBeQuoted() {
    #expect(
      deckErrors(deck(text: "Tell me: why us?")) == [
        "deck.yaml:7:22: error: mapping values are not allowed in this context; "
          + "hint: quote text that contains ': '"
      ])
  }

  @Test func aColonInAListItemIsToBeQuoted() {
    #expect(
      deckErrors(deck(text: "Why us?", extra: "        follow-ups:\n          - Really: why?\n"))
        == [
          "deck.yaml:9:13: error: 'follow-ups' must be text, found a mapping; "
            + "hint: quote text that contains ': '"
        ])
  }

  @Test func aKeyIndentedTooFarGetsNoColonHint() {
    let errors = deckErrors(deck(text: "Why us?", extra: "         tips: x\n"))
    #expect(errors == ["deck.yaml:8:14: error: mapping values are not allowed in this context"])
  }

  @Test func aTabForIndentationIsNamed() {
    let errors = deckErrors(deck(text: "Why us?", extra: "        tips:\n\t  - x\n"))
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix("deck.yaml:9:1: error: found character that cannot start") == true)
    #expect(
      errors.first?.hasSuffix(
        "; hint: indent with spaces; YAML does not allow tabs for indentation") == true)
  }

  @Test func anUnclosedQuoteIsNamed() {
    let errors = deckErrors(deck(text: "\"Why us?"))
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("deck.yaml:8:1: error: found unexpected end of stream") == true)
    #expect(
      errors.first?.hasSuffix(
        "; hint: a quoted text needs its closing quote; inside '…' write an apostrophe as ''")
        == true)
  }

  @Test func anApostropheInsideSingleQuotesIsNamed() {
    let errors = deckErrors(deck(text: "'Don't do that'"))
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("deck.yaml:7:20: error: did not find expected key") == true)
    #expect(
      errors.first?.hasSuffix(
        "; hint: text goes on after its closing quote; quote all of it, and inside '…' "
          + "write an apostrophe as ''") == true)
  }

  @Test func aHashStartsAComment() {
    #expect(
      deckErrors(deck(text: "#1 question")) == [
        "deck.yaml:7:14: error: 'text' must be text, found nothing (null); "
          + "hint: ' #' starts a comment; quote text that starts with '#'"
      ])
  }

  @Test func aBacktickCannotStartText() {
    let errors = deckErrors(deck(text: "`why`"))
    #expect(errors.first?.hasSuffix("; hint: quote text that starts with '`'") == true)
  }
}
