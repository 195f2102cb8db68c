import Foundation
import InterviewCore
import Speech
import Testing

@Suite struct TranscriptionReportTests {
  @Test func theJSONHasSecondsPaceLongPausesAndFillers() throws {
    let words = [
      WordTiming(word: "Um,", startMilliseconds: 0, endMilliseconds: 500),
      WordTiming(word: "we", startMilliseconds: 500, endMilliseconds: 1000),
      WordTiming(word: "shipped.", startMilliseconds: 3500, endMilliseconds: 4000),
    ]
    let report = TranscriptionReport(
      Transcription(text: "Um, we shipped.", words: words, durationMilliseconds: 4200))
    let json = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
    #expect(
      Set(json.keys) == [
        "text", "words", "words_per_minute", "pauses", "longest_pause", "fillers", "duration",
      ])
    #expect(json["duration"] as? Double == 4.2)
    #expect(json["pauses"] as? [Double] == [2.5])
    #expect(json["fillers"] as? Int == 1)
    // Three words in the 1.5 s voiced, the 2.5 s pause left out.
    #expect(json["words_per_minute"] as? Int == 120)
    let first = try #require((json["words"] as? [[String: Any]])?.first)
    #expect(first["word"] as? String == "Um,")
    #expect(first["end"] as? Double == 0.5)
  }

  @Test func noWordsIsAZeroPaceNotACrash() {
    let report = TranscriptionReport(
      Transcription(text: "", words: [], durationMilliseconds: 1000))
    #expect(report.wordsPerMinute == 0)
    #expect(report.pauses.isEmpty)
  }
}

@Suite struct WAVFileTests {
  @Test func aWrittenFileIsAWAVAndOtherBytesAreNot() {
    let file = WAVFile.pcm16(samples: [0, 1, -1], sampleRate: 16_000)
    #expect(file.count == 44 + 6)
    #expect(WAVFile.isWAV(header: Array(file.prefix(12))))
    // The sample rate, little-endian, at byte 24; -1 as 0xFFFF.
    #expect(Array(file[24..<28]) == [0x80, 0x3E, 0, 0])
    #expect(Array(file.suffix(2)) == [0xFF, 0xFF])
    #expect(!WAVFile.isWAV(header: Array("In my last role I led".utf8)))
    #expect(!WAVFile.isWAV(header: Array("RIFF".utf8)))
  }
}
