import Foundation
import InterviewCore
import Testing

@testable import TerminalUI

/// The follow-up letter in the editor, at the two sizes every screen must work at.
@Suite struct LetterEditorScreenTests {
  /// A drafted letter from a crafted transcript, as the app opens it.
  static var editor: LetterEditor {
    let started = Date(timeIntervalSince1970: 1_794_821_400)
    let transcript = Transcript(
      summary: SessionSummary(
        id: 4, started: started, updated: started, status: .finished, company: "Northwind",
        position: "Data Analyst", deckID: "second-interview", deckTitle: "Second interview",
        role: nil, mode: "typed", segments: ["behavioural", "technical", "salary"], seed: 1,
        salaryRange: nil, walkAway: nil, answers: 1, interviewMilliseconds: 0),
      entries: [
        Entry(
          TranscriptEntry(
            sequence: 1, kind: .reflection, segment: nil, questionID: nil,
            question: ReflectionPrompt.followUp.text,
            answer: "my churn answer skipped the cohort analysis"),
          recorded: started)
      ])
    return LetterEditor(
      sessionID: 4, text: FollowUpLetter(transcript: transcript).text,
      title: "Northwind — Data Analyst")
  }

  @Test(arguments: [(24, 80), (12, 40)])
  func theDraftInTheEditor(size: (rows: Int, columns: Int)) {
    let screen = rendered(rows: size.rows, columns: size.columns) {
      LetterEditorScreen.render(Self.editor, into: &$0)
    }
    expectSnapshot(screen, named: "letter-\(size.columns)x\(size.rows)")
    #expect(screen.lines[size.rows - 1].contains("Enter save"))
    #expect(screen.cursor != nil)
  }

  @Test(arguments: [(24, 80), (12, 40)])
  func escAfterAChangeAsks(size: (rows: Int, columns: Int)) {
    var editor = Self.editor
    _ = editor.send(.edit(.insert("!")))
    _ = editor.send(.cancel)
    let screen = rendered(rows: size.rows, columns: size.columns) {
      LetterEditorScreen.render(editor, into: &$0)
    }
    expectSnapshot(screen, named: "letter-discard-\(size.columns)x\(size.rows)")
    #expect(screen.lines.contains { $0.contains("Drop your changes?") })
    #expect(screen.cursor == nil)
  }

  @Test func aFailedSaveSaysWhyAndASCIIHasNoUnicode() {
    var editor = Self.editor
    _ = editor.send(.edit(.insert("!")))
    _ = editor.send(.save)
    _ = editor.saved(problem: "disk full")
    let screen = rendered(rows: 24, columns: 80, glyphs: .ascii) {
      LetterEditorScreen.render(editor, into: &$0)
    }
    #expect(screen.lines[22].contains("Not saved: disk full"))
    #expect(screen.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
  }

  @Test func theHelpListsTheEditorsKeys() {
    let help = LetterEditorKeys.help(for: Self.editor).map(\.keys)
    #expect(help.contains("Enter") && help.contains("Esc") && help.contains("F1"))
    #expect(
      LetterEditorKeys.action(for: .character("q"), in: Self.editor, editorWidth: 60)
        == .edit(.insert("q")))
  }
}
