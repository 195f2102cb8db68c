import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List saved interviews, newest first.")

    @Flag(
      help: "Print a JSON array: id, started, status, kind, company, position, deck, answers, ...")
    var json = false

    @Option(help: ArgumentHelp("Show at most N interviews (the newest).", valueName: "N"))
    var limit: Int?

    @Option(help: "Show only finished or only interrupted interviews.")
    var status: StatusFilter?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
      let store = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      let sessions = try TranscriptAccess.query { () throws(StoreError) in
        try store.sessions(status: status?.status, limit: limit)
      }
      if json {
        try Terminal.printJSON(sessions.map(SessionJSON.init))
        return
      }
      guard !sessions.isEmpty else {
        if let status {
          print("No \(status.rawValue) transcripts.")
        } else {
          print("No transcripts yet: run 'secondround rehearse' to record one.")
        }
        return
      }
      Self.table(sessions, width: Terminal.outputWidth).forEach { print($0) }
    }

    /// The columns, in order; DECK and OVER are the first to go when the terminal is narrow.
    private enum Column: CaseIterable {
      case id, started, status, deck, answers, over, time, who

      var title: String {
        switch self {
        case .id: return "ID"
        case .started: return "STARTED"
        case .status: return "STATUS"
        case .deck: return "DECK"
        case .answers: return "ANSWERS"
        case .over: return "OVER"
        case .time: return "TIME"
        case .who: return "COMPANY — POSITION"
        }
      }

      func cell(_ session: SessionSummary) -> String {
        switch self {
        case .id: return String(session.id)
        case .started: return Timestamp.short(session.started)
        case .status: return TranscriptFormat.status(session.status)
        case .deck: return TranscriptFormat.deck(session).inert
        case .answers: return String(session.answers)
        case .over: return String(session.overTarget)
        case .time: return TranscriptFormat.clock(milliseconds: session.interviewMilliseconds)
        case .who: return TranscriptFormat.title(session).inert
        }
      }
    }

    /// The company column keeps at least this many columns before DECK and OVER give way.
    private static let companyRoom = 24

    /// The table for `width` (nil: a pipe, every column at full length).
    static func table(_ sessions: [SessionSummary], width: Int?) -> [String] {
      let layouts: [[Column]] = [
        Column.allCases, Column.allCases.filter { $0 != .deck },
        Column.allCases.filter { $0 != .deck && $0 != .over },
      ]
      func rows(_ columns: [Column]) -> [[String]] {
        [columns.map(\.title)] + sessions.map { session in columns.map { $0.cell(session) } }
      }
      guard let width else { return Terminal.table(rows(Column.allCases)) }
      // The first layout whose fixed columns leave the company room; else the narrowest.
      let chosen =
        layouts.first { columns in
          let table = rows(columns)
          let fixed = (0..<(columns.count - 1)).reduce(0) { total, column in
            total + (table.map { $0[column].terminalColumns }.max() ?? 0) + 2
          }
          let company = table.map { $0[columns.count - 1].terminalColumns }.max() ?? 0
          return fixed + min(company, companyRoom) <= width
        } ?? layouts[layouts.count - 1]
      return Terminal.table(rows(chosen), width: width, shrinking: chosen.count - 1)
    }
  }
}
