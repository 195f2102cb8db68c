import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

/// The forms `transcripts show` prints.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json

  /// A format by name; `md` is accepted for Markdown, the short name people type.
  init?(argument: String) {
    self.init(rawValue: argument == "md" ? "markdown" : argument)
  }
}

extension TranscriptsCommand {
  /// `transcripts show ID`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show one saved interview: each question, answer, time and your verdict.")

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Option(help: "text (default), markdown, or json with every recorded field.")
    var format: ShowFormat?

    // Kept from the first release, which had only this flag; scripts use it.
    @Flag(help: "The same as --format json.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if json, let format, format != .json {
        throw ValidationError("--json and --format \(format.rawValue) ask for different forms")
      }
    }

    func run() throws {
      let store = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      let found = try TranscriptAccess.transcript(id, in: store)
      switch json ? .json : format ?? .text {
      case .json:
        try Terminal.printJSON(TranscriptJSON(found))
      case .markdown:
        print(TranscriptMarkdown.session(found, timeZone: .current), terminator: "")
      case .text:
        TranscriptText.lines(found, timeZone: .current).forEach { print($0) }
      }
    }
  }
}
