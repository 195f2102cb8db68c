import Testing

@testable import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// Everything written to `file` so far.
private func contents(of file: UnsafeMutablePointer<FILE>) -> [UInt8] {
  fflush(file)
  rewind(file)
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count == 0 { break }
    bytes += buffer[..<count]
  }
  return bytes
}

/// Whether `bytes` contain `text`'s UTF-8.
private func includes(_ bytes: [UInt8], _ text: String) -> Bool {
  let needle = Array(text.utf8)
  guard needle.count <= bytes.count else { return false }
  return (0...(bytes.count - needle.count)).contains {
    bytes[$0..<($0 + needle.count)].elementsEqual(needle)
  }
}

/// A terminal stand-in that keeps each write apart: the write end of a SOCK_SEQPACKET socket
/// pair, whose reader receives one record per write(2), as a terminal gets one system call.
private struct CountedWrites {
  let stream: UnsafeMutablePointer<FILE>
  private let reader: Int32

  init?() {
    var ends: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &ends) == 0,
      let stream = fdopen(ends[1], "w")
    else { return nil }
    _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
    self.stream = stream
    reader = ends[0]
  }

  /// The writes that arrived since the last call, each as its bytes.
  func take() -> [[UInt8]] {
    var records: [[UInt8]] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = read(reader, &buffer, buffer.count)
      guard count > 0 else { return records }
      records.append(Array(buffer[..<count]))
    }
  }

  func close() {
    fclose(stream)
    Glibc.close(reader)
  }
}

// ncurses keeps its state in globals: one test, run alone, owns it.
@Suite(.serialized) struct CursesScreenTests {
  @Test func aFrameReachesTheOutputStreamAndStopRestoresOnce() throws {
    let output = try #require(tmpfile())
    let input = try #require(fopen("/dev/null", "r"))
    defer {
      fclose(output)
      fclose(input)
    }
    let screen = try #require(
      CursesScreen(
        terminalType: "xterm-256color", output: output, input: input, colorMode: .monochrome))
    #expect(screen.colorMode == .monochrome)
    #expect(screen.size.rows > 0 && screen.size.columns > 0)
    screen.clear()
    #expect(screen.write("Hello, rehearsal", row: 0, column: 0, style: Style(.over)) == 16)
    screen.fill(row: 1, column: 0, width: 10, style: Style(.selection))
    // The bottom-right cell is written without scrolling the screen away.
    let corner = screen.size
    screen.write("Z", row: corner.rows - 1, column: corner.columns - 1, style: .plain)
    screen.setCursor(row: 2, column: 3)
    screen.present()
    let first = contents(of: output)
    #expect(includes(first, "\u{1B}[?2004h"))
    #expect(includes(first, "Hello, rehearsal"))
    #expect(includes(first, "Z"))

    // A frame that changes one word sends that word, not the whole screen again.
    screen.clear()
    screen.write("Hello, interview", row: 0, column: 0, style: Style(.over))
    screen.fill(row: 1, column: 0, width: 10, style: Style(.selection))
    screen.write("Z", row: corner.rows - 1, column: corner.columns - 1, style: .plain)
    screen.setCursor(row: 2, column: 3)
    screen.present()
    let second = Array(contents(of: output).dropFirst(first.count))
    #expect(includes(second, "interview"))
    #expect(!includes(second, "Hello"))
    #expect(second.count < 64)

    // Only changed rows reach ncurses, yet a shorter line leaves nothing of the longer one, and
    // a row the frame no longer draws is blanked.
    let upToSecond = first.count + second.count
    screen.clear()
    screen.write("Hi", row: 0, column: 0, style: Style(.over))
    screen.write("Z", row: corner.rows - 1, column: corner.columns - 1, style: .plain)
    screen.setCursor(row: 2, column: 3)
    screen.present()
    let third = Array(contents(of: output).dropFirst(upToSecond))
    #expect(includes(third, "i"))
    #expect(!includes(third, "Hello") && !includes(third, "Z"))
    // Erase to the end of the line twice: the rest of "Hello, interview", and the fill.
    let erase = Array("\u{1B}[K".utf8)
    let erasures = (0...(third.count - erase.count)).filter {
      third[$0..<($0 + erase.count)].elementsEqual(erase)
    }
    #expect(erasures.count == 2)

