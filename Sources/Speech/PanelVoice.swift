/// How the panel sounds when `--voice` reads the questions aloud with espeak-ng: each
/// interviewer on the panel gets a voice of their own, so the candidate hears who is asking.
public struct PanelVoice: Equatable, Sendable {
  /// One interviewer's voice: espeak-ng's variant, pitch (0–99) and speed (words a minute).
  public struct Voice: Equatable, Sendable {
    /// The `-v` voice and variant, such as `en+m3`.
    public var name: String
    /// The `-p` pitch.
    public var pitch: Int
    /// The `-s` speed.
    public var speed: Int

    /// A voice from its parts.
    public init(name: String, pitch: Int, speed: Int) {
      self.name = name
      self.pitch = pitch
      self.speed = speed
    }
  }

  /// The voices given to the panel in the order its interviewers first speak: a lower male
  /// voice, a female one, a deeper and slower one, a brighter one. A panel of more than four
  /// (no bundled deck has one) starts the list again.
  public static let voices = [
    Voice(name: "en+m3", pitch: 40, speed: 165),
    Voice(name: "en+f3", pitch: 60, speed: 170),
    Voice(name: "en+m7", pitch: 25, speed: 150),
    Voice(name: "en+f4", pitch: 75, speed: 180),
  ]

  /// The espeak-ng program.
  public var program: String
  /// The interviewers, in the order the plan lists them.
  public var panel: [String]

  /// The voice of `panel`, read by `program`.
  public init(program: String, panel: [String]) {
    self.program = program
    self.panel = panel
  }

  /// The voice of `interviewer`: by their place on the panel, so the same deck always sounds
  /// the same; one not on the panel gets the first voice.
  public func voice(of interviewer: String) -> Voice {
    let index = panel.firstIndex(of: interviewer) ?? 0
    return Self.voices[index % Self.voices.count]
  }

  /// The program and arguments that read a question in `interviewer`'s voice. The text goes
  /// to its standard input, never on the command line, where a question starting with "-"
  /// would read as an option.
  public func arguments(for interviewer: String) -> [String] {
    let voice = voice(of: interviewer)
    return [
      program, "-v", voice.name, "-p", String(voice.pitch), "-s", String(voice.speed), "--stdin",
    ]
  }

  /// Reads `text` aloud in `interviewer`'s voice and returns when it has been read; nil, or
  /// the one-line reason it could not be.
  public func read(_ text: String, by interviewer: String) -> String? {
    do {
      let process = try start(text, by: interviewer)
      return problem(of: process, ending: process.waitUntilExit())
    } catch {
      return "the panel's voice could not start: \(error.message)"
    }
  }

  /// Starts reading `text` aloud in `interviewer`'s voice and returns at once, for a screen
  /// that keeps drawing meanwhile; `problem(of:ending:)` says how it went once it has ended.
  public func start(_ text: String, by interviewer: String) throws(ChildProcessFailure)
    -> ChildProcess
  {
    try ChildProcess.start(arguments(for: interviewer), input: text)
  }

  /// The one-line reason a reading that ended with `ending` failed; nil when it read well.
  public func problem(of process: ChildProcess, ending: ChildProcess.Ending) -> String? {
    guard ending.isClean() else {
      return "the panel's voice failed (\(program)): "
        + (process.lastErrorLine ?? "it ended with \(ending)")
    }
    return nil
  }
}
