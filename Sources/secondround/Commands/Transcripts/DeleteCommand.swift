import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts delete ID`.
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "delete",
      abstract: "Delete one saved interview, after asking.",
      discussion: """
        Asks on the terminal first; without a terminal (a script, a pipe) pass --yes. An \
        interview being rehearsed in another terminal is not deleted (exit 75).
        """)

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Flag(name: [.customShort("y"), .long], help: "Delete without asking.")
    var yes = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      // Read-only first: an unknown id is reported without taking the lock or making a store.
      let reader = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      let summary = try TranscriptAccess.transcript(id, in: reader).summary
      reader.close()
      let name =
        "\(TranscriptFormat.title(summary)), \(Timestamp.short(summary.started))".inert
      if !yes {
        guard isatty(STDIN_FILENO) == 1 else {
          throw Terminal.failure(
            "not deleting transcript \(id) without a terminal to confirm on; pass --yes")
        }
        FileHandle.standardError.write(Data("Delete transcript \(id) (\(name))? [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
          print("Kept transcript \(id).")
          return
        }
      }
      let store = try openStore(
        flag: storeOptions.dataDirectory, environment: ProcessEnvironment.current)
      defer { store.close() }
      try TranscriptAccess.query { () throws(StoreError) in try store.deleteSession(id: id) }
      print("Deleted transcript \(id) (\(name)).")
    }
  }
}
