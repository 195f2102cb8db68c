import Foundation
import Speech
import Testing

@Suite struct AudioLevelTests {
  @Test func theHeaderGivesTheFormatAndWhereSamplesStart() throws {
    let format = try #require(WAVFormat.parse(TestWAV.bytes(TestWAV.silence(milliseconds: 10))))
    #expect(format == WAVFormat(sampleRate: 16_000, channels: 1, bitsPerSample: 16, dataOffset: 44))
    // A recorder still writing leaves the sizes at 0: the samples are found all the same.
    let writing = TestWAV.bytes(TestWAV.silence(milliseconds: 10), declaredSize: 0)
    #expect(WAVFormat.parse(writing)?.dataOffset == 44)
    #expect(WAVFormat.parse(Array("not a wav file at all".utf8)) == nil)
    #expect(WAVFormat.parse(Array(TestWAV.bytes([]).prefix(20))) == nil)
  }

  @Test func aSineMeasuresItsRootMeanSquare() throws {
    let bytes = TestWAV.bytes(TestWAV.tone(milliseconds: 500, amplitude: 0.5))
    let format = try #require(WAVFormat.parse(bytes))
    let level = try #require(AudioLevel.newest(Array(bytes[44...]), format: format))
    // A sine's RMS is its amplitude over √2.
    #expect(abs(level - 0.5 / 2.0.squareRoot()) < 0.01)
    #expect(AudioLevel.rms([]) == nil)
  }

  @Test func onlyTheNewest100MillisecondsCount() throws {
    let loudThenSilent =
      TestWAV.tone(milliseconds: 400, amplitude: 0.8) + TestWAV.silence(milliseconds: 100)
    let bytes = TestWAV.bytes(loudThenSilent)
    let format = try #require(WAVFormat.parse(bytes))
    #expect(AudioLevel.newest(Array(bytes[44...]), format: format) == 0)
    // Cut mid-sample, as a file being written can be: the half sample is left out.
    let silentThenLoud =
      TestWAV.silence(milliseconds: 400) + TestWAV.tone(milliseconds: 100, amplitude: 0.8)
    let cut = Array(TestWAV.bytes(silentThenLoud)[44...]) + [0x7F]
    #expect((AudioLevel.newest(cut, format: format) ?? 0) > 0.5)
  }

  @Test func theMeterReadsARecordingBeingWritten() throws {
    let folder = try TestFolder()
    defer { folder.remove() }
    let file = folder.path + "/answer.wav"
    let header = TestWAV.bytes([], declaredSize: 0)
    #expect(FileManager.default.createFile(atPath: file, contents: Data(header)))
    let meter = RecordingMeter(file: file)
    #expect(meter.level() == nil)
    let handle = try #require(FileHandle(forWritingAtPath: file))
    handle.seekToEndOfFile()
    handle.write(Data(TestWAV.bytes(TestWAV.tone(milliseconds: 200, amplitude: 0.5))[44...]))
    #expect(abs((meter.level() ?? 0) - 0.354) < 0.01)
    handle.write(Data(TestWAV.bytes(TestWAV.silence(milliseconds: 100))[44...]))
    try handle.close()
    #expect(meter.level() == 0)
  }
}

@Suite struct SilenceWatchTests {
  /// `watch.observe`, outside `#expect`, which cannot mutate.
  private func observe(_ watch: inout SilenceWatch, level: Double?, at now: Int64) -> Bool {
    watch.observe(level: level, at: now)
  }

  @Test func twoSecondsOfNothingIsReportedOnce() {
    var watch = SilenceWatch(start: 10_000)
    #expect(!observe(&watch, level: nil, at: 10_500))
    #expect(!observe(&watch, level: 0, at: 11_999))
    #expect(observe(&watch, level: 0.0002, at: 12_000))
    #expect(!observe(&watch, level: 0, at: 15_000))
  }

  @Test func soundRestartsTheCount() {
    var watch = SilenceWatch(start: 0)
    #expect(!observe(&watch, level: 0, at: 1_500))
    #expect(!observe(&watch, level: 0.05, at: 1_800))
    #expect(!observe(&watch, level: 0, at: 2_500))
    #expect(!observe(&watch, level: 0, at: 4_400))
    #expect(observe(&watch, level: 0, at: 4_500))
  }

  @Test func aQuietRoomIsNotASilentMicrophone() {
    var watch = SilenceWatch(start: 0)
    for now in stride(from: Int64(0), through: 10_000, by: 250) {
      #expect(!observe(&watch, level: 0.003, at: now))
    }
  }

  @Test func theScreenSeesSilenceWhileItLastsNotOnlyOnce() {
    var watch = SilenceWatch(start: 0)
    _ = observe(&watch, level: 0, at: 1_000)
    #expect(!watch.isSilent(at: 1_999))
    _ = observe(&watch, level: 0, at: 2_000)
    #expect(watch.isSilent(at: 2_000))
    // Reported once, still silent on every later tick.
    _ = observe(&watch, level: 0, at: 3_000)
    #expect(watch.isSilent(at: 3_000))
    // Sound arrives: no longer silent, and two more seconds are needed to say so again.
    _ = observe(&watch, level: 0.05, at: 3_250)
    #expect(!watch.isSilent(at: 3_250))
    _ = observe(&watch, level: 0, at: 3_500)
    #expect(!watch.isSilent(at: 5_000))
    _ = observe(&watch, level: 0, at: 5_500)
    #expect(watch.isSilent(at: 5_500))
  }
}
