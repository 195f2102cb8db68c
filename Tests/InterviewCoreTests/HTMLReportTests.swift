import Foundation
import InterviewCore
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML report: against golden files a person has looked at, parsed as XML to find its
/// charts and prove it reaches for nothing outside itself, and with hostile answers escaped.
@Suite struct HTMLReportTests {
  /// The figures of three sessions for the trends: the fixture's two and one between them.
  static let recent = [
    TranscriptStats.Recent(
      sessionID: 7, started: FormatFixture.started, answers: 5, meanThinkingMilliseconds: 9_000,
      meanAnswerMilliseconds: 90_000, overTarget: 2,
      feedback: TranscriptStats.Feedback(
        answers: 4, words: 200, fillers: 8, behavioural: 2, context: 1, action: 2, result: 1,
        quantified: 0)),
    TranscriptStats.Recent(
      sessionID: 8, started: FormatFixture.at(86_400), answers: 4,
      meanThinkingMilliseconds: 7_000, meanAnswerMilliseconds: 80_000, overTarget: 1,
      feedback: TranscriptStats.Feedback(
        answers: 4, words: 300, fillers: 6, behavioural: 2, context: 2, action: 2, result: 2,
        quantified: 1)),
    TranscriptStats.Recent(
      sessionID: 9, started: FormatFixture.at(86_400 * 3), answers: 3,
      meanThinkingMilliseconds: 4_000, meanAnswerMilliseconds: 40_000, overTarget: 0,
      feedback: TranscriptStats.Feedback(
        answers: 3, words: 300, fillers: 3, behavioural: 1, context: 1, action: 1, result: 1,
        quantified: 1)),
  ]

  /// A draft letter as LETTER's builder might write one, with characters HTML must escape.
  static let letter = """
    Subject: Thank you, Staff Engineer interview

    Dear panel,

    Thank you for Tuesday's conversation about launches & <rate limiting>.
    """

  static var oneSession: String {
    HTMLReport.document(FormatFixture.transcript, letter: nil, timeZone: FormatFixture.zone)
  }

  static var allSessions: String {
    HTMLReport.document(
      [FormatFixture.transcript, FormatFixture.second], trends: recent,
      letters: [7: letter], timeZone: FormatFixture.zone)
  }

  @Test func golden() {
    expectGolden(Self.oneSession, named: "report.html")
  }

  @Test("every session with the trends and a letter")
  func goldenOfAll() {
    expectGolden(Self.allSessions, named: "report-all.html")
  }

