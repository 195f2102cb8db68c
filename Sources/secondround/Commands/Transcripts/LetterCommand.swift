import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

extension TranscriptsCommand {
  /// `transcripts letter ID`.
  struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "letter",
      abstract:
        "Print a draft thank-you letter to the panel, from an interview and your reflection.",
      discussion: """
        The draft has a subject line; thanks to the interviewers by name (the setup form's \
        Interviewers field, or --to) or to the panel by role; the company and position; one \
        or two specifics (the answers you rated best in review, the questions you asked); your \
        reflection's answer to "What should your follow-up note to the panel address?" as a \
        clarifying paragraph (a [placeholder] when you gave none); and a closing. It is under \
        200 words, and the same interview always gives the same draft.

        Once you have edited the letter in the app (L on the summary or in review) and saved \
        it, that letter is printed instead; --draft prints a new draft anyway.

        With -o the file is created with mode 0600, an existing file is kept unless --force, \
        and the file appears whole or not at all.
        """)

    @Argument(help: "The interview's id, from 'transcripts list'.")
    var id: Int64

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to PATH instead of stdout.", valueName: "PATH"))
    var output: String?

    @Flag(help: "Replace PATH if it exists.")
    var force = false

    @Option(
      help: ArgumentHelp(
        "Greet NAME instead of the interviewers saved with the interview.", valueName: "NAME"))
    var to: String?

    // Read as text so that a wrong tone is one line naming the right ones.
    @Option(help: ArgumentHelp("The draft's tone (default: formal).", valueName: "formal|warm"))
    var tone: String?

    @Flag(help: "Print a new draft even when an edited letter is saved.")
    var draft = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let chosenTone: LetterTone
      if let tone {
        guard let known = LetterTone(rawValue: tone) else {
          let names = LetterTone.allCases.map(\.rawValue).joined(separator: " or ")
          throw Terminal.failure("unknown tone '\(tone.inert)'; choose \(names)")
        }
        chosenTone = known
      } else {
        chosenTone = .formal
      }
      if let to, to.containsForbiddenControl || to.contains("\n") {
        throw Terminal.failure("--to holds a control character: '\(to.inert)'")
      }
      let store = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      var transcript = try TranscriptAccess.transcript(id, in: store)
      store.close()
      if draft {
        transcript.letter = nil
      } else if transcript.letter != nil, tone != nil || to != nil {
        Terminal.error(
          "secondround: note: printing the letter you edited and saved; "
            + "--tone and --to shape a new draft (add --draft)")
      }
      let text = FollowUpLetter.text(
        for: transcript, tone: chosenTone, recipient: to, panel: panel(for: transcript))
      guard let output else {
        // The letter is the user's own text, shown inert like every transcript.
        FileHandle.standardOutput.write(Data(text.inert.utf8))
        return
      }
      do {
        try OutputFile.write(text, to: output, force: force)
      } catch {
        Terminal.error("secondround: \(error.description)")
        throw ExitCode(73)
      }
      Terminal.error("Wrote the letter to \(output).")
    }

    /// The panel by role from the interview's deck, when it is still loaded.
    private func panel(for transcript: Transcript) -> [String]? {
      Self.panel(for: transcript, library: Self.library())
    }

    /// The decks the letters' panels are read from: the bundled ones and the user's.
    static func library() -> DeckLibrary {
      DeckLibrary.load(
        userDeckDirectory: UserDeckDirectory.path(
          environment: ProcessEnvironment.current))
    }

    /// The panel by role from the interview's deck in `library`, when it is still there.
    static func panel(for transcript: Transcript, library: DeckLibrary) -> [String]? {
      guard let deck = library.deck(withID: transcript.summary.deckID) else { return nil }
      return FollowUpLetter.panel(segments: transcript.summary.segments, deck: deck)
    }
  }
}
