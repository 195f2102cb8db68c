import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

/// The spoken answer's meter and transcription line, at both sizes, in colour and ASCII.
@Suite struct SpokenScreenTests {
  /// An answer being recorded, the microphone giving `level`, the second answer's
  /// transcription running.
  static func recording(level: Double? = 0.05, silent: Bool = false) -> (
    Interview, InterviewScreenContext
  ) {
    var script = Script(screenPlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed, after: 5)
    script.send(.startRecording(audioPath: "audio/4/1.wav"), after: 9)
    script.wait(35)
    var status = SpokenStatus(sessionID: 4)
    status.isRecording = true
    status.level = level
    status.isMicrophoneSilent = silent
    status.transcriptionStarted(answer: 2)
    return (script.interview, InterviewScreenContext(spoken: status))
  }

  func render(
    _ state: (Interview, InterviewScreenContext), rows: Int, columns: Int,
    glyphs: Glyphs = .unicode
  ) -> GridScreen {
    rendered(rows: rows, columns: columns, glyphs: glyphs) {
      InterviewScreen.render(state.0, context: state.1, into: &$0)
    }
  }

  @Test func theMeterAndTheTranscriptionLineAtBothSizes() {
    for size in SnapshotTests.sizes {
      expectSnapshot(
        render(Self.recording(), rows: size.rows, columns: size.columns),
        named: "spoken-recording-\(size.name)")
      expectSnapshot(
        render(Self.recording(level: 0, silent: true), rows: size.rows, columns: size.columns),
        named: "spoken-silent-\(size.name)")
    }
  }

  @Test func beforeTheAnswerTheRowSaysWhenRecordingStartsOrWhy() {
    var script = Script(screenPlan(mode: .spoken))
    script.send(.proceed)
    script.send(.proceed, after: 5)
    var status = SpokenStatus(sessionID: 4)
    status.isReadingAloud = true
    for size in SnapshotTests.sizes {
      expectSnapshot(
        render(
          (script.interview, InterviewScreenContext(spoken: status)), rows: size.rows,
          columns: size.columns), named: "spoken-reading-\(size.name)")
    }
    status.isReadingAloud = false
    status.problem = "no recorder found: answers are timed only (--recorder CMD names one)"
    status.transcriptionLanded(answer: 3, failure: "the model failed to load")
    for size in SnapshotTests.sizes {
      expectSnapshot(
        render(
          (script.interview, InterviewScreenContext(spoken: status)), rows: size.rows,
          columns: size.columns), named: "spoken-problem-\(size.name)")
    }
  }

  @Test func theBarIsBlocksOrHashesAndTakesItsColourFromTheSound() throws {
    for size in SnapshotTests.sizes {
      let screen = render(Self.recording(level: 1), rows: size.rows, columns: size.columns)
      let row = try #require(screen.lines.firstIndex { $0.contains("Rec") })
      let column = try #require(screen.lines[row].firstIndex(of: "█"))
      let cell = screen.lines[row].distance(from: screen.lines[row].startIndex, to: column)
      #expect(screen.style(row: row, column: cell)?.color == .good)
      #expect(!screen.lines[row].contains("░"), "a full level fills the bar")

      let silent = render(
        Self.recording(level: 0, silent: true), rows: size.rows, columns: size.columns)
      let silentRow = try #require(silent.lines.firstIndex { $0.contains("microphone silent") })
      let at = try #require(silent.lines[silentRow].range(of: "microphone silent"))
      let silentColumn = silent.lines[silentRow].distance(
        from: silent.lines[silentRow].startIndex, to: at.lowerBound)
      #expect(silent.style(row: silentRow, column: silentColumn)?.color == .warning)
      #expect(!silent.lines[silentRow].contains("█"))

      let ascii = render(
        Self.recording(level: 0.0316), rows: size.rows, columns: size.columns, glyphs: .ascii)
      let asciiRow = try #require(ascii.lines.firstIndex { $0.contains("Rec") })
      #expect(ascii.lines[asciiRow].contains("#"))
      #expect(ascii.lines[asciiRow].contains("."))
      #expect(ascii.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }
  }

  @Test func aFailedTranscriptionIsAnErrorNamingTheRetry() throws {
    var (interview, context) = Self.recording()
    context.spoken?.transcriptionLanded(answer: 2, failure: "no transcriber is set up")
    let screen = render((interview, context), rows: 24, columns: 80)
    let row = try #require(screen.lines.firstIndex { $0.contains("not transcribed") })
    #expect(screen.lines[row].contains("answer 2 not transcribed: no transcriber is set up"))
    // The retry command goes on to the next row rather than being cut.
    let both = screen.lines[row] + " " + screen.lines[row + 1].trimmingCharacters(in: .whitespaces)
    #expect(both.contains("transcripts transcribe 4"))
    let column = try #require(screen.lines[row].range(of: "answer 2"))
    let cell = screen.lines[row].distance(
      from: screen.lines[row].startIndex, to: column.lowerBound)
    #expect(screen.style(row: row, column: cell)?.color == .error)
  }

  @Test func aTypedAnswerDrawsNoSpokenRows() {
    let typed = rendered(rows: 24, columns: 80) {
      InterviewScreen.render(
        States.typedAnswer(), context: InterviewScreenContext(spoken: SpokenStatus(sessionID: 1)),
        into: &$0)
    }
    let plain = rendered(rows: 24, columns: 80) {
      InterviewScreen.render(States.typedAnswer(), context: InterviewScreenContext(), into: &$0)
    }
    #expect(typed.lines == plain.lines)
  }
}
