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
      1–5 rates the answer in focus, 'e' writes a note, 'a' marks it to practise again, 'h' \
      shows every attempt at the question. Needs a terminal; see 'transcripts' for scripts.
      """)

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw Terminal.failure(
        "review needs a terminal; use 'secondround transcripts list|show|search' instead",
        exitCode: 64)
    }
    let environment = ProcessInfo.processInfo.environment
    let library = loadDeckLibrary(environment: environment)
    let (store, readOnlyReason) = try openStoreForReview(flag: storeOptions.dataDirectory)
    let app = FullScreenApp(
      library: library, store: store, settings: RehearsalSettings(), start: .review,
      readOnlyReason: readOnlyReason)
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