    screen.stop()
    screen.stop()
    #expect(includes(Array(contents(of: output).dropFirst(upToSecond)), "\u{1B}[?2004l"))
    #expect(screen.write("after", row: 0, column: 0, style: .plain) == 0)
  }

  @Test func aFrameThatChangesSeveralPlacesIsOneWrite() throws {
    let terminal = try #require(CountedWrites())
    let input = try #require(fopen("/dev/null", "r"))
    defer {
      terminal.close()
      fclose(input)
    }
    let screen = try #require(
      CursesScreen(
        terminalType: "xterm-256color", output: terminal.stream, input: input,
        colorMode: .monochrome))
    let rows = screen.size.rows
    func frame(_ marks: [String]) {
      screen.clear()
      for (index, mark) in marks.enumerated() {
        screen.write("row \(index) \(mark)", row: index * (rows / 4), column: 4, style: .plain)
      }
      screen.setCursor(row: 1, column: 1)
      screen.present()
    }
    frame(["a", "b", "c", "d"])
    _ = terminal.take()
    // Three rows far apart change: ncurses moves the cursor between them, and the frame must
    // still reach the terminal in one write, not one per move.
    frame(["a", "B", "C", "D"])
    let writes = terminal.take()
    #expect(writes.count == 1, "\(writes.map { String(decoding: $0, as: UTF8.self) })")
    #expect(includes(writes.flatMap { $0 }, "B") && includes(writes.flatMap { $0 }, "D"))
    screen.stop()
  }

  // An echoed key sends a few bytes, and the whole frame drawn after it finds nothing left to
  // send: the two agree cell for cell.
  @Test func anEchoedKeyIsTheFrameAWholeDrawWouldSend() throws {
    try withTypedAnswer(endingWith: "and") { screen, terminal, script, echo in
      script.now += 20
      _ = script.interview.send(.edit(.insert("x")), at: script.now)
      InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &echo)
      screen.present()
      // Typed where the cursor is, the key is its one byte: no movement, no attributes.
      let echoed = terminal.take().flatMap { $0 }
      #expect(echoed == Array("x".utf8), "\(String(decoding: echoed, as: UTF8.self))")

      // The same frame drawn whole: ncurses, told every row again, finds nothing to send.
      InterviewScreen.render(script.interview, context: .init(), into: &screen)
      screen.present()
      #expect(terminal.take().flatMap { $0 }.isEmpty)

      // After a repaint is asked for, the next key is drawn whole.
      screen.invalidate()
      script.now += 20
      _ = script.interview.send(.edit(.insert("y")), at: script.now)
      var fresh = TypingEcho()
      InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &fresh)
      screen.present()
      #expect(terminal.take().flatMap { $0 }.count > 200)
    }
  }

  // After keys echoed past ncurses, its next update starts by moving the cursor back to where
  // ncurses believes it is, and sends none of the echoed characters again: ncurses keeps them
  // as shown, in the style they were written in.
  @Test func anUpdateAfterEchoedKeysMovesTheCursorBackFirst() throws {
    try withTypedAnswer(endingWith: "and") { screen, terminal, script, echo in
      // Keys typed, then typing paused: what went out for the keys and for the pause.
      func typeThenPause(_ text: String) -> (keys: [UInt8], pause: [UInt8]) {
        for character in text {
          script.now += 20
          _ = script.interview.send(.edit(.insert(String(character))), at: script.now)
          InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &echo)
          screen.present()
        }
        let keys = terminal.take().flatMap { $0 }
        InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &echo)
        screen.present()
        return (keys, terminal.take().flatMap { $0 })
      }
      let first = typeThenPause("xyz w")
      #expect(first.keys == Array("xyz w".utf8))
      // At the pause the counts' row is drawn through ncurses.
      let update = String(decoding: first.pause, as: UTF8.self)
      #expect(update.hasPrefix("\u{1B}[5D"), "\(update)")
      #expect(!update.contains("xyz"), "\(update)")
      // Again after that update, whose last cells were the border's, dim: the characters
      // echoed next are kept as plain as they show.
      let second = typeThenPause("abc q")
      #expect(second.keys == Array("abc q".utf8))
      #expect(!includes(second.pause, "abc"), "\(String(decoding: second.pause, as: UTF8.self))")
      // And the screen is the frame a whole draw would send.
      InterviewScreen.render(script.interview, context: .init(), into: &screen)
      screen.present()
      #expect(terminal.take().flatMap { $0 }.isEmpty)
    }
  }

  @Test func aWordStartedIsEchoedAndItsCountFollowsInOneWrite() throws {
    try withTypedAnswer(endingWith: "and ") { screen, terminal, script, echo in
      // A new word: its first character goes out alone, as any other key's.
      script.now += 20
      _ = script.interview.send(.edit(.insert("x")), at: script.now)
      InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &echo)
      screen.present()
      #expect(terminal.take().flatMap { $0 } == Array("x".utf8))
      #expect(echo.countsAreLate)

      // Typing pauses: the cursor is moved back to where ncurses left it, then the border's
      // count is drawn in one write.
      InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &echo)
      screen.present()
      let writes = terminal.take()
      #expect(writes.count == 2, "\(writes.count) writes")
      #expect(writes.first == Array("\u{1B}[1D".utf8))
      let patched = writes.dropFirst().flatMap { $0 }
      #expect(!patched.isEmpty)
      #expect(patched.count < 60, "\(String(decoding: patched, as: UTF8.self))")
      #expect(!echo.countsAreLate)

      // The same frame drawn whole: ncurses, told every row again, finds nothing to send.
      InterviewScreen.render(script.interview, context: .init(), into: &screen)
      screen.present()
      #expect(terminal.take().flatMap { $0 }.isEmpty)

      // A backspace is the editor's, through ncurses.
      script.now += 20
      _ = script.interview.send(.edit(.deleteBackward), at: script.now)
      InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &echo)
      screen.present()
      #expect(!terminal.take().flatMap { $0 }.isEmpty)
      InterviewScreen.render(script.interview, context: .init(), into: &screen)
      screen.present()
      #expect(terminal.take().flatMap { $0 }.isEmpty)
    }
  }

  /// A terminal showing an answer whose last line is `last`, after a whole frame, its output
  /// taken: what the next key sends is what `body` reads.
  private func withTypedAnswer(
    endingWith last: String,
    _ body: (inout CursesScreen, CountedWrites, inout Script, inout TypingEcho) throws -> Void
  ) throws {
    let terminal = try #require(CountedWrites())
    let input = try #require(fopen("/dev/null", "r"))
    defer {
      terminal.close()
      fclose(input)
    }
    var screen = try #require(
      CursesScreen(
        terminalType: "xterm-256color", output: terminal.stream, input: input,
        colorMode: .color))
    defer { screen.stop() }
    var script = States.typedAnswerScript(seconds: 3)
    script.send(.edit(.lineBreak))
    script.type(last)
    var echo = TypingEcho()
    InterviewScreen.render(script.interview, context: .init(), into: &screen, echoing: &echo)
    screen.present()
    _ = terminal.take()
    try body(&screen, terminal, &script, &echo)
  }
}
