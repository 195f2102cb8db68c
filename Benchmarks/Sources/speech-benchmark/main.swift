// Speaks interview answers with espeak-ng at 130 and 185 words a minute, transcribes them with
// the transcriber 'secondround speech setup' installed, and prints the word error rate, the
// real-time factor and the measured pace against the audio's own voiced duration.
import BenchmarkSupport
import Foundation
import InterviewCore
import Speech

let arguments = CommandLine.arguments.dropFirst()
let environment = ProcessInfo.processInfo.environment
let dataDirectory: String? =
  arguments.firstIndex(of: "--data-dir").flatMap { index in
    arguments.index(after: index) < arguments.endIndex
      ? arguments[arguments.index(after: index)] : nil
  }
  ?? environment["SECONDROUND_DATA_DIR"]
  ?? environment["XDG_DATA_HOME"].map { $0 + "/secondround" }
  ?? environment["HOME"].map { $0 + "/.local/share/secondround" }

guard let dataDirectory else {
  FileHandle.standardError.write(Data("speech-benchmark: pass --data-dir DIR\n".utf8))
  exit(64)
}
guard
  let espeak = AudioPrograms.find(
    "espeak-ng", path: environment["PATH"] ?? "/usr/bin",
    isExecutable: FileManager.default.isExecutableFile(atPath:))
else {
  FileHandle.standardError.write(Data("speech-benchmark: espeak-ng is not installed\n".utf8))
  exit(69)
}

let transcriber = ProcessTranscriber(
  installation: SpeechInstallation(dataDirectory: dataDirectory))
let scratch = FileManager.default.temporaryDirectory
  .appendingPathComponent("speech-benchmark-\(ProcessInfo.processInfo.processIdentifier)").path
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }

/// One answer at one speed, measured.
struct Row {
  let answer: Int
  let speed: Int
  let audioSeconds: Double
  let voicedSeconds: Double
  let errorRate: Double
  let realTimeFactor: Double
  let expectedPace: Double
  let measuredPace: Int
}

print("speech-benchmark: \(MachineFacts.summary)")
print("transcriber: \(transcriber.python) \(transcriber.script)")
print("")
print(
  Report.pad("answer", 8) + Report.pad("wpm", 5) + Report.leftPad("audio s", 8)
    + Report.leftPad("voiced s", 9) + Report.leftPad("WER", 7) + Report.leftPad("RTF", 7)
    + Report.leftPad("pace", 7) + Report.leftPad("measured", 9) + Report.leftPad("off", 7))
var rows: [Row] = []
for speed in [130, 185] {
  for (index, answer) in Answers.all.enumerated() {
    let path = scratch + "/answer-\(index + 1)-\(speed).wav"
    let speak = Process()
    speak.executableURL = URL(fileURLWithPath: espeak)
    speak.arguments = ["-s", String(speed), "-w", path, answer]
    try speak.run()
    speak.waitUntilExit()
    guard let bytes = FileManager.default.contents(atPath: path),
      let audio = VoicedAudio.samples(ofWAV: [UInt8](bytes))
    else {
      FileHandle.standardError.write(Data("speech-benchmark: espeak-ng made no WAV\n".utf8))
      exit(70)
    }
    let (elapsed, outcome) = timed { () -> Result<Transcription, TranscriptionFailure> in
      do {
        return .success(try transcriber.transcribe(audioFileAt: path))
      } catch {
        return .failure(error as? TranscriptionFailure ?? TranscriptionFailure("\(error)"))
      }
    }
    let transcription: Transcription
    switch outcome {
    case .success(let value): transcription = value
    case .failure(let failure):
      FileHandle.standardError.write(Data("speech-benchmark: \(failure.message)\n".utf8))
      exit(69)
    }
    let audioSeconds = Double(audio.samples.count) / Double(audio.rate)
    let voiced = VoicedAudio.seconds(samples: audio.samples, rate: audio.rate)
    let expected = Double(WordErrorRate.words(answer).count) / (voiced / 60)
    let measured = SpokenDelivery(timings: transcription.words)?.wordsPerMinute ?? 0
    let row = Row(
      answer: index + 1, speed: speed, audioSeconds: audioSeconds, voicedSeconds: voiced,
      errorRate: WordErrorRate.rate(reference: answer, transcript: transcription.text),
      realTimeFactor: elapsed.milliseconds / 1000 / audioSeconds, expectedPace: expected,
      measuredPace: measured)
    rows.append(row)
    print(
      Report.pad("\(row.answer)", 8) + Report.pad("\(speed)", 5)
        + Report.leftPad(String(format: "%.1f", audioSeconds), 8)
        + Report.leftPad(String(format: "%.1f", voiced), 9)
        + Report.leftPad(String(format: "%.2f", row.errorRate), 7)
        + Report.leftPad(String(format: "%.2f", row.realTimeFactor), 7)
        + Report.leftPad(String(format: "%.0f", expected), 7)
        + Report.leftPad("\(measured)", 9)
        + Report.leftPad(
          String(format: "%+.0f%%", (Double(measured) / expected - 1) * 100), 7))
  }
}

print("")
var passed = true
for speed in [130, 185] {
  let these = rows.filter { $0.speed == speed }
  let count = Double(these.count)
  let errorRate = these.map(\.errorRate).reduce(0, +) / count
  let factor = these.map(\.realTimeFactor).reduce(0, +) / count
  let worstOff = these.map { abs(Double($0.measuredPace) / $0.expectedPace - 1) }.max() ?? 0
  let pace = these.map { Double($0.measuredPace) }.reduce(0, +) / count
  print(
    "\(speed) wpm: mean WER \(String(format: "%.3f", errorRate)) (≤ 0.20: \(errorRate <= 0.2 ? "yes" : "NO")), "
      + "mean RTF \(String(format: "%.2f", factor)), measured pace \(String(format: "%.0f", pace)) wpm, "
      + "worst off \(String(format: "%.0f", worstOff * 100)) % (≤ 20 %: \(worstOff <= 0.2 ? "yes" : "NO"))"
  )
  passed = passed && errorRate <= 0.2 && worstOff <= 0.2
}
let fasterMeasuredFaster = zip(
  rows.filter { $0.speed == 130 }, rows.filter { $0.speed == 185 }
).allSatisfy { $0.measuredPace < $1.measuredPace }
print("faster speech measured faster, answer by answer: \(fasterMeasuredFaster ? "yes" : "NO")")
exit(passed && fasterMeasuredFaster ? 0 : 1)
