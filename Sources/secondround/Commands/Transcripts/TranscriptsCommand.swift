import ArgumentParser
import Foundation
import InterviewCore
import TranscriptStore

/// `secondround transcripts`: read, search, export and delete the saved interviews.
struct TranscriptsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transcripts",
    abstract: "List, show, search, export, analyse and delete the interviews you rehearsed.",
    discussion: """
      Every command works while a rehearsal runs in another terminal; that interview is listed \
      as running in another terminal, and delete leaves it alone until it ends.
      """,
    subcommands: [
      List.self, Show.self, Export.self, Search.self, Stats.self, Analyse.self, Rate.self,
      Note.self, Again.self, History.self, Delete.self, Transcribe.self, Letter.self,
    ])
}

/// Opening the store and running its queries, shared by the subcommands.
enum TranscriptAccess {
  /// Opens the store without writing to it; a store that does not exist yet has no sessions.
  static func openForReading(_ flag: String?) throws -> TranscriptDatabase {
    let directory = try directory(flag)
    do {
      return try TranscriptDatabase.open(directory: directory, access: .readOnly)
    } catch .olderSchema {
      // A store last written by the previous release needs its migration before it can be read,
      // and only a read-write opening may run it. Do that once, close at once, and read as usual.
      return try upgraded(directory)
    } catch {
      throw report(error)
    }
  }

  /// The data directory from `--data-dir` and the environment; a file in its place is named.
  static func directory(_ flag: String?) throws -> String {
    let environment = ProcessEnvironment.current
    guard let directory = DataDirectory.path(flag: flag, environment: environment) else {
      throw Terminal.failure("no home directory to read transcripts from; pass --data-dir DIR")
    }
    try checkReadable(directory)
    return directory
  }

  /// Fails with one line naming `directory` unless it is a directory or does not exist yet (an
  /// empty store): 73 when it can never be created there (a file in its place or above it), 74
  /// when it cannot be read.
  static func checkReadable(_ directory: String) throws {
    var info = stat()
    guard stat(directory, &info) == 0 else {
      let failure = errno
      // Not made yet: reading finds no sessions, and the first rehearsal creates it.
      if failure == ENOENT { return }
      let reason = String(cString: strerror(failure))
      if failure == ENOTDIR {
        Terminal.error(
          "secondround: \(DataDirectoryError.cannotCreate(directory, reason: reason).description)")
        throw ExitCode(73)
      }
      Terminal.error("secondround: \(directory): error: cannot read: \(reason)")
      throw ExitCode(74)
    }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      Terminal.error("secondround: \(DataDirectoryError.notADirectory(directory).description)")
      throw ExitCode(73)
    }
    guard access(directory, R_OK | X_OK) == 0 else {
      let reason = String(cString: strerror(errno))
      Terminal.error("secondround: \(directory): error: cannot read: \(reason)")
      throw ExitCode(74)
    }
  }

  /// Runs a store query, turning a failure into one line and its exit code.
  static func query<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw report(error)
    }
  }

  /// The transcript with `id`, or one line and exit 66 (EX_NOINPUT) when there is none.
  static func transcript(_ id: Int64, in store: TranscriptDatabase) throws -> Transcript {
    guard let found = try query({ () throws(StoreError) in try store.session(id: id) }) else {
      throw Terminal.failure(
        "no transcript with id \(id); see 'secondround transcripts list'", exitCode: 66)
    }
    return found
  }

  /// Prints `error` as one line and returns the exit to throw.
  static func report(_ error: StoreError) -> ExitCode {
    Terminal.error("secondround: \(error.description)")
    return ExitCode(error.exitCode)
  }

  private static func upgraded(_ directory: String) throws -> TranscriptDatabase {
    do {
      let writer = try TranscriptDatabase.open(directory: directory, access: .readWrite)
      writer.close()
      return try TranscriptDatabase.open(directory: directory, access: .readOnly)
    } catch {
      throw report(error)
    }
  }
}

/// The `--status` values of `transcripts list`.
enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
  case finished, interrupted

  /// The store's status to filter on; interrupted also covers sessions left in progress.
  var status: SessionStatus {
    switch self {
    case .finished: return .finished
    case .interrupted: return .interrupted
    }
  }
}
