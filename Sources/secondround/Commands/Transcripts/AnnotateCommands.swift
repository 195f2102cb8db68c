import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts rate ID ANSWER N`: review's rating, without a screen.
  struct Rate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rate",
      abstract: "Rate one answer from 1 (poor) to 5 (strong), as review's 1–5 keys do.",
      discussion: """
        ANSWER is the answer's number in 'transcripts show ID --json' (its sequence) or on the \
        interview's summary. Its note and practise-again mark are kept. Works while a rehearsal \
        runs in another terminal.
        """)

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Argument(help: "The answer's number in the interview.")
    var answer: Int

    @Argument(help: "The rating: 1 (poor) to 5 (strong).")
    var rating: Int

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      guard Annotation.ratings.contains(rating) else {
        throw ValidationError("a rating is 1 to 5, not \(rating)")
      }
    }

    func run() throws {
      let entry = try AnnotatedAnswer.update(id: id, answer: answer, store: storeOptions) {
        $0.rating = rating
      }
      print("Rated answer \(answer) of transcript \(id) \(rating)/5: \(entry.question.inert)")
    }
  }

  /// `transcripts note ID ANSWER [TEXT]`: review's note, without a screen.
  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "note",
      abstract: "Write the note on one answer, replacing the one there.",
      discussion: """
        Without TEXT (or with '-') the note is read from standard input, so it can span lines. \
        An empty note removes it. ANSWER is the answer's number, as for 'transcripts rate'.
        """)

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Argument(help: "The answer's number in the interview.")
    var answer: Int

    @Argument(help: "The note; '-' or nothing reads it from standard input.")
    var text: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let note: String
      if let text, text != "-" {
        note = text
      } else {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        note = String(decoding: data, as: UTF8.self)
      }
      // Typed or piped, a note is text: control characters (an ESC from a terminal) never go in.
      let cleaned = AnswerBuffer.cleaned(note).trimmingCharacters(in: .whitespacesAndNewlines)
      let entry = try AnnotatedAnswer.update(id: id, answer: answer, store: storeOptions) {
        $0.note = cleaned
      }
      let what = cleaned.isEmpty ? "Removed the note on" : "Saved the note on"
      print("\(what) answer \(answer) of transcript \(id): \(entry.question.inert)")
    }
  }
}

/// Changing one answer's annotation from the command line: the checks both commands share.
enum AnnotatedAnswer {
  /// Applies `change` to answer `answer` of transcript `id` and saves it; the entry changed.
  /// An id or answer number that names nothing is a usage error (64), said in one line.
  static func update(
    id: Int64, answer: Int, store options: StoreOptions, _ change: (inout Annotation) -> Void
  ) throws -> Entry {
    let reader = try TranscriptAccess.openForReading(options.dataDirectory)
    let found = try TranscriptAccess.query { () throws(StoreError) in try reader.session(id: id) }
    reader.close()
    var entry = try entry(answer, of: found, id: id)
    change(&entry.annotation)
    let store = try openStore(
      flag: options.dataDirectory, environment: ProcessEnvironment.current)
    defer { store.close() }
    try TranscriptAccess.query { () throws(StoreError) in
      try store.annotate(EntryReference(sessionID: id, sequence: answer), with: entry.annotation)
    }
    return entry
  }

  /// Answer `answer` of `transcript`, transcript `id` (nil when the store has none): an id or
  /// answer number that names nothing is a usage error (64), said in one line with what exists.
  static func entry(_ answer: Int, of transcript: Transcript?, id: Int64) throws -> Entry {
    guard let transcript else {
      throw Terminal.failure(
        "no transcript with id \(id); see 'secondround transcripts list'", exitCode: 64)
    }
    guard let entry = transcript.entries.first(where: { $0.sequence == answer }) else {
      let numbers = transcript.entries.map(\.sequence)
      let range =
        numbers.isEmpty ? "it has none" : "choose \(numbers.min() ?? 1) to \(numbers.max() ?? 1)"
      throw Terminal.failure(
        "transcript \(id) has no answer \(answer); \(range) (see 'transcripts show \(id)')",
        exitCode: 64)
    }
    return entry
  }
}