  @Test("one session: a timeline bar per timed answer, no trends, no letter")
  func oneSessionCharts() throws {
    let page = try ParsedPage(Self.oneSession)
    #expect(page.svgClasses == ["chart timeline"])
    // Seven timed entries (the reflection is not timed), each a titled bar.
    #expect(page.count("rect", class: "answer") == 7)
    #expect(page.titles.filter { $0.hasPrefix("4. Design a rate limiter.") }.count == 1)
    #expect(
      page.titles.contains("4. Design a rate limiter. — thinking 0:20, answer 3:20 of 3:00, over"))
    #expect(!Self.oneSession.contains("Follow-up letter"))
    #expect(!Self.oneSession.contains("Trends over"))
  }

  @Test("--all: four trend line charts, each session a titled point")
  func trendCharts() throws {
    let page = try ParsedPage(Self.allSessions)
    #expect(page.svgClasses.filter { $0 == "chart trend" }.count == 4)
    #expect(page.svgClasses.filter { $0 == "chart timeline" }.count == 2)
    #expect(page.count("polyline", class: "line") == 4)
    // Over target: 2 of 5, 1 of 4, 0 of 3.
    #expect(page.titles.contains("Session 7, 16 Nov 2026: 40% answers over target"))
    #expect(page.titles.contains("Session 9, 19 Nov 2026: 0% answers over target"))
    #expect(page.titles.contains("Session 8, 17 Nov 2026: 2.0 fillers per 100 words"))
    #expect(page.titles.contains("Session 8, 17 Nov 2026: 50% answers with a number"))
  }

  @Test("nothing is fetched: no script, no link, no URL in src, href or url()")
  func selfContained() throws {
    for html in [Self.oneSession, Self.allSessions] {
      let page = try ParsedPage(html)
      #expect(!page.elements.contains("script"))
      #expect(!page.elements.contains("link"))
      #expect(!page.elements.contains("img"))
      #expect(!page.elements.contains("iframe"))
      for (name, value) in page.attributes where ["src", "href", "xlink:href"].contains(name) {
        Issue.record("\(name)=\(value)")
      }
      let style = page.styleText
      #expect(!style.isEmpty)
      #expect(!style.contains("url("))
      #expect(!style.contains("@import"))
      #expect(!style.contains("//"))
      // The fixture's answer "[it](http://x)" is text on the page; no attribute is a URL.
      for (name, value) in page.attributes {
        #expect(!value.contains("http:") && !value.contains("https:"), "\(name)=\(value)")
        #expect(!value.hasPrefix("//"), "\(name)=\(value)")
      }
    }
  }

  @Test("a hostile answer stays text: <script> and & are escaped, and the page still parses")
  func escapesAnswers() throws {
    var transcript = FormatFixture.transcript
    transcript.summary.company = "AT&T <Labs>"
    transcript.entries[0].answer = "<script>alert('x')</script> & R&D \u{1B}[31m"
    transcript.entries[0].feedback = nil
    transcript.entries[0].annotation.note = "\"quoted\" </p><p>"
    let html = HTMLReport.document(transcript, letter: nil, timeZone: FormatFixture.zone)
    let page = try ParsedPage(html)
    #expect(!page.elements.contains("script"))
    #expect(
      html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; R&amp;D \u{241B}[31m"))
    #expect(html.contains("<h1>AT&amp;T &lt;Labs&gt; — Staff *Engineer*</h1>"))
    #expect(html.contains("&quot;quoted&quot; &lt;/p&gt;&lt;p&gt;"))
  }

  @Test("fillers and hedges the feedback found are marked in the answer")
  func marksFillers() throws {
    let html = HTMLReport.document(FormatFixture.second, letter: nil, timeZone: FormatFixture.zone)
    let page = try ParsedPage(html)
    let fillers = page.texts(of: "mark", class: "filler")
    #expect(fillers.count == FormatFixture.second.entries[1].feedback?.fillers.count)
    #expect(fillers.first == "Um")
    // The feedback line is the Markdown export's, word for word.
    let line = try #require(TranscriptFormat.feedback(FormatFixture.second.entries[1]))
    #expect(html.contains("<strong>Feedback:</strong> " + HTMLText.escape(line)))
  }

  @Test("spans that overlap, or run past an answer edited by hand, are left unmarked")
  func marksOnlySpansThatFit() throws {
    var entry = FormatFixture.second.entries[1]
    entry.answer = "Um, so"
    entry.feedback?.fillers = [
      TextSpan(text: "Um", start: 0, end: 2), TextSpan(text: "m,", start: 1, end: 3),
      TextSpan(text: "far", start: 4, end: 40),
    ]
    entry.feedback?.hedges = []
    #expect(
      HTMLReport.highlighted(entry) == "<mark class=\"filler\" title=\"filler\">Um</mark>, so")
  }

  @Test("a letter given to the report gets its own section, escaped")
  func letterSection() throws {
    let html = HTMLReport.document(
      FormatFixture.transcript, letter: Self.letter, timeZone: FormatFixture.zone)
    let page = try ParsedPage(html)
    let letters = page.texts(of: "div", class: "letter-text")
    #expect(letters == [Self.letter])
    #expect(html.contains("<h3>Follow-up letter</h3>"))
    #expect(html.contains("launches &amp; &lt;rate limiting&gt;."))
  }

  @Test("a session with no timed answer has no timeline, and trends of one session say why")
  func withoutTimes() throws {
    var transcript = FormatFixture.transcript
    for index in transcript.entries.indices {
      transcript.entries[index].thinkingMilliseconds = nil
      transcript.entries[index].answerMilliseconds = nil
    }
    let html = HTMLReport.document(
      [transcript], trends: Array(Self.recent.prefix(1)), timeZone: FormatFixture.zone)
    let page = try ParsedPage(html)
    #expect(!page.svgClasses.contains("chart timeline"))
    #expect(html.contains("Rehearse at least two sessions with answers to see a trend."))
  }
}

/// The report read back as XML: which elements, attributes, titles and texts it holds.
final class ParsedPage: NSObject, XMLParserDelegate {
  private(set) var elements: [String] = []
  private(set) var attributes: [(String, String)] = []
  private(set) var svgClasses: [String] = []
  private(set) var titles: [String] = []
  private(set) var styleText = ""
  private var classed: [(name: String, classes: String, text: String)] = []
  private var open: [(name: String, text: String, classed: Int?)] = []
  private var failure: Error?

  /// Parses `html`; throws when it is not well-formed.
  init(_ html: String) throws {
    super.init()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = self
    guard parser.parse() else {
      throw failure ?? parser.parserError ?? CocoaError(.propertyListReadCorrupt)
    }
  }

  /// How many `name` elements have exactly the class `className` among theirs.
  func count(_ name: String, class className: String) -> Int {
    classed.filter {
      $0.name == name && $0.classes.split(separator: " ").contains(Substring(className))
    }
    .count
  }

  /// The text inside each `name` element with the class `className`.
  func texts(of name: String, class className: String) -> [String] {
    classed.filter {
      $0.name == name && $0.classes.split(separator: " ").contains(Substring(className))
    }.map(\.text)
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String]
  ) {
    elements.append(elementName)
    for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
      self.attributes.append((name, value))
    }
    if elementName == "svg" { svgClasses.append(attributes["class"] ?? "") }
    var index: Int?
    if let classes = attributes["class"] {
      classed.append((elementName, classes, ""))
      index = classed.count - 1
    }
    open.append((elementName, "", index))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    for level in open.indices { open[level].text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    guard let element = open.popLast() else { return }
    if elementName == "title", open.contains(where: { $0.name == "svg" }) {
      titles.append(element.text)
    }
    if elementName == "style" { styleText += element.text }
    if let index = element.classed { classed[index].text = element.text }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    failure = parseError
  }
}
