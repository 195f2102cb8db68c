import Foundation
import InterviewCore
import Speech
import Testing

@Suite struct CommandTranscriberTests {
  static let json = """
    {"text": " I led the launch.", "words": [{"word": " I", "start": 0.5, "end": 0.62},
    {"word": " led", "start": 0.62, "end": 0.9}, {"word": " the", "start": 0.9, "end": 1.0},
    {"word": " launch.", "start": 1.0, "end": 1.48}], "duration": 2.25}
    """

  @Test func theHelpersJSONBecomesTimedWordsInMilliseconds() throws {
    let transcription = try CommandTranscriber.parse(Array(Self.json.utf8))
    #expect(transcription.text == "I led the launch.")
    #expect(transcription.durationMilliseconds == 2_250)
    #expect(
      transcription.words.first
        == WordTiming(word: "I", startMilliseconds: 500, endMilliseconds: 620))
    #expect(transcription.words.last?.endMilliseconds == 1_480)
  }

  @Test func anythingElseIsAOneLineFailure() {
    #expect(
      throws: TranscriptionFailure(
        "the transcriber printed something other than its JSON: 'Traceback (most recent call last):'"
      )
    ) {
      try CommandTranscriber.parse(Array("Traceback (most recent call last):\n  File".utf8))
    }
  }

  @Test func theCommandIsGivenTheFileAndItsFailureIsReported() throws {
    let folder = try TestFolder()
    defer { folder.remove() }
    let json = folder.path + "/out.json"
    try Self.json.write(toFile: json, atomically: true, encoding: .utf8)
    let program = try folder.script("transcribe", "test -f \"$1\" && cat '\(json)'")
    let audio = folder.path + "/answer one.wav"
    #expect(FileManager.default.createFile(atPath: audio, contents: Data("RIFF".utf8)))
    let transcription = try CommandTranscriber(commandLine: program).transcribe(audioFileAt: audio)
    #expect(transcription.words.count == 4)
    let failing = try folder.script("fails", "echo 'model failed to load' >&2; exit 3")
    #expect(throws: TranscriptionFailure("the transcriber failed: model failed to load")) {
      try CommandTranscriber(commandLine: failing).transcribe(audioFileAt: audio)
    }
  }
}
