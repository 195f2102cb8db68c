import Foundation
import Testing

/// The stand-ins a spoken rehearsal runs with: a recorder that copies a canned WAV to its
/// output, a transcriber that prints the helper's JSON, and an `espeak-ng` that logs what it
/// was asked to read. No microphone, no speaker, no model.
struct SpokenStandIns {
  let sandbox: Sandbox
  /// A folder of stand-in programs, first on the PATH.
  let bin: URL
  /// The WAV every recording copies.
  let canned: URL
  /// Where the stand-in voice and transcriber write what they were given.
  let voiceLog: URL
  let transcriberLog: URL
  let playerLog: URL

  /// What the stand-in transcriber says was spoken: nine words, one every 0.3 s.
  static let text = "I led the launch and shipped in six weeks"
  /// Its pace: nine words from 0.5 to 3.15 s, 2.65 s of speech.
  static let wordsPerMinute = 9 * 60_000 / 2_650

  init(_ sandbox: Sandbox) throws {
    self.sandbox = sandbox
    bin = sandbox.root.appendingPathComponent("bin", isDirectory: true)
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    canned = sandbox.root.appendingPathComponent("canned answer.wav")
    voiceLog = sandbox.root.appendingPathComponent("voice.log")
    transcriberLog = sandbox.root.appendingPathComponent("transcriber.log")
    playerLog = sandbox.root.appendingPathComponent("player.log")
    try Self.makeSpeech(at: canned)
    try program("espeak-ng", "{ echo \"$*\"; cat; echo; } >> '\(voiceLog.path)'")
    let words = Self.text.split(separator: " ").enumerated().map { index, word in
      let start = 0.5 + Double(index) * 0.3
      return "{\"word\": \" \(word)\", \"start\": \(start), \"end\": \(start + 0.25)}"
    }
    try program(
      "transcribe",
      """
      echo "$1" >> '\(transcriberLog.path)'
      head -c 4 "$1" | grep -q RIFF || { echo "not a WAV file: $1" >&2; exit 1; }
      echo '{"text": " \(Self.text)", "words": [\(words.joined(separator: ", "))], "duration": 3.2}'
      """)
    try program("failing-transcriber", "echo 'the model failed to load' >&2; exit 1")
    try program("player", "echo \"$1\" >> '\(playerLog.path)'")
    // Copies the canned WAV and exits, finishing the copy even when the Enter that stops it
    // comes at once (answers from a pipe arrive together): a recorder that ends by itself.
    try program("copy-recorder", "trap '' INT\ncp '\(canned.path)' \"$1\"")
  }

  /// Writes an executable script named `name` into `bin`.
  @discardableResult
  func program(_ name: String, _ body: String) throws -> String {
    let url = bin.appendingPathComponent(name)
    try ExecutableScript.write("#!/bin/sh\n" + body + "\n", toPath: url.path)
    return url.path
  }

