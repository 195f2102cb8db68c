import Foundation

/// The environment the process started with, read once.
///
/// `ProcessInfo.processInfo.environment` builds a new dictionary of every variable on each
/// call, and a rehearsal asked for it four times before its first frame: a quarter of the work
/// before the first screen. Nothing here changes the environment, so one reading serves.
enum ProcessEnvironment {
  /// Every variable of the environment, by name.
  static let current: [String: String] = ProcessInfo.processInfo.environment
}
