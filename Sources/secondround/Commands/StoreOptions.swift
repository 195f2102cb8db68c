import ArgumentParser

/// `--data-dir`, which every command that reads or writes transcripts takes.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "Where transcripts are kept (default: $SECONDROUND_DATA_DIR, $XDG_DATA_HOME/secondround).",
      valueName: "DIR"))
  var dataDirectory: String?
}