  /// The sandbox's environment with the stand-ins first on the PATH and `transcriber` chosen.
  func environment(transcriber: String = "transcribe") -> [String: String] {
    var environment = sandbox.environment
    environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "")
    environment["SECONDROUND_TRANSCRIBER"] = bin.appendingPathComponent(transcriber).path
    return environment
  }

  /// `--recorder` copying the canned WAV; `--player` logging the file it was given.
  var recorderAndPlayer: [String] {
    [
      "--recorder", bin.appendingPathComponent("copy-recorder").path, "--player",
      bin.appendingPathComponent("player").path,
    ]
  }

  /// Real speech from espeak-ng when it is installed, else a tone made here: the recorder
  /// only has to leave a WAV file behind.
  static func makeSpeech(at url: URL) throws {
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng") {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
      process.arguments = ["-w", url.path, text]
      try process.run()
      process.waitUntilExit()
      if process.terminationStatus == 0 { return }
    }
    try Data(toneWAV()).write(to: url)
  }

  /// One second of a 440 Hz tone, 16 kHz mono 16-bit.
  static func toneWAV() -> [UInt8] {
    func le32(_ value: Int) -> [UInt8] {
      (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
    let samples = (0..<16_000).flatMap { index in
      le16(Int(Int16(8_000 * sin(2 * Double.pi * 440 * Double(index) / 16_000))))
    }
    return Array("RIFF".utf8) + le32(36 + samples.count) + Array("WAVEfmt ".utf8) + le32(16)
      + le16(1) + le16(1) + le32(16_000) + le32(32_000) + le16(2) + le16(16)
      + Array("data".utf8) + le32(samples.count) + samples
  }

  /// What a live rehearsal is sent, a line at a time.
  enum Say {
    /// Enter that starts a recording: the next line waits until the recorder has written it.
    case startRecording
    /// A line as typed.
    case line(String)
  }

  /// Runs `arguments` live, sending each of `lines` once the app waits for it, then ends the
  /// input. A recording is let finish before the Enter that stops it: answers from a pipe
  /// would otherwise stop a recorder before it has started.
  func runLive(
    _ arguments: [String], environment: [String: String], lines: [Say]
  ) throws -> (stdout: String, end: Termination?) {
    let process = try sandbox.start(arguments, environment: environment)
    var prompts = 0
    var recordings = 0
    for say in lines {
      let waited = process.waitForStdout {
        $0.components(separatedBy: "> ").count - 1 > prompts
      }
      try #require(waited != nil, "no prompt: \(process.stdout)")
      prompts = process.stdout.components(separatedBy: "> ").count - 1
      switch say {
      case .line(let text):
        try process.send(text + "\n")
      case .startRecording:
        try process.send("\n")
        recordings += 1
        let count = recordings
        try #require(
          Poll.until { completeRecordings() >= count }, "no recording: \(process.stdout)")
      }
    }
    process.closeInput()
    let end = process.waitForExit()
    return (process.stdout, end)
  }

  /// How many recordings in the data directory are the canned WAV, whole.
  func completeRecordings() -> Int {
    let audio = sandbox.store.appendingPathComponent("audio")
    let size = (try? FileManager.default.attributesOfItem(atPath: canned.path)[.size] as? Int) ?? 0
    let sessions = (try? FileManager.default.contentsOfDirectory(atPath: audio.path)) ?? []
    return sessions.flatMap { session in
      let folder = audio.appendingPathComponent(session).path
      return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map {
        (try? FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.size] as? Int) ?? 0
      }
    }.filter { $0 == size }.count
  }

  /// The permission bits of `relative` under the sandbox's data directory.
  func mode(_ relative: String) -> Int? {
    let path = sandbox.store.path + "/" + relative
    return (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
  }

  /// The voice's log as (arguments, text read) per call.
  var voiceCalls: [(arguments: String, text: String)] {
    let lines = ((try? String(contentsOf: voiceLog, encoding: .utf8)) ?? "")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return stride(from: 0, to: lines.count - 1, by: 2).map { (lines[$0], lines[$0 + 1]) }
  }
}

@Suite("rehearse --plain --mode spoken: each answer recorded, transcribed, kept")
struct SpokenRehearsalTests {
  /// Two questions, one each from the hiring manager and the team lead, no follow-ups.
  static let twoInterviewers = [
    "--mode", "spoken", "--segments", "behavioural,technical", "--per-segment", "1",
    "--no-follow-ups", "--seed", "5",
  ]

