import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

/// `secondround transcripts`: read the saved interviews.
struct TranscriptsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transcripts",
    abstract: "List and show the interviews you rehearsed.",
    subcommands: [List.self, Show.self])
}

/// Opens the store without writing to it; a store that does not exist yet has no sessions.
private func openForReading(_ flag: String?) throws -> TranscriptDatabase {
  let environment = ProcessInfo.processInfo.environment
  guard let directory = DataDirectory.path(flag: flag, environment: environment) else {
    throw Terminal.failure("no home directory to read transcripts from; pass --data-dir DIR")
  }
  // A missing directory is an empty store; a file in its place is a mistake worth naming.
  var isDirectory: ObjCBool = false
  if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
    !isDirectory.boolValue
  {
    Terminal.error("secondround: \(DataDirectoryError.notADirectory(directory).description)")
    throw ExitCode(66)
  }
  do {
    return try TranscriptDatabase.open(directory: directory, access: .readOnly)
  } catch {
    Terminal.error("secondround: \(error.description)")
    throw ExitCode(error.exitCode)
  }
}

/// Runs a store query, turning a failure into one line and its exit code.
private func query<T>(_ body: () throws(StoreError) -> T) throws -> T {
  do {
    return try body()
  } catch {
    Terminal.error("secondround: \(error.description)")
    throw ExitCode(error.exitCode)
  }
}

extension TranscriptsCommand {
  /// `transcripts list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List saved interviews, newest first.")

    @Flag(help: "Print a JSON array: id, started, status, company, position, deck, answers, ...")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let store = try openForReading(storeOptions.dataDirectory)
      let sessions = try query { () throws(StoreError) in try store.sessions() }
      if json {
        try Terminal.printJSON(sessions.map(SessionJSON.init))
        return
      }
      guard !sessions.isEmpty else {
        print("No transcripts yet: run 'secondround rehearse' to record one.")
        return
      }
      var rows = [["ID", "STARTED", "STATUS", "ANSWERS", "TIME", "COMPANY — POSITION"]]
      for session in sessions {
        rows.append([
          String(session.id), Timestamp.short(session.started), session.status.publicName,
          String(session.answers),
          TargetDuration.clock(seconds: session.interviewMilliseconds / 1000),
          "\(session.company) — \(session.position)".inert,
        ])
      }
      Terminal.table(rows, width: Terminal.outputWidth, shrinking: 5).forEach { print($0) }
    }
  }

  /// `transcripts show ID`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one saved interview.")

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Flag(help: "Print JSON: the session and each entry's segment, question, answer and times.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let store = try openForReading(storeOptions.dataDirectory)
      guard let found = try query({ () throws(StoreError) in try store.session(id: id) }) else {
        throw Terminal.failure(
          "no transcript with id \(id); see 'secondround transcripts list'", exitCode: 66)
      }
      if json {
        try Terminal.printJSON(
          TranscriptJSON(
            session: SessionJSON(found.summary),
            entries: found.entries.map(TranscriptJSON.EntryJSON.init)))
        return
      }
      TranscriptText.lines(found.summary, found.entries).forEach { print($0) }
    }
  }
}

/// A transcript as readable text.
enum TranscriptText {
  /// The session's heading, then each entry with its times.
  static func lines(_ summary: SessionSummary, _ entries: [Entry]) -> [String] {
    let clock = { (milliseconds: Int?) in TargetDuration.clock(seconds: (milliseconds ?? 0) / 1000)
    }
    var lines = [
      "\(summary.company) — \(summary.position)".inert,
      "\(Timestamp.short(summary.started)) · \(summary.status.publicName) · deck \(summary.deckID.inert) · \(summary.mode) · \(clock(summary.interviewMilliseconds))",
    ]
    if let range = summary.salaryRange { lines.append("Salary range: \(range.inert)") }
    if let walkAway = summary.walkAway { lines.append("Walk-away: \(walkAway.inert)") }
    var segment: String?
    for entry in entries {
      if entry.segment != segment {
        segment = entry.segment
        lines.append("")
        lines.append(
          "## \(entry.segment.flatMap(SegmentKind.init(rawValue:))?.defaultTitle ?? "Reflection")")
      }
      var timing = ""
      if entry.kind != .reflection {
        timing =
          " [thinking \(clock(entry.thinkingMilliseconds)), answer \(clock(entry.answerMilliseconds)) / \(clock(entry.targetMilliseconds))\(entry.skipped ? ", skipped" : "")]"
      }
      let label =
        entry.kind == .followUp
        ? "Follow-up: " : entry.kind == .candidateQuestion ? "You asked: " : ""
      lines.append("")
      lines.append("\(label)\(entry.question)".inert + timing)
      for line in entry.answer.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append("  > " + String(line).inert)
      }
    }
    return lines
  }
}
