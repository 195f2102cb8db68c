import Foundation
import Testing

@Suite("transcribe")
struct TranscribeCommandTests {
  @Test("a missing file exits 66, one that is not audio 65, nothing on stdout")
  func badFiles() throws {
    let sandbox = try Sandbox()
    try sandbox.write("In my last role I led the migration.", to: "answer.wav")
    let notAudio = try sandbox.run(["transcribe", "answer.wav", "--data-dir", sandbox.store.path])
    #expect(notAudio.exitCode == 65)
    #expect(notAudio.stdout == "")
    #expect(notAudio.stderrLines == ["secondround: error: answer.wav: not a WAV file"])

    let missing = try sandbox.run(["transcribe", "gone.wav", "--json"])
    #expect(missing.exitCode == 66)
    #expect(missing.stdout == "")
    #expect(missing.stderrLines == ["secondround: error: gone.wav: no such file"])
  }

  @Test("without 'speech setup' it exits 69 and says to run it")
  func notSetUp() throws {
    let sandbox = try Sandbox()
    let header: [UInt8] = Array("RIFF".utf8) + [36, 0, 0, 0] + Array("WAVE".utf8)
    try sandbox.write(bytes: header, to: "answer.wav")
    let result = try sandbox.run(["transcribe", "answer.wav", "--data-dir", sandbox.store.path])
    #expect(result.exitCode == 69)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "secondround: error: The transcriber is not set up: run 'secondround speech setup'."
      ])
  }

  @Test(
    "--json on espeak-ng speech of an answer finds its words, in order, with a pace",
    .enabled(
      if: SpeechTools.transcribingTestsRun,
      "needs espeak-ng and SECONDROUND_SPEECH_TEST_DATA_DIR set up by 'secondround speech setup'"
    ))
  func transcribesSpeech() throws {
    let (espeak, data) = try SpeechTools.required()
    let sandbox = try Sandbox()
    let audio = sandbox.work.appendingPathComponent("answer.wav").path
    try SpeechTools.speak(
      "I planned the migration in three stages and we finished two weeks early.",
      wordsPerMinute: 150, to: audio, with: espeak)
    let result = try sandbox.run(["transcribe", audio, "--json", "--data-dir", data])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let words = try #require(json["words"] as? [[String: Any]])
    let spoken = words.compactMap { ($0["word"] as? String)?.lowercased().filter(\.isLetter) }
    for expected in ["planned", "migration", "stages", "finished", "weeks", "early"] {
      #expect(spoken.contains(expected), "\(expected) not in \(spoken)")
    }
    let starts = words.compactMap { $0["start"] as? Double }
    #expect(starts == starts.sorted())
    let pace = try #require(json["words_per_minute"] as? Int)
    #expect((100...220).contains(pace), "\(pace) words per minute")
    #expect((json["duration"] as? Double ?? 0) > 2)

    let plain = try sandbox.run(["transcribe", audio, "--data-dir", data])
    #expect(plain.exitCode == 0)
    #expect(plain.stdout.lowercased().contains("migration"))
  }

  @Test(
    "spoken fillers are kept in the words and counted",
    .enabled(
      if: SpeechTools.transcribingTestsRun,
      "needs espeak-ng and SECONDROUND_SPEECH_TEST_DATA_DIR set up by 'secondround speech setup'"
    ))
  func keepsFillers() throws {
    let (espeak, data) = try SpeechTools.required()
    let sandbox = try Sandbox()
    let audio = sandbox.work.appendingPathComponent("fillers.wav").path
    try SpeechTools.speak(
      "Well, uh, I think, um, the hardest part was, uh, getting everyone to agree.",
      wordsPerMinute: 150, to: audio, with: espeak)
    let result = try sandbox.run(["transcribe", audio, "--json", "--data-dir", data])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    // Three were said; Whisper without the helper's prompt wrote none of them.
    let fillers = try #require(json["fillers"] as? Int)
    #expect(fillers >= 2, "\(json["text"] ?? "")")
  }
}