  @Test(
    "each answer: its audio (0600), the transcribed text, words a minute; each question read aloud")
  func recordedAndTranscribed() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    // Enter starts the first recording, "STAR" ends it with a note; :play plays it back;
    // Enter, Enter record the second.
    let result = try standIns.runLive(
      sandbox.plainArguments(Self.twoInterviewers + standIns.recorderAndPlayer + ["--voice"]),
      environment: standIns.environment(),
      lines: [.startRecording, .line("STAR"), .line(":play"), .startRecording, .line("")])
    #expect(result.end == Termination(status: 0, bySignal: false))
    let pace = SpokenStandIns.wordsPerMinute
    #expect(
      result.stdout.contains("Transcribed answer 1, \(pace) words a minute."), "\(result.stdout)")
    #expect(result.stdout.contains("Transcribed answer 2, \(pace) words a minute."))

    let transcript = try sandbox.onlyTranscript()
    let answers = transcript.entries("answer")
    try #require(answers.count == 2, "\(transcript.entries)")
    #expect(
      answers.map(\.answer) == [SpokenStandIns.text + "\n\nNotes: STAR", SpokenStandIns.text])
    #expect(answers.allSatisfy { !$0.spokenNotes })
    for answer in answers {
      let spoken = try #require(answer.spoken, "entry \(answer.sequence) has no recording")
      #expect(spoken.audio == "audio/\(transcript.session.id)/\(answer.sequence).wav")
      #expect(spoken.transcription == "transcribed")
      #expect(spoken.transcriptionError == nil)
      #expect(spoken.wordsPerMinute == pace)
      #expect(
        spoken.words.map(\.word) == SpokenStandIns.text.split(separator: " ").map(String.init))
      #expect(spoken.words.first?.startMs == 500)
      #expect(standIns.mode(spoken.audio) == 0o600)
      // The recording is the recorder's file, byte for byte.
      let saved = try Data(contentsOf: sandbox.store.appendingPathComponent(spoken.audio))
      #expect(saved == (try Data(contentsOf: standIns.canned)))
    }
    #expect(standIns.mode("audio/\(transcript.session.id)") == 0o700)
    #expect(standIns.mode("audio") == 0o700)
    // :play gave the player the first recording.
    let first = sandbox.store.path + "/audio/\(transcript.session.id)/1.wav"
    #expect(try String(contentsOf: standIns.playerLog, encoding: .utf8) == first + "\n")

    // Each question was read once, in its interviewer's own voice, the text on stdin.
    let questions = PrintedQuestion.all(in: result.stdout)
    let calls = standIns.voiceCalls
    #expect(calls.map(\.text) == questions.map(\.text))
    #expect(
      calls.map(\.arguments) == [
        "-v en+m3 -p 40 -s 165 --stdin", "-v en+f3 -p 60 -s 170 --stdin",
      ])
  }

  @Test(
    "a failing transcriber leaves 'not transcribed' with the audio; 'transcripts transcribe' fixes it"
  )
  func notTranscribedThenRetried() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    let result = try standIns.runLive(
      sandbox.plainArguments(Self.twoInterviewers + standIns.recorderAndPlayer),
      environment: standIns.environment(transcriber: "failing-transcriber"),
      lines: [.startRecording, .line(""), .startRecording, .line("")])
    #expect(result.end == Termination(status: 0, bySignal: false))
    let id = try sandbox.onlyTranscript().session.id
    #expect(
      result.stdout.contains(
        "Answer 1 was not transcribed: the transcriber failed: the model failed to load. Its "
          + "recording is kept; 'secondround transcripts transcribe \(id)' tries again."),
      "\(result.stdout)")
    let failed = try sandbox.onlyTranscript().entries("answer")
    try #require(failed.count == 2)
    for answer in failed {
      #expect(answer.spoken?.transcription == "not-transcribed")
      #expect(
        answer.spoken?.transcriptionError == "the transcriber failed: the model failed to load")
      #expect(answer.spoken?.wordsPerMinute == nil)
      #expect(answer.answer == "")
      #expect(standIns.mode(answer.spoken?.audio ?? "") == 0o600)
    }
    // A session of recordings not yet transcribed is still a session: it was kept.
    #expect(try sandbox.sessions().first?.status == "finished")

    let retry = try sandbox.run(
      ["transcripts", "transcribe", String(id), "--data-dir", sandbox.store.path],
      environment: standIns.environment())
    #expect(retry.exitCode == 0, "stderr: \(retry.stderr)")
    let pace = SpokenStandIns.wordsPerMinute
    #expect(
      retry.stdoutLines == [
        "Transcribed answer 1, \(pace) words a minute.",
        "Transcribed answer 2, \(pace) words a minute.",
      ])
    let fixed = try sandbox.onlyTranscript().entries("answer")
    #expect(fixed.map(\.answer) == [SpokenStandIns.text, SpokenStandIns.text])
    #expect(fixed.allSatisfy { $0.spoken?.transcription == "transcribed" })
    #expect(fixed.allSatisfy { $0.spoken?.wordsPerMinute == pace })
    // Nothing is left to do: said so, exit 0.
    let again = try sandbox.run(
      ["transcripts", "transcribe", String(id), "--data-dir", sandbox.store.path],
      environment: standIns.environment())
    #expect(again.exitCode == 0)
    #expect(
      again.stdoutLines == ["Transcript \(id) has no recorded answer waiting to be transcribed."])

    // Deleting the session deletes its recordings.
    let delete = try sandbox.run(
      ["transcripts", "delete", String(id), "--yes", "--data-dir", sandbox.store.path],
      environment: standIns.environment())
    #expect(delete.exitCode == 0, "stderr: \(delete.stderr)")
    #expect(standIns.mode("audio/\(id)") == nil)
  }

  @Test(
    "a recorder that cannot start, or --voice without espeak-ng: one line before the interview, exit 69"
  )
  func partsThatCannotWork() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    let broken = try sandbox.run(
      sandbox.plainArguments(Self.twoInterviewers + ["--recorder", "no-such-recorder {out}"]),
      environment: standIns.environment(), input: "\n\n")
    #expect(broken.exitCode == 69)
    #expect(
      broken.stderr.hasPrefix("secondround: error: the recorder could not start (no-such-recorder"))
    #expect(broken.stderr.split(separator: "\n").count == 1, "\(broken.stderr)")
    #expect(!broken.stdout.contains("asks:"))

    let typed = try sandbox.run(
      sandbox.plainArguments(["--mode", "typed", "--recorder", "rec {out}"]), input: "one\n")
    #expect(typed.exitCode == 64)
    #expect(typed.stderr.contains("--recorder records spoken answers; add --mode spoken"))

    var noVoice = sandbox.environment
    noVoice["PATH"] = sandbox.root.appendingPathComponent("empty").path
    let voiceless = try sandbox.run(
      sandbox.plainArguments(["--voice", "--seed", "5"]), environment: noVoice, input: "one\n")
    #expect(voiceless.exitCode == 69)
    #expect(
      voiceless.stderr.hasPrefix("secondround: error: --voice needs espeak-ng"),
      "\(voiceless.stderr)")
    #expect(voiceless.stderr.split(separator: "\n").count == 1)
    #expect(try sandbox.sessions().isEmpty)
  }

  @Test("killed mid-answer: the audio so far is kept and offered on resume, then transcribed")
  func interruptedRecordingIsKept() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    // A recorder like arecord: the header and some sound at once, then on until SIGINT.
    let recorder = try standIns.program(
      "recorder",
      "trap 'exit 0' INT TERM\ncp '\(standIns.canned.path)' \"$1\"\nwhile :; do sleep 0.05; done")
    let arguments = sandbox.plainArguments(Self.twoInterviewers + ["--recorder", recorder])
    let process = try sandbox.start(arguments, environment: standIns.environment())
    try #require(
      process.waitForStdout { $0.hasSuffix("> ") } != nil, "no question: \(process.stdout)")
    try process.send("\n")
    try #require(
      process.waitForStdout { $0.contains("Recording: speak your answer") && $0.hasSuffix("> ") }
        != nil, "not recording: \(process.stdout)")
    // Killed once something was said: the recorder has written its file.
    try #require(Poll.until { standIns.completeRecordings() == 1 }, "nothing recorded")
    process.send(signal: SIGTERM)
    let end = try #require(process.waitForExit(), "still running after SIGTERM")
    #expect(end == Termination(status: 143, bySignal: false))
    let id = try sandbox.sessions().first?.id ?? 0
    let path = "audio/\(id)/1.wav"
    #expect(
      process.stdout.contains("Your recording so far is kept (\(path))."), "\(process.stdout)")
    #expect(standIns.mode(path) == 0o600)

    let resumed = try sandbox.run(
      sandbox.plainArguments(["--resume"]), environment: standIns.environment(), input: "\n")
    #expect(resumed.exitCode == 0, "stderr: \(resumed.stderr)")
    #expect(
      resumed.stdout.contains(
        "Your recording of this answer so far is kept (\(path)); press Enter to end the answer."),
      "\(resumed.stdout)")
    let first = try #require(try sandbox.onlyTranscript().entries("answer").first)
    #expect(first.spoken?.audio == path)
    #expect(first.spoken?.transcription == "transcribed")
    #expect(first.answer == SpokenStandIns.text)
  }

  @Test("a silent microphone is said once, in one line, while the answer goes on")
  func silentMicrophone() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    // A recorder whose microphone gives nothing: the header, then no samples, until SIGINT.
    let header = Array(SpokenStandIns.toneWAV().prefix(44))
    let headerFile = sandbox.root.appendingPathComponent("header.wav")
    try Data(header).write(to: headerFile)
    let recorder = try standIns.program(
      "mute-recorder",
      "trap 'exit 0' INT\ncp '\(headerFile.path)' \"$1\"\nwhile :; do sleep 0.05; done")
    let process = try sandbox.start(
      sandbox.plainArguments(Self.twoInterviewers + ["--recorder", recorder]),
      environment: standIns.environment())
    try #require(
      process.waitForStdout { $0.hasSuffix("> ") } != nil, "no question: \(process.stdout)")
    try process.send("\n")
    let warning = "Your microphone seems silent: check it is on and not muted (recording goes on)."
    try #require(
      process.waitForStdout { $0.contains(warning) } != nil, "no warning: \(process.stdout)")
    try process.send("\n")
    process.closeInput()
    let end = try #require(process.waitForExit())
    #expect(end == Termination(status: 0, bySignal: false), "\(process.stderr)")
    #expect(process.stdout.components(separatedBy: warning).count == 2, "\(process.stdout)")
    #expect(try sandbox.onlyTranscript().entries("answer").first?.spoken != nil)
  }

  @Test("a recorder that finished by itself is not a silent microphone")
  func finishedRecorderIsNotSilent() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    // A recording that ends quietly, written at once by a recorder that then exits: the file's
    // quiet end lasts for ever, but nothing is recording any more.
    let header = Array(SpokenStandIns.toneWAV().prefix(44))
    let quiet = header + [UInt8](repeating: 0, count: 32_000)
    let quietFile = sandbox.root.appendingPathComponent("quiet.wav")
    try Data(quiet).write(to: quietFile)
    let recorder = try standIns.program("quick-recorder", "cp '\(quietFile.path)' \"$1\"")
    let process = try sandbox.start(
      sandbox.plainArguments(Self.twoInterviewers + ["--recorder", recorder]),
      environment: standIns.environment())
    try #require(
      process.waitForStdout { $0.hasSuffix("> ") } != nil, "no question: \(process.stdout)")
    try process.send("\n")
    // Longer than the two seconds after which a microphone giving nothing is reported.
    Thread.sleep(forTimeInterval: 3.5)
    try process.send("\n")
    process.closeInput()
    let end = try #require(process.waitForExit())
    #expect(end == Termination(status: 0, bySignal: false), "\(process.stderr)")
    #expect(!process.stdout.contains("seems silent"), "\(process.stdout)")
    #expect(try sandbox.onlyTranscript().entries("answer").first?.spoken != nil)
  }

  @Test("on a terminal: read aloud, then Enter records and Enter ends; timed, transcribed")
  func onATerminal() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    // The voice takes two seconds to read: the thinking time must start after it.
    try standIns.program(
      "espeak-ng", "sleep 2; { echo \"$*\"; cat; echo; } >> '\(standIns.voiceLog.path)'")
    let recorder = try standIns.program(
      "recorder",
      "trap 'exit 0' INT\ncp '\(standIns.canned.path)' \"$1\"\nwhile :; do sleep 0.05; done")
    let oneQuestion = [
      "--mode", "spoken", "--segments", "behavioural", "--per-segment", "1", "--no-follow-ups",
      "--seed", "5", "--recorder", recorder, "--voice",
    ]
    let terminal = try PlainTerminal(
      sandbox: sandbox, arguments: sandbox.plainArguments(oneQuestion),
      environment: standIns.environment())
    let question = try #require(terminal.nextPrompt(), "no question: \(terminal.output)")
    #expect(question.contains("Answer aloud: press Enter to start recording, then Enter again"))
    try terminal.answer("")
    let recording = try #require(terminal.nextPrompt(), "\(terminal.output)")
    #expect(recording.contains("Recording: speak your answer, then press Enter"))
    try #require(Poll.until { standIns.completeRecordings() == 1 }, "nothing recorded")
    try terminal.answer("")
    try #require(terminal.nextPrompt() != nil, "no reflection: \(terminal.output)")
    try terminal.press("C-d")
    #expect(terminal.waitForExit() == 0)

    let entry = try #require(try sandbox.onlyTranscript().entries("answer").first)
    #expect(entry.answer == SpokenStandIns.text)
    #expect(entry.spoken?.transcription == "transcribed")
    #expect(entry.spoken?.wordsPerMinute == SpokenStandIns.wordsPerMinute)
    #expect(standIns.mode(entry.spoken?.audio ?? "") == 0o600)
    // Timed on a terminal, the reading left out of the thinking time.
    let thinking = try #require(entry.thinkingMs)
    #expect(thinking < 2_000, "thinking_ms \(thinking) counts the reading")
    #expect((entry.answerMs ?? 0) > 0)
    #expect(standIns.voiceCalls.count == 1)
  }

  @Test("a recorder on the PATH that cannot start, no recorder, no transcriber: a note, then on")
  func whatThisMachineLacks() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    var onlyStandIns = standIns.environment()
    onlyStandIns["PATH"] = standIns.bin.path
    // No recorder at all: spoken mode times the answers, as it did before it recorded.
    let none = try sandbox.run(
      sandbox.plainArguments(Self.twoInterviewers), environment: onlyStandIns, input: "\nnotes\n")
    #expect(none.exitCode == 0, "stderr: \(none.stderr)")
    #expect(
      none.stdout.contains(
        "No recorder found (arecord, rec, pw-record or parecord): answers are timed only; "
          + "--recorder CMD names one."), "\(none.stdout)")
    #expect(try sandbox.onlyTranscript().entries.first?.spoken == nil)
    #expect(try sandbox.onlyTranscript().entries.first?.answer == "notes")

    // An arecord that finds no microphone: not asked for, so a note rather than an error.
    let arecord = try standIns.program(
      "arecord", "echo 'arecord: audio open error: No such device' >&2; exit 1")
    let broken = try sandbox.run(
      sandbox.plainArguments(Self.twoInterviewers + ["--new"]), environment: onlyStandIns,
      input: "\nnotes\n")
    #expect(broken.exitCode == 0, "stderr: \(broken.stderr)")
    #expect(
      broken.stdout.contains(
        "Not recording: the recorder could not start (\(arecord) -q -f S16_LE -r 16000 -c 1 -t wav "
          + "{out}): arecord: audio open error: No such device. Answers are timed only;"),
      "\(broken.stdout)")

    // A recorder but no transcriber: said once before the questions; the audio waits.
    try FileManager.default.removeItem(atPath: arecord)
    // The usual PATH: the recorder runs cp.
    var noTranscriber = standIns.environment()
    noTranscriber["SECONDROUND_TRANSCRIBER"] = nil
    let untranscribed = try standIns.runLive(
      sandbox.plainArguments(Self.twoInterviewers + standIns.recorderAndPlayer + ["--new"]),
      environment: noTranscriber, lines: [.startRecording, .line("")])
    #expect(untranscribed.end == Termination(status: 0, bySignal: false))
    #expect(
      untranscribed.stdout.contains("No transcriber is set up: answers are recorded and kept"))
    let newest = try #require(try sandbox.sessions().first?.id)
    let entry = try #require(try sandbox.transcript(newest).entries.first)
    #expect(entry.spoken?.transcription == "not-transcribed")
    #expect(entry.spoken?.transcriptionError?.hasPrefix("no transcriber is set up") == true)
  }

  @Test(
    "killed with SIGKILL mid-answer: the recorder found on the PATH is stopped, not left recording")
  func recorderOutlivesNoKill() throws {
    let sandbox = try Sandbox()
    let standIns = try SpokenStandIns(sandbox)
    // An arecord that copies the canned WAV, records on, and on SIGINT leaves a mark and ends.
    try standIns.program(
      "arecord",
      """
      for out; do :; done
      trap 'echo stopped > "$out.stopped"; exit 0' INT
      cp '\(standIns.canned.path)' "$out"
      while :; do sleep 0.05; done
      """)
    let process = try sandbox.start(
      sandbox.plainArguments(Self.twoInterviewers), environment: standIns.environment())
    try #require(
      process.waitForStdout { $0.hasSuffix("> ") } != nil, "no question: \(process.stdout)")
    try process.send("\n")
    try #require(Poll.until { standIns.completeRecordings() == 1 }, "nothing recorded")
    process.send(signal: SIGKILL)
    #expect(process.waitForExit() == Termination(status: SIGKILL, bySignal: true))
    let mark = sandbox.store.path + "/audio/1/1.wav.stopped"
    #expect(Poll.until { FileManager.default.fileExists(atPath: mark) }, "the recorder records on")
  }
}
