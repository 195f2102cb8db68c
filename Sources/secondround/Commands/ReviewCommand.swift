import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

/// `secondround review`: browse, rate and annotate saved transcripts full screen.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Browse your transcripts: rate answers, add notes, compare attempts.",
    discussion: """
      Opens the list of saved interviews, newest first ('/' filters). Enter opens one: \
      1–5 rates the answer in focus, 'e' writes a note, 'a' marks it to practise again, 'H' \
      shows every attempt at the question, 'p' plays a spoken answer's recording with the word \
      being spoken highlighted (any key stops it).

      With --plain, or without a terminal on stdin and stdout, the list is printed with each \
      transcript's number; type one to read it as 'transcripts show' prints it, then act on \
      it: 'r N R' rates answer N, 'n N TEXT' writes its note, 'a N' marks it to practise \
      again, 'h N' shows every attempt, 'D' deletes after asking, '?' lists them with the \
      'transcripts' command that does each from a script. From a pipe a bad line exits 64.
      """)

  @Flag(help: "Line by line, for screen readers and scripts (the default without a terminal).")
  var plain = false

  @OptionGroup var storeOptions: StoreOptions

  @Option(
    help: ArgumentHelp(
      "The command that plays a recording ('p' on a spoken answer), {in} standing for the file "
        + "(default: aplay, play, pw-play or paplay).", valueName: "CMD"))
  var player: String?

  func run() throws {
    if plain || isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
      // Read-only first: with nothing saved yet, no store is made just to say so.
      let reader = try TranscriptAccess.openForReading(storeOptions.dataDirectory)
      let any = try TranscriptAccess.query { () throws(StoreError) in
        try reader.sessions(limit: 1)
      }
      reader.close()
      guard !any.isEmpty else {
        print("No transcripts yet: run 'secondround rehearse' to record one.")
        return
      }
      let (store, readOnlyReason) = try openStoreForReview(flag: storeOptions.dataDirectory)
      let review = PlainReview(
        store: store, readOnlyReason: readOnlyReason, interactive: isatty(STDIN_FILENO) == 1)
      let code = try review.run()
      if code != 0 { throw ExitCode(code) }
      return
    }
    let environment = ProcessEnvironment.current
    let library = loadDeckLibrary(environment: environment)
    let (store, readOnlyReason) = try openStoreForReview(flag: storeOptions.dataDirectory)
    let app = FullScreenApp(
      library: library, store: store, settings: RehearsalSettings(), start: .review,
      readOnlyReason: readOnlyReason,
      spokenOptions: SpokenOptions(player: player, environment: environment))
    let code = app.run()
    if code != 0 { throw ExitCode(code) }
  }
}

/// Opens the store to review it: writable, so ratings and notes can be saved, even while a
/// rehearsal runs in another terminal. Only a store this user may not write opens read-only,
/// with the reason to show (naming what is `unsaved`), so reading still works.
func openStoreForReview(flag: String?, unsaved: String = "ratings and notes") throws -> (
  TranscriptDatabase, readOnlyReason: String?
) {
  let directory = try TranscriptAccess.directory(flag)
  do {
    let store = try TranscriptDatabase.open(directory: directory, access: .readWrite)
    recoverEmergencyFiles(into: store).forEach(Terminal.error)
    return (store, nil)
  } catch .cannotOpen(let path, let reason) {
    do {
      let store = try TranscriptDatabase.open(directory: directory, access: .readOnly)
      return (store, "\(path) is read-only (\(reason)): \(unsaved) can't be saved.")
    } catch {
      throw TranscriptAccess.report(error)
    }
  } catch {
    throw TranscriptAccess.report(error)
  }
}
