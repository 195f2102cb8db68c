/// Where `secondround speech setup` puts the transcriber: `<data dir>/speech/`, private like the
/// transcripts, with a Python virtual environment, the helper script and a stamp that says which
/// edition of both was installed.
public struct SpeechInstallation: Equatable, Sendable {
  /// The data directory it lives in.
  public var dataDirectory: String

  /// The installation inside the data directory at `dataDirectory`.
  public init(dataDirectory: String) {
    self.dataDirectory = dataDirectory
  }

  /// `<data dir>/speech`.
  public var directory: String { dataDirectory + "/speech" }

  /// The virtual environment's folder.
  public var environment: String { directory + "/venv" }
  /// The virtual environment's Python, which runs the helper.
  public var python: String { environment + "/bin/python3" }
  /// The helper script.
  public var script: String { directory + "/" + TranscriberScript.fileName }
  /// Written last by a set-up that passed its self-test; its text is `stampText`.
  public var stamp: String { directory + "/installed" }

  /// What the stamp of a current installation says: the script's edition and the pinned
  /// packages, so a SecondRound that pins others sees the installation as out of date.
  public static var stampText: String {
    "edition \(TranscriberScript.edition)\n"
      + TranscriberScript.requirements.joined(separator: "\n")
      + "\n"
  }
}
