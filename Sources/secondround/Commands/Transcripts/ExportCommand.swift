import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

/// The forms `transcripts export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown, json, csv, html

  /// A format by name; `md` is accepted for Markdown, the short name people type.
  init?(argument: String) {
    self.init(rawValue: argument == "md" ? "markdown" : argument)
  }
}

extension TranscriptsCommand {
  /// `transcripts export`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write interviews as Markdown, JSON, CSV or an HTML report, to stdout or a file.",
      discussion: """
        Markdown puts sessions one after another with a rule between; JSON is always an array \
        of sessions, each with every recorded field; CSV has one header and one row per entry, \
        the session's columns repeated. CSV cells you typed that start with =, +, - or @ get a \
        leading ' so a spreadsheet shows them instead of running them.

        CSV is plain UTF-8 without a byte-order mark, lines ending in CRLF. Excel needs the \
        mark to show accents right: --excel writes it (and means --format csv).

        HTML is one self-contained page to look at, print or send to a coach: a timeline \
        chart of each answer's thinking and answer time against its target, every question \
        and answer with its feedback and the fillers and hedges marked, and the reflection. \
        With --all it opens with the trends over sessions as line charts. It loads nothing \
        from the network.

        With -o the file is created with mode 0600 (transcripts are private), an existing file \
        is kept unless --force, and the file appears whole or not at all.
        """)

    @Argument(help: "The ids of the interviews to export, from 'transcripts list'.")
    var ids: [Int64] = []

    @Flag(help: "Export every interview, oldest first.")
    var all = false

    // Markdown is what people read and paste; JSON and CSV are asked for by name.
    @Option(
      help: "The form to write: markdown, json, csv or html (see above; default: markdown).")
    var format: ExportFormat?

    @Flag(help: "Write CSV for Excel: UTF-8 with a byte-order mark (the default has none).")
    var excel = false

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to PATH instead of stdout.", valueName: "PATH"))
    var output: String?

    @Flag(help: "Replace PATH if it exists.")
    var force = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if all && !ids.isEmpty { throw ValidationError("give ids or --all, not both") }
      if !all && ids.isEmpty { throw ValidationError("give the ids to export, or --all") }
      if excel, let format, format != .csv {
        throw ValidationError("--excel writes CSV: leave out --format \(format.rawValue)")
      }
    }

    func run() throws {
      let store = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      // Every transcript is read before anything is written, so an unknown id leaves no file.
      var transcripts: [Transcript] = []
      if all {
        let sessions = try TranscriptAccess.query { () throws(StoreError) in try store.sessions() }
        for session in sessions.reversed() {
          transcripts.append(try TranscriptAccess.transcript(session.id, in: store))
        }
      } else {
        var seen = Set<Int64>()
        for id in ids where seen.insert(id).inserted {
          transcripts.append(try TranscriptAccess.transcript(id, in: store))
        }
      }
      // The trends are the figures 'transcripts stats' reads, over every interview.
      let trends =
        all && format == .html
        ? try TranscriptAccess.query { () throws(StoreError) in
          try store.stats(recentSessions: max(1, transcripts.count)).recent
        } : nil
      store.close()
      let text: String
      switch format ?? (excel ? .csv : .markdown) {
      case .markdown: text = TranscriptMarkdown.document(transcripts, timeZone: .current)
      case .json: text = try JSONText.string(transcripts.map(TranscriptJSON.init)) + "\n"
      case .csv: text = TranscriptCSV.document(transcripts, forExcel: excel)
      case .html:
        text = HTMLReport.document(
          transcripts, trends: trends, letters: Self.letters(for: transcripts),
          timeZone: .current)
      }
      guard let output else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      do {
        try OutputFile.write(text, to: output, force: force)
      } catch {
        Terminal.error("secondround: \(error.description)")
        throw ExitCode(73)
      }
      let count = transcripts.count
      Terminal.error("Wrote \(counted(count, "transcript")) to \(output).")
    }

    /// Each interview's follow-up letter, by session id, as `transcripts letter` prints it:
    /// the one the user edited and saved, else the draft. Drills have none.
    static func letters(for transcripts: [Transcript]) -> [Int64: String] {
      let interviews = transcripts.filter { $0.summary.kind == .interview }
      guard !interviews.isEmpty else { return [:] }
      let library = Letter.library()
      var letters: [Int64: String] = [:]
      for transcript in interviews {
        letters[transcript.summary.id] = FollowUpLetter.text(
          for: transcript, panel: Letter.panel(for: transcript, library: library))
      }
      return letters
    }
  }
}
