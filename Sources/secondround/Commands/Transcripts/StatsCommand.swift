import ArgumentParser
import Foundation
import InterviewCore
import TerminalUI
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

        The trends end as sparklines, one character a session, oldest first: answers over \
        target, fillers per 100 words, and answers with a result and with a number. Where the \
        locale is not UTF-8 (LANG=C), or with --ascii, they are drawn in ASCII. No colour is \
        used, so NO_COLOR changes nothing.
        """)

    /// Sessions the trend looks back over.
    static let trendSessions = 10

    @Flag(
      help:
        "Print JSON: totals, segments, weeks, the trend and the feedback trend; times in ms.")
    var json = false

    @Flag(help: "Draw the bars and sparklines in ASCII, whatever the locale.")
    var ascii = false

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
      let ascii = self.ascii || !TerminalLocale.isUTF8()
      for line in StatsText.lines(stats, ascii: ascii, table: { Terminal.table($0) }) {
        // The app's own marks (a cut cell's "…", "—") as ASCII too; typed text has none here.
        print(ascii ? Glyphs.asciiStandIns(in: line) : line)
      }
    }
  }
}
