import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts analyse (ID... | --all)`.
  struct Analyse: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "analyse",
      abstract: "Analyse saved answers again and keep the new coaching feedback.",
      discussion: """
        Reads every answer and follow-up that was not skipped again, against the session's \
        job description and the question's segment, target and tips, and stores the new \
        feedback in place of the old: old transcripts get the coaching of this release. \
        Cannot run while a rehearsal is using the store (exit 75).
        """)

    /// Entries written per transaction: each commit is synced to disk, so one per session
    /// would make `--all` over thousands of sessions wait on thousands of syncs.
    static let batchSize = 1_000

    @Argument(help: "The ids of the interviews to analyse, from 'transcripts list'.")
    var ids: [Int64] = []

    @Flag(help: "Analyse every interview and drill.")
    var all = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      // One line each, as for errors found after parsing: ValidationError would add a usage block.
      if all && !ids.isEmpty { throw Terminal.failure("give ids or --all, not both") }
      if !all && ids.isEmpty { throw Terminal.failure("give the ids to analyse, or --all") }
      // Read-only first: an unknown id is reported, and an empty store analysed, without
      // taking the lock or making a store.
      let reader = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      var wanted: [Int64] = []
      if all {
        let sessions = try TranscriptAccess.query { () throws(StoreError) in try reader.sessions() }
        wanted = sessions.reversed().map(\.id)
      } else {
        var seen = Set<Int64>()
        for id in ids where seen.insert(id).inserted {
          _ = try TranscriptAccess.transcript(id, in: reader)
          wanted.append(id)
        }
      }
      reader.close()
      guard !wanted.isEmpty else {
        print(Self.report(answers: 0, sessions: 0))
        return
      }

      let store = try openStore(
        flag: storeOptions.dataDirectory, environment: ProcessEnvironment.current)
      defer { store.close() }
      let library = loadDeckLibrary(environment: ProcessEnvironment.current)
      var pending: [EntryReference: AnswerFeedback?] = [:]
      var answers = 0
      var sessions = 0
      for id in wanted {
        // Read again under the lock: a session deleted since the check is simply passed over.
        guard
          let transcript = try TranscriptAccess.query({ () throws(StoreError) in
            try store.session(id: id)
          })
        else { continue }
        // The session's deck first, then the role packs its technical questions came from.
        let decks =
          library.deck(withID: transcript.summary.deckID).map { [$0] + library.decks }
          ?? library.decks
        let feedback = StoredAnswerAnalysis.feedback(for: transcript) { entry in
          Self.tips(for: entry, in: decks)
        }
        guard !feedback.isEmpty else { continue }
        answers += feedback.count
        sessions += 1
        for (sequence, value) in feedback {
          pending[EntryReference(sessionID: id, sequence: sequence)] = value
        }
        if pending.count >= Self.batchSize {
          try Self.write(pending, to: store)
          pending = [:]
        }
      }
      try Self.write(pending, to: store)
      print(Self.report(answers: answers, sessions: sessions))
    }

    /// `Analysed 14 answers in 3 sessions.`
    static func report(answers: Int, sessions: Int) -> String {
      "Analysed \(counted(answers, "answer")) in \(counted(sessions, "session"))."
    }

    /// What the interviewer listens for in the deck question `entry` answers, from the first
    /// of `decks` that still has the question; none for a follow-up, which is not the deck's
    /// question.
    static func tips(for entry: Entry, in decks: [Deck]) -> [String] {
      guard entry.kind == .answer, let id = entry.questionID else { return [] }
      for deck in decks {
        for segment in deck.segments {
          if let question = segment.questions.first(where: { $0.id == id }) {
            return question.tips
          }
        }
      }
      return []
    }

    private static func write(
      _ feedback: [EntryReference: AnswerFeedback?], to store: TranscriptDatabase
    ) throws {
      guard !feedback.isEmpty else { return }
      try TranscriptAccess.query { () throws(StoreError) in try store.setFeedback(feedback) }
    }
  }
}
