import Foundation
import Testing

/// What the HTML report's render test needs beyond the binary: headless Chromium to draw the
/// page, and python3 to read the screenshot. In CI (`CI=true`) a missing tool fails the test;
/// elsewhere it is skipped with the reason printed.
enum ReportRenderTools {
  /// Chromium's path, if installed (Debian's package is `chromium`).
  static let chromium: String? = [
    "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium",
  ].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// python3's path, if installed.
  static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Whether the render test runs: always in CI, and locally when both tools are there.
  static let renderTestRuns = SpeechTools.isCI || (chromium != nil && python != nil)

  /// Reads a PNG with nothing but python3's zlib (8-bit RGB or RGBA, not interlaced, as
  /// Chromium writes them) and prints the number of distinct colours and the share of pixels
  /// that differ from the top-left one (the page's background).
  static let pngCheck = """
    import struct, sys, zlib
    data = open(sys.argv[1], 'rb').read()
    assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
    pos, idat = 8, b''
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    assert depth == 8 and colour in (2, 6) and interlace == 0, 'unexpected PNG layout'
    size = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * size
    previous = bytearray(stride)
    colours, differing, background = set(), 0, None
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up = previous[i]
            corner = previous[i - size] if i >= size else 0
            if kind == 1: line[i] = (line[i] + left) & 255
            elif kind == 2: line[i] = (line[i] + up) & 255
            elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + best) & 255
        for x in range(0, stride, size):
            pixel = bytes(line[x:x + 3])
            if background is None: background = pixel
            colours.add(pixel)
            if pixel != background: differing += 1
        previous = line
    print(len(colours), differing / (width * height))
    """

  /// Draws `page` in headless Chromium at `width`×`height` into a PNG in `directory`.
  static func screenshot(
    _ page: URL, width: Int, height: Int, dark: Bool = false, in directory: URL
  ) throws -> URL {
    let chromium = try #require(chromium, "chromium is not installed (apt-get install chromium)")
    let png = directory.appendingPathComponent(
      page.deletingPathExtension().lastPathComponent + "-\(width)\(dark ? "-dark" : "").png")
    var arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
      "--user-data-dir=" + directory.appendingPathComponent("chromium-profile").path,
      "--window-size=\(width),\(height)", "--screenshot=" + png.path,
    ]
    if dark { arguments.append("--force-dark-mode") }
    // No network is needed or allowed: the page is a local file and fetches nothing.
    arguments.append(page.absoluteString)
    let run = try Spawn.run(
      chromium, arguments: arguments,
      environment: ["HOME": directory.path, "PATH": "/usr/bin:/bin"], directory: directory.path,
      scratch: directory, timeout: 120)
    try #require(run.termination.status == 0, "chromium failed: \(run.stderr)")
    return png
  }

  /// The distinct colours in the PNG at `path` and the share of its pixels that are not the
  /// background.
  static func inks(_ png: URL, scratch: URL) throws -> (colours: Int, share: Double) {
    let python = try #require(python, "python3 is not installed")
    let run = try Spawn.run(
      python, arguments: ["-c", pngCheck, png.path], environment: ["PATH": "/usr/bin:/bin"],
      directory: scratch.path, scratch: scratch, timeout: 120)
    try #require(run.termination.status == 0, "the PNG check failed: \(run.stderr)")
    let words = run.stdout.split(whereSeparator: \.isWhitespace)
    let colours = try #require(words.first.flatMap { Int($0) }, "\(run.stdout)")
    let share = try #require(words.dropFirst().first.flatMap { Double($0) }, "\(run.stdout)")
    return (colours, share)
  }
}

@Suite("transcripts export --format html")
struct HTMLReportExportTests {
  @Test("--all -o writes a private, self-contained page; user text is escaped")
  func exportAll() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "<script>alert(1)</script> & R&D")
    try sandbox.rehearseCulture(seed: 2, answer: "Um, I, like, kept the team calm.")
    let path = sandbox.work.appendingPathComponent("report.html").path
    let result = try sandbox.transcripts(["export", "--all", "--format", "html", "-o", path])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stderrLines == ["Wrote 2 transcripts to \(path)."])
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; R&amp;D"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(html.contains("<h2>Trends over"))
    #expect(html.components(separatedBy: "<article class=\"session\"").count == 3)
    #expect(html.contains("<mark class=\"filler\" title=\"filler\">Um</mark>"))

    let again = try sandbox.transcripts(["export", "1", "--format", "html", "-o", path])
    #expect(again.exitCode == 73)
    #expect(again.stderrLines.count == 1, "\(again.stderr)")

    // One session to stdout: no trends, its own title.
    let one = try sandbox.transcripts(["export", "1", "--format", "html"])
    #expect(one.exitCode == 0)
    #expect(one.stdout.contains("<h1>Acme — Analyst</h1>"))
    #expect(!one.stdout.contains("Trends over"))
    // Each interview's follow-up letter, the draft 'transcripts letter' prints.
    let letter = try sandbox.transcripts(["letter", "1"])
    let firstLine = try #require(letter.stdout.split(separator: "\n").first)
    #expect(html.components(separatedBy: "<h3>Follow-up letter</h3>").count == 3)
    #expect(one.stdout.contains(String(firstLine)))
  }

  /// Because pages must be seen: the report is drawn by a real browser, wide and narrow, light
  /// and dark, and the screenshots must hold more than a blank page.
  @Test(
    "headless Chromium draws the report: the screenshots are not blank",
    .enabled(if: ReportRenderTools.renderTestRuns, "needs chromium and python3"))
  func rendersInChromium() throws {
    let sandbox = try Sandbox()
    try sandbox.rehearseCulture(seed: 1, answer: "I led the launch and cut load time by 40%.")
    try sandbox.rehearseCulture(seed: 2, answer: "Um, I, like, kept the team calm.")
    let exported = sandbox.work.appendingPathComponent("report.html")
    let result = try sandbox.transcripts([
      "export", "--all", "--format", "html", "-o", exported.path,
    ])
    try #require(result.exitCode == 0, "\(result.stderr)")
    // The golden page has timed answers (a piped rehearsal has none) and the trend charts.
    let golden = Bundled.packageRoot().appendingPathComponent(
      "Tests/InterviewCoreTests/Golden/report-all.html")
    let copy = sandbox.work.appendingPathComponent("golden-report.html")
    try FileManager.default.copyItem(at: golden, to: copy)

    for (page, width, dark) in [
      (exported, 1000, false), (copy, 1000, false), (copy, 380, false), (copy, 1000, true),
    ] {
      let png = try ReportRenderTools.screenshot(
        page, width: width, height: 1000, dark: dark, in: sandbox.scratch)
      let (colours, share) = try ReportRenderTools.inks(png, scratch: sandbox.scratch)
      // Text anti-aliasing alone gives dozens of shades; a blank or all-one-colour page has 1.
      #expect(colours >= 16, "\(png.lastPathComponent): \(colours) colours")
      #expect(share > 0.02, "\(png.lastPathComponent): \(share) of the pixels drawn")
      #expect(share < 0.9, "\(png.lastPathComponent): \(share) of the pixels drawn")
    }
  }
}
