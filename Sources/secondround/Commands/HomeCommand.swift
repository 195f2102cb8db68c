import ArgumentParser
import Foundation
import InterviewCore

/// `secondround` on its own: the home screen in a terminal, the help text anywhere else.
struct HomeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "home",
    abstract: "Open the home screen (what 'secondround' alone does in a terminal).",
    shouldDisplay: false)

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      print(SecondRound.helpMessage())
      return
    }
    let environment = ProcessEnvironment.current
    let library = loadDeckLibrary(environment: environment)
    let store = try openStore(flag: storeOptions.dataDirectory, environment: environment)
    var settings = RehearsalSettings()
    settings.seed = UInt64.random(in: 0...UInt64(UInt32.max))
    if let last = lastRehearsedDeck(in: store, library: library) { settings.deckID = last }
    let recent = (try? store.sessions(limit: 50)) ?? []
    settings = settings.prefillingInterviewers(from: recent.first { $0.kind == .interview })
    let code = FullScreenApp(library: library, store: store, settings: settings, start: .home).run()
    if code != 0 { throw ExitCode(code) }
  }
}
