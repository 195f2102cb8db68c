import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts search QUERY`.
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "search",
      abstract: "Find answers, notes, questions, companies and positions by their words.",
      discussion: """
        Every word must match, in any order, case and accents ignored (Societe finds \
        Société): in the answer or its note (best match first), or in the question, the \
        company and the position (newest first). "a phrase" in quotes matches as written and a \
        word ending in * matches as a prefix (lead*). Matches are shown in [brackets], or in \
        bold on a terminal unless NO_COLOR is set.
        """)

    @Argument(help: "The words to look for.")
    var words: [String]

    @Flag(help: "Print a JSON array: session_id, sequence, question, snippet, parts, ...")
    var json = false

    @Option(help: ArgumentHelp("Show at most N matches.", valueName: "N"))
    var limit = 50

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
      let query = words.joined(separator: " ")
      guard SearchQuery.expression(for: query) != nil else {
        throw Terminal.failure("nothing to search for in '\(query.inert)': give a word")
      }
      let store = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      let hits = try TranscriptAccess.query { () throws(StoreError) in
        try store.search(query, limit: limit)
      }
      if json {
        try Terminal.printJSON(hits.map(SearchHitJSON.init))
        return
      }
      guard !hits.isEmpty else {
        print("No matches for '\(query.inert)'.")
        return
      }
      let highlight: SearchText.Highlight = Terminal.stylesOutput ? .bold : .brackets
      for hit in hits {
        SearchText.lines(hit, highlight: highlight, timeZone: .current).forEach { print($0) }
      }
    }
  }
}
