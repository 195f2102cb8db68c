import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts stats`.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Sessions and answers over time, times per segment, and the recent trend.",
      discussion: """
        The trend compares the later half of your last 10 sessions with answers against the \
        earlier half: mean answer and thinking time, and the share of answers over target. \
        Of those sessions, the ones with analysed answers also show fillers per 100 words and \
        the share of behavioural answers with context, action, result and a number.
        """)

    /// Sessions the trend looks back over.
    static let trendSessions = 10

    @Flag(
      help:
        "Print JSON: totals, segments, weeks, the trend and the feedback trend; times in ms.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let store = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      let stats = try TranscriptAccess.query { () throws(StoreError) in
        try store.stats(recentSessions: Self.trendSessions)
      }
      if json {
        try Terminal.printJSON(StatsJSON(stats))
        return
      }
      StatsText.lines(stats) { Terminal.table($0) }.forEach { print($0) }
    }
  }
}
