import InterviewCore
import Testing

@Suite struct TargetDurationTests {
  @Test(arguments: [
    ("90", 90), ("90s", 90), ("2m", 120), ("1m30s", 90), ("0s", 0), (" 45s ", 45), ("60m", 3600),
    ("1m0s", 60),
  ])
  func acceptedForms(text: String, seconds: Int) {
    #expect(TargetDuration.seconds(from: text) == seconds)
  }

  @Test(arguments: [
    "", "s", "m", "2h", "1s30m", "2m2m", "1.5m", "-5s", "2 m", "m30", "9999999s", "30s5",
  ])
  func rejectedForms(text: String) {
    #expect(TargetDuration.seconds(from: text) == nil)
  }

  @Test func formatting() {
    #expect(TargetDuration.clock(seconds: 65) == "1:05")
    #expect(TargetDuration.clock(seconds: 600) == "10:00")
  }
}

@Suite struct InertTextTests {
  @Test func inertTextShowsControlCharactersAsVisibleSymbols() {
    #expect("a\u{1B}[31mb".inert == "a\u{241B}[31mb")
    #expect("tab\tand\nnewline".inert == "tab\tand\nnewline")
    #expect("del\u{7F} c1\u{9B}".inert == "del\u{2421} c1<U+009B>")
    #expect(!"a\u{1B}b".inert.containsForbiddenControl)
  }
}
